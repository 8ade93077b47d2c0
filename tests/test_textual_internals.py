"""Start-up help that leans on Textual internals: each works, and each does nothing if they change."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from gc_probe import GcProbeApp
from textual.app import App, ComposeResult
from textual.color import Color
from textual.screen import Screen
from textual.theme import BUILTIN_THEMES
from textual.widgets import Label

import lean_journal.tui.startup.warm_up as warm_up
from lean_journal.clock import FixedClock
from lean_journal.store import Store, StoreError
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.startup.quick_screen import QuickScreen
from lean_journal.tui.startup.textual_internals import (
    mark_styles_current,
    rendering_is_discarded,
    start_off_screen,
)

SIZE = (120, 36)


def test_the_helpers_do_nothing_without_the_private_attributes() -> None:
    """Objects without Textual's private attributes: no error, nothing changed, nothing reported."""
    thing = object()
    mark_styles_current(thing, thing)  # type: ignore[arg-type]
    assert rendering_is_discarded(thing) is False  # type: ignore[arg-type]


async def test_a_screen_renders_nothing_during_a_batch_and_everything_after(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """During a batch Textual would drop the frame; the screen waits and then renders the whole change."""
    app = LeanJournalApp(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        renders: list[Any] = []
        original = screen._compositor.render_update

        def recording_render(*args: Any, **kwargs: Any) -> Any:
            """Count the render, then do it."""
            renders.append(args)
            return original(*args, **kwargs)

        monkeypatch.setattr(screen._compositor, "render_update", recording_render)
        with app.batch_update():
            assert rendering_is_discarded(app)
            screen.refresh()
            screen._compositor_refresh()
            assert renders == []
        assert not rendering_is_discarded(app)
        screen._compositor_refresh()
        await pilot.pause()
        assert len(renders) >= 1


async def test_the_first_screen_is_styled_with_the_saved_theme(store: Store, clock: FixedClock) -> None:
    """Skipping the first screen's CSS refresh must not keep a saved theme from showing."""
    store.settings.set("theme", "textual-light")
    app = LeanJournalApp(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        expected = Color.parse(BUILTIN_THEMES["textual-light"].background or "")
        assert app.screen.styles.background == expected


@pytest.mark.parametrize("warm_up_fails", [False, True])
def test_run_pauses_the_garbage_collector_until_the_warm_up(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, warm_up_fails: bool
) -> None:
    """No collection during start-up; after the warm-up (even one that failed) the collector is on."""
    monkeypatch.setattr(warm_up, "WARM_UP_DELAY", 0.01)
    if warm_up_fails:

        def unreadable(count: int) -> bool:
            """The cards cannot be read."""
            raise StoreError(store.path, "the file went away")

        monkeypatch.setattr(store.cards, "load_some", unreadable)
    assert gc.isenabled()
    app = GcProbeApp(store, clock)
    app.run(headless=True, size=SIZE)
    assert app.seen == {"at mount": False, "after warm-up": True}
    assert gc.isenabled()


def test_run_leaves_a_paused_collector_paused_if_it_quits_early(store: Store, clock: FixedClock) -> None:
    """Started with the collector off and quit before the warm-up: it is off again afterwards."""

    class QuitAtOnce(LeanJournalApp):
        """Quits as soon as it is mounted."""

        def on_mount(self) -> None:
            """Quit."""
            self.exit()

    gc.disable()
    try:
        QuitAtOnce(store, clock).run(headless=True, size=SIZE)
        assert not gc.isenabled()
    finally:
        gc.enable()


class OwnCss(Screen[None]):
    """A screen with its own CSS, first shown after being built off screen."""

    CSS = "OwnCss { background: red; } OwnCss Label { color: blue; }"

    def compose(self) -> ComposeResult:
        """One label to style."""
        yield Label("styled", id="own")


class Host(App[None]):
    """An app with nothing but its default screen, to build other screens off screen in."""


async def test_a_screen_built_off_screen_is_styled_by_its_own_css() -> None:
    """start_off_screen loads a screen's CSS as Textual's first switch does: styled before it is shown."""
    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        screen = OwnCss()
        assert start_off_screen(app, "own", screen), "the fast path is lost: Textual's private API changed"
        await pilot.pause()
        assert screen.styles.background == Color.parse("red")
        assert screen.query_one("#own", Label).styles.color == Color.parse("blue")


async def test_a_screen_built_off_screen_is_styled_by_its_css_path(tmp_path: Path) -> None:
    """The same for a screen whose CSS is in a file (CSS_PATH)."""
    css = tmp_path / "own.tcss"
    css.write_text("FromFile { background: green; } FromFile Label { color: yellow; }", encoding="utf-8")

    class FromFile(Screen[None]):
        """A screen styled from a file."""

        CSS_PATH = css

        def compose(self) -> ComposeResult:
            """One label to style."""
            yield Label("styled", id="own")

    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        screen = FromFile()
        app.add_mode("own", lambda: screen)
        assert start_off_screen(app, "own", screen), "the fast path is lost: Textual's private API changed"
        await pilot.pause()
        assert screen.styles.background == Color.parse("green")
        assert screen.query_one("#own", Label).styles.color == Color.parse("yellow")
        app.switch_mode("own")
        await pilot.pause()
        assert app.screen is screen
        assert screen.styles.background == Color.parse("green")


def test_textual_still_calls_the_private_hooks_the_fast_paths_override() -> None:
    """Loud when an upgrade renames a hook: the overrides in QuickScreen would silently stop working."""
    assert callable(getattr(Screen, "_compositor_refresh", None))
    assert callable(getattr(Screen, "_on_timer_update", None))
    assert callable(getattr(App, "_load_screen_css", None))
    assert callable(getattr(App, "_register", None))
    assert QuickScreen._compositor_refresh is not Screen._compositor_refresh
