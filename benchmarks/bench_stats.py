"""Review statistics at 1, 10 and 20 years: a year's figures and a month's, each with the previous period's
(budget 50 ms, BUDGETS.md).

Run: python -m benchmarks.bench_stats [YEARS ...]
Timed from the store's objects already in memory (as the Review area and `lean-journal stats` have them
once the file is open) to a whole `Review`: the data indexed by day (`ReviewData.from_store`), every
figure of the period and of the one before it, and the changes as the JSON of `stats --json`.
"""

from __future__ import annotations

import sys

from benchmarks.harness import BENCH_NOW, demo_file, fresh_copy, median, p95, report, timings
from lean_journal.clock import FixedClock
from lean_journal.review.period import Period
from lean_journal.review.stats import ReviewData
from lean_journal.store import Store

BUDGET = 0.050


def review_of(store: Store, period: Period) -> dict[str, object]:
    """Everything `lean-journal stats --json` prints for `period`, from the store's objects."""
    return ReviewData.from_store(store).review(period, BENCH_NOW.date()).to_json()


def bench(years: int) -> bool:
    """Measure one workload size and print its rows."""
    path = fresh_copy(demo_file(years))
    store = Store(path, FixedClock(BENCH_NOW))
    for repository in (store.entries, store.cards, store.learnings, store.shares, store.goals):
        repository.all()  # the objects, made once as the app does
    year, month = Period.year(BENCH_NOW.year), Period.month_of(BENCH_NOW.date())
    rolling = Period.rolling(BENCH_NOW.date())
    years_taken = timings(lambda: review_of(store, year), 21, warmup=2)
    months = timings(lambda: review_of(store, month), 21, warmup=2)
    rollings = timings(lambda: review_of(store, rolling), 21, warmup=2)
    print(
        f"\n== {years} year(s): {len(store.entries)} entries, {len(store.cards)} cards, "
        f"{len(store.learnings)} learn, {len(store.shares)} share items, {len(store.goals)} goals"
    )
    return report(
        [
            ("statistics for a year, with last year's, median vs 50 ms", median(years_taken), BUDGET, 1.0),
            ("statistics for a year, p95 vs 50 ms (information)", p95(years_taken), BUDGET, 99.0),
            ("statistics for a rolling 365 days vs 50 ms", median(rollings), BUDGET, 1.0),
            ("statistics for a month, with last month's, vs 50 ms", median(months), BUDGET, 1.0),
        ]
    )


def run(sizes: list[int]) -> bool:
    """Every statistics row at each size."""
    return all([bench(years) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [1, 10, 20]) else 1)
