"""Reading a journal's bytes: parse and check them, and name what is wrong in one line."""

from __future__ import annotations

from pathlib import Path

import orjson

from lean_journal.store.errors import UnreadableFileError
from lean_journal.store.schema import Tables, schema_version


def parse(path: Path, content: bytes) -> Tables:
    """Parse and check a file's bytes, raising a clear error for anything unusable."""
    if not content.strip():
        raise UnreadableFileError(path, "is empty; a lean-journal file never is, so it was damaged")
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        raise UnreadableFileError(path, _not_json(content, error)) from None
    schema_version(path, data)
    return data


def _not_json(content: bytes, error: orjson.JSONDecodeError) -> str:
    """What is wrong with bytes that are not JSON: binary data, a cut-off end, or a mistake inside."""
    if b"\0" in content[:65536] or not _is_utf8(content):
        return "holds binary data, not JSON text: it is not a lean-journal file, or it was damaged"
    if error.pos >= len(content.rstrip()) - 1:
        return f"is not valid JSON, perhaps truncated ({error})"
    return f"is not valid JSON ({error})"


def _is_utf8(content: bytes) -> bool:
    """Whether `content` decodes as UTF-8."""
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def os_reason(error: OSError) -> str:
    """An OS error as `file: reason`, naming the file that failed (the lock, a backup, the folder)."""
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def read_journal_file(path: str | Path) -> Tables:
    """The checked tables of the journal file at `path`, read without opening a Store (nothing is
    written, no lock is taken); StoreError names what is wrong, FileNotFoundError if there is none."""
    from lean_journal.store.fileio import NotRegularFileError, read_regular
    from lean_journal.store.location import NOT_REGULAR, journal_path

    real = journal_path(path)
    try:
        content, _stat = read_regular(real)
    except NotRegularFileError:
        raise UnreadableFileError(Path(path), NOT_REGULAR) from None
    return parse(Path(path), content)
