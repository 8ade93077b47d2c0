"""Dates typed on the command line, read by the shared natural-date parser (`3 days ago`, `yesterday`)."""

from __future__ import annotations

from datetime import date

from lean_journal import dates


def parse_day(text: str, today: date) -> date:
    """The day `text` names relative to `today`; ValueError (one line) if it names none."""
    return dates.parse_day(text, today)
