"""A hang-up (closed terminal) or terminate signal as an exception, so `finally` blocks and cleanups run.

Python's default for SIGHUP and SIGTERM ends the process at once, skipping every `finally`. Inside
`exit_on_hang_up`, either signal raises SystemExit(128 + signal) instead. The app installs its own
handlers while it runs (to keep the draft being written, then quit) and puts these back afterwards.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import FrameType

HANG_UP_SIGNALS = (signal.SIGHUP, signal.SIGTERM)


def _raise_exit(signum: int, _frame: FrameType | None) -> None:
    """Turn the signal into SystemExit with the shell's status for it (128 + its number)."""
    raise SystemExit(128 + signum)


@contextmanager
def exit_on_hang_up() -> Iterator[None]:
    """While inside, SIGHUP and SIGTERM raise SystemExit, so the caller's `finally` runs (main thread only;
    elsewhere nothing changes)."""
    previous = {}
    for signum in HANG_UP_SIGNALS:
        with suppress(ValueError):  # signal handlers can only be set in the main thread
            previous[signum] = signal.signal(signum, _raise_exit)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
