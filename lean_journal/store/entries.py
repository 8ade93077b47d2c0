"""The journal entries' repository, and what the other repositories share."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any

from lean_journal.model.entry import JournalEntry
from lean_journal.store.preview import newest_entry_ids
from lean_journal.store.repository import Repository


def in_range(day: date, since: date | None, until: date | None) -> bool:
    """Whether `day` lies between `since` and `until`, both inclusive and optional."""
    return (since is None or day >= since) and (until is None or day <= until)


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
            and in_range(e.day, since, until)
        ]
        found.sort(key=lambda e: (e.day, e.created), reverse=True)
        return found if limit is None else found[:limit]

    def on_days(self, since: date, until: date) -> builtins.list[JournalEntry]:
        """The entries of the days from `since` to `until` (both included), oldest first, made only for those
        when the rest are not loaded yet (a report of one month out of ten years)."""
        low, high = since.isoformat(), until.isoformat()
        found = [
            e for e in self.made_where(lambda doc: low <= doc["day"] <= high) if in_range(e.day, since, until)
        ]
        found.sort(key=lambda e: (e.day, e.created))
        return found

    def written_days(self) -> set[date]:
        """Every day with at least one entry (read from the stored days when the entries are not loaded)."""
        if self.is_built():
            return {entry.day for entry in self._cache().values()}
        days = set()
        for doc in self.raw_documents().values():
            try:
                days.add(date.fromisoformat(doc["day"]))
            except (KeyError, TypeError, ValueError):
                continue  # a document without a usable day is set aside when it is made
        return days

    def _newest(self, count: int) -> builtins.list[JournalEntry]:
        """The `count` newest entries, building only those when nothing is built yet (`list -n 5`)."""
        if self.is_built():
            return self.list()[:count]
        previewed = self._storage.newest_entries(count)
        if previewed is None:
            raw = self.raw_documents()
            try:
                previewed = [(doc_id, raw[doc_id]) for doc_id in newest_entry_ids(raw, count)]
            except (KeyError, TypeError, ValueError):  # a document set aside: its day cannot be ordered
                return self.list()[:count]
        made = [self._load(doc_id, doc) for doc_id, doc in previewed]
        newest = [entry for entry in made if entry is not None]
        # One of them set aside: the next newest valid ones are known only from the whole file.
        return newest if len(newest) == len(made) else self.list()[:count]

    def tags(self) -> dict[str, int]:
        """Every tag in use, with how many entries carry it."""
        counts: dict[str, int] = {}
        for tags in self._per_item("tags", _tag_set).values():
            for tag in tags:
                counts[tag] = counts.get(tag, 0) + 1
        return counts
