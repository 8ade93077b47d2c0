"""Whether a path names the journal or a file the journal keeps beside it (its lock, its preview, its
temporary files, its drafts and backups folders), so a command that writes a file the user names (a deck,
an export) never writes over one of them: `..` and symbolic links resolved, hard links caught too."""

from __future__ import annotations

import os
from pathlib import Path

from lean_journal.store.backups import backups_root
from lean_journal.store.draft_files import drafts_folder
from lean_journal.store.fileio import lock_path, temp_prefix
from lean_journal.store.preview import preview_path


def same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file: the same real path, or (both existing) the same file on disk."""
    if os.path.realpath(one) == os.path.realpath(other):
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def journal_file(path: Path, journal: Path) -> str | None:
    """What `path` is of the journal at `journal` ('the journal itself', "the journal's lock file",
    "in the journal's backups folder", ...), or None when it is none of them."""
    real = Path(os.path.realpath(path.expanduser()))
    journal = Path(os.path.realpath(journal))
    if same_file(real, journal):
        return "the journal itself"
    beside = {
        "the journal's lock file": lock_path(journal),
        "the journal's preview file": preview_path(journal),
    }
    for what, sibling in beside.items():
        if same_file(real, sibling):
            return what
    if real.parent == journal.parent and real.name.startswith(temp_prefix(journal)):
        return "a temporary file of the journal"
    folders = {
        "the journal's drafts folder": drafts_folder(journal),
        "the journal's backups folder": backups_root(journal),
    }
    for what, folder in folders.items():
        inside = Path(os.path.realpath(folder))
        if real == inside or inside in real.parents:
            return f"in {what}"
    return None
