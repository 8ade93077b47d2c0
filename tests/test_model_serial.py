"""The shared model methods (`Serial`/`Identified`): one round trip, one validated copy, one short id."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from lean_journal.model import Card, Goal, JournalEntry, Learning, Milestone, Share, ValidationError
from lean_journal.model.draft import EntryDraft
from lean_journal.model.serial import Identified, Serial
from lean_journal.store.prompts import Prompt

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
ID = "0b6f9a52-8a4e-4c1e-9f4f-3d2a1c0b9e8d"


def examples() -> list[Serial]:
    """One valid object of every model class that shares the mixin."""
    return [
        JournalEntry(day=date(2026, 11, 24), title="Gemba walk", created=NOW, updated=NOW, mood=3, id=ID),
        Card(title="Fewer interruptions", created=NOW, updated=NOW, id=ID),
        Learning("Read Toyota Kata", date(2026, 11, 2), NOW, NOW, insight="Coach the routine", id=ID),
        Share("Taught 5S", date(2026, 11, 3), NOW, NOW, audience="the team", passes=(ID,), id=ID),
        Goal("Be the leader you want", NOW, NOW, milestones=(Milestone("Coach one A3"),), id=ID),
        Prompt(name="Daily reflection", body="## What did I learn?\n", updated=NOW, id=ID),
        EntryDraft(day=date(2026, 11, 24), title="Half typed", tags="gemba 5s", mood=2, entry_id=ID),
    ]


@pytest.mark.parametrize("obj", examples(), ids=lambda obj: type(obj).__name__)
def test_round_trip_through_a_dict(obj: Serial) -> None:
    """to_dict gives plain JSON values and from_dict gives back an equal object."""
    data = obj.to_dict()
    assert all(isinstance(value, (str, int, float, bool, list, type(None))) for value in data.values())
    assert type(obj).from_dict(data) == obj


@pytest.mark.parametrize("obj", examples()[:4], ids=lambda obj: type(obj).__name__)
def test_with_changes_validates_like_a_new_object(obj: Serial) -> None:
    """A copy with a blank title or name is refused, naming the field; a good change is kept."""
    name = "name" if isinstance(obj, Prompt) else "title"
    with pytest.raises(ValidationError) as caught:
        obj.with_changes(**{name: "   "})
    assert caught.value.field == name
    changed = obj.with_changes(**{name: "  Walked   the line "})
    assert type(changed) is type(obj)
    assert getattr(changed, name) == "Walked the line"
    assert obj != changed


def test_draft_with_changes_keeps_the_other_fields() -> None:
    """A draft copy changes only what is asked (drafts hold text as typed, so nothing is refused)."""
    draft = examples()[-1]
    assert isinstance(draft, EntryDraft)
    changed = draft.with_changes(body="more")
    assert (changed.body, changed.title, changed.entry_id) == ("more", draft.title, draft.entry_id)


@pytest.mark.parametrize("obj", examples()[:4], ids=lambda obj: type(obj).__name__)
def test_short_id_is_the_first_eight_characters_of_the_id(obj: Serial) -> None:
    """Every object with an id names itself in text by the id's first eight characters."""
    assert isinstance(obj, Identified)
    assert obj.short_id == ID[:8] == "0b6f9a52"


@pytest.mark.parametrize("obj", examples(), ids=lambda obj: type(obj).__name__)
def test_the_mixin_keeps_objects_slotted(obj: Serial) -> None:
    """The mixin adds no per-object dictionary to the slotted dataclasses."""
    assert not hasattr(obj, "__dict__")
