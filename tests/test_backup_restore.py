"""`backup` and `restore` as real processes: copies now, the list, asking first, and refusing bad files."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cli_helpers import NOW
from process_helpers import run_process

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store
from lean_journal.store.backups import backup_dir


@pytest.fixture
def journal(db_path: Path) -> Path:
    """A journal with one entry."""
    store = Store(db_path, FixedClock(NOW))
    store.entries.add(JournalEntry(day=NOW.date(), title="Before", created=NOW, updated=NOW))
    return db_path


def titles(path: Path) -> set[str]:
    """The titles of the journal's entries."""
    return {e.title for e in Store(path, FixedClock(NOW)).entries.all()}


def test_backup_writes_a_private_copy_beside_the_journal_each_time(journal):
    first = run_process("backup", db=journal)
    second = run_process("backup", db=journal)
    assert first.returncode == second.returncode == 0
    made = sorted(p for p in backup_dir(journal).iterdir() if p.name.startswith("manual-"))
    assert len(made) == 2 and all(p.read_bytes() == journal.read_bytes() for p in made)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in made)
    assert str(made[0]) in first.stdout or str(made[1]) in first.stdout


def test_backup_to_a_path_never_writes_over_a_file(journal, tmp_path):
    out = tmp_path / "copy.json"
    done = run_process("backup", "-o", str(out), db=journal)
    assert done.returncode == 0 and out.read_bytes() == journal.read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    out.write_text("mine")
    again = run_process("backup", "-o", str(out), db=journal)
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "already exists" in again.stderr
    assert out.read_text() == "mine"


def test_backup_of_a_missing_or_damaged_journal_is_one_line(db_path):
    missing = run_process("backup", db=db_path)
    assert missing.returncode == 1 and "no such journal" in missing.stderr and not db_path.exists()
    db_path.write_text("{broken")
    damaged = run_process("backup", db=db_path)
    assert damaged.returncode == 1 and damaged.stderr.count("\n") == 1 and "not valid JSON" in damaged.stderr
    assert not backup_dir(db_path).exists()


def test_restore_lists_the_backups_with_dates_sizes_and_what_made_them(journal):
    run_process("backup", db=journal)
    listed = run_process("restore", db=journal)
    assert listed.returncode == 0
    daily, line = listed.stdout.splitlines()  # adding the entry kept the day's first backup
    assert "daily" in daily and "made by backup" in line and "bytes" in line
    assert str(backup_dir(journal)) in line
    assert line[:4].isdigit() and line[4] == "-"


def test_restore_with_no_backups_says_so(db_path):
    Store(db_path, FixedClock(NOW))
    listed = run_process("restore", db=db_path)
    assert listed.returncode == 0 and listed.stdout.startswith("no backups of")


def add_after_backup(journal: Path) -> Path:
    """Back up, then add an entry; return the backup."""
    run_process("backup", db=journal)
    assert run_process("add", "After", db=journal).returncode == 0
    return next(p for p in backup_dir(journal).iterdir() if p.name.startswith("manual-"))


@pytest.mark.parametrize("answer", ["no\n", "", "y\n", "YES please\n"])
def test_restore_asks_first_and_anything_but_yes_changes_nothing(journal, answer):
    backup = add_after_backup(journal)
    before = journal.read_bytes()
    done = run_process("restore", str(backup), db=journal, stdin=answer)
    assert done.returncode == 1 and "Type yes to restore" in done.stderr
    assert done.stderr.splitlines()[-1] == "lean-journal: not restored; the journal is unchanged"
    assert journal.read_bytes() == before and titles(journal) == {"Before", "After"}


def test_restore_yes_backs_up_the_current_journal_then_replaces_it(journal):
    backup = add_after_backup(journal)
    current = journal.read_bytes()
    done = run_process("restore", backup.name, db=journal, stdin="yes\n")  # a name from the list works too
    assert done.returncode == 0 and titles(journal) == {"Before"}
    kept = next(p for p in backup_dir(journal).iterdir() if p.name.startswith("pre-restore-"))
    assert kept.read_bytes() == current and str(kept) in done.stdout


def test_restore_yes_flag_for_scripts_does_not_read_stdin(journal):
    backup = add_after_backup(journal)
    done = run_process("restore", "--yes", str(backup), db=journal, stdin="no\n")
    assert done.returncode == 0 and titles(journal) == {"Before"} and "Type yes" not in done.stderr


def test_restore_brings_back_a_damaged_journal_and_keeps_the_damaged_file(journal):
    backup = add_after_backup(journal)
    journal.write_bytes(b"\0garbage")
    done = run_process("restore", "--yes", str(backup), db=journal)
    assert done.returncode == 0 and titles(journal) == {"Before"}
    kept = next(p for p in backup_dir(journal).iterdir() if p.name.startswith("pre-restore-"))
    assert kept.read_bytes() == b"\0garbage"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"tags": {}, "entries": []}', "not restored"),
        (b'{"_meta": {"meta": {"app": "lean-journal", "schema": 99}}}', "newer lean-journal"),
        (b"plain text", "not valid JSON"),
    ],
)
def test_restore_refuses_what_is_not_a_lean_journal_file_this_version_reads(
    journal, tmp_path, content, words
):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before, kept = journal.read_bytes(), sorted(backup_dir(journal).iterdir())
    done = run_process("restore", "--yes", str(bad), db=journal)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and words in done.stderr
    assert journal.read_bytes() == before and sorted(backup_dir(journal).iterdir()) == kept


def test_restore_of_a_backup_that_is_not_there_is_one_line(journal):
    done = run_process("restore", "--yes", "nope.json", db=journal)
    assert done.returncode == 1 and "no such backup" in done.stderr
