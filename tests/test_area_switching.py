"""Switching areas: a built area shows at once, restyles nothing, and is painted even after a batch."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from waiting import until, until_no_paint

import lean_journal.tui.startup.quick_screen as area_module
import lean_journal.tui.startup.warm_up as warm_up
from lean_journal.clock import FixedClock
from lean_journal.model import Stage
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.area import AreaScreen
from lean_journal.tui.screens.board.board import BoardScreen
from lean_journal.tui.startup.textual_internals import update_now

SIZE = (120, 36)


def quiet_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """An app with no file watcher ticking during the test."""
    return LeanJournalApp(store, clock, watch_interval=3600)


async def board_then_journal(app: LeanJournalApp, pilot: Pilot[None]) -> BoardScreen:
    """Show the board once (it is built), then go back to the journal; return the board."""
    await pilot.press("2")
    await pilot.pause()
    board = app.screen
    assert isinstance(board, BoardScreen)
    await pilot.press("1")
    await pilot.pause()
    return board


def count_paints(screen: Any, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time `screen` renders its changes."""
    paints: list[int] = []
    original = screen._compositor.render_update

    def counting(*args: Any, **kwargs: Any) -> Any:
        """Count, then render."""
        paints.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(screen._compositor, "render_update", counting)
    return paints


@pytest.mark.parametrize("can_build_unseen", [True, False])
async def test_a_switch_is_held_back_only_when_textual_composes_the_screen(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, can_build_unseen: bool
) -> None:
    """Textual's 50 ms hold on painting hides a screen being composed; one built unseen is shown at once."""
    holds: list[float] = []
    original = App.delay_update

    def recording(self: App[Any], delay: float = 0.05) -> None:
        """Note the hold, then hold."""
        holds.append(delay)
        original(self, delay)

    monkeypatch.setattr(App, "delay_update", recording)
    if not can_build_unseen:  # a Textual without the private API: the board is composed by Textual
        monkeypatch.setattr(warm_up, "start_off_screen", lambda app, mode, screen: False)
    app = quiet_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await board_then_journal(app, pilot)
        assert len(holds) == (0 if can_build_unseen else 1)
        await pilot.press("2", "1", "2")
        await pilot.pause()
        assert len(holds) == (0 if can_build_unseen else 1), "built areas are shown without the hold"
        assert isinstance(app.screen, BoardScreen)


async def test_a_switch_made_during_a_batch_is_painted_when_it_ends(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2 pressed during a batch of updates once left the board unpainted until the next key."""
    app = quiet_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        board = await board_then_journal(app, pilot)
        paints = count_paints(board, monkeypatch)
        with app.batch_update():
            app.action_switch_area("board")
            await asyncio.sleep(0.1)  # the board's update comes and goes, put off by the batch
            assert paints == []
        await until_no_paint(lambda: paints, "the board painted itself once the batch ended")


async def test_an_area_shown_again_is_not_restyled_and_paints_at_once(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual restyles a whole screen on every switch; an area's styles are current, so it skips that."""
    app = quiet_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        board = await board_then_journal(app, pilot)
        restyled: list[Any] = []
        monkeypatch.setattr(board, "update_node_styles", lambda *a, **k: restyled.append(a))
        painted_now: list[Any] = []
        monkeypatch.setattr(area_module, "update_now", painted_now.append)
        await pilot.press("2")
        assert restyled == []
        assert painted_now[-1:] == [board], "painted once its resume was handled, not at the next tick"


async def test_a_theme_chosen_elsewhere_shows_on_an_area_shown_again(store: Store, clock: FixedClock) -> None:
    """Skipping the restyle on a switch must not leave an area in the old theme."""
    app = quiet_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        board = await board_then_journal(app, pilot)
        border_before = board.column(Stage.PLAN).styles.border_top
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert board.column(Stage.PLAN).styles.border_top != border_before


def test_update_now_does_nothing_without_textuals_timer_update() -> None:
    """A Textual without the update hook (or one that fails): no error, nothing done."""

    class Broken:
        """A screen whose update hook raises."""

        def _on_timer_update(self) -> None:
            """Fail as a changed private API might."""
            raise AttributeError("changed")

    update_now(object())  # type: ignore[arg-type]
    update_now(Broken())  # type: ignore[arg-type]


async def test_an_area_hidden_before_its_put_off_work_is_done_does_it_once_shown_again(
    store: Store, clock: FixedClock
) -> None:
    """`2` just after the first frame: the journal's start-up work waits while the board is on screen."""
    app = quiet_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        journal = app.screen
        assert isinstance(journal, AreaScreen)
        done: list[str] = []
        await pilot.press("2")
        await pilot.pause()
        journal.after_first_frame(lambda: done.append("first"))
        journal.after_first_frame(lambda: done.append("second"))
        await asyncio.sleep(0.2)
        await pilot.pause()
        assert done == [], "nothing runs while the board is shown"
        await pilot.press("1")
        await until(pilot, lambda: len(done) == 2, "the put-off work ran once the journal was shown")
        assert done == ["first", "second"]


async def test_a_key_is_painted_once_handled_not_at_the_timers_next_tick(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual's 60 Hz update timer sleeps out its period after a paint; a key's effect is shown at once."""
    app = quiet_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        journal = app.screen
        painted_now: list[Any] = []
        monkeypatch.setattr(area_module, "update_now", painted_now.append)
        await pilot.press("g")
        assert painted_now and set(painted_now) == {journal}
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        painted_now.clear()
        await pilot.press("down", "up")  # keys on the help dialog: it is no area, and Textual paints it
        assert painted_now == []
