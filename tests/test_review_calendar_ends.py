"""Periods at the calendar's ends: what a typed period may reach, a period that has not begun, and the
streak and trend walks, which stop at date.min and date.max instead of overflowing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lean_journal.journal.dates import DateParseError, parse_day
from lean_journal.review import streaks
from lean_journal.review.period import (
    EARLIEST,
    LATEST,
    Period,
    PeriodError,
    begun,
    parse_month,
    parse_year,
    period_between,
    supported,
)
from lean_journal.review.trends import month_starts, week_starts

FIRST_WEEK = [date.min + timedelta(days=n) for n in range(7)]  # 0001-01-01 is a Monday
LAST_WEEK = [date(9999, 12, 27) + timedelta(days=n) for n in range(5)]  # Monday 27 to Friday 31 December
TODAY = date(2026, 11, 24)


def test_the_supported_days_are_a_year_inside_the_calendar() -> None:
    assert (date(2, 1, 1), date(9998, 12, 31)) == (EARLIEST, LATEST)


@pytest.mark.parametrize("text", ["9999-12", "9999-01"])
def test_a_month_of_the_calendars_last_year_is_refused(text: str) -> None:
    with pytest.raises(PeriodError, match=r"the year must be from 1000 to 9998$"):
        parse_month(text)


def test_the_last_year_is_refused_and_the_one_before_accepted() -> None:
    with pytest.raises(PeriodError, match=r"the year must be from 1000 to 9998$"):
        parse_year("9999")
    assert parse_year("9998") == Period.year(9998)
    assert parse_month("9998-12").end == LATEST


def test_a_range_is_refused_when_it_or_the_range_before_it_leaves_the_supported_days() -> None:
    # five days from 6 January of year 2: the five before start on 1 January, the first supported day
    assert period_between(date(2, 1, 6), date(2, 1, 10), TODAY).previous().start == EARLIEST
    for start, end in [(date(1, 1, 1), date(1, 1, 5)), (date(2, 1, 5), date(2, 1, 9))]:
        with pytest.raises(PeriodError, match="is out of range: a period and the one before it must lie"):
            period_between(start, end, TODAY)
    assert period_between(date(9998, 12, 1), LATEST, TODAY).end == LATEST
    with pytest.raises(PeriodError, match=r"^9998-12-01 to 9999-01-01 is out of range"):
        period_between(date(9998, 12, 1), date(9999, 1, 1), TODAY)
    with pytest.raises(PeriodError):
        supported(Period.year(9999))


def test_a_period_that_starts_after_today_has_not_begun() -> None:
    with pytest.raises(PeriodError, match=r"^2030-01 has not begun yet \(today is 2026-11-24\)$"):
        begun(Period.month(2030, 1), TODAY)
    with pytest.raises(PeriodError, match=r"^2027 has not begun yet"):
        begun(Period.year(2027), TODAY)
    november, today_only = Period.month(2026, 11), Period.range(TODAY, TODAY)
    assert begun(november, TODAY) == november and begun(today_only, TODAY) == today_only


def test_the_daily_streak_stops_at_the_calendars_first_day() -> None:
    first_two = Period.range(date.min, FIRST_WEEK[1])
    assert streaks.current_streak(set(FIRST_WEEK[:2]), first_two, FIRST_WEEK[1]) == 2
    assert streaks.current_streak(set(), Period.range(date.min, date.min), date.min) == 0


def test_the_weekly_streaks_stop_at_the_calendars_ends() -> None:
    first = Period.range(date.min, FIRST_WEEK[6])
    assert streaks.current_weekly_streak(set(FIRST_WEEK[:3]), first, FIRST_WEEK[6], 3) == 1
    assert streaks.current_weekly_streak(set(FIRST_WEEK[:1]), first, FIRST_WEEK[6], 3) == 0
    last = Period.range(LAST_WEEK[0], date.max)
    assert streaks.longest_weekly_streak(set(LAST_WEEK), last, 5) == 1  # the last week has only five days
    assert streaks.current_weekly_streak(set(LAST_WEEK), last, date.max, 3) == 1


def test_the_trend_buckets_stop_at_the_calendars_last_day() -> None:
    december = Period.range(date(9999, 12, 1), date.max)
    assert month_starts(december) == [date(9999, 12, 1)]
    assert week_starts(december)[-1] == LAST_WEEK[0]


@pytest.mark.parametrize(
    ("text", "today"), [("tomorrow", date.max), ("yesterday", date.min), ("24 Nov", date.min)]
)
def test_a_relative_day_past_the_calendars_ends_is_not_a_date(text: str, today: date) -> None:
    with pytest.raises(DateParseError, match=r"\(past the calendar's ends\)"):
        parse_day(text, today)


def test_the_review_area_steps_back_only_to_a_period_it_can_compare() -> None:
    from lean_journal.review.navigation import earlier

    assert earlier(Period.month(2, 3)) == Period.month(2, 2)  # February of year 2, compared with January
    assert earlier(Period.month(2, 2)) is None  # January of year 2 would be compared with 0001-12
    assert earlier(Period.year(3)) is None
