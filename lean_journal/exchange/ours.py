"""Moving a journal in and out: the JSON export, the Markdown journal, and reading our own exports back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from typing import Any

from lean_journal.model import Card, Goal, JournalEntry, Learning, Share, ValidationError
from lean_journal.model.validation import MAX_TITLE
from lean_journal.store.schema import APP_NAME, CURRENT_SCHEMA, META_ID, META_TABLE, migrate

SET_ASIDE_KEY = "set_aside"
"""Where a JSON export holds the documents set aside (store.set_aside), as stored; import leaves them out."""
KINDS: tuple[tuple[str, Any, str], ...] = (
    ("entries", JournalEntry, "entry"),
    ("cards", Card, "card"),
    ("learnings", Learning, "learn item"),
    ("shares", Share, "share item"),
    ("goals", Goal, "goal"),
)
"""Every kind of document an export holds: its key (also the Store's repository name), class and noun."""
LEGACY_KEYS = ("growth",)
"""Keys of older exports that a migration turns into today's kinds."""
SHORT_TITLE = 80


class ImportFormatError(ValueError):
    """The file to import is not in a format we know, or comes from a newer lean-journal."""


@dataclass(frozen=True)
class Bundle:
    """Model objects read from a file, ready to add to a store."""

    entries: tuple[JournalEntry, ...] = ()
    cards: tuple[Card, ...] = ()
    learnings: tuple[Learning, ...] = ()
    shares: tuple[Share, ...] = ()
    goals: tuple[Goal, ...] = ()
    set_aside: int = 0
    """How many documents set aside the export held (not imported: they do not validate)."""

    def parts(self) -> tuple[tuple[str, tuple[Any, ...]], ...]:
        """Each kind's key and its documents, in KINDS order."""
        return tuple((name, getattr(self, name)) for name, _cls, _noun in KINDS)

    def __bool__(self) -> bool:
        """Whether the bundle holds any document."""
        return any(items for _name, items in self.parts())


def fit_title(title: str, body: str) -> tuple[str, str]:
    """A title short enough to keep; an over-long one is shortened and kept whole at the top of the body."""
    one_line = " ".join(title.split())
    if len(one_line) <= MAX_TITLE:
        return one_line, body
    short = one_line[:SHORT_TITLE].rstrip() + "…"
    return short, f"{title.strip()}\n\n{body}" if body else title.strip()


def export_document(kinds: dict[str, Iterable[Any]], exported: datetime) -> dict[str, Any]:
    """Every kind (key → documents) as one JSON-ready document with a header, in a stable order."""
    document: dict[str, Any] = {"app": APP_NAME, "schema": CURRENT_SCHEMA, "exported": exported.isoformat()}
    for name, _cls, _noun in KINDS:
        document[name] = [item.to_dict() for item in sorted(kinds.get(name, ()), key=_export_order)]
    return document


def _export_order(item: Any) -> tuple[str, datetime, str]:
    """Oldest first: by day where the kind has one, then by creation and id."""
    return str(getattr(item, "day", "")), item.created, item.id


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
    built = {name: tuple(_build(cls, name, tables.get(name, {}))) for name, cls, _noun in KINDS}
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
    for name in (*(name for name, _cls, _noun in KINDS), *LEGACY_KEYS):
        docs = data.get(name, {} if in_file else [])
        if docs or name not in LEGACY_KEYS:
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
