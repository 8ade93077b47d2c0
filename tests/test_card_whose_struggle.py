"""Whose struggle a card works on: chosen on the A3 page, suggested from "Raised by" until chosen, saved."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_card_detail import SIZE, add_card, field, fill, make_app, show
from textual.widgets import Select

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Card, StruggleFrom, ValidationError
from lean_journal.pdca.a3_form import ALL_SPECS, follows_source, form_values, parse_changes, whose_for
from lean_journal.pdca.wording import STRUGGLE_FROM_LABELS
from lean_journal.store import Store
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def test_the_choice_offers_every_kind_with_its_one_label() -> None:
    """The form offers each StruggleFrom once, labelled from the one table, and shows the card's value."""
    spec = ALL_SPECS["struggle_from"]
    assert spec.kind == "choice"
    assert spec.label == "Whose struggle"
    assert [value for _label, value in spec.choices] == [kind.value for kind in StruggleFrom]
    assert [label for label, _value in spec.choices] == [STRUGGLE_FROM_LABELS[kind] for kind in StruggleFrom]
    card = Card(title="A card", created=NOW, updated=NOW, struggle_from=StruggleFrom.GEMBA)
    assert form_values(card)["struggle_from"] == "gemba"


def test_a_choice_parses_to_the_card_field_and_a_bad_one_names_the_field() -> None:
    """'customer' becomes the card's struggle_from; anything else is refused naming the field."""
    changes = parse_changes({"struggle_from": "customer"}, ["struggle_from"])
    card = Card(title="A card", created=NOW, updated=NOW).with_changes(**changes)
    assert card.struggle_from is StruggleFrom.CUSTOMER
    with pytest.raises(ValidationError) as refused:
        parse_changes({"struggle_from": "the cat"}, ["struggle_from"])
    assert refused.value.field == "struggle_from"


def test_the_suggestion_follows_raised_by_only_while_never_chosen() -> None:
    """A card whose choice is what its source suggests follows the source; a deliberate choice does not."""
    assert whose_for("Karen, my manager") == "boss"
    assert whose_for("") == "me"
    guessed = Card(
        title="A", created=NOW, updated=NOW, source="the team huddle", struggle_from=StruggleFrom.TEAM
    )
    chosen = guessed.with_changes(struggle_from=StruggleFrom.CUSTOMER)
    assert follows_source(guessed)
    assert not follows_source(chosen)


def test_the_next_cycle_keeps_whose_struggle_it_is() -> None:
    """Adapt's linked next cycle works on the same person's struggle."""
    card = Card(title="Stand-ups", created=NOW, updated=NOW, source="", struggle_from=StruggleFrom.BOSS)
    assert pdca.next_cycle(card, NOW).struggle_from is StruggleFrom.BOSS


async def test_typing_raised_by_suggests_whose_struggle_and_ctrl_s_saves_it(
    store: Store, clock: FixedClock
) -> None:
    """On a card never chosen for, typing "my boss Karen" shows "My boss's"; ctrl+s stores boss."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        field(screen, "source").focus_editor()
        await pilot.press(*"my boss Karen")
        await pilot.pause()
        select = field(screen, "struggle_from").editor
        assert isinstance(select, Select)
        assert select.value == "boss"
        assert "struggle_from" in screen.unsaved_keys()
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.cards.get(card.id)
        assert (saved.source, saved.struggle_from) == ("my boss Karen", StruggleFrom.BOSS)


async def test_a_choice_made_with_keys_is_kept_whatever_raised_by_says(
    store: Store, clock: FixedClock
) -> None:
    """Open the choice, pick "A customer's" with the arrows; typing a source naming the team keeps it."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        field(screen, "struggle_from").focus_editor()
        await pilot.press("enter", "down", "down", "down", "enter")
        await pilot.pause()
        assert field(screen, "struggle_from").value == "customer"
        field(screen, "source").focus_editor()
        await pilot.press(*"our team huddle")
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.cards.get(card.id)
        assert (saved.source, saved.struggle_from) == ("our team huddle", StruggleFrom.CUSTOMER)
        assert screen.unsaved_keys() == []


async def test_a_card_chosen_for_earlier_is_not_overridden(store: Store, clock: FixedClock) -> None:
    """A stored deliberate choice (gemba, though the source names a boss) survives typing in Raised by."""
    card = add_card(store, source="my boss asked", struggle_from=StruggleFrom.GEMBA)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        assert field(screen, "struggle_from").value == "gemba"
        assert screen.unsaved_keys() == []
        fill(screen, source="the team said so too")
        await pilot.pause()
        assert field(screen, "struggle_from").value == "gemba"
        assert screen.unsaved_keys() == ["source"]


async def test_an_unsaved_choice_asks_before_it_is_discarded(store: Store, clock: FixedClock) -> None:
    """Changing only whose struggle it is and pressing escape asks first; keeping editing keeps the choice."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        field(screen, "struggle_from").focus_editor()
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        assert screen.unsaved_keys() == ["struggle_from"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # the safe answer: keep editing
        await pilot.pause()
        assert app.screen is screen
        assert field(screen, "struggle_from").value == "boss"
        assert store.cards.get(card.id).struggle_from is StruggleFrom.ME
