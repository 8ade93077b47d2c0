"""Store budgets at 1, 10 and 20 years: open, durable save, full-text search, filters.

Run: python -m benchmarks.bench_store [YEARS ...]
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta

from benchmarks.harness import BENCH_NOW, demo_file, file_baselines, fresh_copy, median, p95, report, timings
from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store


def search_everything(store: Store, text: str) -> int:
    """Full-text search over every kind, as the app's search does."""
    return (
        len(store.entries.list(text=text))
        + len(store.cards.list(text=text))
        + len(store.learnings.list(text=text))
    )


def save_timings(store: Store, count: int = 30) -> list[float]:
    """Durable saves, inserts and updates mixed, each fsynced."""
    rng = random.Random(1)
    now = store.clock.now()
    ids = [e.id for e in store.entries.all()]

    def save() -> None:
        """One insert or one update."""
        if rng.random() < 0.5:
            store.entries.add(
                JournalEntry(day=now.date(), title="Bench", body="x" * 500, created=now, updated=now)
            )
        else:
            entry = store.entries.get(rng.choice(ids))
            store.entries.update(entry.with_changes(title=entry.title + "."))

    return timings(save, count, warmup=2)


def bench(years: int) -> bool:
    """Measure one workload size and print its rows."""
    path = fresh_copy(demo_file(years))
    size = path.stat().st_size / 1e6
    base = file_baselines(path)
    clock = FixedClock(BENCH_NOW)
    opens = timings(lambda: Store(path, clock).storage.read(), 7)  # the whole file, not only its preview
    previewed = timings(lambda: Store(path, clock).entries.list(limit=100), 7)
    store = Store(path, clock)
    first_index = timings(lambda: Store(path, clock).entries.all(), 3, warmup=0)
    search_everything(store, "warm")
    searches = timings(lambda: search_everything(store, "kaizen"), 15)
    since = clock.today() - timedelta(days=30)
    tag = timings(lambda: store.entries.list(tag="gemba"), 15)
    dates = timings(lambda: store.entries.list(since=since), 15)
    stage = timings(lambda: store.cards.list(stage="do"), 15)
    saves = save_timings(store)
    dw = base.dumps + base.write
    print(
        f"\n== {years} year(s): {size:.1f} MB, {len(store.entries)} entries, {len(store.cards)} cards, "
        f"{len(store.learnings)} learn items; L={base.loads * 1000:.1f} ms D={base.dumps * 1000:.1f} ms "
        f"W={base.write * 1000:.1f} ms S={base.scan * 1000:.1f} ms"
    )
    return report(
        [
            ("open the file (parse, migrate, check) vs 2 x L", median(opens), base.loads, 2.0),
            ("open + build the entry index vs L (for information)", median(first_index), base.loads, 99.0),
            (
                "open + newest 100 entries from the preview vs L (information)",
                median(previewed),
                base.loads,
                99.0,
            ),
            ("durable save, median vs 2 x (D + W)", median(saves), dw, 2.0),
            ("durable save, p95 vs 3 x (D + W)", p95(saves), dw, 3.0),
            ("full-text search, every kind, vs 3 x S", median(searches), base.scan, 3.0),
            ("tag filter vs 10 ms", median(tag), 0.010, 1.0),
            ("date filter vs 10 ms", median(dates), 0.010, 1.0),
            ("stage filter vs 10 ms", median(stage), 0.010, 1.0),
        ]
    )


def run(sizes: list[int]) -> bool:
    """Every store row at each size."""
    return all([bench(years) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [1, 10, 20]) else 1)
