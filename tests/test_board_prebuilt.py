"""The board built, mounted and painted unseen in idle time looks and behaves like one built on its key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from board_support import SIZE, add_card, make_app, titles
from textual.geometry import Region, Size
from textual.pilot import Pilot
from waiting import until

import lean_journal.tui.startup.warm_up as warm_up
from lean_journal.clock import FixedClock
from lean_journal.model import Stage
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.areas import AREAS
from lean_journal.tui.screens.board.board import OPEN_STAGES, BoardScreen
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.startup.textual_internals import (
    compose_frame_off_screen,
    lay_out_off_screen,
    render_off_screen,
    start_off_screen,
)


@pytest.fixture(autouse=True)
def quick_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """Warm up and paint right away, so the tests need not wait for idle time."""
    monkeypatch.setattr(warm_up, "WARM_UP_DELAY", 0.01)
    monkeypatch.setattr(warm_up, "PAINT_DELAY", 0.01)


async def until_board_painted(app: LeanJournalApp, pilot: Pilot[None]) -> BoardScreen:
    """Wait until the warm-up has built the board and laid it out unseen."""

    def built() -> bool:
        """The board is mounted at the app's size."""
        screen = app.areas.get("board")
        return isinstance(screen, BoardScreen) and screen.is_mounted and screen.size == app.size

    await until(pilot, built, "the warm-up built the board")
    await until(pilot, lambda: "board" in app.warm_up.painted, "the warm-up's paint passes of the board")
    screen = app.areas["board"]
    assert isinstance(screen, BoardScreen)
    return screen


def second_store(demo_master: Path, tmp_path: Path, clock: FixedClock) -> Store:
    """Another private copy of the one-year demo journal."""
    path = tmp_path / "other" / "journal.json"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(demo_master, path)
    return Store(path, clock)


async def screenshots(app: LeanJournalApp, wait_for_warm_up: bool) -> list[str]:
    """The board after 2, and after a (Done and Dropped shown), as SVG screenshots."""
    shots = []
    async with app.run_test(size=SIZE) as pilot:
        if wait_for_warm_up:
            prebuilt = await until_board_painted(app, pilot)
            assert isinstance(app.screen, JournalScreen), "built unseen: the journal stays on screen"
        await pilot.press("2")
        await pilot.pause()
        if wait_for_warm_up:
            assert app.screen is prebuilt, "the first 2 shows the screen built in idle time"
        shots.append(app.export_screenshot())
        await pilot.press("a")
        await pilot.pause()
        shots.append(app.export_screenshot())
    return shots


async def test_a_board_built_in_idle_time_looks_the_same(
    demo_store: Store, demo_master: Path, tmp_path: Path, clock: FixedClock
) -> None:
    """Pressing 2 after the warm-up shows exactly what pressing it at once shows, Done/Dropped included."""
    at_once = await screenshots(make_app(demo_store, clock), wait_for_warm_up=False)
    prebuilt = await screenshots(make_app(second_store(demo_master, tmp_path, clock), clock), True)
    assert prebuilt == at_once


async def test_a_prebuilt_board_shows_cards_added_meanwhile(store: Store, clock: FixedClock) -> None:
    """A card saved after the board was built unseen is on it when it is first shown."""
    add_card(store, clock, "Before the warm-up", Stage.PLAN)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await until_board_painted(app, pilot)
        add_card(store, clock, "After the warm-up", Stage.PLAN)
        await pilot.press("2")
        await pilot.pause()
        assert titles(app, Stage.PLAN) == ["Before the warm-up", "After the warm-up"]
        await pilot.press("right", "n", *"New on the board", "enter")
        await pilot.pause()
        assert titles(app, Stage.PLAN)[-1] == "New on the board"


async def test_2_pressed_while_the_board_is_still_being_built(store: Store, clock: FixedClock) -> None:
    """The key arrives right after the warm-up started building the board: it is shown once mounted."""
    add_card(store, clock, "A card", Stage.CHECK)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        app.warm_up.build_unseen(next(area for area in AREAS if area.mode == "board"))
        await pilot.press("2")
        await pilot.pause()
        assert app.screen is app.areas["board"] and titles(app, Stage.CHECK) == ["A card"]


