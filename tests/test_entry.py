"""The console script pauses garbage collection for quick commands; the TUI turns it on after start-up."""

from __future__ import annotations

import gc

import pytest

from lean_journal import __main__ as entry
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


def test_the_tui_collects_garbage_after_start_up_though_the_script_paused_it(
    monkeypatch: pytest.MonkeyPatch, store: Store, clock: FixedClock
) -> None:
    """A long-running app must collect garbage: it is paused through start-up, then on for good."""
    from gc_probe import GcProbeApp

    from lean_journal.tui import app as app_module
    from lean_journal.tui.startup import warm_up

    monkeypatch.setattr(warm_up, "WARM_UP_DELAY", 0.01)
    apps: list[GcProbeApp] = []

    class HeadlessApp(GcProbeApp):
        """The real app, run headless, noting the collector's state (see GcProbeApp)."""

        def run(self, *args: object, **kwargs: object) -> None:
            """Run without a terminal."""
            apps.append(self)
            super().run(headless=True, size=(120, 36))

    monkeypatch.setattr(app_module, "LeanJournalApp", HeadlessApp)
    gc.disable()  # as the console script leaves it
    try:
        assert tui.run_app(store, clock) == 0
        assert gc.isenabled()
    finally:
        gc.enable()
    assert apps[0].seen == {"at mount": False, "after warm-up": True}
