"""The journal file: unusable files are refused untouched, permissions, backups, migrations, failed saves."""

from __future__ import annotations

import errno
import os
import shutil
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import (
    NewerVersionError,
    SaveError,
    Store,
    StoreError,
    UnreadableFileError,
    backups,
    fileio,
)
from lean_journal.store.schema import CURRENT_SCHEMA

FIXTURES = Path(__file__).parent / "fixtures"
GOOD_HEADER = b'{"_meta":{"meta":{"app":"lean-journal","schema":2}}'


def add_entry(store: Store, title: str = "Walked the floor") -> JournalEntry:
    """Add one entry for today."""
    now = store.clock.now()
    return store.entries.add(JournalEntry(day=now.date(), title=title, created=now, updated=now))


def mode(path: Path) -> int:
    """The permission bits of a file or folder."""
    return stat.S_IMODE(path.stat().st_mode)


BAD_FILES = {
    "empty": (b"", "is empty"),
    "whitespace": (b"  \n", "is empty"),
    "not json": (b"Dear diary, today I", "is not valid JSON"),
    "truncated": (GOOD_HEADER + b',"entries":{"a":{"title":"cut he', "is not valid JSON"),
    "a list": (b"[1, 2, 3]", "not a lean-journal file"),
    "plain tinydb": (b'{"_default": {"1": {"a": 1}}}', "not a lean-journal file"),
    "table not documents": (GOOD_HEADER + b',"entries":[1,2]}', "wrong schema"),
    "bad version": (b'{"_meta":{"meta":{"app":"lean-journal","schema":"two"}}}', "wrong schema"),
    "future version": (b'{"_meta":{"meta":{"app":"lean-journal","schema":99}}}', "newer lean-journal"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_unusable_files_give_a_clear_error_and_stay_byte_identical(
    name: str, db_path: Path, clock: FixedClock
) -> None:
    """Each bad file raises a StoreError naming the file and problem, and is never written."""
    content, problem = BAD_FILES[name]
    db_path.parent.mkdir(mode=0o700, exist_ok=True)
    db_path.write_bytes(content)
    before = os.stat(db_path)
    with pytest.raises(StoreError) as caught:
        Store(db_path, clock)
    assert str(db_path) in str(caught.value)
    assert problem in str(caught.value)
    assert db_path.read_bytes() == content
    assert os.stat(db_path).st_ino == before.st_ino
    assert not backups.backup_dir(db_path).exists()
    if name == "future version":
        assert isinstance(caught.value, NewerVersionError)
    else:
        assert isinstance(caught.value, UnreadableFileError)


def test_a_bad_document_is_set_aside_by_table_id_and_field_and_kept_on_save(
    db_path: Path, clock: FixedClock
) -> None:
    """A document that breaks the model is set aside (named by table, id and field); adding still works
    and the save writes the bad document back exactly as it was."""
    db_path.parent.mkdir(mode=0o700, exist_ok=True)
    doc_id = "0b6f3c52-8a0e-4a43-9d47-5f1b2e0c9a11"
    bad = (
        b'"' + doc_id.encode() + b'":{"day":"2026-01-01","title":"x","mood":9,'
        b'"created":"2026-01-01T10:00:00+00:00","updated":"2026-01-01T10:00:00+00:00"}'
    )
    db_path.write_bytes(GOOD_HEADER + b',"entries":{' + bad + b"}}")
    store = Store(db_path, clock)
    assert store.entries.all() == []
    [problem] = store.set_aside()
    assert (problem.table, problem.doc_id, problem.field) == ("entries", doc_id, "mood")
    added = add_entry(store)
    assert [e.id for e in Store(db_path, clock).entries.all()] == [added.id]
    assert bad in db_path.read_bytes()


def test_new_file_folder_lock_and_backups_are_private(store: Store) -> None:
    """The journal, its lock and backups are 0600; their folders 0700."""
    add_entry(store)
    add_entry(store, "Second save of the day")
    backup_files = list(backups.backup_dir(store.path).iterdir())
    assert mode(store.path) == 0o600
    assert mode(store.path.parent) == 0o700
    assert mode(fileio.lock_path(store.path)) == 0o600
    assert mode(backups.backup_dir(store.path)) == 0o700
    assert backup_files and all(mode(p) == 0o600 for p in backup_files)


def test_temp_files_are_private_while_written(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The temporary file is already 0600 before it replaces the journal."""
    seen: list[int] = []
    real_replace = os.replace

    def spy(src: str, dst: object) -> None:
        """Record the temp file's mode, then replace as usual."""
        seen.append(stat.S_IMODE(os.stat(src).st_mode))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(fileio.os, "replace", spy)
    add_entry(store)
    assert seen and set(seen) == {0o600}


def test_leftover_temp_files_are_removed_on_open(store: Store) -> None:
    """A temp file left by a killed writer is cleaned up when the file is next opened."""
    leftover = store.path.parent / f"{fileio.temp_prefix(store.path)}abc123{fileio.TEMP_SUFFIX}"
    leftover.write_bytes(b'{"half": ')
    Store(store.path, store.clock)
    assert not leftover.exists()


def test_first_save_of_a_day_backs_up_the_previous_file(store: Store, clock: FixedClock) -> None:
    """The backup holds the file as it was before the day's first save."""
    add_entry(store, "Yesterday's entry")
    clock.advance(days=1)
    before = store.path.read_bytes()
    add_entry(store, "Today's entry")
    add_entry(store, "Another today")
    backup = backups.backup_path(store.path, clock.today())
    assert backup.read_bytes() == before
    assert store.newest_backup() == backup


def test_backups_rotate_daily_for_a_week_and_weekly_for_a_month(store: Store, clock: FixedClock) -> None:
    """After 60 days of saves: the last 7 days, one per week back to ~35 days, nothing older."""
    for _ in range(60):
        clock.advance(days=1)
        add_entry(store)
    kept = [day for day, _ in backups.list_backups(store.path)]
    today = clock.today()
    assert all(today - day < timedelta(days=35) for day in kept)
    assert [d for d in kept if today - d < timedelta(days=7)] == [
        today - timedelta(days=n) for n in range(6, -1, -1)
    ]
    older = [d for d in kept if today - d >= timedelta(days=7)]
    assert 3 <= len(older) <= 5
    assert len({d.isocalendar()[:2] for d in older}) == len(older)


def test_keep_policy_is_pure() -> None:
    """The rotation rule itself: daily within 7 days, newest per ISO week within 35."""
    today = date(2026, 11, 24)
    days = [today - timedelta(days=n) for n in range(0, 50)]
    kept = backups.keep(days, today)
    assert all(today - timedelta(days=n) in kept for n in range(7))
    assert today - timedelta(days=40) not in kept


def test_old_schema_is_migrated_and_its_original_kept(db_path: Path, clock: FixedClock) -> None:
    """A schema-1 file opens, reads right, is saved as schema 2, with a pre-migration backup."""
    db_path.parent.mkdir(mode=0o700, exist_ok=True)
    shutil.copyfile(FIXTURES / "journal-v1.json", db_path)
    original = db_path.read_bytes()
    store = Store(db_path, clock)
    entries = store.entries.list()
    assert [e.title for e in entries] == ["Asked my boss what she struggles with", "First gemba walk"]
    assert entries[1].day == date(2025, 3, 5)
    assert entries[1].tags == ("gemba", "flow")
    assert store.settings.get("theme") == "gruvbox"
    assert b'"schema":%d' % CURRENT_SCHEMA in db_path.read_bytes()
    assert backups.backup_path(db_path, clock.today(), "pre-v2").read_bytes() == original
    assert Store(db_path, clock).entries.get(entries[1].id) == entries[1]


def test_failed_save_keeps_the_file_and_memory_consistent(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full: SaveError names the file, the file still holds the last save, memory matches it."""
    kept = add_entry(store, "Safe")
    before = store.path.read_bytes()

    def disk_full(path: Path, data: bytes) -> None:
        """Fail like a full disk."""
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("lean_journal.store.storage.atomic_write", disk_full)
    with pytest.raises(SaveError, match="No space left on device"):
        add_entry(store, "Lost to a full disk")
    assert store.path.read_bytes() == before
    assert [e.title for e in store.entries.list()] == ["Safe"]
    monkeypatch.undo()
    add_entry(store, "After the disk was freed")
    assert {e.title for e in Store(store.path, store.clock).entries.list()} == {
        kept.title,
        "After the disk was freed",
    }


def test_a_value_json_cannot_hold_is_a_save_error_not_a_crash(store: Store) -> None:
    """If something unserialisable reaches a save, it fails as SaveError and nothing changes."""
    add_entry(store, "Kept")
    before = store.path.read_bytes()
    with pytest.raises(SaveError, match="could not be saved"):
        store.settings.set("bad", {1, 2})
    assert store.path.read_bytes() == before
    assert store.settings.get("bad") is None