async def test_a_theme_chosen_after_the_board_was_built_unseen(
    store: Store, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    """Another theme picked while the board waits unseen is the one it is first shown in."""
    add_card(store, clock, "A card", Stage.PLAN)
    other = tmp_path / "other" / "journal.json"
    other.parent.mkdir(mode=0o700)
    shutil.copyfile(db_path, other)  # each app starts in the default theme (the theme chosen is saved)
    shots = []
    for path, wait in ((db_path, False), (other, True)):
        app = make_app(Store(path, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            if wait:
                await until_board_painted(app, pilot)
            app.theme = "textual-light"
            await pilot.pause()
            await pilot.press("2")
            await pilot.pause()
            shots.append(app.export_screenshot())
    assert shots[0] == shots[1]


async def test_quitting_before_the_built_board_was_shown(store: Store, clock: FixedClock) -> None:
    """The unseen board is closed with the app, without errors."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await until_board_painted(app, pilot)
        await pilot.press("q")
    assert app.return_code == 0


async def test_without_the_private_api_the_board_is_built_on_its_first_key(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a Textual upgrade not allow building a screen unseen, the board is built when first shown."""
    monkeypatch.setattr(warm_up, "start_off_screen", lambda app, mode, screen: False)
    add_card(store, clock, "A card", Stage.DO)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.warm_up.done, "the warm-up's end (it would have built the board)")
        assert "board" not in app.areas
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, BoardScreen) and titles(app, Stage.DO) == ["A card"]


def test_the_private_api_helpers_fail_safe() -> None:
    """Objects without Textual's private attributes: nothing is done and nothing is raised."""
    assert start_off_screen(object(), "board", object()) is False  # type: ignore[arg-type]
    assert lay_out_off_screen(object(), Size(120, 36)) == []  # type: ignore[arg-type]
    render_off_screen(object(), Region(0, 0, 10, 1))  # type: ignore[arg-type]
    compose_frame_off_screen(object())  # type: ignore[arg-type]


async def test_the_warm_up_works_in_small_steps(
    demo_store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each step makes at most LOAD_STEP documents (a key waits for one step only); the board comes first."""
    monkeypatch.setattr(warm_up, "WARM_UP_DELAY", 3600)  # the test takes the steps itself
    monkeypatch.setattr(warm_up, "LOAD_STEP", 40)
    rendered: list[object] = []
    render = warm_up.render_off_screen
    monkeypatch.setattr(warm_up, "render_off_screen", lambda w, crop: (rendered.append(w), render(w, crop)))
    app = make_app(demo_store, clock)
    async with app.run_test(size=SIZE) as pilot:
        cards, growth = demo_store.cards, demo_store.goals
        made_before = 0
        cards_made_when_board_built: int | None = None
        rendered_before = 0
        for _ in app.warm_up.steps():
            assert len(rendered) - rendered_before <= 1, "one widget rendered per step"
            rendered_before = len(rendered)
            made = sum(len(r) if r.is_built() else len(r.decoded_so_far()) for r in (cards, growth))
            assert made - made_before <= 40
            made_before = made
            if "board" in app.areas and cards_made_when_board_built is None:
                await pilot.pause()  # the board mounts and loads its columns
                cards_made_when_board_built = len(cards.decoded_so_far())
                made_before = made = len(cards.decoded_so_far())
            assert not growth.decoded_so_far() or cards.is_built(), "the cards load before growth"
        assert growth.is_built(), "the growth items are loaded last"
        board_widgets = {app.areas["board"], *app.areas["board"].query("*")}
        assert {*board_widgets} >= {*rendered} and len({*rendered}) > 10, "the board's widgets, one by one"
        open_cards = [card for card in cards.all() if card.stage in OPEN_STAGES]
        assert cards_made_when_board_built is not None
        assert 0 < cards_made_when_board_built <= len(open_cards), "the board first, with its open cards"
        await pilot.pause()
        assert isinstance(app.areas["board"], BoardScreen)
