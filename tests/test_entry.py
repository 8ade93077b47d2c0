"""The console script pauses garbage collection for quick commands; the TUI turns it back on."""

from __future__ import annotations

import gc

import pytest

from lean_journal import entry
from lean_journal.cli import tui
from lean_journal.clock import FixedClock
from lean_journal.store import Store


def test_the_console_script_runs_main_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    """`lean-journal` calls main with gc off and exits with main's status."""
    seen: dict[str, bool] = {}

    def fake_main() -> int:
        """Record whether gc is on, and fail with status 3."""
        seen["gc"] = gc.isenabled()
        return 3

    monkeypatch.setattr("lean_journal.__main__.main", fake_main)
    try:
        with pytest.raises(SystemExit) as done:
            entry.run()
    finally:
        gc.enable()
    assert done.value.code == 3
    assert seen == {"gc": False}


def test_the_tui_runs_with_the_collector_on(
    monkeypatch: pytest.MonkeyPatch, store: Store, clock: FixedClock
) -> None:
    """A long-running app must collect garbage, whatever the script did before."""
    seen: dict[str, bool] = {}

    class FakeApp:
        """Stands in for LeanJournalApp and records gc's state when run."""

        return_code = 0

        def __init__(self, *args: object, **kwargs: object) -> None:
            """Accept the app's arguments."""

        def run(self) -> None:
            """Record whether gc is on."""
            seen["gc"] = gc.isenabled()

    monkeypatch.setattr("lean_journal.app.LeanJournalApp", FakeApp)
    gc.disable()
    try:
        assert tui.run_app(store, clock) == 0
    finally:
        gc.enable()
    assert seen == {"gc": True}
