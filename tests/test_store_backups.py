"""Backups tied to their own journal (a folder per file name; the older flat layout still read), and a
backup that cannot be written never blocking a save."""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store, backups


def add_on(path: Path, day: date, title: str = "An entry") -> Store:
    """Open the journal at `path` on `day` and add one entry (the first save of a day backs up)."""
    clock = FixedClock(datetime.combine(day, NOW.timetz()))
    store = Store(path, clock)
    store.entries.add(JournalEntry(day=day, title=title, created=clock.now(), updated=clock.now()))
    return store


def block_backups(folder: Path) -> None:
    """Make `backups/` in `folder` a plain file, so no backup can be written into it (even by root)."""
    shutil.rmtree(folder / "backups", ignore_errors=True)
    (folder / "backups").write_bytes(b"not a folder")


def two_days(path: Path) -> None:
    """Save on two days, so the journal has a backup."""
    add_on(path, date(2026, 11, 22))
    add_on(path, date(2026, 11, 23))


def test_journals_sharing_a_folder_and_a_name_stem_each_get_their_own_backups(tmp_path: Path) -> None:
    """`work.json` and `work.db` (one stem), `journal.json` and `journal-2025.json` never share backups."""
    names = ["journal.json", "journal-2025.json", "work.json", "work.db"]
    for name in names:
        two_days(tmp_path / name)
    for name in names:
        path = tmp_path / name
        found = backups.list_backups(path)
        assert [day for day, _ in found] == [date(2026, 11, 22), date(2026, 11, 23)]
        assert all(file.parent == tmp_path / "backups" / name for _, file in found)
        assert backups.newest_backup(path) == tmp_path / "backups" / name / "2026-11-23.json"


def test_a_damaged_journal_names_its_own_backup_not_its_neighbours(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`journal.json` damaged beside a newer-saved `journal-2025.json`: the line names its own backup."""
    two_days(tmp_path / "journal.json")
    two_days(tmp_path / "journal-2025.json")
    (tmp_path / "journal.json").write_bytes(b"{trunc")
    result = run_cli(capsys, "--db", str(tmp_path / "journal.json"), "list")
    assert result.code == 1
    [line] = result.err_lines
    assert line.endswith(f"newest backup: {tmp_path / 'backups' / 'journal.json' / '2026-11-23.json'}")


def test_backups_in_the_old_flat_layout_are_still_found_for_the_right_file_only(tmp_path: Path) -> None:
    """`backups/journal-DATE.json` belongs to journal.json, `journal-2025-DATE.json` to journal-2025.json."""
    flat = tmp_path / "backups"
    flat.mkdir()
    mine = flat / "journal-2026-11-20.json"
    theirs = flat / "journal-2025-2026-11-21.json"
    old_original = flat / "journal-pre-v2-2026-11-19.json"
    for number, file in enumerate((old_original, mine, theirs)):
        file.write_bytes(b"{}")
        os.utime(file, ns=(number * 10**9, number * 10**9))
    journal = tmp_path / "journal.json"
    assert backups.newest_backup(journal) == mine
    assert backups.list_backups(journal) == [(date(2026, 11, 20), mine)]
    assert backups.newest_backup(tmp_path / "journal-2025.json") == theirs
    assert backups.newest_backup(tmp_path / "work.json") is None


def test_old_flat_backups_are_rotated_with_the_new_ones(tmp_path: Path) -> None:
    """Pruning sees both layouts: a flat backup older than a month goes, a recent one stays."""
    journal = tmp_path / "journal.json"
    flat = tmp_path / "backups"
    flat.mkdir()
    old = flat / "journal-2026-09-01.json"
    recent = flat / "journal-2026-11-20.json"
    for file in (old, recent):
        file.write_bytes(b"{}")
    today = date(2026, 11, 24)
    assert backups.prune(journal, today) == [old]
    assert recent.exists()
    assert backups.prune(journal, today + timedelta(days=60)) == [recent]


def test_a_backup_that_cannot_be_written_does_not_block_the_save_and_says_what_failed(tmp_path: Path) -> None:
    """`backups` is not a folder one can write into: the entry is saved, and the problem names backups/."""
    journal = tmp_path / "journal.json"
    add_on(journal, date(2026, 11, 22))
    block_backups(tmp_path)
    store = add_on(journal, date(2026, 11, 23), "Saved anyway")
    assert "Saved anyway" in [e.title for e in Store(journal).entries.list()]
    problem = store.storage.backup_problem
    assert problem and "backup" in problem and str(tmp_path / "backups") in problem


def test_the_cli_saves_and_warns_in_one_line_when_the_backup_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`add` prints the id (status 0) and one warning line naming the backups folder."""
    journal = tmp_path / "journal.json"
    add_on(journal, date(2026, 11, 22))
    block_backups(tmp_path)
    result = run_cli(capsys, "--db", str(journal), "add", "Saved anyway")
    assert result.code == 0 and result.out.strip()
    [line] = result.err_lines
    assert line.startswith("lean-journal: warning: today's backup could not be written (")
    assert str(tmp_path / "backups") in line and line.endswith("the journal itself was saved")


async def test_the_app_warns_once_when_a_save_went_ahead_without_its_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save in the app on a new day with `backups/` blocked: one warning naming backups/, not repeated."""
    from lean_journal.tui.app import LeanJournalApp

    journal = tmp_path / "journal.json"
    add_on(journal, date(2026, 11, 22))
    block_backups(tmp_path)
    clock = FixedClock(datetime.combine(date(2026, 11, 23), NOW.timetz()))
    store = Store(journal, clock)
    app = LeanJournalApp(store, clock)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: shown.append((kw.get("severity", ""), message)))
    async with app.run_test() as pilot:
        await pilot.pause()
        store.settings.set("theme", "nord")  # any save
        app.check_outside_changes()
        app.check_outside_changes()
        await pilot.pause()
    warnings = [message for severity, message in shown if severity == "warning"]
    assert len(warnings) == 1 and str(tmp_path / "backups") in warnings[0]
    assert store.settings.get("theme") == "nord"
