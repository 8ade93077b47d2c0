"""A TinyDB storage that parses once, serves reads from memory, and saves atomically and safely
when several processes share one file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from tinydb.storages import Storage

from lean_journal.clock import Clock, SystemClock
from lean_journal.store import backups, preview
from lean_journal.store.errors import SaveError, StoreError, UnreadableFileError
from lean_journal.store.fileio import (
    NotRegularFileError,
    atomic_write,
    ensure_private_dir,
    exclusive_lock,
    read_regular,
    remove_stale_temps,
    signature,
    stale_temps,
)
from lean_journal.store.location import NOT_REGULAR, journal_path
from lean_journal.store.parsing import os_reason, parse

if TYPE_CHECKING:
    from lean_journal.store.rescue import Unsaved
from lean_journal.store.schema import META_ID, META_TABLE, Tables, migrate, new_database

HISTORY_TABLE = "history"


class AtomicJSONStorage(Storage):
    """TinyDB storage: one parse, in-memory reads, atomic locked writes that merge outside changes.

    When a preview matching the file exists, the parse waits until something needs more than the preview
    holds (see `documents` and `newest_entries`): the first screen and `list -n` do not wait for it.
    """

    def __init__(self, path: str | Path, clock: Clock | None = None) -> None:
        """Open (or create) the file at `path`; raise a StoreError if it cannot be used."""
        self.path = journal_path(path)
        self.created = False
        """Whether opening created a new, empty journal file."""
        self.backup_problem: str | None = None
        """Why the last backup could not be written (the save itself went ahead), if it failed."""
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
        """Open the file, creating it if new; parse it now unless a matching preview lets that wait.

        Only creating a file and clearing a killed writer's leftovers take the lock: reading needs no
        lock (every save replaces the file whole), so a journal in a folder one cannot write can be read.
        """
        if not self.path.exists():
            self._create()
            if self.created:
                return
        if stale_temps(self.path):
            with suppress(OSError), exclusive_lock(self.path):
                remove_stale_temps(self.path)
        content, stat = self._read_disk()
        self._disk, self._signature = content, signature(stat)
        self._preview = preview.read(self.path, content)
        if self._preview is None:
            self._load(content, stat, served=None)

    def _create(self) -> None:
        """Write a new, empty journal where none is (unless another process just did)."""
        try:
            ensure_private_dir(self.path.parent)
            with exclusive_lock(self.path):
                if not self.path.exists():
                    self._write_locked(new_database())
                    self.created = True
        except OSError as error:
            raise SaveError(self.path, f"could not be created ({os_reason(error)})") from None

    def _read_disk(self) -> tuple[bytes, os.stat_result]:
        """The file's bytes and the status of exactly the file they came from."""
        try:
            return read_regular(self.path)
        except NotRegularFileError:
            raise UnreadableFileError(self.path, NOT_REGULAR) from None

    def _load(self, content: bytes, stat: os.stat_result | None, served: preview.Preview | None) -> None:
        """Make the parsed `content` the state (migrating it if old) and bring the preview up to date.

        `served`: the preview read so far, if any; `stat`: the file's status, None if already known.
        """
        data = parse(self.path, content)
        self._data, self._disk = data, content
        if stat is not None:
            self._signature = signature(stat)
        version = data["_meta"]["meta"]["schema"]
        if migrate(data, version):
            self._save_migration(content, version)
            return
        body = preview.build_or_none(data)
        if served is None or served.body != body:
            preview.write(self.path, data, content, body)
            self._unseen_change = served is not None

    def _save_migration(self, original: bytes, version: int) -> None:
        """Write the migrated file, its original kept as a backup first; if either cannot be written
        (a read-only folder), the file stays as it is and is migrated in memory each time it is read."""
        try:
            with exclusive_lock(self.path):
                if self.changed_on_disk():
                    return
                backups.write_backup(self.path, original, self.clock.today(), f"pre-v{version + 1}")
                self._write_locked(self._data)
        except OSError:
            return

    @property
    def loaded(self) -> bool:
        """Whether the whole file is parsed and in memory (not only its preview)."""
        return self._preview is None

    def _ensure_loaded(self) -> None:
        """Parse the file now if only its preview was read so far."""
        served = self._preview
        if served is None:
            return
        changed = self.changed_on_disk()
        content, stat = self._read_disk() if changed else (self._disk, None)
        self._load(content, stat, served)
        self._preview = None
        self._unseen_change = self._unseen_change or changed

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
        content, stat = self._read_disk()
        self._adopt(parse(self.path, content), content, stat)
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
            raise SaveError(
                self.path, f"could not be saved ({os_reason(error)}); the last save is intact"
            ) from None
        self.unsaved = None

    def _keep_failed(self, base: bytes) -> None:
        """Remember what a failed save held, made on top of `base`, for a rescue copy."""
        from lean_journal.store import rescue  # only once a save failed

        self.unsaved = rescue.keep_failed(self.unsaved, base, self._data)

    def _merge_outside_changes(self) -> Tables:
        """Our state, with changes another process saved since our last read put underneath it."""
        if not self.changed_on_disk():
            return self._data
        content, _ = self._read_disk()
        theirs = parse(self.path, content)
        base = orjson.loads(self._disk) if self._disk else {}
        from lean_journal.store.merge import keep_overwritten, merge  # only when another process saved

        result = merge(base, self._data, theirs)
        keep_overwritten(result.tables, HISTORY_TABLE, result.conflicts, self.clock.now().isoformat())
        self._disk = content
        self.generation += 1
        return result.tables

    def _back_up_once_a_day(self) -> None:
        """Before the first save of a day, keep a copy of the file as it was.

        A backup that cannot be written never stops the save: `backup_problem` says what failed.
        """
        today = self.clock.today()
        if self._backed_up_on == today or not self._disk:
            return
        self._backed_up_on = today
        try:
            backups.write_backup(self.path, self._disk, today)
            backups.prune(self.path, today)
        except OSError as error:
            self.backup_problem = (
                f"today's backup could not be written ({os_reason(error)}); the journal itself was saved"
            )
        else:
            self.backup_problem = None

    def _write_locked(self, data: Tables) -> None:
        """Serialise and atomically replace the file; the caller holds the lock."""
        try:
            content = orjson.dumps(data)
        except TypeError as error:
            raise SaveError(self.path, f"could not be saved: {error}; the last save is intact") from None
        stat = atomic_write(self.path, content)
        self._adopt(data, content, stat)
        preview.write(self.path, data, content)

    def _rollback(self) -> None:
        """Forget unsaved changes: memory goes back to what the file holds."""
        if not self.loaded:
            return
        data = orjson.loads(self._disk) if self._disk else new_database()
        migrate(data, data[META_TABLE][META_ID]["schema"])  # a file only read, never written, may be old
        self._data = data
        self.generation += 1
