"""Waiting for a condition, never for a time: a test goes on as soon as what it waits for has happened.

The bound only turns a condition that never comes into a clear failure; nothing relies on it being
long enough (on a loaded machine the wait simply lasts longer).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from textual.pilot import Pilot

BOUND = 60.0  # seconds before a condition that never came fails the test
STEP = 0.01  # seconds of real time between two looks (timers need real time to fire)


async def until(pilot: Pilot[object], condition: Callable[[], object], what: str) -> None:
    """Let the app run until `condition()` is true; fail naming `what` if it never becomes true."""
    deadline = time.monotonic() + BOUND
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await pilot.pause(STEP)


async def until_no_paint(condition: Callable[[], object], what: str) -> None:
    """As `until`, but without Pilot's pause (which forces a paint of its own)."""
    deadline = time.monotonic() + BOUND
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await asyncio.sleep(STEP)
