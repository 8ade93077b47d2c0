"""Reading jrnl's JSON export (`jrnl --export json`) as journal entries, with ids stable across imports."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, time
from typing import Any

from lean_journal.exchange.ours import ImportFormatError, fit_title
from lean_journal.model import JournalEntry, ValidationError
from lean_journal.model.validation import check_day, normalise_tag

# Fixed forever: the same jrnl entry always gets the same id, so importing twice adds nothing.
JRNL_NAMESPACE = uuid.UUID("6f0b7d3e-2c1a-5b8e-9a47-0c9e1f3d2a61")
TAG_SIGILS = re.compile(r"^[^\w]+")


def is_jrnl_export(data: Any) -> bool:
    """Whether `data` looks like jrnl's JSON export: a list of entries and a table of tag counts."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("entries"), list)
        and isinstance(data.get("tags", {}), dict)
        and "app" not in data
        and all(isinstance(e, dict) and "date" in e for e in data["entries"])
    )


def read_jrnl(data: Any) -> list[JournalEntry]:
    """Every entry of a jrnl JSON export, in file order."""
    if not is_jrnl_export(data):
        raise ImportFormatError("is not a jrnl JSON export")
    return [jrnl_entry(raw, position) for position, raw in enumerate(data["entries"])]


def stable_id(day: str, title: str, body: str) -> str:
    """The id a jrnl entry gets: derived from its date, title and body."""
    return str(uuid.uuid5(JRNL_NAMESPACE, f"{day}\n{title}\n{body}"))


def jrnl_entry(raw: dict[str, Any], position: int) -> JournalEntry:
    """One jrnl entry as a JournalEntry; its local date and time become `day` and `created`."""
    where = f"entries[{position}]"
    day = check_day(f"{where}.date", raw.get("date"))
    created = _local_moment(day, _time_of(raw.get("time"), where), where)
    title, body = _text(raw.get("title"), where, "title"), _text(raw.get("body"), where, "body")
    if not title.strip():
        title, _, body = body.strip().partition("\n")
    fitted_title, fitted_body = fit_title(title, body.strip("\n"))
    try:
        return JournalEntry(
            id=stable_id(day.isoformat(), title, body),
            day=day,
            title=fitted_title,
            body=fitted_body,
            tags=_tags(raw.get("tags")),
            starred=raw.get("starred") is True,
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
    kept: dict[str, None] = {}
    for value in values:
        if isinstance(value, str):
            try:
                kept.setdefault(normalise_tag(TAG_SIGILS.sub("", value)), None)
            except ValidationError:
                continue
    return tuple(kept)
