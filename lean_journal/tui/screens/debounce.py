"""Run a callback once calls to it pause, but never later than a deadline after the first call."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.timer import Timer


class Debounce:
    """Call `poke()` on every change; `callback` runs after `delay` quiet seconds (at most `max_wait`)."""

    def __init__(self, owner: Any, callback: Callable[[], None], delay: float, max_wait: float) -> None:
        """Use `owner.set_timer` (a widget or screen) to run `callback`."""
        self._owner = owner
        self._callback = callback
        self.delay = delay
        self.max_wait = max_wait
        self._timer: Timer | None = None
        self._deadline = 0.0

    @property
    def pending(self) -> bool:
        """Whether the callback is waiting to run."""
        return self._timer is not None

    def poke(self) -> None:
        """Something changed: (re)start the wait, never past the deadline (run at once once it is due)."""
        now = time.monotonic()
        if self._timer is None:
            self._deadline = now + self.max_wait
        else:
            self._timer.stop()
        wait = min(self.delay, self._deadline - now)
        if wait <= 0:  # the deadline has come: run now (a timer of 0 s never fires in Textual)
            self._run()
            return
        self._timer = self._owner.set_timer(wait, self._run, name="debounce")

    def cancel(self) -> None:
        """Forget a pending run."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _run(self) -> None:
        """The wait is over: run the callback."""
        self._timer = None
        self._callback()
