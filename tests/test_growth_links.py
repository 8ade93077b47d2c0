"""Typed links: what a user types (a short id, `card:…`) becomes one link, or one clear error."""

from __future__ import annotations

import pytest

from lean_journal.clock import FixedClock
from lean_journal.growth.links import (
    LinkError,
    find_id,
    goals_linking,
    kinds_text,
    links_from,
    links_text,
    resolve,
    split_ids,
    target,
    typed_parts,
)
from lean_journal.model import Card, Goal, JournalEntry, Learning
from lean_journal.store import Store

ENTRY_ID = "1a2b3c4d-0000-4000-8000-000000000001"
CARD_ID = "5e6f7a8b-0000-4000-8000-000000000002"
TWIN_CARD_ID = "5e6f7a8b-1111-4000-8000-000000000003"
SHARED_PREFIX_GOAL = "1a2b9999-0000-4000-8000-000000000004"
LEARN_ID = "9f9f9f9f-0000-4000-8000-000000000005"


@pytest.fixture
def linked(store: Store, clock: FixedClock) -> Store:
    """A store with an entry, two cards sharing their first eight characters, a goal and a learn item."""
    now, today = clock.now(), clock.today()
    store.entries.add(JournalEntry(today, "Gemba walk", now, now, id=ENTRY_ID))
    store.cards.add(Card("Changeover", now, now, id=CARD_ID))
    store.cards.add(Card("Changeover again", now, now, id=TWIN_CARD_ID))
    store.goals.add(Goal("Coach two people", now, now, id=SHARED_PREFIX_GOAL, links=(f"entry:{ENTRY_ID}",)))
    store.learnings.add(Learning("Ask why", today, now, now, id=LEARN_ID))
    return store


@pytest.mark.parametrize("typed", ["1a2b3c4d", "1A2B3C4D", " #1a2b3c4d ", "entry:1a2b3c", ENTRY_ID])
def test_a_short_id_or_typed_form_resolves_to_the_full_link(linked, typed):
    assert resolve(linked, typed) == f"entry:{ENTRY_ID}"


def test_the_card_form_names_the_kind(linked):
    assert resolve(linked, "card:5e6f7a8b-0") == f"card:{CARD_ID}"
    assert resolve(linked, "5e6f7a8b-1") == f"card:{TWIN_CARD_ID}"


def test_an_unknown_id_names_the_kinds_looked_in(linked):
    with pytest.raises(LinkError, match="'abcdef12': no entry or card has that id"):
        resolve(linked, "abcdef12", kinds=("entry", "card"))
    with pytest.raises(LinkError, match="no card has that id"):
        resolve(linked, "card:1a2b3c4d")


def test_an_id_shared_by_two_kinds_asks_for_the_kind(linked):
    with pytest.raises(LinkError, match="'1a2b' matches 2 documents; write it as entry:1a2b or goal:1a2b"):
        resolve(linked, "1a2b")
    assert resolve(linked, "goal:1a2b") == f"goal:{SHARED_PREFIX_GOAL}"


def test_an_id_shared_by_two_cards_asks_for_more_of_it(linked):
    with pytest.raises(LinkError, match="matches 2 documents; type more of the id"):
        resolve(linked, "card:5e6f7a8b")


def test_a_kind_not_allowed_here_is_refused(linked):
    with pytest.raises(LinkError, match="cannot link to a goal here"):
        resolve(linked, "goal:1a2b9999", kinds=("entry", "card"))
    with pytest.raises(LinkError, match="no entry or card has that id"):
        resolve(linked, "9f9f9f9f", kinds=("entry", "card"))


@pytest.mark.parametrize("typed", ["", "1a2", "card:", "#"])
def test_too_short_an_id_is_refused(linked, typed):
    with pytest.raises(LinkError, match="at least 4 characters"):
        resolve(linked, typed)


def test_find_id_finds_one_document_of_a_kind(linked):
    assert find_id(linked, "learn", "9f9f") == LEARN_ID
    with pytest.raises(LinkError, match="no learn item has the id '1a2b3c4d'"):
        find_id(linked, "learn", "1a2b3c4d")
    with pytest.raises(LinkError, match="'5e6f7a8b' matches 2 cards; type more of the id"):
        find_id(linked, "card", "5e6f7a8b")


