"""Drafts: the entry editor's state, kept beside the journal while a user types, so nothing typed is lost.

Each draft is a small file in the journal's drafts folder (see draft_files), so keeping one never rewrites
the journal. Older versions kept drafts in the journal's `drafts` table: those are still offered, and move to
the folder when an app takes them up. An app editing a draft holds its lock; other apps skip it until the
owner finishes or dies. A discarded draft stays in the folder, out of the way, until the next entry is saved,
so the discard can be undone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from lean_journal.clock import Clock
from lean_journal.model import ValidationError
from lean_journal.model.draft import EntryDraft
from lean_journal.store.draft_files import DraftFile, DraftFolder
from lean_journal.store.errors import SaveError, StoreError
from lean_journal.store.storage import AtomicJSONStorage

Kept = tuple[str, EntryDraft]
"""A draft and the key it is kept under."""


class DraftRepository:
    """One draft per editing session, keyed by the session (a new entry) or the entry being edited."""

    table_name = "drafts"
    """The journal table where older versions kept drafts (read, never written but to empty it)."""

    def __init__(self, db: TinyDB, storage: AtomicJSONStorage, clock: Clock, journal: Path) -> None:
        """Keep drafts beside `journal`; read older ones from `db`'s drafts table; `clock` stamps them."""
        self._db = db
        self._storage = storage
        self._clock = clock
        self._files = DraftFolder(journal)
        self._held: dict[str, int] = {}
        self._written: dict[str, dict[str, Any]] = {}

    @property
    def folder(self) -> Path:
        """The folder the drafts are kept in."""
        return self._files.folder

    # Reading ---------------------------------------------------------------------------------------

    def _legacy(self) -> dict[str, dict[str, Any]]:
        """The drafts an older version kept in the journal, by key (read-only)."""
        return self._storage.documents(self.table_name)

    @property
    def _legacy_table(self) -> Any:
        """The journal's drafts table (read from memory, no query cache), only ever emptied."""
        return self._db.table(self.table_name, cache_size=0)

    def _records(self) -> list[DraftFile]:
        """Every stored draft, discarded ones included: the folder's, then the journal's it does not hold."""
        records = self._files.all()
        in_folder = {record.key for record in records}
        for key, doc in self._legacy().items():
            if key not in in_folder:
                saved = doc.get("saved")
                fields = {k: v for k, v in doc.items() if k != "saved"}
                records.append(DraftFile(key, saved if isinstance(saved, str) else "", False, fields))
        records.sort(key=lambda r: (_saved_at(r.saved), r.mtime_ns), reverse=True)
        return records

    def _kept(self, *, discarded: bool) -> list[Kept]:
        """The readable drafts (the discarded ones or the others), most recently kept first."""
        found = [(r.key, _readable(r.fields)) for r in self._records() if r.discarded == discarded]
        return [(key, draft) for key, draft in found if draft is not None]

    def get(self, key: str) -> EntryDraft | None:
        """The draft kept under `key`, if there is a readable one that was not discarded."""
        record = self._files.read(key)
        if record is not None:
            return None if record.discarded else _readable(record.fields)
        doc = self._legacy().get(key)
        return None if doc is None else _readable({k: v for k, v in doc.items() if k != "saved"})

    def all(self) -> list[Kept]:
        """Every readable draft that was not discarded, with its key, most recently kept first."""
        return self._kept(discarded=False)

    def latest(self) -> Kept | None:
        """The most recently kept draft and its key, if any."""
        drafts = self.all()
        return drafts[0] if drafts else None

    def discarded(self) -> list[Kept]:
        """The drafts discarded since the last entry was saved, most recently discarded first."""
        return self._kept(discarded=True)

    def __len__(self) -> int:
        """How many drafts are kept (discarded ones not counted)."""
        return len(self.all())

    # Writing ---------------------------------------------------------------------------------------

    def save(self, key: str, draft: EntryDraft, *, durable: bool = False) -> None:
        """Keep `draft` under `key`, replacing the one kept before (writes only if it changed).

        Saves while typing skip the fsyncs (`durable=False`: they outlive the app, not a power cut, and
        cost a fraction of a millisecond on an idle disk); the last save before the app ends is durable.
        Raises SaveError if the drafts folder cannot be written.
        """
        data = draft.to_dict()
        if self._written.get(key) == data and not durable:
            return
        try:
            self._files.write(DraftFile(key, self._clock.now().isoformat(), False, data), durable=durable)
        except OSError as error:
            raise SaveError(self.folder, f"could not be written ({error.strerror or error})") from None
        self._written[key] = data

    def delete(self, key: str) -> None:
        """Forget the draft kept under `key` (nothing happens if there is none)."""
        self._written.pop(key, None)
        self._files.remove(key)
        if key in self._legacy():
            self._legacy_table.remove(doc_ids=[key])

    def discard(self, key: str) -> bool:
        """Put the draft `key` aside: never resumed, but `restore_discarded` brings it back.

        Returns whether there was a draft to put aside; raises OSError if its file cannot be written.
        """
        self._written.pop(key, None)
        record = self._files.read(key)
        if record is None or record.discarded:
            return False
        self._files.write(replace(record, discarded=True, saved=self._clock.now().isoformat()))
        return True

    def restore_discarded(self) -> Kept | None:
        """Take up the most recently discarded draft no other app holds, as a draft again."""
        for key, draft in self.discarded():
            record = self._files.read(key)
            if record is not None and self.claim(key):
                self._files.write(replace(record, discarded=False))
                return key, draft
        return None

    def forget_discarded(self) -> None:
        """Delete every discarded draft no other app holds (after an entry is saved)."""
        for key, _draft in self.discarded():
            fd = self._files.try_lock(key) if key not in self._held else self._held.pop(key)
            if fd is not None:
                self._files.remove(key)
                self._files.unlock(key, fd, remove=True)

    # Owning ----------------------------------------------------------------------------------------

    def claim(self, key: str) -> bool:
        """Make this app the owner of the draft `key`; False if another live app owns it.

        A draft the journal's table holds moves to the drafts folder now. Where no lock can be made (a
        read-only folder) the claim succeeds: drafts cannot be kept there anyway.
        """
        if key in self._held:
            return True
        try:
            fd = self._files.try_lock(key)
        except OSError:
            return True
        if fd is None:
            return False
        self._held[key] = fd
        self._move_from_journal(key)
        return True

    def release(self, key: str) -> None:
        """Stop owning the draft `key` (its lock file goes too once the draft is gone)."""
        fd = self._held.pop(key, None)
        if fd is not None:
            gone = self._files.read(key) is None and key not in self._legacy()
            self._files.unlock(key, fd, remove=gone)

    def claim_latest(self) -> Kept | None:
        """Take up the most recently kept draft that no live app owns, if there is one."""
        for key, draft in self.all():
            if key not in self._held and self.claim(key):
                return key, draft
        return None

    def owned_elsewhere(self, key: str) -> bool:
        """Whether another live app owns the draft `key`."""
        return key not in self._held and self._files.is_locked(key)

    def close(self) -> None:
        """Give up every draft this app owns."""
        for key in list(self._held):
            self.release(key)

    def _move_from_journal(self, key: str) -> None:
        """Move a draft an older version kept in the journal to the drafts folder (best effort)."""
        doc = self._legacy().get(key)
        if doc is None:
            return
        try:
            if self._files.read(key) is None:
                saved = doc.get("saved")
                fields = {k: v for k, v in doc.items() if k != "saved"}
                stamp = saved if isinstance(saved, str) else self._clock.now().isoformat()
                self._files.write(DraftFile(key, stamp, False, fields))
            self._legacy_table.remove(doc_ids=[key])
        except (StoreError, OSError):
            return  # read from both places meanwhile: the folder's copy wins


def _readable(fields: dict[str, Any]) -> EntryDraft | None:
    """The draft in stored fields, or None if they are damaged (a bad draft never stops the app)."""
    try:
        return EntryDraft.from_dict(dict(fields))
    except (ValidationError, TypeError):
        return None


def _saved_at(saved: str) -> float:
    """When a draft was kept, as a timestamp (0 if unknown)."""
    try:
        return datetime.fromisoformat(saved).timestamp() if saved else 0.0
    except ValueError:
        return 0.0
