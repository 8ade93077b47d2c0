"""Journals with hand-broken documents, for the tests of documents set aside (store, CLI and app)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry, Learning, Stage
from lean_journal.store import Store

BREAKS: dict[str, tuple[dict[str, Any], str]] = {
    "entries": ({"mood": 9}, "mood"),
    "cards": ({"stage": "nowhere"}, "stage"),
    "learnings": ({"day": "31.02.2026"}, "day"),
    "prompts": ({"name": 42}, "name"),
}
"""For each table: the hand edit that breaks its first document, and the field the problem names."""
KINDS = tuple(BREAKS)


def healthy_journal(path: Path, clock: FixedClock) -> Store:
    """A journal with three entries (one tagged #x), two cards, two learn items and the default prompts."""
    store = Store(path, clock)
    now = clock.now()
    for days, title, tags in ((2, "Oldest entry", ()), (1, "Tagged entry", ("x",)), (0, "Newest entry", ())):
        day = now.date() - timedelta(days=days)
        store.entries.add(JournalEntry(day=day, title=title, tags=tags, created=now, updated=now))
    for position, title in enumerate(("First card", "Second card")):
        store.cards.add(pdca.new_card(title, Stage.STRUGGLE, now, float(position)))
    for title in ("Read a book", "Gave a talk"):
        store.learnings.add(Learning(title=title, day=now.date(), created=now, updated=now))
    store.prompts.list()  # seeds the default prompts
    return store


def break_documents(path: Path, kinds: tuple[str, ...], pick: str = "first") -> dict[str, str]:
    """Hand-edit the first document of each table in `kinds` (or the `newest` entry); return their ids."""
    data = orjson.loads(path.read_bytes())
    broken = {}
    for kind in kinds:
        docs = data[kind]
        newest = pick == "newest" and kind == "entries"
        doc_id = max(docs, key=lambda i: docs[i]["day"]) if newest else next(iter(docs))
        docs[doc_id].update(BREAKS[kind][0])
        broken[kind] = doc_id
    path.write_bytes(orjson.dumps(data))  # as lean-journal writes it
    return broken


def stored_form(path: Path, kind: str, doc_id: str) -> bytes:
    """How the document with this id is written in the file (`"id":{...}`), to find it byte for byte."""
    doc = orjson.loads(path.read_bytes())[kind][doc_id]
    return orjson.dumps({doc_id: doc})[1:-1]


def good_titles(path: Path, kind: str, broken: dict[str, str]) -> set[str]:
    """The titles (or prompt names) of the documents of `kind` that were not broken."""
    docs = orjson.loads(path.read_bytes())[kind]
    field = "name" if kind == "prompts" else "title"
    return {doc[field] for doc_id, doc in docs.items() if doc_id != broken.get(kind)}


def titles_of(store: Store, kind: str) -> set[str]:
    """The titles (or prompt names) the store loads for `kind`."""
    items: list[Any] = getattr(store, kind).all()
    return {item.name if kind == "prompts" else item.title for item in items}
