"""A storage for commands that only read: a journal not there yet is read as empty and never created."""

from __future__ import annotations

from lean_journal.store.errors import SaveError
from lean_journal.store.schema import new_database
from lean_journal.store.storage import AtomicJSONStorage

NOT_CREATED = "no such journal, and a command that only reads creates none"


class UncreatedStorage(AtomicJSONStorage):
    """AtomicJSONStorage that never creates the file: one not there is served empty, and a save refused."""

    missing = False
    """Whether the file was not there when opened (the journal is then empty, held in memory only)."""

    def _open(self) -> None:
        """Open the file as AtomicJSONStorage does; one not there is an empty journal in memory."""
        if self.path.exists():
            super()._open()
            return
        self.missing = True
        self._data = new_database()

    def _save(self) -> None:
        """Save as AtomicJSONStorage does, except to a file that was not there: that is refused."""
        if self.missing:
            self._rollback()
            raise SaveError(self.path, NOT_CREATED)
        super()._save()
