"""Learn · Share · Grow budgets on the demo (3,000 items at ten years): filtering, and opening the area.

Run: python -m benchmarks.bench_growth [YEARS ...]   (default: 1 10)

Filtering is the pure work behind a keystroke in the filter box (parse, match every item of the three
kinds, sort), timed for each kind of filter; the area's whole re-read with its rows redrawn is shown
for information. Opening the area is `3` pressed in a real terminal (benchmarks/pty_app.py) once start-up
has settled, timed until the Learn rows are painted (the header alone is shown for information), the first
time and on later switches.
"""

from __future__ import annotations

import asyncio
import sys
import time

from benchmarks.harness import APP_SCRIPT, BENCH_NOW, demo_file, fresh_copy, installed_python, median, report
from benchmarks.pty_app import PtyApp, minimal_keypresses
from lean_journal.clock import FixedClock
from lean_journal.growth import filters
from lean_journal.growth.debt import share_debt
from lean_journal.store import Store

FILTERS = ("kaizen", "#coaching", "debt", "active", "overdue", "gemba #a3 debt")
FILTER_BUDGET = 0.010
AREA_BUDGET = 0.150
SETTLE = 2.0  # seconds after the first frame: start-up's warm-up has run
AREA_MARKER = b"not yet shared"  # the Learn header: on screen once the area is painted
ROWS_MARKER = "⚑".encode()  # the share-debt mark of the Learn rows: on screen once they are painted


def filter_once(store: Store, text: str, texts: filters.TextCache) -> int:
    """Parse `text`, match every learn, share and goal item, sort what passes; how many passed."""
    today = BENCH_NOW.date()
    learnings, shares, goals = store.learnings.all(), store.shares.all(), store.goals.all()
    debt = share_debt(learnings, shares, today, 14)
    wanted = filters.parse_filter(text)
    shown_l = filters.sorted_learnings(filters.filter_learnings(learnings, wanted, debt, texts), "date", debt)
    shown_s = filters.sorted_shares(filters.filter_shares(shares, wanted, texts), "date")
    shown_g = filters.sorted_goals(filters.filter_goals(goals, wanted, today, texts), "date", today)
    return len(shown_l) + len(shown_s) + len(shown_g)


def filter_times(store: Store, repeat: int = 15) -> dict[str, float]:
    """Median seconds of each filter over every item."""
    out: dict[str, float] = {}
    for text in FILTERS:
        texts = filters.TextCache()
        filter_once(store, text, texts)  # warm: the texts are made once, as the area does
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            filter_once(store, text, texts)
            times.append(time.perf_counter() - start)
        out[text] = median(times)
    return out


def area_refresh(path: str) -> float:
    """Median seconds of the area re-reading the store and redrawing its rows for a new filter (info)."""
    from lean_journal.tui.app import LeanJournalApp

    clock = FixedClock(BENCH_NOW)
    app = LeanJournalApp(Store(path, clock), clock, file_label="journal.json", watch_interval=3600)
    times: list[float] = []

    async def measure() -> None:
        """Switch the filter back and forth, timing each re-read."""
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.press("3")
            await pilot.pause()
            screen = app.areas["growth"]
            for round_ in range(10):
                screen.wanted = filters.parse_filter("kaizen" if round_ % 2 else "")  # type: ignore[attr-defined]
                start = time.perf_counter()
                screen.refresh_from_store()
                times.append(time.perf_counter() - start)

    asyncio.run(measure())
    return median(times)


def press_3_times(python: str, path: str, rounds: int = 3) -> tuple[float, float, float]:
    """Medians of the first `3` once start-up has settled (to the area, to its rows), and of later 1 → 3."""
    first: list[float] = []
    rows: list[float] = []
    later: list[float] = []
    for _ in range(rounds):
        app = PtyApp([python, "-c", APP_SCRIPT, path])
        try:
            app.wait_for(b"All entries")
            app.read_for(SETTLE)
            start = time.perf_counter()
            first.append(app.key_until(b"3", AREA_MARKER))
            rows.append(app.wait_for(ROWS_MARKER) - start)
            for _ in range(2):
                app.read_for(0.3)
                app.key_until(b"1", b"All entries")
                app.read_for(0.3)
                later.append(app.key_until(b"3", AREA_MARKER))
        finally:
            app.close()
    return median(first), median(rows), median(later)


def bench(years: int, python: str, pty_key0: float) -> bool:
    """Measure the area on one demo size and print its rows."""
    path = str(fresh_copy(demo_file(years)))
    store = Store(path, FixedClock(BENCH_NOW))
    items = len(store.learnings) + len(store.shares) + len(store.goals)
    by_filter = filter_times(store)
    refresh = area_refresh(path)
    first, rows, later = press_3_times(python, path)
    print(
        f"\n== {years} year(s): {items:,} learn/share/grow items; minimal keypress {pty_key0 * 1000:.1f} ms"
    )
    return report(
        [
            ("filter, slowest of 6 kinds, all items vs 10 ms", max(by_filter.values()), FILTER_BUDGET, 1.0),
            *((f"  filter {text!r} (info)", t, FILTER_BUDGET, 99.0) for text, t in by_filter.items()),
            ("  area re-read and redraw for a new filter (info) vs 10 ms", refresh, FILTER_BUDGET, 99.0),
            ("first 3, 2 s after the first frame, to the rows painted vs 150 ms", rows, AREA_BUDGET, 1.0),
            ("  first 3, to the Learn header painted (info) vs 150 ms", first, AREA_BUDGET, 99.0),
            ("1 then 3 later, to the area vs 150 ms", later, AREA_BUDGET, 1.0),
            (
                "  first 3 to its rows: extra over a minimal keypress (info) vs 150 ms",
                rows - pty_key0,
                AREA_BUDGET,
                99.0,
            ),
        ]
    )


def run(sizes: list[int]) -> bool:
    """Every growth row at each size."""
    python = installed_python()
    pty_key0 = median(minimal_keypresses(python))
    return all([bench(years, python, pty_key0) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [1, 10]) else 1)
