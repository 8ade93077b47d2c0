"""Dates typed on the command line, read by the shared natural-date parser (`3 days ago`, `yesterday`)."""

from __future__ import annotations

from datetime import date


def parse_day(text: str, today: date) -> date:
    """The day `text` names relative to `today`; ValueError (one line) if it names none."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    from lean_journal import dates  # imported only when needed: it loads a natural-date parser

    return dates.parse_day(text, today)
