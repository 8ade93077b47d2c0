"""The PDCA cards' repository, in board order."""

from __future__ import annotations

from typing import Any

from lean_journal.model.card import FLOW, Card, Stage
from lean_journal.store.repository import Repository

STAGE_ORDER = {stage: index for index, stage in enumerate((*FLOW, Stage.DROPPED))}


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
