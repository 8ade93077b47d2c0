"""The argparse types of the command line: days, bounded numbers, tags, months, years and file paths."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from lean_journal.cli.errors import UsageError
from lean_journal.journal.dates import parse_day


def day_type(today: date) -> Callable[[str], date]:
    """An argparse type reading days relative to `today`."""

    def to_day(text: str) -> date:
        """One day, or an argparse error saying what is accepted."""
        try:
            return parse_day(text, today)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return to_day


def int_between(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number from `low` to `high`."""

    def to_int(text: str) -> int:
        """The number, or an argparse error naming the range."""
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be a whole number from {low} to {high}, not {text!r}")
        return value

    return to_int


def tag_value(text: str) -> str:
    """A tag as stored (`#Gemba` is `gemba`), or an argparse error saying why it cannot be one."""
    from lean_journal.cli.commands import utf8_text
    from lean_journal.model.validation import ValidationError, normalise_tag

    try:
        return normalise_tag(utf8_text(text, "the tag"), "--tag")
    except (UsageError, ValidationError) as error:
        raise argparse.ArgumentTypeError(getattr(error, "problem", str(error))) from None


def month_period(text: str) -> Any:
    """A `--month YYYY-MM` as a review Period, or an argparse error saying how to write it."""
    from lean_journal.review.period import PeriodError, parse_month

    try:
        return parse_month(text)
    except PeriodError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def year_period(text: str) -> Any:
    """A `--year YYYY` as a review Period, or an argparse error saying how to write it."""
    from lean_journal.review.period import PeriodError, parse_year

    try:
        return parse_year(text)
    except PeriodError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def file_path(text: str) -> str:
    """A non-empty file path."""
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a file path")
    return text
