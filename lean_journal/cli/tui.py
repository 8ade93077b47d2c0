"""Opening the app: on the journal file, or on a fresh demo in a temporary folder (imports Textual lazily)."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from lean_journal.cli.commands import open_store
from lean_journal.cli.signals import exit_on_hang_up
from lean_journal.clock import Clock
from lean_journal.store import Store

DEMO_YEARS = 1
DEMO_SEED = 7
DEMO_LABEL = "demo journal (a temporary copy)"
DEMO_PREFIX = "lean-journal-demo-"


def run_app(store: Store, clock: Clock, file_label: str | None = None) -> int:
    """Run the TUI on `store` until it quits; its return code becomes the exit status."""
    from lean_journal.tui.app import LeanJournalApp

    # The console script paused the garbage collector; the app keeps it paused through start-up
    # and switches it on after its first frame (LeanJournalApp.run).
    app = LeanJournalApp(store, clock, file_label=file_label)
    app.run()
    return int(app.return_code or 0)


def cmd_app(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Open the app on the journal file."""
    return run_app(open_store(args, clock, environ), clock)


def cmd_demo_app(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Open the app on a one-year demo written to a new temporary folder (removed afterwards)."""
    from lean_journal.demo import write_demo

    with exit_on_hang_up():  # a closed terminal or a kill still removes the folder
        folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
        try:
            store = Store(folder / "journal.json", clock)
            write_demo(store, years=DEMO_YEARS, seed=DEMO_SEED)
            return run_app(store, clock, file_label=DEMO_LABEL)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
