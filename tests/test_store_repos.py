"""Repositories: every kind round-trips through the file, filters return the right documents."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lean_journal.clock import FixedClock
from lean_journal.model import Card, JournalEntry, Learning, Share, Stage
from lean_journal.store import NotFoundError, Store


def make_entry(clock: FixedClock, day: date, title: str, **fields: object) -> JournalEntry:
    """An entry on `day` stamped with the clock."""
    now = clock.now()
    return JournalEntry(day=day, title=title, created=now, updated=now, **fields)  # type: ignore[arg-type]


def make_card(clock: FixedClock, title: str, **fields: object) -> Card:
    """A card stamped with the clock."""
    now = clock.now()
    return Card(title=title, created=now, updated=now, **fields)  # type: ignore[arg-type]


def make_item(clock: FixedClock, kind: str, title: str, day: date, **fields: object) -> Learning | Share:
    """A learn or share item stamped with the clock."""
    now = clock.now()
    cls = Learning if kind == "learn" else Share
    return cls(title=title, day=day, created=now, updated=now, **fields)  # type: ignore[arg-type]


def reopen(store: Store) -> Store:
    """The same file opened afresh, as a new process would."""
    return Store(store.path, store.clock)


def test_every_kind_round_trips_through_the_file(store: Store, clock: FixedClock) -> None:
    """What is added comes back equal from a freshly opened file."""
    entry = store.entries.add(make_entry(clock, clock.today(), "Gemba", body="**saw** #flow", mood=4))
    card = store.cards.add(make_card(clock, "Shorter changeover", stage=Stage.PLAN, problem="45 min"))
    item = store.learnings.add(make_item(clock, "learn", "Toyota Kata", clock.today(), source="Rother"))
    fresh = reopen(store)
    assert fresh.entries.get(entry.id) == entry
    assert fresh.cards.get(card.id) == card
    assert fresh.learnings.get(item.id) == item


def test_update_stamps_time_and_persists(store: Store, clock: FixedClock) -> None:
    """An update is saved and its `updated` time is the clock's."""
    entry = store.entries.add(make_entry(clock, clock.today(), "Draft title"))
    clock.advance(minutes=5)
    saved = store.entries.update(entry.with_changes(title="Final title"))
    assert saved.updated == clock.now()
    assert reopen(store).entries.get(entry.id).title == "Final title"


def test_delete_removes_from_the_file(store: Store, clock: FixedClock) -> None:
    """A deleted document is gone after reopening; deleting again is NotFound."""
    card = store.cards.add(make_card(clock, "Drop me"))
    store.cards.delete(card.id)
    with pytest.raises(NotFoundError):
        reopen(store).cards.get(card.id)
    with pytest.raises(NotFoundError):
        store.cards.delete(card.id)


def test_returned_values_cannot_leak_into_the_file(store: Store, clock: FixedClock) -> None:
    """Changing what the store hands out (even its dict form) never changes what is stored."""
    entry = store.entries.add(make_entry(clock, clock.today(), "Tags", tags=["a"]))
    as_dict = store.entries.get(entry.id).to_dict()
    as_dict["tags"].append("leaked")
    store.entries.add(make_entry(clock, clock.today(), "Another write"))
    assert reopen(store).entries.get(entry.id).tags == ("a",)


def test_entry_filters(store: Store, clock: FixedClock) -> None:
    """Date range, tag (explicit or #body), text (all words) and starred each narrow the list."""
    today = clock.today()
    old = store.entries.add(make_entry(clock, today - timedelta(days=40), "Old 5S audit", tags=["5s"]))
    mid = store.entries.add(make_entry(clock, today - timedelta(days=3), "Kanban limits", body="WIP #flow"))
    new = store.entries.add(make_entry(clock, today, "Coaching Anna", starred=True, body="kata flow"))
    titles = lambda found: [e.title for e in found]  # noqa: E731
    assert titles(store.entries.list()) == [new.title, mid.title, old.title]
    assert titles(store.entries.list(since=today - timedelta(days=5))) == [new.title, mid.title]
    assert titles(store.entries.list(until=today - timedelta(days=5))) == [old.title]
    assert titles(store.entries.list(tag="#FLOW")) == [mid.title]
    assert titles(store.entries.list(text="FLOW")) == [new.title, mid.title]
    assert titles(store.entries.list(text="kata anna")) == [new.title]
    assert titles(store.entries.list(text="kata audit")) == []
    assert titles(store.entries.list(starred=True)) == [new.title]
    assert store.entries.tags() == {"5s": 1, "flow": 1}


