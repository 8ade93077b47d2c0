"""Natural dates for the journal: `2026-03-05`, `yesterday`, `3 days ago`, `last monday`, `5 march`.

Plain ISO dates and today/yesterday/tomorrow are read directly; anything else goes to `parsedatetime`,
imported on first use (about 30 ms) so the app starts without it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

MAX_LENGTH = 60
"""Longer text is refused before any parsing (nobody types a 60-character date)."""

NEAR_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
FUTURE_WORDS = re.compile(r"\b(next|tomorrow|in|from now|after|later|coming)\b")
WEEKDAY_NAMES = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$")
MONTH_NAMES = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
YEAR = re.compile(r"\b\d{4}\b")
HINT = "try 2026-03-05, yesterday, 3 days ago or last monday"

_calendar: Any = None


class DateParseError(ValueError):
    """Text that is not a date we can read; the message is one line a user can act on."""

    def __init__(self, text: str, reason: str = "") -> None:
        """Name the text and say what would work."""
        shown = text if len(text) <= 30 else text[:29] + "…"
        why = f" ({reason})" if reason else ""
        super().__init__(f"Not a date: {shown!r}{why}; {HINT}.")
        self.text = text


def parse_day(text: str, today: date) -> date:
    """The day `text` names, relative to `today`; DateParseError if it names none."""
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
