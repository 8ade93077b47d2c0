"""Snapshots of the entry editor and the prompt picker at 120x36."""

from __future__ import annotations

from test_journal_editor_widget import HostApp
from textual.pilot import Pilot

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store

SIZE = (120, 36)


def _with_tags(store: Store, clock: FixedClock) -> Store:
    """A store with a few tags in use, for the completion to offer."""
    now = clock.now()
    for tags in (("kaizen", "gemba"), ("kaizen", "5s")):
        entry = JournalEntry(day=clock.today(), title="earlier", tags=tags, created=now, updated=now)
        store.entries.add(entry)
    return store


def test_editor_while_writing(snap_compare, store: Store, clock: FixedClock) -> None:
    """A new entry from the daily reflection, an answer typed, a tag being completed, mood set."""

    async def write(pilot: Pilot) -> None:
        """Type an answer, rate the mood and start a tag."""
        await pilot.press("n", *"Moved the kettle next to the sink.")
        await pilot.press("tab", "tab", "4", "shift+tab", *"gemba ka")
        await pilot.pause()

    app = HostApp(_with_tags(store, clock), clock)
    assert snap_compare(app, run_before=write, terminal_size=SIZE)


def test_prompt_picker(snap_compare, store: Store, clock: FixedClock) -> None:
    """The prompt picker with the default marked and its text previewed."""
    assert snap_compare(HostApp(store, clock), press=["p"], terminal_size=SIZE)
