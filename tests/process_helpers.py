"""Running `python -m lean_journal` as a real process, as a user would, for the moving-in commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_process(*argv: str, db: Path | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `python -m lean_journal [--db db] argv...` with stdin a pipe holding `stdin`."""
    env = {key: value for key, value in os.environ.items() if key != "LEAN_JOURNAL_DB"}
    prefix = ["--db", str(db)] if db is not None else []
    return subprocess.run(
        [sys.executable, "-m", "lean_journal", *prefix, *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
