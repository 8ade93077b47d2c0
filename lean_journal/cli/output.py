"""What the commands print and write: entry lines, JSON, and private output files."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from lean_journal.cli.errors import CliError
from lean_journal.model import JournalEntry
from lean_journal.text import printable

STAR = "★"
# SGR colours of an entry line's parts on a terminal: dim day, yellow id and star, bold title, cyan tags.
COLOURS = {"day": "2", "id": "33", "star": "33", "title": "1", "tags": "36", "ratings": "2"}


def colour_wanted(stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org)."""
    return stream.isatty() and not environ.get("NO_COLOR")


def _painted(text: str, part: str, colour: bool) -> str:
    """`text` (already harmless) in its part's colour, when `colour`."""
    return f"\x1b[{COLOURS[part]}m{text}\x1b[0m" if colour and text.strip() else text


def entry_line(entry: JournalEntry, *, colour: bool = False) -> str:
    """One entry as a line: `2026-11-24  a1b2c3d4  ★ Title  #tag #tag  mood 4`; user text made harmless."""

    def shown(text: str) -> str:
        """User text as one harmless line."""
        return printable(text, multiline=False)

    star = _painted(STAR if entry.starred else " ", "star", colour)
    parts = [
        _painted(entry.day.isoformat(), "day", colour),
        _painted(entry.short_id, "id", colour),
        f"{star} {_painted(shown(entry.title), 'title', colour)}",
    ]
    if entry.all_tags:
        parts.append(_painted(shown(" ".join(f"#{tag}" for tag in entry.all_tags)), "tags", colour))
    ratings = [f"{name} {value}" for name, value in (("mood", entry.mood), ("energy", entry.energy)) if value]
    if ratings:
        parts.append(_painted("  ".join(ratings), "ratings", colour))
    return "  ".join(parts)


def write_stdout(text: str) -> None:
    """Print `text` (already ending in a newline, if it should) and flush, so a closed pipe shows here."""
    sys.stdout.write(text)
    sys.stdout.flush()


def write_private_file(path: Path, data: bytes, *, force: bool) -> None:
    """Write `data` atomically to a file only its owner can read; replace an existing one only if `force`."""
    from lean_journal.store.fileio import atomic_write

    if not path.parent.is_dir():
        raise CliError(f"{path}: the folder {path.parent} does not exist")
    if path.is_dir():
        raise CliError(f"{path} is a folder")
    if path.exists() and not force:
        raise CliError(f"{path} already exists (use --force to overwrite it)")
    atomic_write(path, data)
