"""Reading jrnl's JSON export (`jrnl --export json`) as journal entries, with ids stable across imports.

jrnl's plain-text journal file is read by exchange/jrnl_text.py into the same entries with the same ids.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from typing import Any, TypeVar

from lean_journal.exchange.ours import ImportFormatError, fit_title
from lean_journal.model import JournalEntry, ValidationError
from lean_journal.model.validation import check_day, normalise_tag

# Fixed forever: the same jrnl entry always gets the same id, so importing twice adds nothing.
JRNL_NAMESPACE = uuid.UUID("6f0b7d3e-2c1a-5b8e-9a47-0c9e1f3d2a61")
TAG_SIGILS = re.compile(r"^[^\w]+")
T = TypeVar("T")
Each = Callable[[Sequence[T]], Iterable[T]]
"""How a reader walks its raw items: as they are, or through a progress bar (see cli/importing.py)."""


def as_is(items: Sequence[T]) -> Iterable[T]:
    """Walk `items` without showing progress."""
    return items


def is_jrnl_export(data: Any) -> bool:
    """Whether `data` looks like jrnl's JSON export: a list of entries and a table of tag counts."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("entries"), list)
        and isinstance(data.get("tags", {}), dict)
        and "app" not in data
        and all(isinstance(e, dict) and "date" in e for e in data["entries"])
    )


def read_jrnl(data: Any, each: Each[Any] = as_is) -> list[JournalEntry]:
    """Every entry of a jrnl JSON export, in file order."""
    if not is_jrnl_export(data):
        raise ImportFormatError("is not a jrnl JSON export")
    seen: dict[str, int] = {}
    return [jrnl_entry(raw, position, seen) for position, raw in enumerate(each(data["entries"]))]


def stable_id(day: str, title: str, body: str, repeat: int = 0) -> str:
    """The id a jrnl entry gets: derived from its date, title and body (and, for the second and later
    entries with all three the same, how many such came before it in the file)."""
    suffix = f"\n{repeat}" if repeat else ""
    return str(uuid.uuid5(JRNL_NAMESPACE, f"{day}\n{title}\n{body}{suffix}"))


def jrnl_entry(raw: dict[str, Any], position: int, seen: dict[str, int] | None = None) -> JournalEntry:
    """One jrnl entry as a JournalEntry; its local date and time become `day` and `created`."""
    where = f"entries[{position}]"
    day = check_day(f"{where}.date", raw.get("date"))
    at = _time_of(raw.get("time"), where)
    title, body = _text(raw.get("title"), where, "title"), _text(raw.get("body"), where, "body")
    return build_entry(
        where, day, at, (title, body), _tags(raw.get("tags")), raw.get("starred") is True, seen
    )


def build_entry(
    where: str,
    day: date,
    at: time,
    text: tuple[str, str],
    tags: tuple[str, ...],
    starred: bool,
    seen: dict[str, int] | None,
) -> JournalEntry:
    """A jrnl entry (title and body as jrnl splits them) as a JournalEntry with its stable id.

    `seen` counts the entries met so far with each id, so identical entries of one day stay apart.
    """
    title, body = text
    created = _local_moment(day, at, where)
    if not title.strip():
        title, _, body = body.strip().partition("\n")
    entry_id = stable_id(day.isoformat(), title, body)
    if seen is not None:
        repeat = seen.get(entry_id, 0)
        seen[entry_id] = repeat + 1
        if repeat:
            entry_id = stable_id(day.isoformat(), title, body, repeat)
    fitted_title, fitted_body = fit_title(title, body.strip("\n"))
    try:
        return JournalEntry(
            id=entry_id,
            day=day,
            title=fitted_title,
            body=fitted_body,
            tags=tags,
            starred=starred,
            created=created,
            updated=created,
        )
    except ValidationError as error:
        raise ValidationError(f"{where}.{error.field}", error.problem) from None


def _text(value: Any, where: str, field: str) -> str:
    """A text field of a jrnl entry ('' if absent)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{where}.{field}", "must be text")
    return value


def _local_moment(day: date, at: time, where: str) -> datetime:
    """The day and time as a timezone-aware moment in this machine's local timezone."""
    try:
        return datetime.combine(day, at).astimezone()
    except (OverflowError, ValueError, OSError):
        raise ValidationError(f"{where}.date", f"{day} {at} is out of range") from None


def _time_of(value: Any, where: str) -> time:
    """jrnl's `HH:MM` (or `HH:MM:SS`) time; midnight when absent."""
    if value in (None, ""):
        return time(0, 0)
    try:
        return time.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"{where}.time", f"{value!r} is not a time (HH:MM)") from None


def _tags(values: Any) -> tuple[str, ...]:
    """jrnl's tags without their '#' or '@' sigil; tags we cannot store are left out."""
    if not isinstance(values, list):
        return ()
    return store_tags(value for value in values if isinstance(value, str))


def store_tags(values: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored, without sigils, de-duplicated in order; tags we cannot store are left out."""
    kept: dict[str, None] = {}
    for value in values:
        try:
            kept.setdefault(normalise_tag(TAG_SIGILS.sub("", value)), None)
        except ValidationError:
            continue
    return tuple(kept)
