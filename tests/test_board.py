"""The PDCA board driven by keys and mouse in the real app: stages, gates, decisions, drops, order, WIP."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from board_support import MARKUP_TITLE, PLANNED, SIZE, add_card, click_bar, column, make_app, titles
from textual.pilot import Pilot
from textual.widgets import Static

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Decision, Stage
from lean_journal.store import Store
from lean_journal.tui.screens.board.board import BoardScreen
from lean_journal.tui.screens.board.decide_card import DecideCardScreen
from lean_journal.tui.screens.board.drop_card import DropCardScreen
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.widgets.card.a3_field import A3Field


async def type_in_field(pilot: Pilot[None], detail: CardDetailScreen, key: str, text: str) -> None:
    """Focus one A3 field of the detail and type into it."""
    detail.query_one(f"#field-{key}", A3Field).focus_editor()
    await pilot.press(*text)


async def test_a_card_walks_from_struggles_to_done_through_the_gates(store: Store, clock: FixedClock) -> None:
    """n adds a card; l moves it; blocked gates open the detail with the missing fields; Act adopts it."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "n", *"Inbox eats my mornings", "enter")
        [card] = store.cards.all()
        assert card.stage is Stage.STRUGGLE and titles(app, Stage.STRUGGLE) == ["Inbox eats my mornings"]
        clock.advance(days=1)
        await pilot.press("l")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.PLAN
        clock.advance(days=2)
        await pilot.press("l")
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, CardDetailScreen)
        assert detail.focus_fields == ("problem", "target", "hypothesis")
        assert all(detail.query_one(f"#field-{k}").has_class("-missing") for k in detail.focus_fields)
        assert store.cards.get(card.id).stage is Stage.PLAN, "a blocked move does not move"
        for key, text in PLANNED.items():
            await type_in_field(pilot, detail, key, text)
        await pilot.press("ctrl+s", "escape")
        await pilot.pause()
        assert isinstance(app.screen, BoardScreen)
        await pilot.press("l")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.DO
        clock.advance(days=7)
        await pilot.press("l")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.CHECK
        await pilot.press("l")
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, CardDetailScreen) and detail.focus_fields == ("result",)
        await type_in_field(pilot, detail, "result", "20 min a day")
        await pilot.press("ctrl+s", "escape", "l")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.ACT
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, DecideCardScreen)
        await pilot.press(*"Mail at 9 and 16")
        await pilot.click("#adopt")
        await pilot.pause()
        done = store.cards.get(card.id)
        assert (done.stage, done.decision, done.standard) == (Stage.DONE, Decision.ADOPT, "Mail at 9 and 16")
        today = clock.today()
        assert done.rechecks == (today + timedelta(days=30), today + timedelta(days=90))
        stages = [change.stage for change in done.history]
        assert stages == [Stage.STRUGGLE, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT, Stage.DONE]
        spent = pdca.time_in_stages(done, clock.now())
        assert spent[Stage.PLAN] == timedelta(days=2) and spent[Stage.DO] == timedelta(days=7)
        await pilot.press("a")
        await pilot.pause()
        assert column(app, Stage.DONE).display and titles(app, Stage.DONE) == ["Inbox eats my mornings"]


async def test_ctrl_l_overrides_a_gate_after_confirming(store: Store, clock: FixedClock) -> None:
    """ctrl+l asks 'move anyway?'; no keeps the card in Plan, yes moves it and notes the override."""
    card = add_card(store, clock, "Meetings overrun", Stage.PLAN)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "right", "ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.PLAN
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        moved = store.cards.get(card.id)
        assert moved.stage is Stage.DO and "gate overridden" in moved.history[-1].note


async def test_adapt_makes_a_linked_next_cycle_in_plan(store: Store, clock: FixedClock) -> None:
    """Act → adapt: the card is Done and its next cycle, linked back, waits in Plan with the learning."""
    card = add_card(
        store, clock, "Huddle too long", Stage.ACT, **PLANNED, result="20 min", learned="agenda helps"
    )
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", *["right"] * 4, "l")
        await pilot.pause()
        assert isinstance(app.screen, DecideCardScreen)
        await pilot.press("tab", *"Timebox each topic")
        await pilot.click("#adapt")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.DONE
        [follow] = store.cards.list(stage=Stage.PLAN)
        assert follow.previous_cycle == card.id and follow.title == "Huddle too long (cycle 2)"
        assert (follow.current_condition, follow.hypothesis) == ("agenda helps", "Timebox each topic")
        assert titles(app, Stage.PLAN) == ["Huddle too long (cycle 2)"]
        assert column(app, Stage.PLAN).selected_card_id == follow.id


