"""The domain model: plain dataclasses with validation; no textual, no tinydb.

Names are loaded from their modules on first use, so a journal-only start never pays for the PDCA card
and Learn · Share · Grow classes (their dataclasses take milliseconds to build).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lean_journal.model.card import (
        CLOSED,
        FLOW,
        OPEN,
        ActionLog,
        Card,
        Decision,
        RecheckResult,
        Stage,
        StageChange,
        StruggleFrom,
    )
    from lean_journal.model.entry import JournalEntry, body_tags
    from lean_journal.model.growth import (
        Channel,
        Goal,
        GoalStatus,
        GrowthItem,
        Learning,
        Milestone,
        Share,
        SourceKind,
    )
    from lean_journal.model.validation import ValidationError, new_id

_HOMES = {
    "card": (
        "CLOSED",
        "FLOW",
        "OPEN",
        "ActionLog",
        "Card",
        "Decision",
        "Stage",
        "StageChange",
        "RecheckResult",
        "StruggleFrom",
    ),
    "entry": ("JournalEntry", "body_tags"),
    "growth": ("Channel", "Goal", "GoalStatus", "GrowthItem", "Learning", "Milestone", "Share", "SourceKind"),
    "validation": ("ValidationError", "new_id"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "CLOSED",
    "FLOW",
    "OPEN",
    "ActionLog",
    "Card",
    "Channel",
    "Decision",
    "Goal",
    "GoalStatus",
    "GrowthItem",
    "JournalEntry",
    "Learning",
    "Milestone",
    "RecheckResult",
    "Share",
    "SourceKind",
    "Stage",
    "StageChange",
    "StruggleFrom",
    "ValidationError",
    "body_tags",
    "new_id",
]


def __getattr__(name: str) -> Any:
    """Load an exported name from its module the first time it is asked for."""
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f"lean_journal.model.{module}"), name)
    globals()[name] = value
    return value
