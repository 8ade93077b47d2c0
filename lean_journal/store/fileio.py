"""Low-level file operations: private permissions, atomic replace, folder fsync, a sidecar lock, and
reading only regular files."""

from __future__ import annotations

import fcntl
import os
import stat as stat_module
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"


class NotRegularFileError(OSError):
    """The path names a folder, device, pipe or socket, not a plain file."""


def ensure_private_dir(folder: Path) -> None:
    """Create a folder and any missing parents, each readable only by its owner (whatever the umask)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        with suppress(FileExistsError):
            created.mkdir(mode=DIR_MODE)
            os.chmod(created, DIR_MODE)


def read_regular(path: Path) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file and the status of exactly the file read (never blocks on a pipe).

    Raises NotRegularFileError for a folder, device, pipe or socket, before reading anything.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        status = os.fstat(fd)
        if not stat_module.S_ISREG(status.st_mode):
            raise NotRegularFileError(f"{path} is not a regular file")
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(), status
    finally:
        os.close(fd)


def temp_prefix(path: Path) -> str:
    """The name prefix of temporary files written beside `path`."""
    return f".{path.name}."


def fsync_dir(folder: Path) -> None:
    """Make a rename or new file in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_temp(path: Path) -> tuple[int, str]:
    """Create a new 0600 temporary file beside `path` (exclusively, so never someone else's)."""
    while True:
        name = str(path.parent / f"{temp_prefix(path)}{os.urandom(6).hex()}{TEMP_SUFFIX}")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE), name
        except FileExistsError:
            continue


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> os.stat_result:
    """Replace `path` with `data` so a crash leaves either the old or the new file, never a mix.

    `durable=False` skips the fsyncs, for files that are only caches of the journal.
    """
    fd, temp_name = _private_temp(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    if durable:
        fsync_dir(path.parent)
    return os.stat(path)


def stale_temps(path: Path) -> list[Path]:
    """Temporary files beside `path` that a writer may have left (cheap: one folder listing)."""
    return list(path.parent.glob(temp_prefix(path) + "*" + TEMP_SUFFIX))


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete temporary files left by a writer that was killed; call only while holding the lock."""
    removed = []
    for leftover in stale_temps(path):
        try:
            leftover.unlink()
            removed.append(leftover)
        except FileNotFoundError:
            pass
    return removed


def lock_path(path: Path) -> Path:
    """The sidecar lock file of a journal file."""
    return path.with_name(path.name + ".lock")


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive fcntl lock on the sidecar lock file of `path`."""
    fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def signature(stat: os.stat_result) -> tuple[int, int, int]:
    """What tells us whether a file changed since we last saw it."""
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)
