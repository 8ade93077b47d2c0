"""The journal's review figures on hand-made entries, each answer worked out by hand in the test."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from review_support import UTC13, entry

from lean_journal.review.journal_figures import JournalIndex, journal_figures
from lean_journal.review.period import Period
from lean_journal.review.streaks import weekly_streak_days_from
from lean_journal.review.trends import (
    Means,
    Totals,
    mood_by_tag,
    on_this_day,
    ratings_by_month,
    ratings_by_week,
    totals_by_month,
    words_per_day,
)

NOVEMBER = Period.month(2026, 11)


def days(first: date, count: int) -> list[date]:
    """`count` consecutive days from `first`."""
    return [first + timedelta(days=offset) for offset in range(count)]


def index_of(*written: date) -> JournalIndex:
    """A journal with one empty entry on each day given."""
    return JournalIndex(entry(day) for day in written)


def test_a_streak_across_a_month_end_is_cut_at_the_period_for_longest_but_not_for_current() -> None:
    # 29, 30, 31 October, 1 and 2 November written; then 4 November alone.
    journal = index_of(*days(date(2026, 10, 29), 5), date(2026, 11, 4))
    on_2_nov = journal_figures(journal, NOVEMBER, today=date(2026, 11, 2))
    assert on_2_nov.longest_streak == 2  # 1-2 November: only days inside the period
    assert on_2_nov.current_streak == 5  # 2 Nov back to 29 Oct, past the period's first day
    # On the 3rd nothing is written yet: the streak ending the day before still stands.
    assert journal_figures(journal, NOVEMBER, today=date(2026, 11, 3)).current_streak == 5
    # On the 5th: the 4th alone (the 3rd was missed).
    assert journal_figures(journal, NOVEMBER, today=date(2026, 11, 5)).current_streak == 1
    # On the 24th neither the 24th nor the 23rd is written.
    assert journal_figures(journal, NOVEMBER, today=date(2026, 11, 24)).current_streak == 0


def test_a_streak_across_a_year_end() -> None:
    journal = index_of(*days(date(2026, 12, 30), 4))  # 30, 31 December, 1, 2 January
    new_year = journal_figures(journal, Period.year(2027), today=date(2027, 1, 2))
    assert (new_year.longest_streak, new_year.current_streak, new_year.days_written) == (2, 4, 2)
    # December looked at later: R is 31 December, the period's last day; January does not count.
    december = journal_figures(journal, Period.month(2026, 12), today=date(2027, 1, 10))
    assert (december.longest_streak, december.current_streak) == (2, 2)


def test_a_leap_day_is_one_day_of_the_streak() -> None:
    journal = index_of(date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1))
    february = journal_figures(journal, Period.month(2028, 2), today=date(2028, 3, 1))
    assert (february.days_written, february.longest_streak, february.current_streak) == (2, 2, 2)
    around = journal_figures(journal, Period.range(date(2028, 2, 27), date(2028, 3, 2)), date(2028, 3, 1))
    assert (around.longest_streak, around.current_streak) == (3, 3)


def test_an_empty_month_has_zeros_and_no_means() -> None:
    journal = JournalIndex([entry(date(2026, 9, 10), "a b c", mood=4)])
    empty = journal_figures(journal, Period.month(2026, 10), today=date(2026, 11, 24))
    assert (empty.entries, empty.days_written, empty.words, empty.longest_streak) == (0, 0, 0, 0)
    assert (empty.current_streak, empty.mood_avg, empty.energy_avg, empty.empty) == (0, None, None, True)
    assert words_per_day(journal, Period.month(2026, 10)) == {}
    assert set(ratings_by_month(journal, Period.month(2026, 10)).values()) == {Means(None, None, 0)}


def test_an_entry_written_near_midnight_in_another_zone_counts_on_its_own_day() -> None:
    # Written at 00:30 on 1 December in UTC+13 (30 November, 11:30 UTC), for the day 30 November.
    late = entry(date(2026, 11, 30), "one two", created=datetime(2026, 12, 1, 0, 30, tzinfo=UTC13))
    journal = JournalIndex([late])
    assert journal_figures(journal, NOVEMBER, today=date(2026, 12, 1)).entries == 1
    assert journal_figures(journal, Period.month(2026, 12), today=date(2026, 12, 1)).entries == 0
    assert journal_figures(journal, Period.month(2026, 12), today=date(2026, 12, 1)).current_streak == 1
    assert words_per_day(journal, NOVEMBER) == {date(2026, 11, 30): 2}


def test_entries_words_and_means() -> None:
    journal = JournalIndex(
        [
            entry(date(2026, 11, 2), "one two  three\nfour\tfive", mood=3, energy=2),  # 5 words
            entry(date(2026, 11, 2), "#gemba walk", mood=4),  # 2 words, a second entry that day
            entry(date(2026, 11, 3), "", mood=4, energy=5),  # no words
            entry(date(2026, 12, 1), "not in November at all", mood=1),
        ]
    )
    figures = journal_figures(journal, NOVEMBER, today=date(2026, 11, 24))
    assert (figures.entries, figures.days_written, figures.words) == (3, 2, 7)
    assert figures.mood_avg == 3.67  # (3 + 4 + 4) / 3
    assert figures.energy_avg == 3.5  # (2 + 5) / 2
    assert words_per_day(journal, NOVEMBER) == {date(2026, 11, 2): 7, date(2026, 11, 3): 0}


def test_the_weekly_streak_forgives_a_missed_day() -> None:
    written = (
        days(date(2026, 10, 26), 2)  # week of 26 October: 2 days, short of 3
        + days(date(2026, 11, 2), 6)  # week of 2 November: Monday to Saturday, Sunday missed
        + [d for d in days(date(2026, 11, 9), 7) if d != date(2026, 11, 11)]  # Wednesday missed
        + [date(2026, 11, 16), date(2026, 11, 18), date(2026, 11, 20)]  # three days
        + [date(2026, 11, 23)]  # this week, Monday only so far
    )
    journal = index_of(*written)
    figures = journal_figures(journal, NOVEMBER, today=date(2026, 11, 24))  # Tuesday
    assert figures.current_streak == 1  # the 23rd alone: the 22nd was missed
    assert figures.weekly_streak == 3  # weeks of 2, 9 and 16 November; this week is not over
    assert figures.longest_weekly_streak == 3
    strict = journal_figures(journal, NOVEMBER, today=date(2026, 11, 24), weekly_days=6)
    # Six days a week: the week of 16 November (three days) breaks it; 2 and 9 November were the best run.
    assert (strict.weekly_streak, strict.longest_weekly_streak) == (0, 2)
    every_day = journal_figures(journal, NOVEMBER, today=date(2026, 11, 24), weekly_days=7)
    assert every_day.weekly_streak == 0


def test_the_weekly_streak_setting_falls_back_to_three() -> None:
    assert [weekly_streak_days_from(v) for v in (5, 1, 7, 0, 8, "5", True, None)] == [5, 1, 7, 3, 3, 3, 3, 3]


def test_mood_and_energy_by_week_and_by_month() -> None:
    journal = JournalIndex(
        [
            entry(date(2026, 12, 28), mood=2, energy=4),  # Monday, week 53 of 2026
            entry(date(2027, 1, 3), mood=4),  # Sunday, same ISO week
            entry(date(2027, 1, 4), mood=5, energy=1),  # Monday, week 1 of 2027
        ]
    )
    span = Period.range(date(2026, 12, 30), date(2027, 1, 10))
    weeks = ratings_by_week(journal, span)
    assert list(weeks) == [date(2026, 12, 28), date(2027, 1, 4)]
    assert weeks[date(2026, 12, 28)] == Means(4.0, None, 1)  # only 3 January is inside the range
    assert weeks[date(2027, 1, 4)] == Means(5.0, 1.0, 1)
    months = ratings_by_month(journal, Period.range(date(2026, 11, 15), date(2027, 1, 31)))
    assert months == {
        date(2026, 11, 1): Means(None, None, 0),
        date(2026, 12, 1): Means(2.0, 4.0, 1),
        date(2027, 1, 1): Means(4.5, 1.0, 2),
    }


def test_mood_by_tag_counts_given_and_written_tags() -> None:
    journal = JournalIndex(
        [
            entry(date(2026, 11, 2), "walked the #gemba", mood=5, tags=("team",)),
            entry(date(2026, 11, 3), "more #gemba", mood=2),
            entry(date(2026, 11, 4), "", tags=("team",)),  # no mood
        ]
    )
    assert mood_by_tag(journal, NOVEMBER) == {"gemba": Means(3.5, None, 2), "team": Means(5.0, None, 2)}


def test_entries_and_words_per_month_for_bars() -> None:
    journal = JournalIndex([entry(date(2026, 1, 31), "a b"), entry(date(2026, 3, 1), "c d e")])
    totals = totals_by_month(journal, Period.range(date(2026, 1, 1), date(2026, 3, 31)))
    assert totals == {
        date(2026, 1, 1): Totals(1, 2),
        date(2026, 2, 1): Totals(0, 0),
        date(2026, 3, 1): Totals(1, 3),
    }


def test_on_this_day_finds_earlier_years_newest_first() -> None:
    entries = [entry(date(year, 11, 24), str(year)) for year in (2023, 2025, 2026)]
    leap = entry(date(2024, 2, 29), "leap")
    journal = JournalIndex([*entries, leap, entry(date(2025, 11, 23), "day before")])
    assert [e.body for e in on_this_day(journal, date(2026, 11, 24))] == ["2025", "2023"]
    assert [e.body for e in on_this_day(journal, date(2028, 2, 29))] == ["leap"]
    assert on_this_day(journal, date(2027, 2, 28)) == []
    assert on_this_day(JournalIndex([]), date(2026, 11, 24)) == []
