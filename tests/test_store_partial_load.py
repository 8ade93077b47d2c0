"""Loading cards a few at a time: in steps, the open columns only, or one card; always as `list` would."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from lean_journal.clock import FixedClock
from lean_journal.model import Stage
from lean_journal.store import NotFoundError, Store
from lean_journal.store.preview import preview_path

OPEN = (Stage.STRUGGLE, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT)


def reopened(demo_store: Store, clock: FixedClock) -> Store:
    """The demo journal opened afresh: nothing made into model objects yet."""
    return Store(demo_store.path, clock)


def test_load_some_builds_the_cache_in_steps(demo_store: Store, clock: FixedClock) -> None:
    """Each step makes at most `count` cards; the last one leaves exactly the cards a whole load gives."""
    store = reopened(demo_store, clock)
    total = len(store.cards.raw_documents())
    steps = 0
    while not store.cards.load_some(7):
        steps += 1
        assert len(store.cards.decoded_so_far()) == min(7 * steps, total)
    assert steps == (total - 1) // 7
    assert sorted(store.cards.all(), key=lambda c: c.id) == sorted(demo_store.cards.all(), key=lambda c: c.id)


def test_the_open_columns_need_only_their_own_cards(demo_store: Store, clock: FixedClock) -> None:
    """Without a preview, the board's first look makes the open cards alone, in the order of `list`."""
    preview_path(demo_store.path).unlink()
    store = reopened(demo_store, clock)
    shown = store.cards.in_stages(OPEN)
    expected = [card for card in demo_store.cards.list() if card.stage in OPEN]
    assert shown == expected
    assert len(store.cards.decoded_so_far()) == len(expected) < len(demo_store.cards)
    assert store.cards.in_stages(OPEN) == expected, "asked again: the same cards"
    assert store.cards.in_stages((Stage.DONE,)) == demo_store.cards.list(stage=Stage.DONE)


def test_the_open_columns_come_from_the_preview_without_parsing_the_file(
    demo_store: Store, clock: FixedClock
) -> None:
    """The preview holds every open card: the board's first look leaves the 10 MB file unparsed."""
    store = reopened(demo_store, clock)
    expected = [card for card in demo_store.cards.list() if card.stage in OPEN]
    assert store.cards.in_stages(OPEN) == expected
    assert not store.storage.loaded
    assert store.cards.decoded_so_far() == {}, "cards made from the preview are not kept"
    assert store.cards.in_stages((Stage.DONE,)) == demo_store.cards.list(stage=Stage.DONE)
    assert store.storage.loaded, "closed cards are not in the preview: the file is read"
    assert store.cards.in_stages(OPEN) == expected


def test_one_card_is_made_alone(demo_store: Store, clock: FixedClock) -> None:
    """`get` of one card before the rest are loaded makes that card only; an unknown id is not found."""
    wanted = demo_store.cards.list(stage=Stage.DONE)[0]
    store = reopened(demo_store, clock)
    assert store.cards.get(wanted.id) == wanted
    assert list(store.cards.decoded_so_far()) == [wanted.id]
    with pytest.raises(NotFoundError):
        store.cards.get("0" * 32)


def rewrite_cards(path: Path, change: dict[str, object]) -> str:
    """Change the first stored card's document in the file (as a hand edit would); return its id."""
    data = orjson.loads(path.read_bytes())
    card_id = next(iter(data["cards"]))
    data["cards"][card_id].update(change)
    if change.get("stage") is None and "stage" in change:
        del data["cards"][card_id]["stage"]
    path.write_bytes(orjson.dumps(data))
    return card_id


def test_a_card_without_a_stage_is_filed_as_a_struggle(demo_store: Store, clock: FixedClock) -> None:
    """A document with no stored stage gets the model's default, in `in_stages` as in `list`."""
    card_id = rewrite_cards(demo_store.path, {"stage": None})
    store = reopened(demo_store, clock)
    assert card_id in {card.id for card in store.cards.in_stages(OPEN)}
    assert card_id in {card.id for card in reopened(demo_store, clock).cards.list(stage=Stage.STRUGGLE)}
    from_preview = reopened(demo_store, clock)  # the full read above wrote a preview of the edited file
    assert card_id in {card.id for card in from_preview.cards.in_stages(OPEN)}
    assert not from_preview.storage.loaded


def test_a_card_with_an_unknown_stage_is_set_aside_as_by_list(demo_store: Store, clock: FixedClock) -> None:
    """A stage no version knows sets the card aside, whichever way the cards are read."""
    card_id = rewrite_cards(demo_store.path, {"stage": ["not", "a", "stage"]})
    total = len(demo_store.cards)
    from_file = reopened(demo_store, clock)
    assert card_id not in {card.id for card in from_file.cards.in_stages(OPEN)}
    assert [p.doc_id for p in from_file.set_aside_so_far()] == [card_id]
    listed = reopened(demo_store, clock)
    assert len(listed.cards.list()) == total - 1
    assert [(p.table, p.doc_id, p.field) for p in listed.set_aside()] == [("cards", card_id, "stage")]
    from_preview = reopened(demo_store, clock)  # now from the preview the full reads above wrote
    assert card_id not in {card.id for card in from_preview.cards.in_stages(OPEN)}
    assert [p.doc_id for p in from_preview.set_aside_so_far()] == [card_id]
    with pytest.raises(NotFoundError):
        from_preview.cards.get(card_id)


def test_cards_made_early_are_dropped_when_the_file_changes(demo_store: Store, clock: FixedClock) -> None:
    """An outside change makes the cards made so far stale: they are made again from the new file."""
    store = reopened(demo_store, clock)
    first = store.cards.in_stages(OPEN)[0]
    other = reopened(demo_store, clock)
    other.cards.update(other.cards.get(first.id).with_changes(title="Changed elsewhere"))
    assert store.reload_if_changed()
    assert store.cards.in_stages(OPEN)[0].title == "Changed elsewhere"
    assert store.cards.get(first.id).title == "Changed elsewhere"
