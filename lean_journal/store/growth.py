"""The Learn · Share · Grow items' repository, newest first."""

from __future__ import annotations

from datetime import date
from typing import Any

from lean_journal.model.growth import GrowthItem, GrowthKind
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
