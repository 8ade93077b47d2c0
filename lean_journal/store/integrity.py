"""Checking a journal's tables: schema and tables, ids unique across tables, links that resolve, and
documents that do not validate (set aside). Pure: it reads the parsed tables and changes nothing."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lean_journal.model.growth import LINK_TABLES, link_parts
from lean_journal.store.schema import CURRENT_SCHEMA, META_ID, META_TABLE, Tables, migrate
from lean_journal.store.set_aside import UNREADABLE, SetAside, set_aside

DOCUMENT_TABLES = ("entries", "cards", "learnings", "shares", "goals", "prompts")
"""The tables whose documents are model objects with ids unique across the journal."""
REPORTS = "reports"
"""The kaizen deck's notes, keyed by month (`2026-11`), not by id."""
OTHER_TABLES = (META_TABLE, "settings", "drafts", "history", REPORTS)
"""The other tables a journal file may hold."""
LINK_FIELDS = {"learnings": ("links",), "shares": ("links",), "goals": ("links",)}
"""The fields holding typed links (`card:<id>`), per table."""
SET_ASIDE = "set aside"
KINDS_IN_ORDER = ("table", "duplicate id", "broken link", SET_ASIDE)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the journal: its kind, where (table, id, field) and why."""

    kind: str
    table: str
    doc_id: str
    field: str
    reason: str


@dataclass(frozen=True)
class Report:
    """What checking found: the problems, and the schema the file was written in."""

    problems: tuple[Problem, ...]
    schema: int

    def count(self, kind: str) -> int:
        """How many problems of `kind`."""
        return sum(1 for problem in self.problems if problem.kind == kind)


def check(tables: Tables) -> Report:
    """Every problem in a parsed journal file (`schema.schema_version` has already accepted it)."""
    version = tables[META_TABLE][META_ID]["schema"]
    current = copy.deepcopy(tables)
    migrate(current, version)  # an older file is checked as it will be once upgraded
    problems = [
        *unknown_tables(current),
        *duplicate_ids(current),
        *broken_links(current),
        *(from_set_aside(record) for record in documents_set_aside(current)),
    ]
    return Report(tuple(problems), version)


def unknown_tables(tables: Tables) -> Iterator[Problem]:
    """Tables this version of lean-journal does not know (kept as they are, but not used)."""
    for name in tables:
        if name not in DOCUMENT_TABLES and name not in OTHER_TABLES:
            yield Problem("table", name, "-", "-", "is not a table lean-journal knows (kept as is, not used)")


def duplicate_ids(tables: Tables) -> Iterator[Problem]:
    """Ids used in more than one table, and documents whose `id` field is not the id they are stored under."""
    first_seen: dict[str, str] = {}
    for name in DOCUMENT_TABLES:
        for doc_id, doc in tables.get(name, {}).items():
            inner = doc.get("id", doc_id)
            if inner != doc_id:
                yield Problem(
                    "duplicate id", name, doc_id, "id", f"says {inner!r} but is stored as {doc_id!r}"
                )
            if doc_id in first_seen:
                yield Problem(
                    "duplicate id", name, doc_id, "id", f"the same id is used in {first_seen[doc_id]}"
                )
            else:
                first_seen[doc_id] = name


def broken_links(tables: Tables) -> Iterator[Problem]:
    """Links, `passes` and `previous_cycle` that point at no document of the journal."""
    for name, fields in LINK_FIELDS.items():
        for doc_id, doc in tables.get(name, {}).items():
            for field in fields:
                for reference in _strings(doc.get(field)):
                    kind, target = link_parts(reference.strip())
                    if target not in tables.get(LINK_TABLES.get(kind, ""), {}):
                        yield Problem(
                            "broken link", name, doc_id, field, f"{reference} is not in the journal"
                        )
    learnings = tables.get("learnings", {})
    for doc_id, doc in tables.get("shares", {}).items():
        for target in _strings(doc.get("passes")):
            if target not in learnings:
                yield Problem(
                    "broken link", "shares", doc_id, "passes", f"learn item {target} is not in the journal"
                )
    cards = tables.get("cards", {})
    for month, doc in tables.get(REPORTS, {}).items():
        for field in ("chosen", "hidden"):
            for target in _strings(doc.get(field)):
                if target not in cards:
                    missing = f"card {target} is not in the journal"
                    yield Problem("broken link", REPORTS, month, field, missing)
    for doc_id, doc in cards.items():
        previous = doc.get("previous_cycle")
        if isinstance(previous, str) and previous and previous not in cards:
            yield Problem(
                "broken link", "cards", doc_id, "previous_cycle", f"card {previous} is not in the journal"
            )


def _strings(values: Any) -> list[str]:
    """The text items of a stored list (anything else there makes the document set aside instead)."""
    return [value for value in values if isinstance(value, str)] if isinstance(values, list) else []


def documents_set_aside(tables: Tables) -> list[SetAside]:
    """Every document of the model tables that does not validate, by table then id."""
    builders = _builders()
    found = []
    for name in DOCUMENT_TABLES:
        for doc_id, doc in sorted(tables.get(name, {}).items()):
            try:
                builders[name]({**doc, "id": doc_id})
            except UNREADABLE as error:
                found.append(set_aside(name, doc_id, doc, error))
    from lean_journal.model.report import MonthNotes

    for month, doc in sorted(tables.get(REPORTS, {}).items()):
        try:
            MonthNotes.from_dict({**doc, "month": month})
        except UNREADABLE as error:
            found.append(set_aside(REPORTS, month, doc, error))
    return found


def from_set_aside(record: SetAside) -> Problem:
    """A document set aside as a problem."""
    return Problem(SET_ASIDE, record.table, record.doc_id, record.field, record.reason)


def _builders() -> dict[str, Any]:
    """Each model table's `from_dict` (imported only when checking)."""
    from lean_journal.model import Card, Goal, JournalEntry, Learning, Share
    from lean_journal.store.prompts import Prompt

    classes: tuple[Any, ...] = (JournalEntry, Card, Learning, Share, Goal, Prompt)
    return {name: cls.from_dict for name, cls in zip(DOCUMENT_TABLES, classes, strict=True)}


def is_current(report: Report) -> bool:
    """Whether the file is in the current schema (an older one is upgraded at its next save)."""
    return report.schema == CURRENT_SCHEMA
