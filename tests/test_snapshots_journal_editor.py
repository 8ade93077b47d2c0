"""Snapshots of the entry editor and the prompt picker in the app, on the one-year demo, at 120x36."""

from __future__ import annotations

from textual.pilot import Pilot

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp

SIZE = (120, 36)
FILE_LABEL = "~/.local/share/lean-journal/journal.json"


def shell(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The app on `store` with a fixed file label and a watcher that stays out of the way."""
    return LeanJournalApp(store, clock, file_label=FILE_LABEL, watch_interval=3600)


def test_editor_while_writing(snap_compare, demo_store: Store, clock: FixedClock) -> None:
    """Today's entry from the daily reflection: an answer typed, mood set, a tag being completed."""

    async def write(pilot: Pilot) -> None:
        """Type an answer, rate the mood and start a tag."""
        await pilot.press("n", *"Moved the kettle next to the sink.")
        await pilot.press("tab", "tab", "4", "shift+tab", *"gemba ka")
        await pilot.pause()

    assert snap_compare(shell(demo_store, clock), run_before=write, terminal_size=SIZE)


def test_prompt_picker(snap_compare, demo_store: Store, clock: FixedClock) -> None:
    """The prompt picker with the default marked and its text previewed."""
    assert snap_compare(shell(demo_store, clock), press=["p"], terminal_size=SIZE)
