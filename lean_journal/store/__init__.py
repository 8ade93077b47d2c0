"""The store: the only code that imports tinydb."""

from lean_journal.store.errors import (
    NewerVersionError,
    NotFoundError,
    SaveError,
    StoreError,
    UnreadableFileError,
)
from lean_journal.store.store import Settings, Store

__all__ = [
    "NewerVersionError",
    "NotFoundError",
    "SaveError",
    "Settings",
    "Store",
    "StoreError",
    "UnreadableFileError",
]
