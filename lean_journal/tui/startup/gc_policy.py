"""The app's garbage-collector policy: paused through start-up, then on for good with start-up frozen.

Start-up makes many objects that all live as long as the app (widgets, styles, entries) and few
cycles; collecting while they are made only delays the first frame, and a full collection of them
later is a stall a key pressed then would feel, for little garbage. So the collector stays paused
from `LeanJournalApp.run` until the warm-up ends, which freezes what start-up made (never scanned
again, so later collections stay quick) and switches the collector on. The console script's own
pause for short commands is in `lean_journal.__main__` (a pure module may not import the TUI).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_through_start_up() -> Iterator[None]:
    """Pause the collector while the app runs, until collect_from_now_on; restore a collector that was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def collect_from_now_on() -> None:
    """Start-up is over: freeze the objects made so far and switch the collector on.

    A collector already on (the app run by tests, say) is left as it is.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
