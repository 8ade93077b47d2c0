"""Deleting a document takes every link to it out in the same save; undoing puts both back exactly."""

from __future__ import annotations

import pytest

from lean_journal.clock import FixedClock
from lean_journal.growth.debt import PAID_FORWARD, pay_forward
from lean_journal.growth.unlinking import (
    LinkRemoved,
    delete_with_links,
    linked_text,
    links_to,
    undo_deletion,
    with_links_back,
    without_links,
)
from lean_journal.model import Goal, JournalEntry, Learning, Share
from lean_journal.model.growth import link
from lean_journal.model.validation import MAX_TITLE
from lean_journal.store import SaveError, Store
from lean_journal.store.integrity import check
from lean_journal.store.parsing import read_journal_file
from lean_journal.store.storage import AtomicJSONStorage
from lean_journal.text import cut_at_word

ENTRY = "1a2b3c4d-0000-4000-8000-000000000001"
OTHER = "5e6f7a8b-0000-4000-8000-000000000002"


@pytest.fixture
def linked(store: Store, clock: FixedClock) -> dict[str, str]:
    """An entry that a learn item, a share and two goals link to, among other links; ids by name."""
    now, today = clock.now(), clock.today()
    entry = store.entries.add(JournalEntry(today, "Gemba walk", now, now, id=ENTRY))
    store.entries.add(JournalEntry(today, "Huddle", now, now, id=OTHER))
    learned = store.learnings.add(
        Learning("Go see", today, now, now, links=(link("entry", OTHER), link("entry", entry.id)))
    )
    told = store.shares.add(
        Share("Told the team", today, now, now, passes=(learned.id,), links=(link("entry", entry.id),))
    )
    first = store.goals.add(Goal("Coach", now, now, links=(link("entry", entry.id), link("share", told.id))))
    second = store.goals.add(
        Goal("Lead", now, now, links=(link("learn", learned.id), link("entry", entry.id)))
    )
    return {"learn": learned.id, "share": told.id, "goal": first.id, "goal2": second.id}


def everything(store: Store) -> dict[str, object]:
    """Every document's links and passes, by id, as a user would find them."""
    found: dict[str, object] = {item.id: item.links for item in [*store.learnings.all(), *store.goals.all()]}
    found.update({item.id: (item.links, item.passes) for item in store.shares.all()})
    found["entries"] = sorted(entry.id for entry in store.entries.all())
    return found


def test_every_link_to_a_document_is_found_where_it_stands(store, linked):
    found = links_to("entry", ENTRY, [*store.learnings.all(), *store.shares.all(), *store.goals.all()])
    assert sorted((one.kind, one.item_id, one.field, one.index) for one in found) == sorted(
        [
            ("learn", linked["learn"], "links", 1),
            ("share", linked["share"], "links", 0),
            ("goal", linked["goal"], "links", 0),
            ("goal", linked["goal2"], "links", 1),
        ]
    )


def test_a_learn_item_is_found_in_the_passes_of_a_share_and_the_links_of_a_goal(store, linked):
    found = links_to("learn", linked["learn"], [*store.shares.all(), *store.goals.all()])
    assert {(one.kind, one.field, one.value) for one in found} == {
        ("share", "passes", linked["learn"]),
        ("goal", "links", link("learn", linked["learn"])),
    }


def test_taking_links_out_and_putting_them_back_gives_the_same_item(store, linked):
    share = store.shares.get(linked["share"])
    removed = links_to("learn", linked["learn"], [share]) + links_to("entry", ENTRY, [share])
    bare = without_links(share, removed)
    assert (bare.links, bare.passes) == ((), ())
    assert with_links_back(bare, removed) == share
    assert with_links_back(share, removed) == share  # a link still there stays once


def test_links_of_other_documents_change_nothing(store, linked):
    goal = store.goals.get(linked["goal"])
    elsewhere = (LinkRemoved("goal", linked["goal2"], "links", link("entry", ENTRY), 1),)
    assert without_links(goal, elsewhere) is goal
    assert with_links_back(goal, elsewhere) is goal


@pytest.mark.parametrize(
    ("kinds", "text"),
    [
        ((), ""),
        (("goal",), "1 goal links to it; the link is removed."),
        (("goal", "share", "goal"), "2 goals and 1 share link to it; the links are removed."),
        (
            ("learn", "share", "goal", "learn"),
            "1 goal, 1 share and 2 learn items link to it; the links are removed.",
        ),
    ],
)
def test_the_question_counts_the_documents_that_link(kinds, text):
    removed = [LinkRemoved(kind, f"{index}", "links", "entry:x", 0) for index, kind in enumerate(kinds)]
    assert linked_text(removed) == text


