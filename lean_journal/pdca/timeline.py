"""A card's timeline: its stage moves, its Do log and the journal entries that mention it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from lean_journal.model import Card, JournalEntry
from lean_journal.pdca.wording import moved_to


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One dated event in a card's life."""

    at: datetime
    kind: str
    text: str
    entry_id: str | None = None


def mentions(entry: JournalEntry, card: Card) -> bool:
    """Whether the entry names the card by its short id (in the title or the body)."""
    needle = card.short_id.lower()
    return needle in entry.title.lower() or needle in entry.body.lower()


def _stage_items(card: Card) -> list[TimelineItem]:
    """The card's creation and every recorded stage move."""
    history = list(card.history)
    first = history[0].stage.label if history and history[0].at <= card.created else None
    if first:
        history.pop(0)
    created = f"Created in {first}" if first else "Created"
    items = [TimelineItem(card.created, "created", created)]
    for change in history:
        text = moved_to(change.stage) + (f" ({change.note})" if change.note else "")
        items.append(TimelineItem(change.at, "stage", text))
    return items


def timeline(card: Card, entries: Iterable[JournalEntry]) -> list[TimelineItem]:
    """Stage moves, Do-log actions and mentioning journal entries, oldest first."""
    items = _stage_items(card)
    zone = card.created.tzinfo
    items += [TimelineItem(datetime.combine(a.day, time.min, zone), "action", a.text) for a in card.actions]
    items += [TimelineItem(e.created, "journal", e.title, e.id) for e in entries if mentions(e, card)]
    items.sort(key=lambda item: item.at)
    return items
