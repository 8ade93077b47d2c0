"""The Learn · Share · Grow items' repository, newest first."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any

from lean_journal.model.growth import GrowthItem, GrowthKind, GrowthStatus
from lean_journal.store.entries import in_range
from lean_journal.store.repository import Repository


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
            if (wanted is None or g.kind == wanted) and in_range(g.day, since, until)
        ]
        found.sort(key=lambda g: (g.day, g.created), reverse=True)
        return found

    def on_days(self, since: date, until: date) -> builtins.list[GrowthItem]:
        """The items dated from `since` to `until` (both included), oldest first, made only for those when
        the rest are not loaded yet."""
        low, high = since.isoformat(), until.isoformat()
        found = [
            g for g in self.made_where(lambda doc: low <= doc["day"] <= high) if in_range(g.day, since, until)
        ]
        found.sort(key=lambda g: (g.day, g.created))
        return found

    def goals(self) -> builtins.list[GrowthItem]:
        """The Grow items not done yet (ideas and active ones), made only for those when the rest are not
        loaded yet: active first, then by day."""
        grow, done = GrowthKind.GROW.value, GrowthStatus.DONE.value
        found = self.made_where(lambda doc: doc["kind"] == grow and doc.get("status", done) != done)
        found = [g for g in found if g.kind is GrowthKind.GROW and g.status is not GrowthStatus.DONE]
        found.sort(key=lambda g: (g.status is not GrowthStatus.ACTIVE, g.day, g.created))
        return found
