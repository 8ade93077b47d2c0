"""The base of the four areas: a screen that is given the store and the clock."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from textual import events, on
from textual.app import App
from textual.screen import Screen

from lean_journal.clock import Clock
from lean_journal.store import SaveError, Store, StoreError
from lean_journal.tui.app_signals import ending
from lean_journal.tui.area_names import area_name
from lean_journal.tui.messages import FirstFrameShown, StoreChanged
from lean_journal.tui.screens.rescue import RESCUE_HINT
from lean_journal.tui.startup.quick_screen import QuickScreen

PUT_OFF_GAP = 0.002  # seconds between pieces of start-up work: keys and paints that came meanwhile go first


def closing(screen: Screen[Any]) -> bool:
    """True once the app is quitting or shutting down, or `screen` is gone: queued work leaves it alone.

    Textual composes a screen in steps; quitting between them (say, `q` right after opening one)
    stops the compose, yet the screen's Mount is still handled, and finds no widgets to fill. A shutdown
    without `exit` (the end of `run_test`, a hang-up) sets no return code, but the app stops running.
    """
    return ending(screen.app) or not screen.is_attached


def unless_closing(handler: Callable[..., None]) -> Callable[..., None]:
    """Skip a screen's handler (`on_mount`, say) once the app is quitting (see `closing`)."""

    @wraps(handler)
    def guarded(screen: Screen[Any], *args: Any) -> None:
        """Run the handler unless the app is quitting."""
        if not closing(screen):
            handler(screen, *args)

    return guarded


def error_notice(error: Exception) -> tuple[str, str]:
    """The title and the one line a user sees for a failed save or read."""
    if isinstance(error, SaveError):
        return "Not saved", f"{error}. {RESCUE_HINT}"
    if isinstance(error, StoreError):
        return "Problem with the journal file", f"{error}. {RESCUE_HINT}"
    return "Something went wrong", str(error) or type(error).__name__


def show_error(where: App[Any] | Screen[Any], error: Exception) -> None:
    """Show a failed save or read as one error notification (never markup); the app keeps running."""
    title, message = error_notice(error)
    where.notify(message, title=title, severity="error", markup=False, timeout=10)


class AreaScreen(QuickScreen):
    """One of the app's areas (Journal, PDCA board, Learn · Share · Grow, Review)."""

    AREA = ""
    TITLE_TEXT = ""  # read from the one table of area names (area_names.py), for every area named there

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """An area's title comes from the table of area names, never written again in its screen."""
        super().__init_subclass__(**kwargs)
        if cls.AREA:
            cls.TITLE_TEXT = area_name(cls.AREA).title

    def __init__(self, store: Store, clock: Clock) -> None:
        """Keep the store and the clock this area reads and writes through."""
        super().__init__(id=f"area-{self.AREA}")
        self.store = store
        self.clock = clock
        self._put_off: list[Callable[[], object]] = []  # start-up work done a piece at a time

    def after_first_frame(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the app's first frame is on screen, after the work put off before it."""
        self._put_off.append(callback)
        if len(self._put_off) == 1:
            self._go_on_with_put_off()

    @on(FirstFrameShown)
    def _first_frame_shown(self) -> None:
        """Start on what was put off until the first frame was shown."""
        self._run_put_off()

    def _run_put_off(self) -> None:
        """Run the next piece of put-off work, the rest a moment later: a key pressed meanwhile goes first.

        While another area is shown (`2` pressed just after the first frame, say), the rest waits until
        this one is shown again: the area on screen gets the machine to itself.
        """
        if not self._put_off or closing(self) or not self.is_current:
            return  # `q` before the first frame, say; or hidden: `_resumed` goes on with it
        self._put_off.pop(0)()
        self._go_on_with_put_off()

    def _go_on_with_put_off(self) -> None:
        """Plan the next piece of put-off work for a moment from now, if there is one and the app is up."""
        if self._put_off and getattr(self.app, "first_frame_shown", True):
            self.set_timer(PUT_OFF_GAP, self._run_put_off, name="put-off work")

    @on(events.ScreenResume)
    def _resumed(self) -> None:
        """Shown (again): go on with the put-off work a moment after the paint (see QuickScreen)."""
        self._go_on_with_put_off()

    def refresh_from_store(self) -> None:
        """Re-read whatever this area shows from the store (after an outside change)."""

    def report_error(self, error: Exception) -> None:
        """Show a failed save (SaveError) or read as one error notification; keep the user's edit."""
        show_error(self, error)

    @on(StoreChanged)
    def _store_changed(self) -> None:
        """Another process saved the file: show its changes."""
        self.refresh_from_store()
