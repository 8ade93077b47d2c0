"""The PDCA cards' repository, in board order."""

from __future__ import annotations

import builtins
from collections.abc import Collection
from datetime import date
from typing import Any

from lean_journal.model.card import CLOSED, FLOW, Card, Stage
from lean_journal.store.errors import NotFoundError
from lean_journal.store.repository import Repository

STAGE_ORDER = {stage: index for index, stage in enumerate((*FLOW, Stage.DROPPED))}
STAGE_VALUES = frozenset(stage.value for stage in Stage)


def board_order(card: Card) -> tuple[int, float, object]:
    """How the board orders cards: by stage, then position, then when they were made."""
    return (STAGE_ORDER[card.stage], card.position, card.created)


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

    def get(self, item_id: str) -> Card:
        """The card with this id, or NotFoundError (made alone if the others are not loaded yet)."""
        if self.is_built():
            return super().get(item_id)
        doc = self.raw_documents().get(item_id)
        card = None if doc is None else self.decode(item_id, doc)
        if card is None:  # no such document, or one set aside
            raise NotFoundError(self.kind, item_id)
        return card

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
        found.sort(key=board_order)
        return found

    def in_stages(self, stages: Collection[Stage]) -> builtins.list[Card]:
        """The cards in these stages, in board order, making only those if the rest are not loaded yet.

        The board's five open columns hold a few dozen of ten years' 1,500 cards. A document whose stored
        stage is not one of the known names is made too, so it is filed (or reported) exactly as by `list`.
        """
        wanted = set(stages)
        found: builtins.list[Card]
        if self.is_built():
            found = [card for card in self._cache().values() if card.stage in wanted]
        else:
            found = self._made_in_stages(wanted)
        found.sort(key=board_order)
        return found

    def moved_since(self, day: date) -> builtins.list[Card]:
        """The cards still open, or moved or due a re-check on or after `day`, made only for those when the
        rest are not loaded yet (a month's report out of ten years), in board order."""
        cutoff = day.isoformat()
        closed = {stage.value for stage in CLOSED}

        def keep(doc: dict[str, Any]) -> bool:
            """Whether the stored card may have moved since `day` (a timestamp's day is its own local day)."""
            return (
                doc["stage"] not in closed
                or any(move["at"][:10] >= cutoff for move in doc.get("history") or ())
                or any(recheck >= cutoff for recheck in doc.get("rechecks") or ())
                or any(result["on"] >= cutoff for result in doc.get("recheck_results") or ())
            )

        found = self.made_where(keep)
        found.sort(key=board_order)
        return found

    def _made_in_stages(self, wanted: set[Stage]) -> builtins.list[Card]:
        """The cards in `wanted` stages, made from the stored documents (the preview's, if it has them all).

        The preview holds every card not done or dropped, so open stages need not wait for the whole
        file to be parsed. Cards made from the preview are not kept: the file's own come with its parse.
        Documents set aside are left out.
        """
        previewed = self._storage.open_cards() if wanted.isdisjoint(CLOSED) else None
        documents = self.raw_documents() if previewed is None else previewed
        make = self.decode if previewed is None else self._load
        names = {stage.value for stage in wanted}
        found = []
        for doc_id, doc in documents.items():
            stored = doc.get("stage")
            if not isinstance(stored, str) or stored in names or stored not in STAGE_VALUES:
                card = make(doc_id, doc)
                if card is not None and card.stage in wanted:
                    found.append(card)
        return found
