"""The shape of a lean-journal file, its schema version, and the migrations between versions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lean_journal.store.errors import NewerVersionError, UnreadableFileError

CURRENT_SCHEMA = 3
META_TABLE = "_meta"
META_ID = "meta"
APP_NAME = "lean-journal"

Tables = dict[str, dict[str, Any]]


def new_database() -> Tables:
    """The tables of a brand-new file."""
    return {META_TABLE: {META_ID: {"app": APP_NAME, "schema": CURRENT_SCHEMA}}}


def schema_version(path: Path, data: Any) -> int:
    """Check the file's shape and return its schema version, or raise naming the problem."""
    if not isinstance(data, dict):
        raise UnreadableFileError(path, "is not a lean-journal file (the top level is not an object)")
    for name, docs in data.items():
        if not isinstance(docs, dict) or not all(isinstance(d, dict) for d in docs.values()):
            raise UnreadableFileError(path, f"has the wrong schema: table {name!r} is not a set of documents")
    meta = data.get(META_TABLE, {}).get(META_ID)
    if not meta or meta.get("app") != APP_NAME:
        raise UnreadableFileError(path, "is not a lean-journal file (no lean-journal header)")
    version = meta.get("schema")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UnreadableFileError(path, f"has the wrong schema: bad schema version {version!r}")
    if version > CURRENT_SCHEMA:
        raise NewerVersionError(
            path,
            f"was written by a newer lean-journal (schema {version}; this version reads up to "
            f"{CURRENT_SCHEMA}); upgrade lean-journal to open it",
        )
    return version


def migrate(data: Tables, version: int) -> list[int]:
    """Run the migrations from `version` up to the current schema in order; return those run."""
    from lean_journal.store.migrations import MIGRATIONS

    ran = []
    while version < CURRENT_SCHEMA:
        MIGRATIONS[version](data)
        ran.append(version)
        version += 1
    data[META_TABLE][META_ID]["schema"] = CURRENT_SCHEMA
    return ran
