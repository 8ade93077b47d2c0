"""Snapshots of the PDCA board on the one-year demo: the open columns, and with Done and Dropped shown."""

from __future__ import annotations

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp

SIZE = (120, 36)


def board_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The app on `store`, with a watcher that stays out of the way."""
    return LeanJournalApp(store, clock, file_label="journal.json", watch_interval=3600)


def test_board(snap_compare, demo_store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """Struggles, Plan, Do (with its WIP limit), Check and Act, with days in stage and check dates."""
    assert snap_compare(board_app(demo_store, clock), press=["2"], terminal_size=SIZE)


def test_board_with_done_and_dropped(snap_compare, demo_store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """a shows Done and Dropped, newest first, with each card's decision or reason."""
    assert snap_compare(board_app(demo_store, clock), press=["2", "a"], terminal_size=SIZE)


def test_decision_dialog(snap_compare, demo_store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """l on a card in Act opens the adopt / adapt / abandon dialog."""
    keys = ["2", "right", "right", "right", "right", "l"]
    assert snap_compare(board_app(demo_store, clock), press=keys, terminal_size=SIZE)
