"""The app's signals, all handled in the event loop: a hang-up or terminate keeps the draft and quits, and
Textual's own suspend and resume handlers (SIGTSTP, SIGCONT) run there too, and not once the app is ending.

Textual's Linux driver answers SIGCONT by starting application mode again, from a plain signal handler:
at whatever line the main thread is on (in the middle of a write to its output queue, say), and also when
the SIGCONT comes with the SIGHUP of a closed terminal, as the kernel sends them. It then started a second
output writer on the dead terminal, whose queue filled, and the app hung at exit instead of quitting. Run
from the loop, after the hang-up's own callback, the resume sees the app ending and is left undone.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from typing import Any

from textual.app import App

HANG_UPS = (signal.SIGHUP, signal.SIGTERM)
"""Signals that end the app (a closed terminal, a terminate): the draft being written is kept first."""
DRIVER_SIGNALS = (signal.SIGTSTP, signal.SIGCONT)
"""Signals Textual's driver handles itself (suspend, resume), moved into the event loop."""

Handler = Callable[[int, Any], Any]


def ending(app: App[Any]) -> bool:
    """True once the app has been told to quit, or has stopped running."""
    return app.return_code is not None or not app.is_running


class AppSignals:
    """The signal handlers put in while the app runs, and what was there before (put back at the end)."""

    def __init__(self, app: App[Any], hang_up: Callable[[int], None]) -> None:
        """Handle `app`'s signals; `hang_up(signum)` quits it, keeping the drafts."""
        self.app = app
        self.hang_up = hang_up
        self.previous: dict[int, Any] = {}

    def _add(self, signum: int, restore_to: Any, callback: Callable[..., None], *args: Any) -> bool:
        """Run `callback(*args)` in the loop when `signum` comes, `restore_to` at the end (False where
        signals cannot be set)."""
        try:
            asyncio.get_running_loop().add_signal_handler(signum, callback, *args)
        except (ValueError, RuntimeError, NotImplementedError):  # not the main thread, or no signals
            return False
        self.previous.setdefault(signum, restore_to)
        return True

    def handle_hang_ups(self) -> None:
        """A hang-up or terminate quits the app (called as it starts to run)."""
        for signum in HANG_UPS:
            self._add(signum, signal.getsignal(signum), self.hang_up, signum)

    def defer_driver_handlers(self) -> tuple[int, ...]:
        """Move the driver's suspend and resume handlers into the loop (called once the driver has put them
        in); the signals moved, none where the driver put none (a headless run). At the end these go back
        to the system's default: the driver's handlers would resume a terminal the app has left."""
        moved = []
        for signum in DRIVER_SIGNALS:
            handler = signal.getsignal(signum)
            if callable(handler) and self._add(signum, signal.SIG_DFL, self._unless_ending, handler, signum):
                moved.append(signum)
        return tuple(moved)

    def _unless_ending(self, handler: Handler, signum: int) -> None:
        """Run the driver's `handler` for `signum` unless the app is ending (a resume as the tty closes)."""
        if not ending(self.app):
            handler(signum, None)

    def restore(self) -> None:
        """Put back the handlers there were before the app ran (the driver's: the default)."""
        loop = asyncio.get_running_loop()
        for signum, previous in self.previous.items():
            loop.remove_signal_handler(signum)
            signal.signal(signum, previous)
        self.previous.clear()
