"""The steps from each older schema of the file to the next, run in order by `schema.migrate`.

Each step changes the parsed tables in place and keeps every word the user wrote: a field that has no
home in the new shape is folded into a text field of the same document, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lean_journal.model.card import guess_struggle_from

Tables = dict[str, dict[str, Any]]

OLD_GROWTH_TABLE = "growth"
LEARNINGS, SHARES, GOALS = "learnings", "shares", "goals"

SOURCE_WORDS = (
    ("book", r"\b(book|read|reading|chapter)\b|\(.+\)"),
    ("course", r"\b(course|class|training|workshop|webinar|module)\b"),
    ("gemba walk", r"\b(gemba|walk|floor)\b"),
    ("mistake", r"\b(mistake|error|failed|failure|went wrong)\b"),
    ("experiment", r"\b(experiment|card|trial|pdca)\b"),
    ("person", r"\b(mentor|coach|boss|colleague|conversation|talk with|said)\b"),
)
CHANNEL_WORDS = (
    ("kaizen deck", r"\b(deck|monthly report)\b"),
    ("coaching", r"\b(coach|coached|coaching|mentor|mentored)\b"),
    ("talk", r"\b(talk|presentation|presented|lunch and learn|brown bag|huddle)\b"),
    ("report", r"\b(report|summary|write-?up)\b"),
    ("document", r"\b(wiki|document|doc|guide|standard work|one-pager|a3)\b"),
)


def _v1_to_v2(data: Tables) -> None:
    """Schema 1 called an entry's day 'date' and kept its tags as one comma-separated string."""
    for doc in data.get("entries", {}).values():
        if "date" in doc and "day" not in doc:
            doc["day"] = doc.pop("date")
        if isinstance(doc.get("tags"), str):
            doc["tags"] = [t.strip() for t in doc["tags"].split(",") if t.strip()]


def _v2_to_v3(data: Tables) -> None:
    """Schema 2 kept Learn · Share · Grow as one kind of item and a card's source as free text only."""
    for doc in data.get("cards", {}).values():
        if "struggle_from" not in doc:
            doc["struggle_from"] = guess_struggle_from(str(doc.get("source") or "")).value
    old = data.pop(OLD_GROWTH_TABLE, {})
    for doc_id, doc in old.items():
        table, new = growth_document(doc)
        data.setdefault(table, {})[doc_id] = new


def growth_document(doc: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The table and document a schema-2 Learn · Share · Grow item becomes."""
    kind = doc.get("kind")
    common = {key: doc[key] for key in ("id", "title", "created", "updated", "tags") if key in doc}
    notes = _with_links(str(doc.get("notes") or ""), doc.get("links"))
    if kind == "share":
        text = f"{doc.get('title', '')} {notes}"
        shared = {"day": doc.get("day"), "audience": doc.get("audience", ""), "notes": notes}
        return SHARES, common | shared | {"channel": _guess(CHANNEL_WORDS, text, "conversation")}
    if kind == "grow":
        status = doc.get("status") if doc.get("status") in ("idea", "active", "done") else "active"
        grown = {"why": notes, "status": status, "done_on": doc.get("done_on")}
        return GOALS, common | grown
    source = str(doc.get("source") or "")
    kept = {"day": doc.get("day"), "insight": notes, "source": source}
    return LEARNINGS, common | kept | {"source_kind": _guess(SOURCE_WORDS, source, "other")}


def _with_links(notes: str, links: Any) -> str:
    """Notes with the old free-form links (web addresses) kept on their own last line."""
    if not isinstance(links, list) or not links:
        return notes
    line = "Links: " + " ".join(str(item) for item in links)
    return f"{notes}\n\n{line}" if notes else line


def _guess(table: tuple[tuple[str, str], ...], text: str, default: str) -> str:
    """The first kind in `table` whose pattern occurs in `text`, or `default`."""
    lowered = text.lower()
    for kind, pattern in table:
        if re.search(pattern, lowered):
            return kind
    return default


MIGRATIONS: dict[int, Callable[[Tables], None]] = {1: _v1_to_v2, 2: _v2_to_v3}
