"""Card order within a column: positions for new cards and J/K reordering."""

from __future__ import annotations

from typing import Protocol

from lean_journal.model import Card, Stage


class CardLister(Protocol):
    """What ordering needs of the store's card repository."""

    def list(self, *, stage: Stage | None = None) -> list[Card]:
        """The cards of `stage`, in board order."""
        ...


def append_position(column: list[Card]) -> float:
    """A position that puts a new card at the bottom of `column`."""
    return max((card.position for card in column), default=0.0) + 1.0


def bottom_of(cards: CardLister, stage: Stage) -> float:
    """A position at the bottom of `stage`'s board column (the board and the card page both use it)."""
    return append_position(cards.list(stage=stage))


def swap_positions(column: list[Card], card_id: str, offset: int) -> list[Card]:
    """Move a card `offset` places in `column` (display order); return the cards whose position changed."""
    ids = [card.id for card in column]
    if card_id not in ids:
        raise KeyError(card_id)
    start = ids.index(card_id)
    end = min(max(start + offset, 0), len(column) - 1)
    if end == start:
        return []
    order = list(column)
    order.insert(end, order.pop(start))
    slots = sorted(card.position for card in column)
    if len(set(slots)) != len(slots):
        slots = [float(number) for number in range(1, len(column) + 1)]
    pairs = zip(order, slots, strict=True)
    return [card.with_changes(position=slot) for card, slot in pairs if card.position != slot]
