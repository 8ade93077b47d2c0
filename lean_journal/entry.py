"""The `lean-journal` console script: start with the garbage collector paused, so short commands stay quick.

Importing and parsing the journal allocate many objects that all stay alive; collecting while they are
made only costs time. The collector is switched back on before the TUI starts (see cli.tui), and the
short commands end soon anyway.
"""

from __future__ import annotations

import gc
import sys


def run() -> None:
    """Pause garbage collection, then run lean-journal with the process's arguments."""
    gc.disable()
    from lean_journal.__main__ import main

    sys.exit(main())
