"""Moving between the periods the Review area shows: a month, a year or a rolling 365 days (pure).

- a month steps a calendar month back or on, a year a calendar year, a rolling stretch 365 days;
- nothing goes past the period holding today (a rolling stretch ends on today at the latest), nor
  back to a period the statistics cannot compare (review.period.supported);
- `y`, `r` and `m` turn the period shown into the year, the rolling 365 days or the month of its
  reference day R, the earlier of today and the period's last day.
"""

from __future__ import annotations

from datetime import date, timedelta

from lean_journal.review.period import Period, PeriodError, PeriodKind, supported


def reference(period: Period, today: date) -> date:
    """R: the earlier of today and the period's last day."""
    return min(today, period.end)


def earlier(period: Period) -> Period | None:
    """The period before (None when it, or the one before it, would leave the supported calendar)."""
    try:
        return supported(period.previous())
    except PeriodError:
        return None


def later(period: Period, today: date) -> Period | None:
    """The period after, of the same kind; None when it would start after today."""
    try:
        if period.kind is PeriodKind.MONTH:
            after = period.end + timedelta(days=1)
            step = Period.month(after.year, after.month)
        elif period.kind is PeriodKind.YEAR:
            step = Period.year(period.start.year + 1)
        else:
            step = Period.rolling(min(period.end + timedelta(days=period.days), today), period.days)
    except (PeriodError, OverflowError):
        return None
    if step.start > today or step.end <= period.end:
        return None
    return step


def as_kind(period: Period, kind: PeriodKind, today: date) -> Period:
    """The month, year or rolling 365 days of the period's reference day."""
    day = reference(period, today)
    if kind is PeriodKind.YEAR:
        return Period.year(day.year)
    if kind is PeriodKind.ROLLING:
        return Period.rolling(day)
    return Period.month_of(day)
