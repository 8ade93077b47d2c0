"""The app's signals: a hang-up or terminate keeps the draft and quits, and Textual's resume (SIGCONT) is
left undone once the app is ending.

When a terminal closes, the kernel sends SIGHUP and SIGCONT together. Textual's Linux driver answers
SIGCONT by starting application mode again, from a plain signal handler, so on the closed terminal it put
a second output writer, whose queue filled, and the app hung at exit instead of quitting. Python runs the
handlers of signals that came together in the order of their numbers, so the hang-up's handler (SIGHUP 1,
SIGTERM 15) has marked the app as ending by the time the resume's (SIGCONT 18) runs, which then does
nothing. A SIGCONT alone (`fg` after ctrl+z) still reaches Textual's handler at once, as before.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from types import FrameType
from typing import Any

from textual.app import App

HANG_UPS = (signal.SIGHUP, signal.SIGTERM)
"""Signals that end the app (a closed terminal, a terminate): the draft being written is kept first."""
RESUME = signal.SIGCONT
"""The signal Textual's driver answers by starting application mode again."""


Handler = Callable[[int, FrameType | None], Any]


def ending(app: App[Any]) -> bool:
    """True once the app has been told to quit, or has stopped running."""
    return app.return_code is not None or not app.is_running


class AppSignals:
    """The signal handlers put in while the app runs, and what was there before (put back at the end)."""

    def __init__(self, app: App[Any], hang_up: Callable[[int], None]) -> None:
        """Handle `app`'s signals; `hang_up(signum)` quits it, keeping the drafts."""
        self.app = app
        self.hang_up = hang_up
        self.hung_up: int | None = None
        """The hang-up or terminate that came, if one did."""
        self.previous: dict[int, Any] = {}
        self.loop: asyncio.AbstractEventLoop | None = None

    def _set(self, signum: int, handler: Handler, restore_to: Any) -> bool:
        """Handle `signum` with `handler`, `restore_to` at the end (False where signals cannot be set)."""
        try:
            signal.signal(signum, handler)
        except (ValueError, OSError):  # not the main thread, or not a signal here
            return False
        self.previous.setdefault(signum, restore_to)
        return True

    def handle_hang_ups(self) -> None:
        """A hang-up or terminate quits the app (called in the loop, as the app starts to run)."""
        self.loop = asyncio.get_running_loop()
        for signum in HANG_UPS:
            self._set(signum, self._hung_up, signal.getsignal(signum))

    def _hung_up(self, signum: int, _frame: FrameType | None) -> None:
        """Mark the app as ending at once, and quit it from the loop."""
        if self.hung_up is None:
            self.hung_up = signum
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.hang_up, signum)

    def guard_resume(self) -> bool:
        """Leave the driver's resume undone once the app is ending (called once the driver has put its
        handler in); False where it put none (a headless run). At the end SIGCONT goes back to the
        system's default: the driver's handler would resume a terminal the app has left."""
        resume = signal.getsignal(RESUME)
        if not callable(resume):
            return False
        return self._set(RESUME, lambda signum, frame: self._resume(resume, signum, frame), signal.SIG_DFL)

    def _resume(self, resume: Handler, signum: int, frame: FrameType | None) -> None:
        """Run the driver's `resume` unless a hang-up came with it or the app is ending."""
        if self.hung_up is None and not ending(self.app):
            resume(signum, frame)

    def restore(self) -> None:
        """Put back the handlers there were before the app ran (SIGCONT: the default)."""
        for signum, previous in self.previous.items():
            signal.signal(signum, previous)
        self.previous.clear()