async def test_abandon_needs_a_reason(store: Store, clock: FixedClock) -> None:
    """Abandon without a reason asks for one; with it the card is dropped with that reason."""
    card = add_card(store, clock, "Stand-up at 8", Stage.ACT)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", *["right"] * 4, "l")
        await pilot.pause()
        await pilot.click("#abandon")
        assert isinstance(app.screen, DecideCardScreen)
        assert "why" in str(app.screen.query_one("#problem", Static).render()).lower()
        await pilot.press(*"nobody came")
        await pilot.click("#abandon")
        await pilot.pause()
        dropped = store.cards.get(card.id)
        assert (dropped.stage, dropped.decision, dropped.drop_reason) == (
            Stage.DROPPED,
            Decision.ABANDON,
            "nobody came",
        )


async def test_d_drops_a_card_with_a_required_reason(store: Store, clock: FixedClock) -> None:
    """d asks why; an empty reason is refused, escape keeps the card, a reason drops it."""
    card = add_card(store, clock, "Too many tabs", Stage.STRUGGLE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "d", "escape")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.STRUGGLE
        await pilot.press("d", "enter")
        assert isinstance(app.screen, DropCardScreen)
        assert "required" in str(app.screen.query_one("#problem", Static).render())
        await pilot.press(*"solved itself", "enter")
        await pilot.pause()
        dropped = store.cards.get(card.id)
        assert (dropped.stage, dropped.drop_reason) == (Stage.DROPPED, "solved itself")
        assert titles(app, Stage.STRUGGLE) == []
        await pilot.press("a")
        await pilot.pause()
        assert titles(app, Stage.DROPPED) == ["Too many tabs"]


async def test_reordering_is_kept_after_a_restart(db_path: Path, clock: FixedClock) -> None:
    """J and K move a card within its column; a new app on the same file shows the same order."""
    store = Store(db_path, clock)
    for title in ("first", "second", "third"):
        add_card(store, clock, title, Stage.STRUGGLE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "J", "J")
        await pilot.pause()
        assert titles(app, Stage.STRUGGLE) == ["second", "third", "first"]
        await pilot.press("up", "K")
        await pilot.pause()
        assert titles(app, Stage.STRUGGLE) == ["third", "second", "first"]
    again = make_app(Store(db_path, clock), clock)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert titles(again, Stage.STRUGGLE) == ["third", "second", "first"]


async def test_the_wip_limit_asks_before_going_over(store: Store, clock: FixedClock) -> None:
    """w sets the limit to 1; moving a second card into Do asks; no keeps it in Plan, yes marks Do."""
    add_card(store, clock, "busy", Stage.DO)
    card = add_card(store, clock, "next", Stage.PLAN, **PLANNED)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "w", "backspace", "1", "enter")
        await pilot.pause()
        assert store.settings.get("wip_limit") == 1
        await pilot.press("right", "l")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "WIP limit is 1" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.PLAN
        assert not column(app, Stage.DO).has_class("over-wip")
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.DO
        assert column(app, Stage.DO).has_class("over-wip")


async def test_a_bad_wip_limit_is_refused_in_the_dialog(store: Store, clock: FixedClock) -> None:
    """Typing a word as the limit says what is wrong and keeps the old limit."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "w", "backspace", *"lots", "enter")
        assert "whole number" in str(app.screen.query_one("#problem", Static).render())
        await pilot.press("escape")
        assert store.settings.get("wip_limit") is None


async def test_titles_are_never_markup(store: Store, clock: FixedClock) -> None:
    """A title full of markup is stored and shown literally, in the column and the dialogs; nothing runs."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "n", *MARKUP_TITLE, "enter")
        await pilot.pause()
        [card] = store.cards.all()
        assert card.title == MARKUP_TITLE
        assert titles(app, Stage.STRUGGLE) == [MARKUP_TITLE]
        await pilot.press("d")
        question = app.screen.query_one(".question", Static)
        assert MARKUP_TITLE in str(question.render())
        await pilot.press("escape")
        assert app.is_running and isinstance(app.screen, BoardScreen)


async def test_the_mouse_selects_and_moves_cards(store: Store, clock: FixedClock) -> None:
    """A click selects a card without opening it; the action bar moves it forward and back."""
    add_card(store, clock, "top", Stage.STRUGGLE)
    lower = add_card(store, clock, "lower", Stage.STRUGGLE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.click("#cards-struggle", offset=(3, 2))
        assert isinstance(app.screen, BoardScreen)
        assert column(app, Stage.STRUGGLE).selected_card_id == lower.id
        await click_bar(app, pilot, "forward")
        await pilot.pause()
        assert store.cards.get(lower.id).stage is Stage.PLAN
        await click_bar(app, pilot, "back")
        await pilot.pause()
        assert store.cards.get(lower.id).stage is Stage.STRUGGLE
