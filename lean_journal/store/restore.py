"""Putting a backup back in place of the journal: checked first, the current file backed up, replaced
atomically under the journal's lock (an open app sees the change as another process's save)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from lean_journal.store import backups
from lean_journal.store.fileio import atomic_write, exclusive_lock, read_regular
from lean_journal.store.location import journal_path
from lean_journal.store.parsing import parse

PRE_RESTORE = "pre-restore"


def checked_backup(backup: Path) -> bytes:
    """The bytes of a backup fit to restore; StoreError if this version cannot read it as a journal."""
    content, _stat = read_regular(journal_path(backup))
    parse(backup, content)
    return content


def restore(path: Path, backup: Path, now: datetime) -> Path | None:
    """Replace the journal at `path` with `backup`; return where the journal as it was is kept (None
    when there was no journal). Raises StoreError, changing nothing, if the backup cannot be restored."""
    content = checked_backup(backup)
    real = journal_path(path)
    with exclusive_lock(real):
        kept = None
        if real.exists():
            current, _stat = read_regular(real)
            kept = backups.write_now(real, current, now, PRE_RESTORE)  # whatever it holds, even damaged
        atomic_write(real, content)
    return kept
