"""A child process for the concurrency and crash tests: saves through the Store and acknowledges each save.

Usage: python store_worker.py add PATH COUNT PREFIX
       python store_worker.py chaos PATH SEED
Each save prints 'B op id version' before it starts and 'A op id version' once it returned.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from lean_journal.clock import SystemClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store


def say(*parts: object) -> None:
    """Print one line and flush it, so the parent sees it even if we are killed next."""
    print(*parts, flush=True)


def new_entry(store: Store, title: str, body: str = "") -> JournalEntry:
    """An entry stamped now."""
    now = store.clock.now()
    return JournalEntry(day=now.date(), title=title, body=body, created=now, updated=now)


def add(path: Path, count: int, prefix: str) -> None:
    """Add `count` entries, one save each."""
    store = Store(path, SystemClock())
    for number in range(count):
        store.entries.add(new_entry(store, f"{prefix} {number}"))
    say("done")


def version_of(entry: JournalEntry) -> int:
    """The version number kept in a chaos entry's title ('v12' -> 12)."""
    return int(entry.title.split("v")[-1])


def chaos(path: Path, seed: int) -> None:
    """Mixed inserts, updates and deletes, forever, until killed."""
    rng = random.Random(seed)
    store = Store(path, SystemClock())
    body = "Reflection. " * 150
    say("ready")
    while True:
        ids = [e.id for e in store.entries.all()]
        choice = rng.random()
        if choice < 0.4 or len(ids) < 10:
            entry = new_entry(store, "chaos v1", body)
            say("B insert", entry.id, 1)
            store.entries.add(entry)
            say("A insert", entry.id, 1)
        elif choice < 0.8:
            entry = store.entries.get(rng.choice(ids))
            version = version_of(entry) + 1 if entry.title.startswith("chaos") else 1
            say("B update", entry.id, version)
            store.entries.update(entry.with_changes(title=f"chaos v{version}"))
            say("A update", entry.id, version)
        else:
            doc_id = rng.choice(ids)
            say("B delete", doc_id, 0)
            store.entries.delete(doc_id)
            say("A delete", doc_id, 0)


if __name__ == "__main__":
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "add":
        add(path, int(sys.argv[3]), sys.argv[4])
    else:
        chaos(path, int(sys.argv[3]))
