"""Daily and weekly writing streaks, from the set of days that have at least one entry.

A day is an entry's own `day` field, never a time converted across time zones.

- longest daily streak: the longest run of consecutive written days inside the period;
- current daily streak: the run of consecutive written days ending on the reference day R (the earlier of
  today and the period's last day), or on the day before R when R has no entry yet; it is counted back
  past the period's first day if it goes on;
- weekly streak: weeks in a row (ISO weeks, Monday to Sunday) with at least N written days, N the setting
  `weekly_streak_days` (3 unless set): missing a day or two does not break it. The current weekly streak
  ends with R's week, or with the week before while R's week has not reached N days yet; it is counted
  back past the period's first week. The longest weekly streak counts the weeks that overlap the period,
  each judged on all seven of its days.

Every walk stops at the calendar's ends (date.min, date.max) rather than stepping past them.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from lean_journal.model import ValidationError
from lean_journal.review.period import Period

WEEKLY_STREAK_KEY = "weekly_streak_days"
DEFAULT_WEEKLY_STREAK_DAYS = 3
ONE_DAY = timedelta(days=1)
ONE_WEEK = timedelta(days=7)


def weekly_streak_days_from(value: object) -> int:
    """The stored `weekly_streak_days` as a usable number of days (1 to 7; 3 if missing or damaged)."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 7:
        return value
    return DEFAULT_WEEKLY_STREAK_DAYS


def weekly_streak_days_typed(text: str) -> int:
    """Days a week a person means to write, as typed (1 to 7; else a ValidationError naming the setting)."""
    value = text.strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 2 and 1 <= int(value) <= 7):
        raise ValidationError(WEEKLY_STREAK_KEY, "write a number of days from 1 to 7, such as 3")
    return int(value)


def reference_day(period: Period, today: date) -> date:
    """R: the day current streaks end on, the earlier of today and the period's last day."""
    return min(today, period.end)


def longest_streak(written: Collection[date], period: Period) -> int:
    """The longest run of consecutive written days inside the period."""
    first, last = period.start, period.end
    days = sorted(day for day in written if first <= day <= last)
    best = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == ONE_DAY else 1
        best = max(best, run)
        previous = day
    return best


def stepped(day: date, step: timedelta) -> date | None:
    """`day` moved by `step`, or None past the calendar's ends."""
    try:
        return day + step
    except OverflowError:
        return None


def current_streak(written: Collection[date], period: Period, today: date) -> int:
    """The run of written days ending on R, or on the day before R when R has no entry (0 if neither)."""
    last = reference_day(period, today)
    day = last if last in written else stepped(last, -ONE_DAY)
    run = 0
    while day is not None and day in written:
        run += 1
        day = stepped(day, -ONE_DAY)
    return run


def monday_of(day: date) -> date:
    """The Monday that starts `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def _full_week(written: Collection[date], monday: date, wanted: int) -> bool:
    """Whether the ISO week starting on `monday` has at least `wanted` written days."""
    days = (stepped(monday, timedelta(days=offset)) for offset in range(7))
    return sum(1 for day in days if day is not None and day in written) >= wanted


def current_weekly_streak(written: Collection[date], period: Period, today: date, wanted: int) -> int:
    """Weeks in a row with at least `wanted` written days, ending with R's week (or the week before)."""
    last = monday_of(reference_day(period, today))
    monday = last if _full_week(written, last, wanted) else stepped(last, -ONE_WEEK)
    run = 0
    while monday is not None and _full_week(written, monday, wanted):
        run += 1
        monday = stepped(monday, -ONE_WEEK)
    return run


def longest_weekly_streak(written: Collection[date], period: Period, wanted: int) -> int:
    """The most weeks in a row with at least `wanted` written days, among the weeks overlapping the period."""
    best = run = 0
    monday: date | None = monday_of(period.start)
    while monday is not None and monday <= period.end:
        run = run + 1 if _full_week(written, monday, wanted) else 0
        best = max(best, run)
        monday = stepped(monday, ONE_WEEK)
    return best
