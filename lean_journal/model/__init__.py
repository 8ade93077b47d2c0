"""The domain model: plain dataclasses with validation; no textual, no tinydb."""

from lean_journal.model.card import FLOW, ActionLog, Card, Decision, Stage, StageChange
from lean_journal.model.entry import JournalEntry, body_tags
from lean_journal.model.growth import GrowthItem, GrowthKind, GrowthStatus
from lean_journal.model.validation import ValidationError, new_id

__all__ = [
    "FLOW",
    "ActionLog",
    "Card",
    "Decision",
    "GrowthItem",
    "GrowthKind",
    "GrowthStatus",
    "JournalEntry",
    "Stage",
    "StageChange",
    "ValidationError",
    "body_tags",
    "new_id",
]
