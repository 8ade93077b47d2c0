"""Several processes on one file: no lost updates, the later write wins, the loser is kept in history."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store

WORKER = Path(__file__).parent / "store_worker.py"


def add_entry(store: Store, title: str) -> JournalEntry:
    """Add one entry for today."""
    now = store.clock.now()
    return store.entries.add(JournalEntry(day=now.date(), title=title, created=now, updated=now))


def test_two_processes_adding_300_entries_each_end_with_600(store: Store) -> None:
    """Two writers at once, each save a read-merge-write under the lock: nothing is lost."""
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), "add", str(store.path), "300", name],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("tui", "cli")
    ]
    for worker in workers:
        out, _ = worker.communicate(timeout=240)
        assert worker.returncode == 0
        assert out.strip() == "done"
    titles = [e.title for e in Store(store.path, store.clock).entries.all()]
    assert len(titles) == 600
    assert {f"{name} {n}" for name in ("tui", "cli") for n in range(300)} == set(titles)


def test_changes_to_different_documents_merge(store: Store, clock: FixedClock) -> None:
    """A writer that has not seen another's save keeps both changes."""
    other = Store(store.path, clock)
    mine = add_entry(store, "Mine")
    theirs = add_entry(other, "Theirs")
    store.entries.update(mine.with_changes(title="Mine, edited"))
    fresh = Store(store.path, clock)
    assert sorted(e.title for e in fresh.entries.all()) == ["Mine, edited", "Theirs"]
    assert fresh.entries.get(theirs.id) == theirs
    assert store.entries.get(theirs.id) == theirs
    assert store.overwritten() == []


def test_same_document_changed_by_both_later_wins_and_earlier_is_kept(
    store: Store, clock: FixedClock
) -> None:
    """Both edit one entry: the later save wins and the overwritten version is in history."""
    entry = add_entry(store, "Original")
    other = Store(store.path, clock)
    other.entries.update(entry.with_changes(title="Edited in the CLI"))
    clock.advance(minutes=1)
    store.entries.update(entry.with_changes(title="Edited in the TUI"))
    fresh = Store(store.path, clock)
    assert fresh.entries.get(entry.id).title == "Edited in the TUI"
    [kept] = fresh.overwritten()
    assert kept["table"] == "entries"
    assert kept["doc_id"] == entry.id
    assert kept["doc"]["title"] == "Edited in the CLI"


def test_delete_against_an_outside_edit_keeps_the_edit_in_history(store: Store, clock: FixedClock) -> None:
    """Deleting what someone else just edited deletes it, but their edit is not silently lost."""
    entry = add_entry(store, "Original")
    other = Store(store.path, clock)
    other.entries.update(entry.with_changes(title="Edited elsewhere"))
    store.entries.delete(entry.id)
    fresh = Store(store.path, clock)
    assert len(fresh.entries) == 0
    assert [h["doc"]["title"] for h in fresh.overwritten()] == ["Edited elsewhere"]


def test_reload_if_changed_picks_up_outside_saves(store: Store, clock: FixedClock) -> None:
    """A running app sees what another process saved once it reloads."""
    other = Store(store.path, clock)
    assert store.reload_if_changed() is False
    add_entry(other, "From the CLI")
    assert [e.title for e in store.entries.all()] == []
    assert store.reload_if_changed() is True
    assert [e.title for e in store.entries.all()] == ["From the CLI"]
    assert store.reload_if_changed() is False
