"""`--demo` removes its temporary folder however it ends, a hang-up or terminate signal included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# Runs `lean-journal --demo` with the app replaced by one that says where the demo is, then waits to be
# signalled (as a real app would be when its terminal closes).
CHILD = """
import signal, sys
import lean_journal.cli.tui as tui
from lean_journal.__main__ import main

def waiting_app(store, clock, file_label=None):
    print(store.path, flush=True)
    while True:
        signal.pause()

tui.run_app = waiting_app
sys.exit(main(["--demo"]))
"""


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_the_demo_folder_is_removed_after_a_hang_up_or_terminate(tmp_path: Path, signum: int) -> None:
    """A real process: once the demo is open, the signal ends it with 128+signal and no folder is left."""
    pytest.importorskip("lean_journal.demo")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    demo_file = Path(child.stdout.readline().strip())  # waits until the demo is written and "open"
    assert demo_file.exists() and demo_file.parent.parent == tmp_path
    child.send_signal(signum)
    child.wait()
    assert child.returncode == 128 + signum
    assert list(tmp_path.iterdir()) == []
