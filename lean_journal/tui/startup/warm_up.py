"""The warm-up: while the user reads the first screen, get the other areas ready, a small step at a time.

It builds, mounts and paints the board unseen (so that the first `2` only has to show it), imports the
other areas, then loads the entries, the cards and the Learn · Share · Grow
items, and last tells the user once of any
documents set aside because they do not validate. Each step runs in its own turn of the event loop
(a few milliseconds at most, but for the board's build), so a key pressed meanwhile waits only for the
step under way. Start-up leaves the garbage collector paused; the warm-up's end switches it on
(gc_policy).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from lean_journal.store import StoreError
from lean_journal.tui.areas import Area, screen_class_of
from lean_journal.tui.screens.area import PUT_OFF_GAP
from lean_journal.tui.startup.gc_policy import collect_from_now_on
from lean_journal.tui.startup.textual_internals import (
    compose_frame_off_screen,
    lay_out_off_screen,
    render_off_screen,
    start_off_screen,
)

if TYPE_CHECKING:
    from lean_journal.store.repository import Repository
    from lean_journal.tui.app import LeanJournalApp

WARM_UP_DELAY = 0.1  # seconds after the first frame (the journal shows its entry first)
LOAD_STEP = 100  # documents made into model objects per step: short enough for a key pressed meanwhile
PREBUILT_AREAS = ("board",)  # areas whose screens are built in idle time, not on their first keypress
PAINT_DELAY = 0.03  # seconds between waits for a screen built unseen to mount, and between its paints
PAINT_PASSES = 2
MOUNT_WAITS = 20  # at most this many PAINT_DELAYs for a screen built unseen to mount


class WarmUp:
    """The idle-time work after the first frame, for one app."""

    def __init__(self, app: LeanJournalApp) -> None:
        """Get `app`'s other areas ready once started."""
        self.app = app
        self._steps: Iterator[float] | None = None
        self.done = False
        self.painted: set[str] = set()  # the areas whose screens were painted unseen, every pass

    def start(self) -> None:
        """Begin WARM_UP_DELAY seconds from now."""
        self._steps = self.steps()
        self.app.set_timer(WARM_UP_DELAY, self.run_step, name="warm up areas")

    def run_step(self) -> None:
        """Do the next step and plan the one after; at the end (or on any error) switch the collector on."""
        if self._steps is None or self.done:
            return
        try:
            pause = next(self._steps)
        except StopIteration:
            self.finish()
        except (StoreError, OSError) as error:
            self.finish()
            self.app.report_error(error)
        except BaseException:
            self.finish()
            raise
        else:
            self.app.set_timer(pause or PUT_OFF_GAP, self.run_step, name="warm-up step")

    def steps(self) -> Iterator[float]:
        """The warm-up's work, yielding between steps how long to wait before the next (0: a moment)."""
        for area in self.app.AREAS:
            if area.mode in PREBUILT_AREAS:
                screen_class_of(area)
                yield 0
                yield from self.build_and_paint(area)  # it loads only the open columns' cards
        for area in self.app.AREAS:
            screen_class_of(area)
            yield 0
        yield from self.load(self.app.store.entries)
        yield from self.load(self.app.store.cards)
        for repository in (self.app.store.learnings, self.app.store.shares, self.app.store.goals):
            yield from self.load(repository)
        self.app.announce_set_aside()

    def load(self, repository: Repository[Any]) -> Iterator[float]:
        """Make a repository's model objects, LOAD_STEP at a time."""
        while not repository.is_built():
            repository.load_some(LOAD_STEP)
            yield 0

    def build_and_paint(self, area: Area) -> Iterator[float]:
        """Build the screen of `area` unseen, wait for it to mount, then paint it unseen PAINT_PASSES times.

        The second pass comes once the widgets have handled the first (lists know their height then).
        """
        screen = self.build_unseen(area)
        for _ in range(PAINT_PASSES):
            for _ in range(MOUNT_WAITS):
                yield PAINT_DELAY
                if screen is None or not screen.is_attached or screen.is_mounted:
                    break
            if screen is None or not self.unseen(screen):
                return
            yield from self.paint_unseen(screen)
        self.painted.add(area.mode)

    def unseen(self, screen: Screen[Any]) -> bool:
        """Whether `screen` is mounted and still unseen (not shown, not gone, the app not closing)."""
        app = self.app
        return app.is_running and screen not in app.screen_stack and screen.is_mounted

    def paint_unseen(self, screen: Screen[Any]) -> Iterator[float]:
        """Lay out and render a mounted screen built unseen, a widget per step, while it stays unseen."""
        for widget, crop in lay_out_off_screen(screen, self.app.size):
            yield 0
            if not self.unseen(screen):
                return
            render_off_screen(widget, crop)
        yield 0
        if self.unseen(screen):
            compose_frame_off_screen(screen)

    def finish(self) -> None:
        """Start-up is over: garbage is collected as usual from now on (see gc_policy)."""
        if self.done:
            return
        self.done = True
        self.app.call_later(collect_from_now_on)

    def build_unseen(self, area: Area) -> Screen[Any] | None:
        """Build and mount the screen of `area` unseen; None if it is built already or this can't be done."""
        app = self.app
        if area.mode in app.areas or not app.is_running:
            return None
        screen = app.build_area(area)
        if not start_off_screen(app, area.mode, screen):
            del app.areas[area.mode]  # this Textual can't: build it when first shown, as usual
            return None
        return screen
