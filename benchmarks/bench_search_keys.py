"""Search as you type, in a real terminal: each keystroke until the repainted results show (budget 100 ms).

Run: python -m benchmarks.bench_search_keys [YEARS ...]
The app runs in a pty on the demo journal; after it settles, `/` opens the search box and a query is typed one
key at a time. Each key is timed from the write to the terminal until the list heading names the new query
('Found N · "kaiz"'), i.e. the list was filtered and painted.
"""

from __future__ import annotations

import sys

from benchmarks.harness import APP_SCRIPT, demo_file, fresh_copy, median, p95, report
from benchmarks.pty_app import PtyApp

BUDGET = 0.100
QUERY = "kaizen floor"


def typing_times(path: str) -> list[float]:
    """One timing per key of QUERY typed into the search box."""
    app = PtyApp([sys.executable, "-c", APP_SCRIPT, path])
    try:
        app.read_for(3.0)
        app.key_until(b"/", b"#tag")
        times = []
        for end in range(1, len(QUERY) + 1):
            typed = QUERY[:end]
            words = " · ".join(f'"{word}"' for word in typed.split())
            times.append(app.key_until(typed[-1].encode(), f"· {words}".encode()) if words else 0.0)
            app.read_for(0.15)
        return [t for t in times if t]
    finally:
        app.close()


def bench(years: int) -> bool:
    """Type the query twice on one demo size and report the median and p95 keystroke."""
    path = str(fresh_copy(demo_file(years)))
    times = typing_times(path) + typing_times(path)
    print(f"\n== {years} year(s): {len(times)} keystrokes typed into the search box")
    return report(
        [
            ("search keystroke to repainted results, median vs 100 ms", median(times), BUDGET, 1.0),
            ("search keystroke to repainted results, p95 vs 100 ms", p95(times), BUDGET, 1.0),
        ]
    )


def run(sizes: list[int]) -> bool:
    """The search-as-you-type row at each size."""
    return all([bench(years) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [1, 10]) else 1)
