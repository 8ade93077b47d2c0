"""Natural dates for the journal: `2026-03-05`, `yesterday`, `3 days ago`, `last monday`, `5 march`.

Plain ISO dates and today/yesterday/tomorrow are read directly; anything else goes to `parsedatetime`,
imported on first use so that the app's start does not wait for it.

Dates written only in numbers are read here, never guessed: `2026.03.05` or `2026/3/5` (year first) is
year-month-day; `25.03.2026`, `3/25/2026` or `25.3` (no year: the last such day up to today) is the one
day it can be; `05.03.2026` or `5/3`, which could be 5 March or 3 May, is refused naming both in ISO form;
a two-digit year (`05.03.26`) is refused too. This is the one date parser: the app's go-to box and every
command's date flags (`add --date`, `list --from`, `stats --from`...) read and refuse dates the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from datetime import date, datetime, time, timedelta
from typing import Any

from lean_journal.text import shortened

MAX_LENGTH = 60
"""Longer text is refused before any parsing (nobody types a 60-character date)."""

NEAR_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
FUTURE_WORDS = re.compile(r"\b(next|tomorrow|in|from now|after|later|coming)\b")
WEEKDAY_NAMES = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$")
MONTH_NAMES = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
YEAR = re.compile(r"\b\d{4}\b")
NUMERIC = re.compile(r"\d+(?:[./-]\d+)+\.?")
"""A date in numbers only (`05.03.2026`, `3/25/2026`, `25.3.`), read by `_numeric_day`."""
SEPARATORS = re.compile(r"[./-]")
LEAP_CYCLE = 8  # years to look back for the last 29 February
HINT = "try 2026-03-05, yesterday, 3 days ago or last monday"

_calendar: Any = None


class DateParseError(ValueError):
    """Text that is not a date we can read; the message is one line a user can act on."""

    def __init__(self, text: str, reason: str = "") -> None:
        """Name the text and say what would work."""
        shown = shortened(text, 30)
        why = f" ({reason})" if reason else ""
        super().__init__(f"Not a date: {shown!r}{why}; {HINT}.")
        self.text = text


class AmbiguousDateError(DateParseError):
    """A date in numbers that names two days (day-month or month-day); the message names both."""

    def __init__(self, text: str, readings: Sequence[date]) -> None:
        """Say how to write each of the days `text` could mean, in ISO form and with the month named."""
        ways = ", or ".join(f"{day.isoformat()} or {unambiguous(day)}" for day in readings)
        ValueError.__init__(self, f"{text} is ambiguous: write {ways}")
        self.text = text
        self.readings = tuple(readings)


def unambiguous(day: date) -> str:
    """A day with its month named, as the parser reads it back: `5 Mar 2026`."""
    return f"{day.day} {day:%b %Y}"


def parse_day(text: str, today: date) -> date:
    """The day `text` names, relative to `today`; DateParseError if none (or past the calendar's ends)."""
    try:
        return _parse_day(text, today)
    except OverflowError:
        raise DateParseError(str(text), "past the calendar's ends") from None


def _parse_day(text: str, today: date) -> date:
    """`parse_day` without the guard at the calendar's ends."""
    if isinstance(text, str) and len(text) == 10 and text[4] == "-" and text[7] == "-":
        with suppress(ValueError):  # the usual case on the command line: read at once
            return date.fromisoformat(text)
    if not isinstance(text, str):
        raise DateParseError(repr(text))
    words = " ".join(text.lower().split())
    if not words:
        raise DateParseError(text, "empty")
    if len(words) > MAX_LENGTH:
        raise DateParseError(text, "too long")
    if words in NEAR_DAYS:
        return today + timedelta(days=NEAR_DAYS[words])
    iso = _iso_day(words)
    if iso is not None:
        return iso
    if NUMERIC.fullmatch(words):
        return _numeric_day(words, today)
    return _natural_day(text, words, today)


def _iso_day(words: str) -> date | None:
    """`YYYY-MM-DD` as a date, or None if `words` is not shaped like one (a bad one is an error)."""
    if not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", words):
        return None
    year, month, day = (int(part) for part in words.split("-"))
    try:
        return date(year, month, day)
    except ValueError as error:
        raise DateParseError(words, str(error)) from None


def _numeric_day(words: str, today: date) -> date:
    """A date written in numbers only, if it names exactly one day (see the module's docstring)."""
    parts = SEPARATORS.split(words.rstrip("."))
    if len(set(SEPARATORS.findall(words.rstrip(".")))) > 1:
        raise DateParseError(words, "mixed separators")
    numbers = [int(part) for part in parts]
    if len(parts) == 3 and len(parts[0]) == 4:
        readings = [_day(numbers[0], numbers[1], numbers[2])]
    elif len(parts) == 3 and len(parts[2]) == 4 and max(map(len, parts[:2])) <= 2:
        first, second, year = numbers
        readings = [_day(year, second, first), _day(year, first, second)]
    elif len(parts) == 2 and max(map(len, parts)) <= 2:
        first, second = numbers
        readings = [_last_up_to(today, second, first), _last_up_to(today, first, second)]
    else:
        four_digit_year = len(parts) == 3 and not any(len(part) == 4 for part in parts)
        raise DateParseError(words, "write the year with four digits" if four_digit_year else "")
    days = list(dict.fromkeys(day for day in readings if day is not None))
    if not days:
        raise DateParseError(words, "no such day")
    if len(days) > 1:
        raise AmbiguousDateError(words, days)
    return days[0]


def _day(year: int, month: int, day: int) -> date | None:
    """The date, or None if there is no such day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _last_up_to(today: date, month: int, day: int) -> date | None:
    """The last `day` of `month` up to `today` (a journal looks back), or None if there is no such day."""
    for year in range(today.year, today.year - LEAP_CYCLE - 1, -1):
        found = _day(year, month, day)
        if found is not None and found <= today:
            return found
    return None


def _natural_day(text: str, words: str, today: date) -> date:
    """A day from parsedatetime, accepted only if one date phrase covers all of `words`."""
    start = datetime.combine(today, time(12))
    try:
        found = _parser().nlp(words, sourceTime=start)
    except Exception:  # parsedatetime fails in many ways on odd input; all mean "not a date"
        raise DateParseError(text) from None
    if not found or len(found) != 1:
        raise DateParseError(text)
    moment, context, begin, end, _ = found[0]
    if words[:begin].strip() or words[end:].strip() or not context.hasDate:
        raise DateParseError(text)
    return _prefer_past(moment.date(), words, today)


def _prefer_past(day: date, words: str, today: date) -> date:
    """A bare weekday or day-and-month means the last one in a journal, unless the text says otherwise."""
    if day <= today or FUTURE_WORDS.search(words) or YEAR.search(words):
        return day
    if WEEKDAY_NAMES.match(words):
        return day - timedelta(days=7)
    if not MONTH_NAMES.search(words):
        return day
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        earlier = day - timedelta(days=365)
    return earlier if earlier <= today else day


def _parser() -> Any:
    """The parsedatetime calendar, imported and built on first use."""
    global _calendar
    if _calendar is None:
        import parsedatetime

        _calendar = parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)
    return _calendar
