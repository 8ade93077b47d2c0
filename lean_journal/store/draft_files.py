"""The drafts folder beside a journal: one small file per draft, written atomically, and a lock per draft.

A draft save writes only its own file (a few KB), never the journal, so its cost does not grow with the
journal. While an app edits a draft it holds an flock on the draft's lock file: another
app sees the lock and leaves the draft alone; the kernel drops the lock when the owner exits or dies, so a
crashed app's draft is offered again.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from lean_journal.store.fileio import FILE_MODE, atomic_write, ensure_private_dir

DRAFT_FORMAT = 1
PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]{1,100}")
"""Keys used as file names as they are (the app's keys: 'new-<uuid>' or an entry id)."""


def drafts_folder(journal: Path) -> Path:
    """The drafts folder of a journal file (beside it)."""
    return journal.with_name(journal.name + ".drafts")


@dataclass(frozen=True)
class DraftFile:
    """One stored draft: its key, when it was kept, whether it was discarded, and the draft's fields."""

    key: str
    saved: str
    discarded: bool
    fields: dict[str, Any]
    mtime_ns: int = 0
    """When the file was last written (orders drafts kept within one tick of the clock); not stored."""

    def to_bytes(self) -> bytes:
        """The file's content."""
        record = {"format": DRAFT_FORMAT, "key": self.key, "saved": self.saved, "discarded": self.discarded}
        return orjson.dumps({**record, "draft": self.fields})


def _parsed(content: bytes, mtime_ns: int = 0) -> DraftFile | None:
    """The draft in a file's content, or None if it is damaged or of another format."""
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
        return None
    key, saved, fields = data.get("key"), data.get("saved"), data.get("draft")
    if not isinstance(key, str) or not isinstance(saved, str) or not isinstance(fields, dict):
        return None
    return DraftFile(key, saved, data.get("discarded") is True, fields, mtime_ns)


class DraftFolder:
    """The drafts of one journal, as files in its drafts folder (made 0700 on the first save)."""

    def __init__(self, journal: Path) -> None:
        """Use the drafts folder beside `journal` (nothing is created yet)."""
        self.folder = drafts_folder(journal)

    def _stem(self, key: str) -> str:
        """The file name (without suffix) of a key: the key itself, or a digest of an unusual one."""
        if PLAIN_KEY.fullmatch(key):
            return key
        return "k" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:40]

    def draft_path(self, key: str) -> Path:
        """The file holding the draft `key`."""
        return self.folder / f"{self._stem(key)}.json"

    def lock_path(self, key: str) -> Path:
        """The lock file of the draft `key`."""
        return self.folder / f"{self._stem(key)}.lock"

    def write(self, draft: DraftFile, *, durable: bool = True) -> None:
        """Keep `draft` (atomically, 0600); raises OSError if the folder cannot be written.

        `durable=False` skips the fsyncs: the file then survives the app dying at any moment, and a
        power cut leaves the previous or the new draft (never a mix), perhaps the previous one.
        """
        ensure_private_dir(self.folder)
        atomic_write(self.draft_path(draft.key), draft.to_bytes(), durable=durable)

    def read(self, key: str) -> DraftFile | None:
        """The draft kept under `key`, if there is a readable one."""
        found = self._read_file(self.draft_path(key))
        return found if found is not None and found.key == key else None

    def _read_file(self, path: Path) -> DraftFile | None:
        """The draft in `path`, or None if it is missing or damaged (a bad draft never stops the app)."""
        try:
            with open(path, "rb") as handle:
                return _parsed(handle.read(), os.fstat(handle.fileno()).st_mtime_ns)
        except OSError:
            return None

    def all(self) -> list[DraftFile]:
        """Every readable draft in the folder (none if there is no folder)."""
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        return [found for found in map(self._read_file, paths) if found is not None]

    def remove(self, key: str) -> None:
        """Delete the draft `key`'s file (nothing happens if there is none)."""
        with suppress(FileNotFoundError):
            os.unlink(self.draft_path(key))

    def try_lock(self, key: str) -> int | None:
        """Lock the draft `key` for this app: the lock's descriptor, or None if a live app holds it.

        Raises OSError if no lock file can be made (a read-only folder, say).
        """
        ensure_private_dir(self.folder)
        path = self.lock_path(key)
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, FILE_MODE)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return None
            if _still_named(fd, path):
                return fd
            os.close(fd)  # its owner removed the lock file meanwhile: lock the one there now

    def is_locked(self, key: str) -> bool:
        """Whether a live app (this one included) holds the draft `key`'s lock."""
        if not self.lock_path(key).exists():
            return False
        try:
            fd = self.try_lock(key)
        except OSError:
            return False
        if fd is None:
            return True
        os.close(fd)
        return False

    def unlock(self, key: str, fd: int, *, remove: bool = False) -> None:
        """Give up a lock taken with `try_lock`; `remove` deletes its file first (while still held)."""
        if remove:
            with suppress(OSError):
                os.unlink(self.lock_path(key))
        os.close(fd)


def _still_named(fd: int, path: Path) -> bool:
    """Whether the open file `fd` is still the file at `path` (not one removed meanwhile)."""
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False
