"""The Store: one journal file opened once, with a repository per kind and the app's settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from lean_journal.clock import Clock, SystemClock
from lean_journal.store.backups import newest_backup
from lean_journal.store.drafts import DraftRepository
from lean_journal.store.prompts import PromptRepository
from lean_journal.store.repos import CardRepository, EntryRepository, GrowthRepository
from lean_journal.store.repository import StrIdTable
from lean_journal.store.storage import HISTORY_TABLE, AtomicJSONStorage


class _Database(TinyDB):
    """TinyDB whose tables are keyed by UUID strings."""

    table_class = StrIdTable


class Settings:
    """Small named values kept in the file (theme, WIP limit, ...); one document per key."""

    table_name = "settings"

    def __init__(self, db: TinyDB) -> None:
        """Use the settings table of `db`."""
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under `key`, or `default`."""
        doc = self._db.table(self.table_name, cache_size=0).get(doc_id=key)
        return default if doc is None else doc.get("value", default)

    def set(self, key: str, value: Any) -> None:
        """Store `value` under `key` (saves only if it changed)."""
        if self.get(key, _MISSING) == value:
            return
        self._db.table(self.table_name, cache_size=0).upsert(_doc(key, value))


_MISSING = object()


def _doc(key: str, value: Any) -> Any:
    """A settings document with its key as id."""
    from tinydb.table import Document

    return Document({"value": value}, doc_id=key)


class Store:
    """Everything lean-journal keeps, in one TinyDB file."""

    def __init__(self, path: str | Path, clock: Clock | None = None) -> None:
        """Open (or create) the journal at `path`; raises StoreError if it cannot be used."""
        self.path = Path(path).expanduser().absolute()
        self.clock = clock or SystemClock()
        self._db = _Database(self.path, clock=self.clock, storage=AtomicJSONStorage)
        self.storage: AtomicJSONStorage = self._db.storage  # type: ignore[assignment]
        self.entries = EntryRepository(self._db, self.storage, self.clock)
        self.cards = CardRepository(self._db, self.storage, self.clock)
        self.growth = GrowthRepository(self._db, self.storage, self.clock)
        self.settings = Settings(self._db)
        self.prompts = PromptRepository(self._db, self.storage, self.clock, self.settings)
        self.drafts = DraftRepository(self._db, self.clock)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Make every change inside one save (all or nothing)."""
        with self.storage.batch():
            yield

    def reload_if_changed(self) -> bool:
        """Pick up changes another process saved; return whether there were any."""
        return self.storage.reload_if_changed()

    def overwritten(self) -> list[dict[str, Any]]:
        """Versions of documents that a concurrent save overwrote, oldest first."""
        docs = (self.storage.read() or {}).get(HISTORY_TABLE, {})
        return sorted((dict(d) for d in docs.values()), key=lambda d: d.get("at", ""))

    def newest_backup(self) -> Path | None:
        """The most recent backup beside the file."""
        return newest_backup(self.path)

    def close(self) -> None:
        """Close the file (every save is already durable)."""
        self._db.close()
