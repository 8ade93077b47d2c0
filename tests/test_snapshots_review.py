"""Snapshots of the Review area at 140x45 on the one-year demo (seed 7, the fixed clock): November 2026,
the year 2026 scrolled to its charts and re-checks, the heatmap's cursor with a day's entries, and the
re-check dialog."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from review_area_support import review_app, review_screen, settled
from textual.pilot import Pilot
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.screens.review.recheck_dialog import RecheckScreen

SIZE = (140, 45)


def after(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Open Review, wait for its figures, press `keys` and wait for the figures again."""

    async def run(pilot: Pilot[None]) -> None:
        """The keys, each period's figures waited for."""
        await pilot.press("4")
        screen = review_screen(pilot.app)  # type: ignore[arg-type]
        await until(pilot, lambda: settled(screen), "the review figures")
        for key in keys:  # one at a time: a scroll pressed while a new period lays out lands elsewhere
            await pilot.press(key)
            await until(pilot, lambda: settled(screen), f"the review figures after {key}")
            await pilot.wait_for_scheduled_animations()
            await pilot.pause()

    return run


def test_review_month(snap_compare, demo_store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """November 2026: the heatmap of twelve months, the day's entries, streaks, bars, PDCA and goals."""
    assert snap_compare(review_app(demo_store, clock), terminal_size=SIZE, run_before=after())


def test_review_year_charts(snap_compare, demo_store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """y then page down: the year 2026's mood and energy chart and the re-checks due."""
    keys = after("y", "pagedown", "pagedown")
    assert snap_compare(review_app(demo_store, clock), terminal_size=SIZE, run_before=keys)


def test_review_day_cursor(snap_compare, demo_store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """d and two weeks back: the focused cursor on Tue 10 Nov 2026 and that day's entries listed."""
    keys = after("d", "left", "left")
    assert snap_compare(review_app(demo_store, clock), terminal_size=SIZE, run_before=keys)


def test_review_recheck_dialog(snap_compare, demo_store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """c and enter on the first re-check: held or slipped, and a note."""

    async def run(pilot: Pilot[None]) -> None:
        """Open the dialog on the first re-check listed."""
        await after("c", "enter")(pilot)
        await until(pilot, lambda: isinstance(pilot.app.screen, RecheckScreen), "the dialog")
        await pilot.pause()

    assert snap_compare(review_app(demo_store, clock), terminal_size=SIZE, run_before=run)
