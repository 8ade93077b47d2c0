"""The preview: a small sidecar file holding what the first screen and `list -n` need (the newest entries,
the drafts, the settings) and the board's open cards, so they can answer before the whole journal is parsed.

It is only ever a copy. It names the content it was made from (the journal's size and CRC-32), and a
preview that does not match the journal's bytes as they are now is ignored, so a stale or damaged preview
can never show something the journal does not hold, even after an outside edit that keeps the file's size
and modification time. Writing it is best effort: a failure leaves no preview, not an error.
"""

from __future__ import annotations

import heapq
import os
import zlib
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from lean_journal.store.fileio import atomic_write
from lean_journal.store.schema import CURRENT_SCHEMA, Tables

PREVIEW_FORMAT = 3  # 2: with the open cards; 3: tied to the journal's content, not its inode
NEWEST_ENTRIES = 100
"""How many of the newest entries a preview holds (more than a first screen or `list -n` usually shows)."""
WHOLE_TABLES = ("settings", "drafts")
"""Small tables a preview copies whole."""
CLOSED_STAGE_NAMES = ("done", "dropped")
"""model.CLOSED as stored (named here: the first frame must not load the card model). Cards in these
stages are left out of a preview: the board's open columns hold a few dozen of 1,500."""

Documents = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Preview:
    """What a preview file holds, once checked against the journal it was made from."""

    tables: dict[str, Documents]
    newest_entries: list[tuple[str, dict[str, Any]]]
    entry_count: int
    open_cards: Documents
    """Every card whose stored stage is not a closed one (unknown and missing stages included)."""
    body: bytes = b""
    """The preview as stored (what `build` returns), to tell whether the full journal still agrees."""

    def newest(self, count: int) -> list[tuple[str, dict[str, Any]]] | None:
        """The `count` newest entries (id, document), or None if the preview holds too few to know them."""
        if count <= len(self.newest_entries) or self.entry_count == len(self.newest_entries):
            return self.newest_entries[:count]
        return None


def preview_path(path: Path) -> Path:
    """The preview file of a journal file."""
    return path.with_name(path.name + ".preview")


def _moment(text: str) -> datetime:
    """An ISO timestamp as a datetime, for ordering entries written on one day."""
    return datetime.fromisoformat(text)


def newest_entry_ids(entries: Documents, count: int) -> list[str]:
    """The ids of the `count` newest entries (by day, then time written), newest first.

    Raises KeyError, TypeError or ValueError for a document without a readable day or creation time.
    """
    if count <= 0:
        return []
    days = heapq.nlargest(count, (doc["day"] for doc in entries.values()))
    oldest_day = days[-1] if days else ""
    recent = [doc_id for doc_id, doc in entries.items() if doc["day"] >= oldest_day]
    recent.sort(key=lambda i: (entries[i]["day"], _moment(entries[i]["created"])), reverse=True)
    return recent[:count]


def build(data: Tables) -> bytes:
    """The preview of a whole (parsed, current-schema) journal, as bytes to write."""
    entries = data.get("entries", {})
    newest = [[doc_id, entries[doc_id]] for doc_id in newest_entry_ids(entries, NEWEST_ENTRIES)]
    cards = data.get("cards", {})
    open_cards = {doc_id: doc for doc_id, doc in cards.items() if doc.get("stage") not in CLOSED_STAGE_NAMES}
    return orjson.dumps(
        {
            "format": PREVIEW_FORMAT,
            "schema": CURRENT_SCHEMA,
            "tables": {name: data.get(name, {}) for name in WHOLE_TABLES},
            "newest_entries": newest,
            "entry_count": len(entries),
            "open_cards": open_cards,
        }
    )


def build_or_none(data: Tables) -> bytes | None:
    """The preview of `data`, or None if a document lacks what a preview needs (a day, a time)."""
    try:
        return build(data)
    except (KeyError, TypeError, ValueError, AttributeError):  # orjson's: TypeError, ValueError
        return None


def content_key(journal: bytes) -> list[int]:
    """What names a journal's exact content: its size and CRC-32 (a 10 MB file hashes in a few ms)."""
    return [len(journal), zlib.crc32(journal)]


def write(path: Path, data: Tables, journal: bytes, body: bytes | None = None) -> None:
    """Write the preview of `data`, which is what the journal's bytes `journal` hold (best effort)."""
    try:
        content = build(data) if body is None else body
        key = orjson.dumps(content_key(journal))
        atomic_write(preview_path(path), key + b"\n" + content, durable=False)
    except (OSError, KeyError, TypeError, ValueError, AttributeError):  # orjson's: TypeError, ValueError
        forget(path)


def forget(path: Path) -> None:
    """Remove the preview of a journal (when it could not be brought up to date)."""
    with suppress(OSError):
        os.unlink(preview_path(path))


def read(path: Path, journal: bytes) -> Preview | None:
    """The preview of the journal whose bytes are `journal`, or None if there is none made from them."""
    try:
        content = preview_path(path).read_bytes()
        head, _, body = content.partition(b"\n")
        if orjson.loads(head) != content_key(journal):
            return None
        return _checked(orjson.loads(body), body)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _checked(data: Any, body: bytes) -> Preview | None:
    """The preview in parsed JSON, if it has this version's format and every part the expected shape."""
    if not isinstance(data, dict):
        return None
    if data.get("format") != PREVIEW_FORMAT or data.get("schema") != CURRENT_SCHEMA:
        return None
    tables = data["tables"]
    newest = [(str(doc_id), doc) for doc_id, doc in data["newest_entries"]]
    count = data["entry_count"]
    cards = data["open_cards"]
    documents = [*(doc for _, doc in newest), *(d for name in WHOLE_TABLES for d in tables[name].values())]
    documents += cards.values()
    if not isinstance(count, int) or not all(isinstance(doc, dict) for doc in documents):
        return None
    return Preview(tables=tables, newest_entries=newest, entry_count=count, open_cards=cards, body=body)
