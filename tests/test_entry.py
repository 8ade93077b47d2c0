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
    from lean_journal.tui import app as app_module
    from lean_journal.tui.startup import warm_up

    looks: list[bool] = []
    seen: dict[str, bool] = {}
    monkeypatch.setattr(warm_up, "WARM_UP_DELAY", 0.01)

    class HeadlessApp(app_module.LeanJournalApp):
        """The real app, run headless; notes gc's state at mount and after the warm-up, then quits."""

        def run(self, *args: object, **kwargs: object) -> None:
            """Run without a terminal."""
            super().run(headless=True, size=(120, 36))

        def on_mount(self) -> None:
            """Note gc's state now and after the warm-up."""
            super().on_mount()
            seen["at mount"] = gc.isenabled()
            self.set_interval(0.01, self.look_and_quit)

        def look_and_quit(self) -> None:
            """Once the warm-up is done (and its switching on of gc ran), note gc's state and quit."""
            looks.append(True)
            if len(looks) > 6000:  # a minute: the warm-up never ended
                self.exit()
            elif self.warm_up.done and self.return_code is None:
                self.call_later(self.note_and_quit)

        def note_and_quit(self) -> None:
            """Note gc's state and quit."""
            seen["after warm-up"] = gc.isenabled()
            self.exit()

    monkeypatch.setattr(app_module, "LeanJournalApp", HeadlessApp)
    gc.disable()  # as the console script leaves it
    try:
        assert tui.run_app(store, clock) == 0
        assert gc.isenabled()
    finally:
        gc.enable()
    assert seen == {"at mount": False, "after warm-up": True}
