"""A rescue copy: the journal as this process holds it, saves that failed included, written elsewhere.

When the journal's file or folder cannot be written (disk full, permission denied, a damaged file),
every save fails and the file keeps its last good save. What those failed saves held is kept here, so
that it can be written to another path as a complete journal that a fresh Store opens.
"""

from __future__ import annotations

import errno
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import orjson

from lean_journal.store.errors import SaveError
from lean_journal.store.fileio import FILE_MODE, fsync_dir
from lean_journal.store.merge import Tables, merge


@dataclass(frozen=True)
class Unsaved:
    """Everything failed saves held (`tables`), and the state they changed (`base`)."""

    base: Tables
    tables: Tables


def keep_failed(previous: Unsaved | None, base: bytes, failed: Tables) -> Unsaved | None:
    """Add a failed save (`failed`, made on top of the file's `base` bytes) to the ones before it.

    The earlier failed saves are first carried onto the new base, then the new one goes on top: a save
    retried after a failure wins over its earlier attempt. A save that JSON cannot hold is not kept.
    """
    new_base: Tables = orjson.loads(base) if base else {}
    earlier = new_base if previous is None else merge(previous.base, previous.tables, new_base).tables
    try:
        tables = orjson.loads(orjson.dumps(merge(new_base, failed, earlier).tables))
    except TypeError:
        return previous
    return Unsaved(new_base, tables)


def with_unsaved(unsaved: Unsaved | None, memory: Tables) -> Tables:
    """What memory holds, with every failed save's changes on top."""
    if unsaved is None:
        return memory
    return merge(unsaved.base, unsaved.tables, memory).tables


def write_copy(path: Path, data: Tables) -> None:
    """Write `data` as a new journal file at `path` (0600, all or nothing); never replace a file."""
    if path.exists() or path.is_symlink():
        raise SaveError(path, "already exists; a rescue copy never replaces a file, so choose a new name")
    if not path.parent.is_dir():
        raise SaveError(path, "is in a folder that does not exist")
    try:
        content = orjson.dumps(data)
        _write_new(path, content)
    except FileExistsError:
        raise SaveError(path, "already exists; a rescue copy never replaces a file") from None
    except (OSError, TypeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise SaveError(path, f"rescue copy could not be written ({reason})") from None


def _write_new(path: Path, content: bytes) -> None:
    """Write a temporary file beside `path`, then link it into place (which fails if `path` exists)."""
    temp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.rescue")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        _link_into_place(temp, path)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temp)
    fsync_dir(path.parent)


def _link_into_place(temp: Path, path: Path) -> None:
    """Give the finished file its name without ever replacing another file."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError as error:  # a file system without hard links (a FAT memory stick, say)
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
            raise
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))  # claim the name
        os.replace(temp, path)
