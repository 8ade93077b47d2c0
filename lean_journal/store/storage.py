"""A TinyDB storage that parses once, serves reads from memory, and saves atomically and safely
when several processes share one file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from tinydb.storages import Storage

from lean_journal.clock import Clock, SystemClock
from lean_journal.model.validation import new_id
from lean_journal.store import backups, preview
from lean_journal.store.errors import SaveError, StoreError, UnreadableFileError
from lean_journal.store.fileio import (
    atomic_write,
    ensure_private_dir,
    exclusive_lock,
    remove_stale_temps,
    signature,
)

if TYPE_CHECKING:
    from lean_journal.store.merge import Conflict
    from lean_journal.store.rescue import Unsaved
from lean_journal.store.schema import Tables, migrate, new_database, schema_version

HISTORY_TABLE = "history"


def parse(path: Path, content: bytes) -> Tables:
    """Parse and check a file's bytes, raising a clear error for anything unusable."""
    if not content.strip():
        raise UnreadableFileError(path, "is empty; a lean-journal file never is, so it was damaged")
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        raise UnreadableFileError(path, f"is not valid JSON, perhaps truncated ({error})") from None
    schema_version(path, data)
    return data  # type: ignore[no-any-return]


class AtomicJSONStorage(Storage):
    """TinyDB storage: one parse, in-memory reads, atomic locked writes that merge outside changes.

    When a preview matching the file exists, the parse waits until something needs more than the preview
    holds (see `documents` and `newest_entries`): the first screen and `list -n` do not wait for it.
    """

    def __init__(self, path: str | Path, clock: Clock | None = None) -> None:
        """Open (or create) the file at `path`; raise a StoreError if it cannot be used."""
        self.path = Path(path)
        self.clock = clock or SystemClock()
        self.generation = 0
        self._batch_depth = 0
        self._dirty = False
        self._backed_up_on: date | None = None
        self._data: Tables = {}
        self._disk: bytes = b""
        self._signature: tuple[int, int, int] | None = None
        self._preview: preview.Preview | None = None
        self._unseen_change = False
        self.unsaved: Unsaved | None = None  # what saves that failed held (for a rescue copy)
        self._open()

    def _open(self) -> None:
        """Open the file, creating it if new; parse it now unless a matching preview lets that wait."""
        ensure_private_dir(self.path.parent)
        with exclusive_lock(self.path):
            remove_stale_temps(self.path)
            if not self.path.exists():
                self._write_locked(new_database())
                return
            self._signature = signature(os.stat(self.path))
            self._preview = preview.read(self.path, self._signature)
            if self._preview is None:
                self._load_locked(previewed=None)

    def _load_locked(self, previewed: tuple[int, int, int] | None) -> None:
        """Parse the file (migrating it if old) and rewrite its preview unless it was made from this very
        file (`previewed`: the signature the preview matched); the caller holds the lock."""
        content = self.path.read_bytes()
        data = parse(self.path, content)
        self._adopt(data, content, os.stat(self.path))
        version = data["_meta"]["meta"]["schema"]
        if migrate(data, version):
            backups.write_backup(self.path, content, self.clock.today(), f"pre-v{version + 1}")
            self._write_locked(data)
        elif self._signature != previewed:
            preview.write(self.path, data, self._signature or ())

    @property
    def loaded(self) -> bool:
        """Whether the whole file is parsed and in memory (not only its preview)."""
        return self._preview is None

    def _ensure_loaded(self) -> None:
        """Parse the file now if only its preview was read so far."""
        if self._preview is None:
            return
        previewed = self._signature
        with exclusive_lock(self.path):
            self._load_locked(previewed)
        self._preview = None
        self._unseen_change = self._signature != previewed

    def documents(self, table: str) -> dict[str, dict[str, Any]]:
        """One table's documents, read-only: from the preview while it holds the whole table."""
        if self._preview is not None and table in self._preview.tables:
            return self._preview.tables[table]
        return (self.read() or {}).get(table, {})

    def open_cards(self) -> dict[str, dict[str, Any]] | None:
        """Every card not done or dropped, as documents from the preview; None when the file must be read."""
        return None if self._preview is None else self._preview.open_cards

    def newest_entries(self, count: int) -> list[tuple[str, dict[str, Any]]] | None:
        """The `count` newest entry documents from the preview, or None when the file must be read."""
        return None if self._preview is None else self._preview.newest(count)

    def _adopt(self, data: Tables, content: bytes, stat: os.stat_result) -> None:
        """Make `data` (as read from disk) the in-memory state."""
        self._data = data
        self._disk = content
        self._signature = signature(stat)

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The whole database, from memory (TinyDB treats it as read-only until it writes)."""
        self._ensure_loaded()
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Save `data`, or only remember it while a batch is open."""
        self._data = data
        if self._batch_depth:
            self._dirty = True
            return
        self._save()

    def close(self) -> None:
        """Nothing to release: every save is already on disk."""

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes into one save; on an exception nothing is saved."""
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            if not self._batch_depth:
                self._dirty = False
                self._rollback()
            raise
        self._batch_depth -= 1
        if not self._batch_depth and self._dirty:
            self._dirty = False
            self._save()

    def changed_on_disk(self) -> bool:
        """Whether another process saved the file since we last read or wrote it."""
        try:
            return signature(os.stat(self.path)) != self._signature
        except FileNotFoundError:
            return False

    def reload_if_changed(self) -> bool:
        """Re-read the file if another process changed it; return whether it did."""
        if not self.loaded and self.changed_on_disk():
            self._ensure_loaded()  # reads the new file and notes the change as unseen
        if self._unseen_change:
            self._unseen_change = False
            return True
        if self._batch_depth or not self.changed_on_disk():
            return False
        with exclusive_lock(self.path):
            content = self.path.read_bytes()
            self._adopt(parse(self.path, content), content, os.stat(self.path))
        self.generation += 1
        return True

    def _save(self) -> None:
        """Write the in-memory state under the lock, merging any outside change first."""
        base = self._disk
        try:
            with exclusive_lock(self.path):
                data = self._merge_outside_changes()
                self._back_up_once_a_day()
                self._write_locked(data)
        except StoreError:
            self._keep_failed(base)
            self._rollback()
            raise
        except OSError as error:
            self._keep_failed(base)
            self._rollback()
            reason = error.strerror or str(error)
            raise SaveError(self.path, f"could not be saved ({reason}); the last save is intact") from None
        self.unsaved = None

    def _keep_failed(self, base: bytes) -> None:
        """Remember what a failed save held, made on top of `base`, for a rescue copy."""
        from lean_journal.store import rescue  # only once a save failed

        self.unsaved = rescue.keep_failed(self.unsaved, base, self._data)

    def _merge_outside_changes(self) -> Tables:
        """Our state, with changes another process saved since our last read put underneath it."""
        if not self.changed_on_disk():
            return self._data
        content = self.path.read_bytes()
        theirs = parse(self.path, content)
        base = orjson.loads(self._disk) if self._disk else {}
        from lean_journal.store.merge import merge  # only when another process saved meanwhile

        result = merge(base, self._data, theirs)
        self._keep_overwritten(result.tables, result.conflicts)
        self._disk = content
        self.generation += 1
        return result.tables

    def _keep_overwritten(self, tables: Tables, conflicts: list[Conflict]) -> None:
        """Keep every version our write overwrites in the history table."""
        history = tables.setdefault(HISTORY_TABLE, {})
        for conflict in conflicts:
            history[new_id()] = {
                "table": conflict.table,
                "doc_id": conflict.doc_id,
                "doc": conflict.theirs,
                "at": self.clock.now().isoformat(),
                "reason": "overwritten by a concurrent save",
            }

    def _back_up_once_a_day(self) -> None:
        """Before the first save of a day, keep a copy of the file as it was."""
        today = self.clock.today()
        if self._backed_up_on == today or not self._disk:
            return
        backups.write_backup(self.path, self._disk, today)
        backups.prune(self.path, today)
        self._backed_up_on = today

    def _write_locked(self, data: Tables) -> None:
        """Serialise and atomically replace the file; the caller holds the lock."""
        try:
            content = orjson.dumps(data)
        except TypeError as error:
            raise SaveError(self.path, f"could not be saved: {error}; the last save is intact") from None
        stat = atomic_write(self.path, content)
        self._adopt(data, content, stat)
        preview.write(self.path, data, self._signature or ())

    def _rollback(self) -> None:
        """Forget unsaved changes: memory goes back to what the file holds."""
        if not self.loaded:
            return
        self._data = orjson.loads(self._disk) if self._disk else new_database()
        self.generation += 1
