"""How the Review panels write their figures: whole days, moods to one decimal, each period's best named."""

from __future__ import annotations

from datetime import date

import pytest

from lean_journal.review.delta import compare
from lean_journal.review.period import Period
from lean_journal.tui.screens.review.figure_texts import BAD, best_label, rounded


def test_cycle_days_are_whole_days_and_fewer_days_show_as_better() -> None:
    """31.99 days against 25.61 reads '32 days (+6)', in red: a longer cycle is worse."""
    text = rounded("Cycle time p50", 31.99, compare(31.99, 25.61), 0, " days", "cycle_days_p50")
    assert text.plain == "Cycle time p50 32 days (+6)"
    assert BAD in [span.style for span in text.spans]


def test_moods_show_one_decimal_and_none_shows_a_dash() -> None:
    """A mean mood of 3.14 against 3.36 reads '3.1 (-0.2)'; no mood at all reads an en dash."""
    assert rounded("Mood", 3.14, compare(3.14, 3.36), 1).plain == "Mood 3.1 (-0.2)"
    assert rounded("Mood", None, compare(None, 3.0), 1).plain == "Mood \u2013"


@pytest.mark.parametrize(
    ("period", "name"),
    [
        (Period.month(2026, 11), "Nov"),
        (Period.year(2026), "2026"),
        (Period.rolling(date(2026, 11, 24)), "365d"),
        (Period.range(date(2026, 1, 5), date(2026, 2, 20)), "period"),
    ],
)
def test_the_best_streak_is_named_after_its_period(period: Period, name: str) -> None:
    """A month's best is 'Nov', a year's '2026', the rolling 365 days' '365d', any other range 'period'."""
    assert best_label(period) == name
