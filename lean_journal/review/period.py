"""The stretch of days a review covers: a calendar month, a calendar year, a range or a rolling 365 days.

A `Period` holds its first and last day, both inclusive. Its `previous()` is what its figures are compared
with: the previous calendar month for a month, the previous calendar year for a year, and for a range or a
rolling stretch the same number of days just before it.

The statistics reach a little past a period (its previous period for the changes, the month after it for
the deck), so a period is only made from typed text when all of that lies within `EARLIEST` to `LATEST`,
a year inside the calendar's ends (`supported`); and one that starts after today is refused (`begun`):
its figures would only repeat today's.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

ROLLING_DAYS = 365
MONTH_FORM = re.compile(r"([0-9]{4})-([0-9]{2})")
YEAR_FORM = re.compile(r"[0-9]{4}")
MIN_YEAR = 1000
"""The earliest year a month or year may be typed with (four digits, and a previous year to compare)."""
EARLIEST = date(date.min.year + 1, 1, 1)
"""The first day a period, or the period before it, may reach: a year after the calendar's first day."""
LATEST = date(date.max.year - 1, 12, 31)
"""The last day a period may reach: a year before the calendar's last (room for the month after it)."""
MAX_YEAR = LATEST.year
"""The latest year a month or year may be typed with."""


class PeriodError(ValueError):
    """A period that cannot be read or made; the message is one line a user can act on."""


class PeriodKind(StrEnum):
    """How a period was chosen, which decides what its previous period is."""

    MONTH = "month"
    YEAR = "year"
    ROLLING = "rolling"
    RANGE = "range"


@dataclass(frozen=True, slots=True)
class Period:
    """The days from `start` to `end`, both included."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.RANGE

    def __post_init__(self) -> None:
        """Refuse a period that ends before it starts."""
        if self.end < self.start:
            raise PeriodError(f"the period's end {self.end} is before its start {self.start}")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """The calendar month `month` of `year` (1 to 12)."""
        if not 1 <= month <= 12:
            raise PeriodError(f"there is no month {month}: months go from 01 to 12")
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), PeriodKind.MONTH)

    @classmethod
    def month_of(cls, day: date) -> Period:
        """The calendar month that `day` is in."""
        return cls.month(day.year, day.month)

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year `year`."""
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def range(cls, start: date, end: date) -> Period:
        """Any days from `start` to `end`, both included."""
        return cls(start, end, PeriodKind.RANGE)

    @classmethod
    def rolling(cls, end: date, days: int = ROLLING_DAYS) -> Period:
        """The `days` days (365 by default) that end on `end`, `end` included."""
        if days < 1:
            raise PeriodError("a rolling period needs at least one day")
        return cls(_shift(end, -(days - 1)), end, PeriodKind.ROLLING)

    @property
    def days(self) -> int:
        """How many days the period holds."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        """Whether the day `day` falls inside the period (a datetime is not a day: convert it first)."""
        return isinstance(day, date) and not isinstance(day, datetime) and self.start <= day <= self.end

    def each_day(self) -> Iterator[date]:
        """Every day of the period, first to last."""
        for offset in range(self.days):
            yield self.start + timedelta(days=offset)

    def previous(self) -> Period:
        """The period compared with this one: last month, last year, or as many days just before."""
        if self.kind is PeriodKind.MONTH:
            before = _shift(self.start, -1)
            return Period.month(before.year, before.month)
        if self.kind is PeriodKind.YEAR:
            return Period.year(_checked_year(self.start.year - 1))
        end = _shift(self.start, -1)
        return Period(_shift(end, -(self.days - 1)), end, self.kind)

    @property
    def typed(self) -> str:
        """The period as the command line writes it: `2026-11`, `2026`, or `2026-01-05 to 2026-02-20`."""
        if self.kind is PeriodKind.MONTH:
            return self.start.isoformat()[:7]
        if self.kind is PeriodKind.YEAR:
            return self.start.isoformat()[:4]
        return self.label

    @property
    def label(self) -> str:
        """How the period is named to a user: `November 2026`, `2026`, or `2026-01-05 to 2026-02-20`."""
        if self.kind is PeriodKind.MONTH:
            return f"{calendar.month_name[self.start.month]} {self.start.year}"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def _shift(day: date, days: int) -> date:
    """`day` moved by `days`, or a PeriodError past the calendar's ends."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise PeriodError(f"no period can reach {days:+d} days from {day}") from None


def _checked_year(year: int) -> int:
    """`year` if a calendar year can be made of it."""
    if not 1 <= year <= 9999:
        raise PeriodError(f"there is no year {year} in the calendar")
    return year


def supported(period: Period) -> Period:
    """`period` if it and the period before it lie within EARLIEST to LATEST, or a PeriodError."""
    try:
        reaches = period.previous().start
    except PeriodError:
        reaches = date.min
    if reaches < EARLIEST or period.end > LATEST:
        raise PeriodError(
            f"{period.typed} is out of range: a period and the one before it must lie within "
            f"{EARLIEST} to {LATEST}"
        )
    return period


def begun(period: Period, today: date) -> Period:
    """`period` if it has begun by `today`, or a PeriodError (its figures would only repeat today's)."""
    if period.start > today:
        raise PeriodError(f"{period.typed} has not begun yet (today is {today})")
    return period


def parse_month(text: str) -> Period:
    """The month written `YYYY-MM` (`2026-11`), or a PeriodError saying what is wrong."""
    found = MONTH_FORM.fullmatch(text.strip())
    if not found:
        raise PeriodError(f"{_shown(text)} is not a month: write it as YYYY-MM, e.g. 2026-11")
    year, month = int(found.group(1)), int(found.group(2))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(f"{_shown(text)}: the year must be from {MIN_YEAR} to {MAX_YEAR}")
    if not 1 <= month <= 12:
        raise PeriodError(f"{_shown(text)} is not a month: months go from 01 to 12")
    return supported(Period.month(year, month))


def parse_year(text: str) -> Period:
    """The year written `YYYY` (`2026`), or a PeriodError saying what is wrong."""
    cleaned = text.strip()
    if not YEAR_FORM.fullmatch(cleaned):
        raise PeriodError(f"{_shown(text)} is not a year: write it as YYYY, e.g. 2026")
    if not MIN_YEAR <= int(cleaned) <= MAX_YEAR:
        raise PeriodError(f"{_shown(text)}: the year must be from {MIN_YEAR} to {MAX_YEAR}")
    return supported(Period.year(int(cleaned)))


def period_between(start: date | None, end: date | None, today: date) -> Period:
    """The days from `start` to `end` (`end` defaults to `today`) if `supported`, or a PeriodError."""
    if start is None:
        raise PeriodError("--to needs --from: give the first day too")
    last = end or today
    if last < start:
        raise PeriodError(f"--from {start} is later than --to {last}")
    return supported(Period.range(start, last))


def _shown(text: str) -> str:
    """The typed text quoted for an error line, shortened if long."""
    return repr(text if len(text) <= 30 else text[:29] + "…")
