"""Snapshots of the app shell on the one-year demo: each area at 120x36, and the help screen."""

from __future__ import annotations

import pytest

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp

FILE_LABEL = "~/.local/share/lean-journal/journal.json"
SIZE = (120, 36)


def shell(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The app on `store` with a fixed file label and a watcher that stays out of the way."""
    return LeanJournalApp(store, clock, file_label=FILE_LABEL, watch_interval=3600)


@pytest.mark.parametrize("key", ["1", "2", "3", "4"], ids=["journal", "board", "growth", "review"])
def test_area(snap_compare, demo_store: Store, clock: FixedClock, key: str) -> None:
    """Each area as it first shows, with the header naming the day and the file."""
    assert snap_compare(shell(demo_store, clock), press=[key], terminal_size=SIZE)


def test_help(snap_compare, demo_store: Store, clock: FixedClock) -> None:
    """The help over Learn · Share · Grow: the area's keys, then the app's, and where the data lives."""
    assert snap_compare(shell(demo_store, clock), press=["3", "question_mark"], terminal_size=SIZE)
