"""The kaizen deck's notes, one document per month keyed 'YYYY-MM', and the deck's author setting."""

from __future__ import annotations

from datetime import date

from tinydb import TinyDB
from tinydb.table import Table

from lean_journal.model.report import MonthNotes, month_key
from lean_journal.model.validation import ValidationError
from lean_journal.store.repository import put_document
from lean_journal.store.settings import Settings
from lean_journal.store.storage import AtomicJSONStorage

AUTHOR_KEY = "author"
"""The settings key of the name the deck is signed with."""


class MonthNotesRepository:
    """Each month's headline, ask and chosen cards; a month never written reads as empty notes."""

    table_name = "reports"

    def __init__(self, db: TinyDB, storage: AtomicJSONStorage, settings: Settings) -> None:
        """Use the reports table of `db`, read through `storage`; the author lives in `settings`."""
        self._db = db
        self._storage = storage
        self._settings = settings

    @property
    def _table(self) -> Table:
        """The reports table (no query cache: reads come from memory)."""
        return self._db.table(self.table_name, cache_size=0)

    def get(self, month: date | str) -> MonthNotes:
        """The notes of the month `month` names (a day in it, or 'YYYY-MM'); empty if never written or
        damaged (a damaged document is left as it is, and replaced only by the next `put`)."""
        key = month_key(month) if isinstance(month, date) else MonthNotes(month=month).month
        doc = self._storage.documents(self.table_name).get(key)
        if doc is not None:
            try:
                return MonthNotes.from_dict({**doc, "month": key})
            except (ValidationError, TypeError):
                pass
        return MonthNotes(month=key)

    def put(self, notes: MonthNotes) -> MonthNotes:
        """Keep these notes for their month, in one save (none if nothing changed)."""
        if self.get(notes.month) != notes:
            put_document(self._table, notes.month, notes.to_dict())
        return notes

    def author(self) -> str:
        """The deck's author as set, stripped ('' when never set)."""
        value = self._settings.get(AUTHOR_KEY, "")
        return value.strip() if isinstance(value, str) else ""

    def set_author(self, name: str) -> None:
        """Set the name the deck is signed with."""
        self._settings.set(AUTHOR_KEY, " ".join(name.split()))
