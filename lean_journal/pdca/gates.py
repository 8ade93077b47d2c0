"""Stage gates: the essential fields a card needs before it may leave a stage forward."""

from __future__ import annotations

from typing import Any

from lean_journal.model import Card, Stage
from lean_journal.pdca.wording import field_label

GATES: dict[Stage, tuple[str, ...]] = {
    Stage.STRUGGLE: (),
    Stage.PLAN: ("problem", "target", "hypothesis"),
    Stage.DO: (),
    Stage.CHECK: ("result",),
    Stage.ACT: ("decision",),
    Stage.DONE: (),
    Stage.DROPPED: (),
}


class GateBlocked(Exception):
    """A forward move refused because the stage's essential fields are still empty."""

    def __init__(self, card: Card, target: Stage, missing: tuple[str, ...]) -> None:
        """Remember the card, where it was going and which fields are missing."""
        super().__init__(f"Cannot move to {target.label}: missing {label_list(missing)}")
        self.card = card
        self.target = target
        self.missing = missing


def is_empty(value: Any) -> bool:
    """Whether a field value counts as not filled in (None, blank text, empty list)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (tuple, list)):
        return not value
    return False


def missing_fields(card: Card, stage: Stage) -> tuple[str, ...]:
    """The gate fields of `stage` that `card` has not filled in."""
    return tuple(name for name in GATES[stage] if is_empty(getattr(card, name)))


def missing_to_leave(card: Card) -> tuple[str, ...]:
    """The gate fields still empty before the card may leave its current stage forward."""
    return missing_fields(card, card.stage)


def label_list(fields: tuple[str, ...]) -> str:
    """Human names of some fields, comma-separated."""
    return ", ".join(field_label(name) for name in fields)
