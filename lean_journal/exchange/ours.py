"""Moving a journal in and out: the JSON export, the Markdown journal, and reading our own exports back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from typing import Any

from lean_journal.model import Card, Goal, JournalEntry, Learning, Share, ValidationError
from lean_journal.model.validation import MAX_TITLE
from lean_journal.store.prompts import Prompt
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
PROMPTS_KEY = "prompts"
"""Where an export holds the reflection prompts (not in KINDS: imports do not count them)."""
SETTINGS_KEY = "settings"
"""Where an export holds the settings, as one object of key → value."""
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
    prompts: tuple[Prompt, ...] = ()
    settings: tuple[tuple[str, Any], ...] = ()
    """The settings as (key, value) pairs, in key order."""
    set_aside: int = 0
    """How many documents set aside the export held (not imported: they do not validate)."""

    def parts(self) -> tuple[tuple[str, tuple[Any, ...]], ...]:
        """Each kind's key and its documents, in KINDS order."""
        return tuple((name, getattr(self, name)) for name, _cls, _noun in KINDS)

    def __bool__(self) -> bool:
        """Whether the bundle holds any document or setting."""
        return any(items for _name, items in self.parts()) or bool(self.prompts or self.settings)


def fit_title(title: str, body: str) -> tuple[str, str]:
    """A title short enough to keep; an over-long one is shortened and kept whole at the top of the body."""
    one_line = " ".join(title.split())
    if len(one_line) <= MAX_TITLE:
        return one_line, body
    short = one_line[:SHORT_TITLE].rstrip() + "…"
    return short, f"{title.strip()}\n\n{body}" if body else title.strip()


def export_document(
    kinds: dict[str, Iterable[Any]], exported: datetime, settings: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Every kind (key → documents), the prompts and the settings as one JSON-ready document with a
    header, in a stable order."""
    document: dict[str, Any] = {"app": APP_NAME, "schema": CURRENT_SCHEMA, "exported": exported.isoformat()}
    for name, _cls, _noun in KINDS:
        document[name] = [item.to_dict() for item in sorted(kinds.get(name, ()), key=_export_order)]
    document[PROMPTS_KEY] = [p.to_dict() for p in sorted(kinds.get(PROMPTS_KEY, ()), key=lambda p: p.id)]
    document[SETTINGS_KEY] = dict(sorted((settings or {}).items()))
    return document


def _export_order(item: Any) -> tuple[str, datetime, str]:
    """Oldest first: by day where the kind has one, then by creation and id."""
    return str(getattr(item, "day", "")), item.created, item.id


def markdown_journal(entries: Iterable[JournalEntry], heading: str = "Journal") -> str:
    """The journal as readable Markdown: a section per day, oldest first, each entry under its title."""
    ordered = sorted(entries, key=lambda e: (e.day, e.created, e.id))
    parts = [f"# {heading}\n"]
    for day, same_day in groupby(ordered, key=lambda e: e.day):
        parts.append(f"\n## {day_heading(day)}\n")
        parts.extend(markdown_entry(entry) for entry in same_day)
    return "".join(parts)


def markdown_months(entries: Iterable[JournalEntry]) -> dict[str, str]:
    """The journal as one Markdown file per month, by relative path: `2026/2026-11.md` → its text."""
    by_month: dict[tuple[int, int], list[JournalEntry]] = {}
    for entry in entries:
        by_month.setdefault((entry.day.year, entry.day.month), []).append(entry)
    return {
        month_path(year, month): markdown_journal(found, f"Journal, {date(year, month, 1):%B %Y}")
        for (year, month), found in sorted(by_month.items())
    }


def month_path(year: int, month: int) -> str:
    """Where a month's Markdown goes in a tree: `2026/2026-11.md` (the file name alone says the month)."""
    return f"{year:04d}/{year:04d}-{month:02d}.md"


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
    prompts = tuple(_build(Prompt, PROMPTS_KEY, tables.get(PROMPTS_KEY, {})))
    held = data.get(SET_ASIDE_KEY)
    return Bundle(
        **built,
        prompts=prompts,
        settings=_settings(data, META_TABLE in data),
        set_aside=len(held) if isinstance(held, list) else 0,
    )


def _settings(data: dict[str, Any], in_file: bool) -> tuple[tuple[str, Any], ...]:
    """The settings of an export (key → value) or of a journal file (key → {"value": value})."""
    found = data.get(SETTINGS_KEY, {})
    if not isinstance(found, dict):
        raise ImportFormatError(f"has the wrong shape: {SETTINGS_KEY!r} is not an object")
    if in_file:
        found = {key: doc.get("value") for key, doc in found.items() if isinstance(doc, dict)}
    return tuple(sorted(found.items()))


def _as_tables(data: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], int]:
    """An export (lists of documents) or a file (tables by id) as tables by id, and its schema version."""
    in_file = META_TABLE in data
    header = data[META_TABLE][META_ID] if in_file else data
    version = header.get("schema")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFormatError(f"has a bad schema version {version!r}")
    tables: dict[str, dict[str, Any]] = {META_TABLE: {META_ID: {"app": APP_NAME, "schema": version}}}
    for name in (*(name for name, _cls, _noun in KINDS), PROMPTS_KEY, *LEGACY_KEYS):
        docs = data.get(name, {} if in_file else [])
        if docs or name not in (*LEGACY_KEYS, PROMPTS_KEY):
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
