"""Small named values kept in the journal file (theme, WIP limit, default prompt...)."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from lean_journal.store.repository import put_document
from lean_journal.store.storage import AtomicJSONStorage

_MISSING = object()


class Settings:
    """One document per key, so two processes changing different settings never clash."""

    table_name = "settings"

    def __init__(self, db: TinyDB, storage: AtomicJSONStorage) -> None:
        """Use the settings table of `db`, read through `storage` (from its preview until it is parsed)."""
        self._db = db
        self._storage = storage

    @property
    def _table(self) -> Table:
        """The settings table (no query cache: reads come from memory)."""
        return self._db.table(self.table_name, cache_size=0)

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under `key`, or `default`."""
        doc = self._storage.documents(self.table_name).get(key)
        value = default if doc is None else doc.get("value", default)
        return deepcopy(value) if isinstance(value, (list, dict)) else value

    def all(self) -> dict[str, Any]:
        """Every setting, key → value (copies: changing them changes nothing stored)."""
        docs = self._storage.documents(self.table_name)
        return {key: deepcopy(doc.get("value")) for key, doc in docs.items()}

    def set(self, key: str, value: Any) -> None:
        """Store `value` under `key` in one save (none if it did not change)."""
        if self.get(key, _MISSING) != value:
            put_document(self._table, key, {"value": value})
