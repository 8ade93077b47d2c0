"""How values are shown to people, in the CLI and the TUI alike: harmless text and dates."""

from __future__ import annotations

import re
from datetime import date

# C0/C1 control characters (ESC, BEL, CSI...) would drive the terminal; show them as U+FFFD instead.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with terminal control characters shown as U+FFFD instead of obeyed."""
    return CONTROL.sub("\ufffd", text)


def day_label(day: date) -> str:
    """A day as the app names it, e.g. 'Tue 24 Nov 2026'."""
    return f"{day:%a} {day.day} {day:%b %Y}"
