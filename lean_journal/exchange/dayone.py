"""Reading Day One's JSON export: `Journal.json` (one file per journal) or the export zip itself.

Each entry has `text` (Markdown), `creationDate` (UTC), `timeZone` (the IANA zone it was written in: its
day and time are that zone's), `tags`, `starred` and `uuid` (which becomes its id, so importing again adds
nothing). The first line of text becomes the title; photo references (`![](dayone-moment://…)`) stay in the
body as text.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import orjson

from lean_journal.exchange.jrnl import Each, as_is, store_tags
from lean_journal.exchange.ours import ImportFormatError, fit_title
from lean_journal.model import JournalEntry, ValidationError
from lean_journal.model.validation import check_id

DAYONE_NAMESPACE = uuid.UUID("0d1c6a52-7f3e-5a0b-8c9d-4e2f1b3a5c70")
"""For the rare entry without a uuid: an id derived from its date and text."""
ZIP_MAGIC = b"PK\x03\x04"
MAX_MEMBER = 512 * 1024 * 1024
UNTITLED = "(untitled)"
IMAGE_ONLY = re.compile(r"^\s*(!\[[^\]]*\]\([^)]*\)\s*)+$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
"""Day One escapes Markdown punctuation in its export (`1\\. item`); a title is plain text."""


def is_dayone_export(data: Any) -> bool:
    """Whether `data` looks like a Day One JSON export: entries with a creation date."""
    entries = data.get("entries") if isinstance(data, dict) else None
    return (
        isinstance(entries, list)
        and "app" not in data
        and (isinstance(data.get("metadata"), dict) or bool(entries))
        and all(isinstance(e, dict) and "creationDate" in e for e in entries)
    )


def is_zip(content: bytes) -> bool:
    """Whether `content` is a zip archive."""
    return content.startswith(ZIP_MAGIC)


def journals_in_zip(content: bytes) -> list[tuple[str, Any]]:
    """Each Day One journal in an export zip: its name (`Journal`) and parsed JSON."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError) as error:
        raise ImportFormatError(f"is not a readable zip ({error})") from None
    found = []
    with archive:
        for member in archive.infolist():
            name = member.filename
            if member.is_dir() or not name.lower().endswith(".json") or member.file_size > MAX_MEMBER:
                continue
            try:
                data = orjson.loads(archive.read(member))
            except (orjson.JSONDecodeError, zipfile.BadZipFile, OSError, RuntimeError):
                continue
            if is_dayone_export(data):
                found.append((name.rsplit("/", 1)[-1][: -len(".json")], data))
    if not found:
        raise ImportFormatError("is a zip without a Day One journal (Journal.json) in it")
    return found


def read_dayone(data: Any, each: Each[Any] = as_is) -> list[JournalEntry]:
    """Every entry of one Day One journal export, in file order."""
    if not is_dayone_export(data):
        raise ImportFormatError("is not a Day One JSON export")
    return [dayone_entry(raw, position) for position, raw in enumerate(each(data["entries"]))]


def read_dayone_zip(content: bytes, each: Each[Any] = as_is) -> list[JournalEntry]:
    """Every entry of every journal in a Day One export zip."""
    raws = [raw for _name, data in journals_in_zip(content) for raw in data["entries"]]
    return [dayone_entry(raw, position) for position, raw in enumerate(each(raws))]


def dayone_entry(raw: dict[str, Any], position: int) -> JournalEntry:
    """One Day One entry as a JournalEntry, its day and time those of its own time zone."""
    where = f"entries[{position}]"
    zone = _zone(raw.get("timeZone"))
    created = _moment(raw.get("creationDate"), f"{where}.creationDate").astimezone(zone)
    modified = raw.get("modifiedDate")
    updated = _moment(modified, f"{where}.modifiedDate").astimezone(zone) if modified else created
    text = raw.get("text", "")
    if not isinstance(text, str):
        raise ValidationError(f"{where}.text", "must be text")
    title, body = title_and_body(text)
    tags = raw.get("tags")
    try:
        return JournalEntry(
            id=_id(raw, created, text),
            day=created.date(),
            title=title,
            body=body,
            tags=store_tags(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
            starred=raw.get("starred") is True,
            created=created,
            updated=max(updated, created),
        )
    except ValidationError as error:
        raise ValidationError(f"{where}.{error.field}", error.problem) from None


def title_and_body(text: str) -> tuple[str, str]:
    """The first line with words (not only a photo) as the title, the rest, in order, as the body."""
    lines = text.replace("\r\n", "\n").split("\n")
    for number, line in enumerate(lines):
        if line.strip() and not IMAGE_ONLY.match(line):
            title = ESCAPED.sub(r"\1", HEADING.sub("", line)).strip() or line.strip()
            body = "\n".join(lines[:number] + lines[number + 1 :]).strip("\n")
            return fit_title(title, body)
    return UNTITLED, text.strip("\n")


def _zone(name: Any) -> tzinfo:
    """The entry's time zone; this machine's when it is missing or unknown."""
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or UTC


def _moment(value: Any, field: str) -> datetime:
    """An ISO timestamp (`2026-01-05T23:30:00Z`) as an aware moment (UTC when it names no offset)."""
    if not isinstance(value, str):
        raise ValidationError(field, "is missing or not a date and time")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not an ISO date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _id(raw: dict[str, Any], created: datetime, text: str) -> str:
    """The entry's Day One uuid as our id, or one derived from its moment and text."""
    value = raw.get("uuid")
    if isinstance(value, str) and value.strip():
        return check_id("uuid", value.strip())
    return str(uuid.uuid5(DAYONE_NAMESPACE, f"{created.isoformat()}\n{text}"))