def test_two_links_in_one_document_count_it_once():
    removed = [LinkRemoved("share", "s", "links", "learn:x", 0), LinkRemoved("share", "s", "passes", "x", 0)]
    assert linked_text(removed) == "1 share links to it; the link is removed."


def test_a_delete_takes_the_links_out_in_one_save_and_check_finds_nothing(
    store, linked, db_path, monkeypatch
):
    saves = []
    real_save = AtomicJSONStorage._save
    monkeypatch.setattr(AtomicJSONStorage, "_save", lambda self: (saves.append(1), real_save(self))[1])
    delete_with_links(store, "entry", ENTRY)
    assert len(saves) == 1
    reopened = Store(db_path, store.clock)
    assert reopened.learnings.get(linked["learn"]).links == (link("entry", OTHER),)
    assert reopened.shares.get(linked["share"]).links == ()
    assert reopened.goals.get(linked["goal"]).links == (link("share", linked["share"]),)
    assert reopened.goals.get(linked["goal2"]).links == (link("learn", linked["learn"]),)
    assert check(read_journal_file(db_path)).problems == ()


def test_undo_brings_back_the_document_and_each_link_in_its_place(store, linked, db_path, monkeypatch):
    before = everything(store)
    deletion = delete_with_links(store, "learn", linked["learn"])
    assert store.shares.get(linked["share"]).passes == ()
    saves = []
    real_save = AtomicJSONStorage._save
    monkeypatch.setattr(AtomicJSONStorage, "_save", lambda self: (saves.append(1), real_save(self))[1])
    undo_deletion(store, deletion)
    assert len(saves) == 1
    assert everything(Store(db_path, store.clock)) == before


def test_undo_leaves_out_a_document_deleted_since(store, linked):
    entry_gone = delete_with_links(store, "entry", ENTRY)
    delete_with_links(store, "goal", linked["goal"])
    undo_deletion(store, entry_gone)
    assert store.entries.get(ENTRY).title == "Gemba walk"
    assert [goal.id for goal in store.goals.all()] == [linked["goal2"]]
    assert store.goals.get(linked["goal2"]).links == (link("learn", linked["learn"]), link("entry", ENTRY))


def test_undo_leaves_out_its_own_link_to_a_document_deleted_since(store, linked, db_path):
    goal_gone = delete_with_links(store, "goal", linked["goal"])
    delete_with_links(store, "entry", ENTRY)
    undo_deletion(store, goal_gone)
    assert store.goals.get(linked["goal"]).links == (link("share", linked["share"]),)
    assert check(read_journal_file(db_path)).problems == ()


def test_undo_keeps_a_link_that_already_pointed_nowhere(store, clock):
    now = clock.now()
    gone = link("entry", "4e8d63ff-0000-4000-8000-00000000dead")
    old = store.goals.add(Goal("From an older file", now, now, links=(gone,)))
    undo_deletion(store, delete_with_links(store, "goal", old.id))
    assert store.goals.get(old.id) == old


def test_a_failed_save_deletes_nothing(store, linked, db_path, monkeypatch):
    before = db_path.read_bytes()

    def fail(self: AtomicJSONStorage) -> None:
        """A disk that refuses the save."""
        raise OSError("disk full")

    monkeypatch.setattr(AtomicJSONStorage, "_write_locked", lambda self, data: fail(self))
    with pytest.raises(SaveError):
        delete_with_links(store, "entry", ENTRY)
    assert db_path.read_bytes() == before
    assert store.entries.get(ENTRY).title == "Gemba walk"
    assert link("entry", ENTRY) in store.goals.get(linked["goal"]).links


def test_a_lesson_with_the_longest_title_is_paid_forward_within_the_limit(clock: FixedClock):
    now = clock.now()
    words = ("kaizen " * 100)[: MAX_TITLE - 1] + "x"
    lesson = Learning(words, clock.today(), now, now)
    share = pay_forward(lesson, clock.today(), now)
    assert len(share.title) <= MAX_TITLE
    assert share.title.startswith(PAID_FORWARD + "kaizen kaizen")
    assert share.title.endswith("kaizen…")
    assert share.passes == (lesson.id,)


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("short enough", 20, "short enough"),
        ("one two three four", 12, "one two…"),
        ("averyveryverylongword", 8, "averyve…"),
        ("  spaced\tout  ", 20, "spaced out"),
        ("anything", 0, ""),
    ],
)
def test_cut_at_word(text, limit, cut):
    assert cut_at_word(text, limit) == cut
    assert len(cut_at_word(text, limit)) <= limit
