"""Review area budgets on the demo journal: pressing `4` once start-up has settled, to the area shown.

Run: python -m benchmarks.bench_review [YEARS ...]   (default: 1 10)

The key is timed in a real terminal (benchmarks/pty_app.py) like the board's `2`: the app is started on the
journal, left to settle (its warm-up loads every document), then `4` is written and the time taken until
the Review area's period line shows (the area on screen, its figures covered while a worker makes them),
and, for information, until the figures are drawn. The worker's own work (`overview` for a month and a
year) is timed too, outside the terminal.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date

from benchmarks.harness import (
    APP_SCRIPT,
    BENCH_NOW,
    demo_file,
    fresh_copy,
    installed_python,
    median,
    report,
    timings,
)
from benchmarks.pty_app import PtyApp
from lean_journal.clock import FixedClock
from lean_journal.review.overview import overview
from lean_journal.review.period import Period
from lean_journal.review.stats import ReviewData
from lean_journal.store import Store

BUDGET = 0.200  # seconds from pressing 4 to the area shown
SETTLE = 3.0  # seconds after the journal's first frame: start-up's warm-up is over by then
AREA_MARKER = b"changes against"  # the period line, drawn at once
FIGURES_MARKER = b"Finished per month"  # the PDCA panel, drawn once the worker is done


def first_4_times(python: str, path: str, rounds: int = 5) -> tuple[float, float]:
    """Medians of the seconds from the first 4 (start-up settled) to the area, and to its figures."""
    shown, figures = [], []
    for _ in range(rounds):
        app = PtyApp([python, "-c", APP_SCRIPT, path])
        try:
            app.wait_for(b"All entries")
            app.read_for(SETTLE)
            app.seen = b""
            start = time.perf_counter()
            os.write(app.master, b"4")
            shown.append(app.wait_for(AREA_MARKER) - start)
            figures.append(app.wait_for(FIGURES_MARKER) - start)
        finally:
            app.close()
    return median(shown), median(figures)


def worker_times(path: str) -> tuple[float, float, float]:
    """Median seconds of reading the data, and of the worker's overview of a month and of a year."""
    today: date = BENCH_NOW.date()
    store = Store(path, FixedClock(BENCH_NOW))
    for repository in (store.entries, store.cards, store.learnings, store.shares, store.goals):
        repository.all()
    read = median(timings(lambda: ReviewData.from_store(store), repeat=7))
    data = ReviewData.from_store(store)
    month = median(timings(lambda: overview(data, Period.month_of(today), today), repeat=7))
    year = median(timings(lambda: overview(data, Period.year(today.year), today), repeat=7))
    return read, month, year


def bench(years: int, python: str) -> bool:
    """Measure the Review area on one demo size and print its rows."""
    path = str(fresh_copy(demo_file(years)))
    shown, figures = first_4_times(python, path)
    read, month, year = worker_times(path)
    print(f"\n== {years} year(s)")
    return report(
        [
            ("first 4, start-up settled, to the area shown vs 200 ms", shown, BUDGET, 1.0),
            ("  first 4 to the figures drawn (info) vs 200 ms", figures, BUDGET, 99.0),
            ("  ReviewData.from_store on the main thread (info) vs 200 ms", read, BUDGET, 99.0),
            ("  worker: a month's overview (info) vs 200 ms", month, BUDGET, 99.0),
            ("  worker: a year's overview (info) vs 200 ms", year, BUDGET, 99.0),
        ]
    )


def run(sizes: list[int]) -> bool:
    """Every Review row at each size."""
    python = installed_python()
    return all([bench(years, python) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [1, 10]) else 1)
