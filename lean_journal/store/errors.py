"""Errors the store raises; each one names the file and the problem in one line."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Something is wrong with the journal file; the file was not written."""

    def __init__(self, path: Path | str, problem: str) -> None:
        """Remember the file and the problem."""
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


class UnreadableFileError(StoreError):
    """The file is empty, truncated, not JSON, or not shaped like a lean-journal file."""


class NewerVersionError(StoreError):
    """The file was written by a newer lean-journal than this one."""


class SaveError(StoreError):
    """A save failed (disk full, permission denied); the file still holds the last good save."""


class NotFoundError(KeyError):
    """No document with that id."""

    def __init__(self, kind: str, doc_id: str) -> None:
        """Remember what was looked for."""
        super().__init__(f"no {kind} with id {doc_id}")
        self.kind = kind
        self.doc_id = doc_id

    def __str__(self) -> str:
        """The message without KeyError's quotes."""
        return str(self.args[0])
