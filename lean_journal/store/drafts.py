"""Drafts: the entry editor's state kept in the file while a user types, so nothing typed is lost."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tinydb import TinyDB

from lean_journal.clock import Clock
from lean_journal.entry_draft import EntryDraft
from lean_journal.model import ValidationError
from lean_journal.store.repository import put_document
from lean_journal.store.storage import AtomicJSONStorage


class DraftRepository:
    """One draft per editing session, keyed by the session (a new entry) or the entry being edited."""

    table_name = "drafts"

    def __init__(self, db: TinyDB, storage: AtomicJSONStorage, clock: Clock) -> None:
        """Use `db`'s drafts table, read through `storage`; `clock` stamps when each draft was kept."""
        self._db = db
        self._storage = storage
        self._clock = clock

    def _documents(self) -> dict[str, dict[str, Any]]:
        """The stored drafts by key, read-only (from the file's preview until the file is parsed)."""
        return self._storage.documents(self.table_name)

    @property
    def _table(self) -> Any:
        """The TinyDB table of drafts (read from memory, no query cache)."""
        return self._db.table(self.table_name, cache_size=0)

    def save(self, key: str, draft: EntryDraft) -> None:
        """Keep `draft` under `key`, replacing the one kept before (saves only if it changed)."""
        data = draft.to_dict()
        current = self._documents().get(key)
        if current is not None and {k: v for k, v in current.items() if k != "saved"} == data:
            return
        put_document(self._table, key, {**data, "saved": self._clock.now().isoformat()})

    def get(self, key: str) -> EntryDraft | None:
        """The draft kept under `key`, if there is a readable one."""
        doc = self._documents().get(key)
        return None if doc is None else _readable(doc)

    def delete(self, key: str) -> None:
        """Forget the draft kept under `key` (nothing happens if there is none)."""
        if key in self._documents():
            self._table.remove(doc_ids=[key])

    def all(self) -> list[tuple[str, EntryDraft]]:
        """Every readable draft with its key, most recently kept first."""
        docs = sorted(self._documents().items(), key=lambda item: _saved_at(item[1]), reverse=True)
        found = [(key, _readable(doc)) for key, doc in docs]
        return [(key, draft) for key, draft in found if draft is not None]

    def latest(self) -> tuple[str, EntryDraft] | None:
        """The most recently kept draft and its key, if any."""
        drafts = self.all()
        return drafts[0] if drafts else None

    def __len__(self) -> int:
        """How many drafts are kept."""
        return len(self._documents())


def _readable(doc: dict[str, Any]) -> EntryDraft | None:
    """The draft in a stored document, or None if it is damaged (a bad draft never stops the app)."""
    try:
        return EntryDraft.from_dict(dict(doc))
    except (ValidationError, TypeError):
        return None


def _saved_at(doc: dict[str, Any]) -> float:
    """When a draft was kept, as a timestamp (0 if unknown)."""
    saved = doc.get("saved")
    try:
        return datetime.fromisoformat(saved).timestamp() if isinstance(saved, str) else 0.0
    except ValueError:
        return 0.0