def test_card_filters_and_board_order(store: Store, clock: FixedClock) -> None:
    """Cards list by stage, then position; stage and text filters work."""
    store.cards.add(make_card(clock, "Second in plan", stage=Stage.PLAN, position=2))
    store.cards.add(make_card(clock, "First in plan", stage=Stage.PLAN, position=1))
    store.cards.add(make_card(clock, "Boss struggle", source="my boss: Maria"))
    store.cards.add(make_card(clock, "Finished", stage=Stage.DONE))
    assert [c.title for c in store.cards.list()] == [
        "Boss struggle",
        "First in plan",
        "Second in plan",
        "Finished",
    ]
    assert [c.title for c in store.cards.list(stage="plan")] == ["First in plan", "Second in plan"]
    assert [c.title for c in store.cards.list(text="maria")] == ["Boss struggle"]


def test_growth_filters(store: Store, clock: FixedClock) -> None:
    """Learn and share items filter by date range and text, each kind in its own repository."""
    today = clock.today()
    store.learnings.add(make_item(clock, "learn", "Read Gemba Walks", today - timedelta(days=10)))
    store.learnings.add(make_item(clock, "learn", "Asked why five times", today))
    store.shares.add(make_item(clock, "share", "Taught A3 thinking", today, audience="team"))
    assert [g.title for g in store.shares.list()] == ["Taught A3 thinking"]
    assert [g.title for g in store.learnings.list(since=today - timedelta(days=1))] == [
        "Asked why five times"
    ]
    assert [g.title for g in store.learnings.list(text="gemba")] == ["Read Gemba Walks"]
    assert [g.title for g in store.shares.list(text="team")] == ["Taught A3 thinking"]


def test_find_by_short_id(store: Store, clock: FixedClock) -> None:
    """A card can be found by the first characters of its id, as journal links name it."""
    card = store.cards.add(make_card(clock, "Linked"))
    assert store.cards.find(card.short_id) == card
    assert store.cards.find(card.short_id.upper()) == card
    assert store.cards.find("zzzzzzzz") is None


def test_batch_is_one_save_and_all_or_nothing(store: Store, clock: FixedClock) -> None:
    """A batch writes once; an exception inside it saves nothing."""
    before = store.path.stat().st_ino
    with store.batch():
        store.entries.add_many(make_entry(clock, clock.today(), f"E{i}") for i in range(50))
        assert store.path.stat().st_ino == before
    assert store.path.stat().st_ino != before
    assert len(reopen(store).entries) == 50
    with pytest.raises(RuntimeError), store.batch():
        store.entries.add(make_entry(clock, clock.today(), "Lost on purpose"))
        raise RuntimeError("abort")
    assert len(store.entries) == 50
    assert len(reopen(store).entries) == 50


def test_settings_persist(store: Store) -> None:
    """Settings are stored in the file."""
    store.settings.set("theme", "nord")
    assert reopen(store).settings.get("theme") == "nord"
    assert store.settings.get("missing", 3) == 3


def test_limit_gives_the_newest_without_building_everything(store: Store, clock: FixedClock) -> None:
    """`list(limit=n)` on a freshly opened file returns the same newest entries as a full list."""
    today = clock.today()
    for offset in (5, 1, 3, 1, 0, 9):
        clock.advance(minutes=1)
        store.entries.add(make_entry(clock, today - timedelta(days=offset), f"{offset} days ago"))
    fresh = reopen(store)
    newest = fresh.entries.list(limit=3)
    assert not fresh.entries.is_built()
    assert newest == reopen(store).entries.list()[:3]
    assert [e.title for e in newest] == ["0 days ago", "1 days ago", "1 days ago"]
    assert newest[1].created > newest[2].created
    assert [e.title for e in fresh.entries.list(limit=2, text="days")] == ["0 days ago", "1 days ago"]


def test_prepare_search_builds_the_texts_a_search_then_uses(store: Store, clock: FixedClock) -> None:
    """After prepare_search, searching needs no new search text, and finds the same as before."""
    store.entries.add(make_entry(clock, clock.today(), "Kanban limits", body="WIP"))
    fresh = reopen(store)
    fresh.entries.prepare_search()
    built = dict(fresh.entries._derived["text"])
    assert [e.title for e in fresh.entries.list(text="wip")] == ["Kanban limits"]
    assert fresh.entries._derived["text"] == built
