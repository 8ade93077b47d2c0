"""Dates typed on the command line (the one place to swap in a natural-language parser later)."""

from __future__ import annotations

from datetime import date, timedelta

RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def parse_day(text: str, today: date) -> date:
    """A day from `YYYY-MM-DD`, `today`, `yesterday` or `tomorrow`; ValueError says what is accepted."""
    word = text.strip().lower()
    if word in RELATIVE_DAYS:
        return today + timedelta(days=RELATIVE_DAYS[word])
    try:
        return date.fromisoformat(word) if len(word) == 10 else _refuse(text)
    except ValueError:
        return _refuse(text)


def _refuse(text: str) -> date:
    """Raise the error for a date we cannot read."""
    raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD, today or yesterday)")
