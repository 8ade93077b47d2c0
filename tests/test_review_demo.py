"""The review figures over the one-year demo journal agree with themselves: months add up to the year."""

from __future__ import annotations

from datetime import date

from lean_journal.review.period import Period
from lean_journal.review.stats import ReviewData
from lean_journal.review.trends import totals_by_month, words_per_day
from lean_journal.store import Store

TODAY = date(2026, 11, 24)
ADDITIVE = {
    "journal": ("entries", "days_written", "words"),
    "pdca": ("started", "adopted", "adapted", "abandoned", "dropped"),
    "growth": ("learned", "shared"),
}


def test_the_months_of_the_last_year_add_up_to_the_rolling_year(demo_store: Store) -> None:
    data = ReviewData.from_store(demo_store)
    months = [Period.month(2025, m) for m in (12,)] + [Period.month(2026, m) for m in range(1, 12)]
    whole = data.figures(Period.range(date(2025, 12, 1), date(2026, 11, 30)), TODAY)
    parts = [data.figures(month, TODAY) for month in months]
    for section, names in ADDITIVE.items():
        for name in names:
            assert getattr(getattr(whole, section), name) == sum(
                getattr(getattr(p, section), name) for p in parts
            )
    assert whole.journal.entries > 200 and whole.pdca.started > 50
    for name in ("held", "slipped"):  # results recorded in the period add up; a due one recorded after
        # its month's end is due in that month but no longer in the year
        assert len(getattr(whole.rechecks, name)) == sum(len(getattr(p.rechecks, name)) for p in parts)
    assert len(whole.rechecks.due) <= sum(len(p.rechecks.due) for p in parts)


def test_words_per_day_and_per_month_agree_with_the_figures(demo_store: Store) -> None:
    data = ReviewData.from_store(demo_store)
    year = Period.rolling(TODAY)
    figures = data.figures(year, TODAY)
    assert sum(words_per_day(data.journal, year).values()) == figures.journal.words
    assert len(words_per_day(data.journal, year)) == figures.journal.days_written
    assert sum(t.entries for t in totals_by_month(data.journal, year).values()) == figures.journal.entries
    assert figures.journal.longest_streak <= figures.journal.days_written


def test_stats_never_imports_textual(demo_store: Store) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from lean_journal.__main__ import main\n"
        f"code = main(['--db', {str(demo_store.path)!r}, 'stats', '--year', '2026'])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines()[-1] == "0 []"
