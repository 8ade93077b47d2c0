"""What the entry editor holds while a user types: a plain value, turned into a JournalEntry on save."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lean_journal.model import JournalEntry, ValidationError
from lean_journal.model.serial import Serial
from lean_journal.model.validation import check_day, check_rating, check_tags


@dataclass(frozen=True, slots=True)
class EntryDraft(Serial):
    """The editor's fields as typed; `entry_id` is None for a new entry."""

    day: date
    title: str = ""
    body: str = ""
    tags: str = ""
    mood: int | None = None
    energy: int | None = None
    entry_id: str | None = None

    @classmethod
    def from_entry(cls, entry: JournalEntry) -> EntryDraft:
        """The draft that shows an existing entry unchanged."""
        return cls(
            day=entry.day,
            title=entry.title,
            body=entry.body,
            tags=" ".join(entry.tags),
            mood=entry.mood,
            energy=entry.energy,
            entry_id=entry.id,
        )

    @property
    def tag_list(self) -> tuple[str, ...]:
        """The tags as stored (lower case, no '#'); raises ValidationError for a bad tag."""
        return check_tags("tags", self.tags)

    def entry_fields(self) -> dict[str, Any]:
        """The fields a journal entry takes from this draft; raises ValidationError for a bad tag."""
        return {
            "day": self.day,
            "title": self.title,
            "body": self.body,
            "tags": self.tag_list,
            "mood": self.mood,
            "energy": self.energy,
        }

    def new_entry(self, now: datetime) -> JournalEntry:
        """A new entry made from this draft; raises ValidationError naming a bad field."""
        return JournalEntry(**self.entry_fields(), created=now, updated=now)

    def applied_to(self, entry: JournalEntry) -> JournalEntry:
        """`entry` with this draft's fields; raises ValidationError naming a bad field."""
        return entry.with_changes(**self.entry_fields())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntryDraft:
        """A draft from `to_dict`'s dictionary; raises ValidationError if it is not one."""
        if not isinstance(data, dict):
            raise ValidationError("draft", "must be an object")
        texts = {name: data.get(name) or "" for name in ("title", "body", "tags")}
        if not all(isinstance(value, str) for value in texts.values()):
            raise ValidationError("draft", "title, body and tags must be text")
        entry_id = data.get("entry_id")
        return cls(
            day=check_day("day", data.get("day")),
            mood=check_rating("mood", data.get("mood")),
            energy=check_rating("energy", data.get("energy")),
            entry_id=entry_id if isinstance(entry_id, str) and entry_id else None,
            **texts,
        )