def test_target_and_goals_linking(linked):
    assert target(linked, f"entry:{ENTRY_ID}").title == "Gemba walk"
    assert target(linked, "entry:ffffffff-0000-4000-8000-000000000000") is None
    assert target(linked, "nonsense") is None
    goals = linked.goals.all()
    assert [g.id for g in goals_linking(goals, f"entry:{ENTRY_ID}")] == [SHARED_PREFIX_GOAL]
    assert goals_linking(goals, f"card:{CARD_ID}") == []


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("9f9f", (None, "9f9f")),
        (" #9F9F ", (None, "9f9f")),
        ("learn:9f9f", ("learn", "9f9f")),
        ("learned:9f9f", ("learn", "9f9f")),
        ("Shared: 9f9f", ("share", "9f9f")),
        ("#goal:1a2b", ("goal", "1a2b")),
        ("foo:1a2b", ("foo", "1a2b")),
    ],
)
def test_typed_parts_reads_the_kind_and_the_labels_the_app_shows(typed, parts):
    assert typed_parts(typed) == parts


def test_find_id_takes_the_typed_form_of_its_kind_and_refuses_another_kind(linked):
    assert find_id(linked, "learn", "learned:9f9f") == LEARN_ID == find_id(linked, "learn", "#learn:9F9F")
    assert find_id(linked, "goal", "goal:1a2b") == SHARED_PREFIX_GOAL
    with pytest.raises(LinkError, match="'goal:1a2b' names a goal; a learn item's id is wanted here"):
        find_id(linked, "learn", "goal:1a2b")
    with pytest.raises(LinkError, match="'entry:1a2b' names an entry; a goal's id"):
        find_id(linked, "goal", "entry:1a2b")


def test_resolve_takes_the_apps_labels_as_kinds(linked):
    assert resolve(linked, "learned:9f9f") == f"learn:{LEARN_ID}"


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("", []),
        ("c6a9", ["c6a9"]),
        ("c6a9,9081", ["c6a9", "9081"]),
        (" c6a9 , 9081,,  77aa ", ["c6a9", "9081", "77aa"]),
    ],
)
def test_split_ids_takes_commas_spaces_or_both(text, ids):
    assert split_ids(text) == ids


def test_links_text_shows_typed_links_by_short_id():
    assert links_text((f"entry:{ENTRY_ID}", f"card:{CARD_ID}")) == "entry:1a2b3c4d card:5e6f7a8b"
    assert links_text(()) == ""


def test_links_from_keeps_saved_links_as_they_were_and_resolves_only_new_ones(linked):
    """A saved link typed as shown or in full is kept even if its document is gone; a new one resolves;
    one that names nothing raises, whatever else was typed."""
    gone = "0dd0dd00-0000-4000-8000-000000000000"
    saved = (f"entry:{gone}", f"entry:{ENTRY_ID}")
    asked: list[str] = []

    def resolving(typed: str) -> str:
        """Resolve an entry's or card's id, noting what was asked."""
        asked.append(typed)
        return resolve(linked, typed, ("entry", "card"))

    text = f"entry:0dd0dd00 ENTRY:{ENTRY_ID} card:{CARD_ID}"
    assert links_from(text, saved, resolving) == (*saved, f"card:{CARD_ID}")
    assert asked == [f"card:{CARD_ID}"]
    assert links_from("", saved, resolving) == ()
    with pytest.raises(LinkError, match="'0dd0dd00': no entry or card has that id"):
        links_from("entry:1a2b3c4d 0dd0dd00", saved[1:], resolving)
    with pytest.raises(LinkError, match="cannot link to a learn here"):
        links_from(f"learn:{LEARN_ID[:8]}", (), resolving)


@pytest.mark.parametrize(
    ("kinds", "text"),
    [
        (("entry", "card"), "an entry or card"),
        (("entry", "card", "share"), "an entry, card or share item"),
        (("learn",), "a learn item"),
    ],
)
def test_kinds_text_names_the_kinds_as_a_question_does(kinds, text):
    assert kinds_text(kinds) == text
