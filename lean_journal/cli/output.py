"""What the commands print and write: entry lines, JSON, and private output files."""

from __future__ import annotations

import sys
from pathlib import Path

from lean_journal.cli.errors import CliError
from lean_journal.model import JournalEntry
from lean_journal.text import printable

STAR = "★"


def entry_line(entry: JournalEntry) -> str:
    """One entry as a line: `2026-11-24  a1b2c3d4  ★ Title  #tag #tag  mood 4`."""
    parts = [entry.day.isoformat(), entry.short_id, f"{STAR if entry.starred else ' '} {entry.title}"]
    if entry.all_tags:
        parts.append(" ".join(f"#{tag}" for tag in entry.all_tags))
    if entry.mood is not None:
        parts.append(f"mood {entry.mood}")
    if entry.energy is not None:
        parts.append(f"energy {entry.energy}")
    return printable("  ".join(parts).replace("\t", " "))


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
