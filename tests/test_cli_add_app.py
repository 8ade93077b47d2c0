"""The open app shows an entry added with `lean-journal add` in another process's way (its own Store on
the same file), through the app's file watcher."""

from __future__ import annotations

import sys

import pytest
from cli_helpers import NOW, FakeTty
from journal_browse_support import TODAY, add, visible_titles
from waiting import until

from lean_journal.__main__ import main
from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp


async def test_an_entry_added_from_the_shell_shows_in_the_open_journal(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`lean-journal add` while the app is open: the journal list shows the new entry by itself."""
    add(store, clock, TODAY, "Written in the app")
    app = LeanJournalApp(store, clock, file_label="journal.json", watch_interval=0.05)
    monkeypatch.setattr(sys, "stdin", FakeTty())
    async with app.run_test(size=(120, 36)) as pilot:
        assert visible_titles(app) == ["Written in the app"]
        argv = ["--db", str(store.path), "add", "From the shell.", "Andon", "pulled", "twice."]
        assert main(argv, clock=FixedClock(NOW), environ={}) == 0
        await until(pilot, lambda: len(visible_titles(app)) == 2, "the watcher showed the new entry")
        assert sorted(visible_titles(app)) == ["From the shell.", "Written in the app"]
