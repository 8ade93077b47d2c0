"""The argparse types of the command line: days, bounded numbers, tags, ids, months, years and file paths."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from lean_journal.cli.errors import UsageError
from lean_journal.journal.dates import parse_day

NEEDS_IDS = "needs an id (or several, separated by commas)"


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


def id_of(kind: str) -> Callable[[str], str]:
    """An argparse type for the id of a document of `kind` as typed: `8db0`, `#8db0` or `goal:8db0`."""

    def to_id(text: str) -> str:
        """The text as typed, or an argparse error if it is not UTF-8 or names another kind of document."""
        from lean_journal.cli.commands import utf8_text
        from lean_journal.growth.links import LinkError, id_prefix

        try:
            id_prefix(kind, utf8_text(text, "the id"))
        except (UsageError, LinkError) as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        return text

    return to_id


def ids_of(kind: str) -> Callable[[str], list[str]]:
    """An argparse type for ids of `kind` separated by commas or spaces (`c6a9,9081`): each as typed."""
    one = id_of(kind)

    def to_ids(text: str) -> list[str]:
        """The ids typed, or an argparse error if there is none or one is not an id of `kind`."""
        from lean_journal.growth.links import split_ids

        ids = split_ids(text)
        if not ids:
            raise argparse.ArgumentTypeError(NEEDS_IDS)
        return [one(typed) for typed in ids]

    return to_ids


def links_of(kinds: tuple[str, ...]) -> Callable[[str], list[str]]:
    """An argparse type for links to documents of `kinds`, by short id or typed (`entry:1a2b3c4d`),
    separated by commas or spaces: each as typed, once its kind and length are checked (not looked up)."""

    def to_links(text: str) -> list[str]:
        """The links typed, or an argparse error if there is none or one cannot be a link here."""
        from lean_journal.cli.commands import utf8_text
        from lean_journal.growth.links import LinkError, checked_link, split_ids

        try:
            typed = split_ids(utf8_text(text, "the link"))
            for one in typed:
                checked_link(one, kinds)
        except (UsageError, LinkError) as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        if not typed:
            raise argparse.ArgumentTypeError(NEEDS_IDS)
        return typed

    return to_links


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
