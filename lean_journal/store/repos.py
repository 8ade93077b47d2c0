"""One repository per kind of document, with the filters each kind needs."""

from __future__ import annotations

import builtins
import heapq
from datetime import date, datetime
from typing import Any

from lean_journal.model import Card, GrowthItem, GrowthKind, JournalEntry, Stage
from lean_journal.model.card import FLOW
from lean_journal.store.repository import Repository

STAGE_ORDER = {stage: index for index, stage in enumerate((*FLOW, Stage.DROPPED))}


def _in_range(day: date, since: date | None, until: date | None) -> bool:
    """Whether `day` lies between `since` and `until`, both inclusive and optional."""
    return (since is None or day >= since) and (until is None or day <= until)


def _moment(text: str) -> datetime:
    """An ISO timestamp as a datetime, for ordering entries written on one day."""
    return datetime.fromisoformat(text)


def _tag_set(entry: JournalEntry) -> frozenset[str]:
    """Every tag of an entry, explicit or written in the body."""
    return frozenset(entry.all_tags)


class EntryRepository(Repository[JournalEntry]):
    """Journal entries, newest first."""

    table_name = "entries"
    kind = "journal entry"

    def from_dict(self, data: dict[str, Any]) -> JournalEntry:
        """Build an entry."""
        return JournalEntry.from_dict(data)

    def search_text(self, item: JournalEntry) -> str:
        """Title, body and tags, lower-cased."""
        return f"{item.title}\n{item.body}\n{' '.join(item.tags)}".lower()

    def list(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        tag: str | None = None,
        text: str | None = None,
        starred: bool | None = None,
        limit: int | None = None,
    ) -> list[JournalEntry]:
        """Entries matching every filter given, newest first (at most `limit` of them)."""
        if limit is not None and not any((since, until, tag, text, starred is not None)):
            return self._newest(limit)
        tag = tag.lstrip("#").lower() if tag else None
        tags = self._per_item("tags", _tag_set) if tag else {}
        found = [
            e
            for e in self.candidates(text)
            if (tag is None or tag in tags[e.id])
            and (starred is None or e.starred == starred)
            and _in_range(e.day, since, until)
        ]
        found.sort(key=lambda e: (e.day, e.created), reverse=True)
        return found if limit is None else found[:limit]

    def _newest(self, count: int) -> builtins.list[JournalEntry]:
        """The `count` newest entries, building only those when nothing is built yet (`list -n 5`)."""
        if self.is_built():
            return self.list()[:count]
        raw = self.raw_documents()
        try:
            order = heapq.nlargest(count, raw, key=lambda i: (raw[i]["day"], _moment(raw[i]["created"])))
        except (KeyError, TypeError, ValueError):
            return self.list()[:count]
        return [self._load(doc_id, raw[doc_id]) for doc_id in order]

    def tags(self) -> dict[str, int]:
        """Every tag in use, with how many entries carry it."""
        counts: dict[str, int] = {}
        for tags in self._per_item("tags", _tag_set).values():
            for tag in tags:
                counts[tag] = counts.get(tag, 0) + 1
        return counts


class CardRepository(Repository[Card]):
    """PDCA cards, in board order: by stage, then position."""

    table_name = "cards"
    kind = "card"

    def from_dict(self, data: dict[str, Any]) -> Card:
        """Build a card."""
        return Card.from_dict(data)

    def search_text(self, item: Card) -> str:
        """Every text field of the card, lower-cased."""
        parts = [item.title, item.source, item.struggle, item.problem, item.hypothesis]
        parts += [item.result, item.learned, item.standard, " ".join(item.tags)]
        return "\n".join(parts).lower()

    def list(
        self,
        *,
        stage: Stage | str | None = None,
        tag: str | None = None,
        text: str | None = None,
    ) -> list[Card]:
        """Cards matching every filter given, in board order."""
        wanted = Stage(stage) if stage else None
        tag = tag.lstrip("#").lower() if tag else None
        found = [
            c
            for c in self.candidates(text)
            if (wanted is None or c.stage == wanted) and (tag is None or tag in c.tags)
        ]
        found.sort(key=lambda c: (STAGE_ORDER[c.stage], c.position, c.created))
        return found


class GrowthRepository(Repository[GrowthItem]):
    """Learn · Share · Grow items, newest first."""

    table_name = "growth"
    kind = "learn/share/grow item"

    def from_dict(self, data: dict[str, Any]) -> GrowthItem:
        """Build an item."""
        return GrowthItem.from_dict(data)

    def search_text(self, item: GrowthItem) -> str:
        """Title, notes, source, audience and tags, lower-cased."""
        parts = [item.title, item.notes, item.source, item.audience, " ".join(item.tags)]
        return "\n".join(parts).lower()

    def list(
        self,
        *,
        kind: GrowthKind | str | None = None,
        since: date | None = None,
        until: date | None = None,
        text: str | None = None,
    ) -> list[GrowthItem]:
        """Items matching every filter given, newest first."""
        wanted = GrowthKind(kind) if kind else None
        found = [
            g
            for g in self.candidates(text)
            if (wanted is None or g.kind == wanted) and _in_range(g.day, since, until)
        ]
        found.sort(key=lambda g: (g.day, g.created), reverse=True)
        return found
