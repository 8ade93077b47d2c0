"""A journal in a folder one cannot write: it can be read and listed; only a save needs the lock, and a
save says in one line why it failed, leaving the file as it was."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import SaveError, Store

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def journal_with(path: Path, *titles: str) -> None:
    """A journal at `path` holding entries with these titles (its lock and preview beside it)."""
    clock = FixedClock(NOW)
    store = Store(path, clock)
    for title in titles:
        store.entries.add(JournalEntry(day=NOW.date(), title=title, created=NOW, updated=NOW))


def read_only_mount_works() -> bool:
    """Whether this machine lets a test bind-mount a folder read-only in a private mount namespace."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", 'mount -o bind,ro "$1" "$1"', "sh", "/tmp"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def run_in_read_only(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """`lean-journal argv...` in a real process that sees `folder` as a read-only file system (EROFS stops
    root too); the mount lives only in that process's own namespace."""
    script = 'mount -o bind,ro "$1" "$1" && shift && exec "$@"'
    command = [
        "unshare",
        "-m",
        "sh",
        "-c",
        script,
        "sh",
        str(folder),
        sys.executable,
        "-m",
        "lean_journal",
        *argv,
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False)


needs_mount = pytest.mark.skipif(not read_only_mount_works(), reason="no private read-only bind mount here")


@needs_mount
def test_a_journal_on_a_read_only_folder_can_be_listed_and_a_save_fails_in_one_line(tmp_path: Path) -> None:
    """Real process, read-only mount: `list` works; `add` exits 1 naming what could not be written."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "journal.json"
    journal_with(path, "Kept safe")
    (folder / "journal.json.lock").unlink()  # as if the folder was never written by this user
    before = path.read_bytes()
    listed = run_in_read_only(folder, "--db", str(path), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Kept safe" in listed.stdout and listed.stderr == ""
    added = run_in_read_only(folder, "--db", str(path), "add", "Not saved")
    assert added.returncode == 1
    [line] = added.stderr.splitlines()
    assert line.startswith(f"lean-journal: error: {path}: could not be saved (")
    assert "Read-only file system" in line and line.endswith("the last save is intact")
    assert path.read_bytes() == before


def test_reading_never_takes_the_lock_and_saving_reports_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the lock file impossible to open (permission denied), reading works and a save is a SaveError."""
    journal_with(db_path, "Kept safe")
    real_open = os.open

    def no_lock(path: object, flags: int, *args: int, **kwargs: object) -> int:
        """os.open, refusing the lock file as an unwritable folder would."""
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", no_lock)
    store = Store(db_path, FixedClock(NOW))
    assert [e.title for e in store.entries.list()] == ["Kept safe"]
    assert len(store.entries) == 1  # the full read too
    with pytest.raises(SaveError, match=r"could not be saved \(.*journal\.json\.lock: Permission denied\)"):
        store.entries.add(JournalEntry(day=NOW.date(), title="Not saved", created=NOW, updated=NOW))
    assert [e.title for e in store.entries.list()] == ["Kept safe"]
