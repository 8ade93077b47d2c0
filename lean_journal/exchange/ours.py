"""Moving a journal in and out: the JSON export, the Markdown journal, and reading our own exports back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from typing import Any

from lean_journal.model import Card, GrowthItem, JournalEntry, ValidationError
from lean_journal.model.validation import MAX_TITLE
from lean_journal.store.schema import APP_NAME, CURRENT_SCHEMA, META_ID, META_TABLE, migrate

SET_ASIDE_KEY = "set_aside"
"""Where a JSON export holds the documents set aside (store.set_aside), as stored; import leaves them out."""
KINDS: tuple[tuple[str, Any], ...] = (("entries", JournalEntry), ("cards", Card), ("growth", GrowthItem))
SHORT_TITLE = 80


class ImportFormatError(ValueError):
    """The file to import is not in a format we know, or comes from a newer lean-journal."""


@dataclass(frozen=True)
class Bundle:
    """Model objects read from a file, ready to add to a store."""

    entries: tuple[JournalEntry, ...] = ()
    cards: tuple[Card, ...] = ()
    growth: tuple[GrowthItem, ...] = ()
    set_aside: int = 0
    """How many documents set aside the export held (not imported: they do not validate)."""


def fit_title(title: str, body: str) -> tuple[str, str]:
    """A title short enough to keep; an over-long one is shortened and kept whole at the top of the body."""
    one_line = " ".join(title.split())
    if len(one_line) <= MAX_TITLE:
        return one_line, body
    short = one_line[:SHORT_TITLE].rstrip() + "…"
    return short, f"{title.strip()}\n\n{body}" if body else title.strip()


def export_document(
    entries: Iterable[JournalEntry], cards: Iterable[Card], growth: Iterable[GrowthItem], exported: datetime
) -> dict[str, Any]:
    """Everything as one JSON-ready document with a lean-journal header, in a stable order."""
    return {
        "app": APP_NAME,
        "schema": CURRENT_SCHEMA,
        "exported": exported.isoformat(),
        "entries": [e.to_dict() for e in sorted(entries, key=lambda e: (e.day, e.created, e.id))],
        "cards": [c.to_dict() for c in sorted(cards, key=lambda c: (c.created, c.id))],
        "growth": [g.to_dict() for g in sorted(growth, key=lambda g: (g.day, g.created, g.id))],
    }


def markdown_journal(entries: Iterable[JournalEntry]) -> str:
    """The journal as readable Markdown: a section per day, oldest first, each entry under its title."""
    ordered = sorted(entries, key=lambda e: (e.day, e.created, e.id))
    parts = ["# Journal\n"]
    for day, same_day in groupby(ordered, key=lambda e: e.day):
        parts.append(f"\n## {day_heading(day)}\n")
        parts.extend(markdown_entry(entry) for entry in same_day)
    return "".join(parts)


def day_heading(day: date) -> str:
    """A day as a section heading, e.g. '2026-11-24, Tuesday'."""
    return f"{day.isoformat()}, {day:%A}"


def markdown_entry(entry: JournalEntry) -> str:
    """One entry: its title as a heading, a line of tags and ratings, then its body."""
    star = "★ " if entry.starred else ""
    facts = [" ".join(f"#{tag}" for tag in entry.tags)] if entry.tags else []
    facts += [f"{name} {value}" for name, value in (("mood", entry.mood), ("energy", entry.energy)) if value]
    text = f"\n### {star}{entry.title}\n\n"
    if facts:
        text += f"*{' · '.join(facts)}*\n\n"
    if entry.body.strip():
        text += entry.body.strip("\n") + "\n"
    return text


def is_lean_journal(data: Any) -> bool:
    """Whether `data` is a lean-journal export, or a lean-journal file itself."""
    if not isinstance(data, dict):
        return False
    meta = data.get(META_TABLE)
    header = meta.get(META_ID) if isinstance(meta, dict) else data
    return isinstance(header, dict) and header.get("app") == APP_NAME


def read_lean_journal(data: Any) -> Bundle:
    """The entries, cards and items of a lean-journal export or file, upgraded to the current schema."""
    if not is_lean_journal(data):
        raise ImportFormatError("is not a lean-journal export")
    tables, version = _as_tables(data)
    if version > CURRENT_SCHEMA:
        raise ImportFormatError(
            f"was written by a newer lean-journal (schema {version}; this version reads up to "
            f"{CURRENT_SCHEMA}); upgrade lean-journal to import it"
        )
    migrate(tables, version)
    built = {name: tuple(_build(cls, name, tables.get(name, {}))) for name, cls in KINDS}
    held = data.get(SET_ASIDE_KEY)
    return Bundle(**built, set_aside=len(held) if isinstance(held, list) else 0)


def _as_tables(data: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], int]:
    """An export (lists of documents) or a file (tables by id) as tables by id, and its schema version."""
    in_file = META_TABLE in data
    header = data[META_TABLE][META_ID] if in_file else data
    version = header.get("schema")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFormatError(f"has a bad schema version {version!r}")
    tables: dict[str, dict[str, Any]] = {META_TABLE: {META_ID: {"app": APP_NAME, "schema": version}}}
    for name, _cls in KINDS:
        docs = data.get(name, {} if in_file else [])
        tables[name] = _by_id(name, docs, in_file)
    return tables, version


def _by_id(name: str, docs: Any, in_file: bool) -> dict[str, Any]:
    """Documents keyed by id, each a copy that also carries its id."""
    if in_file and isinstance(docs, dict):
        pairs = list(docs.items())
    elif not in_file and isinstance(docs, list):
        pairs = [(doc.get("id") if isinstance(doc, dict) else None, doc) for doc in docs]
    else:
        raise ImportFormatError(f"has the wrong shape: {name!r} is not a list of documents")
    out = {}
    for position, (doc_id, doc) in enumerate(pairs):
        if not isinstance(doc, dict) or not isinstance(doc_id, str):
            raise ValidationError(f"{name}[{position}]", "is not a document with an id")
        out[doc_id] = {**doc, "id": doc_id}
    return out


def _build(cls: Any, name: str, docs: dict[str, Any]) -> Iterable[Any]:
    """Model objects from documents, errors naming the document."""
    for doc_id, doc in docs.items():
        try:
            yield cls.from_dict(doc)
        except ValidationError as error:
            raise ValidationError(f"{name} {doc_id}: {error.field}", error.problem) from None
