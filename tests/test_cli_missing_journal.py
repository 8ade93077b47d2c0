"""Commands that only read, on a journal file not there yet: they print what an empty journal gives, say so
in one line, and create nothing (no journal, lock, preview or backup)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli
from process_helpers import run_process

from lean_journal.cli.commands import NOT_YET
from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import SaveError, Store

READ_ONLY = [
    ["list"],
    ["list", "--json"],
    ["stats"],
    ["stats", "--json"],
    ["learn", "list"],
    ["learn", "list", "--debt"],
    ["learn", "list", "--json"],
    ["share", "list"],
    ["share", "list", "--json"],
    ["grow", "list"],
    ["grow", "list", "--json"],
    ["export"],
    ["export", "--format", "md"],
    ["report", "--format", "md"],
    ["config"],
    ["config", "--json"],
    ["config", "share-debt-days"],
    ["config", "author"],
]


def entry(title: str) -> JournalEntry:
    """An entry written today."""
    return JournalEntry(day=NOW.date(), title=title, created=NOW, updated=NOW)


def assert_nothing_created(db_path: Path) -> None:
    """The journal's folder is as empty as before the command ran."""
    assert list(db_path.parent.iterdir()) == []


@pytest.mark.parametrize("argv", READ_ONLY, ids=" ".join)
def test_a_command_that_only_reads_creates_no_journal(capsys, db_path, argv):
    result = run_cli(capsys, "--db", str(db_path), *argv)
    assert result.code == 0
    assert f"lean-journal: {db_path}: {NOT_YET}" in result.err_lines
    assert "created a new" not in result.err
    assert_nothing_created(db_path)


def test_config_lists_the_defaults_and_says_the_journal_is_not_there(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "config")
    assert result.err_lines == [f"lean-journal: {db_path}: {NOT_YET}"]
    rows = [line.split() for line in result.out.splitlines()]
    assert rows[0] == ["share-debt-days", "14", "default", "14"]
    assert rows[1] == ["weekly-streak-days", "3", "default", "3"]
    assert rows[2] == ["author", "not", "set", "default", "not", "set"]
    assert_nothing_created(db_path)


def test_config_json_and_one_setting_print_the_defaults(capsys, db_path):
    listed = run_cli(capsys, "--db", str(db_path), "config", "--json")
    assert json.loads(listed.out)["share-debt-days"] == {"value": 14, "default": 14}
    assert run_cli(capsys, "--db", str(db_path), "config", "weekly-streak-days").out == "3\n"
    assert_nothing_created(db_path)


@pytest.mark.parametrize(
    "argv", [["list", "--json"], ["learn", "list", "--json"], ["grow", "list", "--json"]]
)
def test_a_listing_of_a_journal_not_there_is_empty(capsys, db_path, argv):
    assert json.loads(run_cli(capsys, "--db", str(db_path), *argv).out) == []


def test_setting_a_value_still_creates_the_journal(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "config", "share-debt-days", "21")
    assert result.code == 0 and "created a new, empty journal" in result.err
    assert run_cli(capsys, "--db", str(db_path), "config", "share-debt-days").out == "21\n"


def test_a_report_signed_with_author_keeps_it_and_so_creates_the_journal(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "report", "--format", "md", "--author", "Dana Lee")
    assert result.code == 0 and "created a new, empty journal" in result.err
    assert run_cli(capsys, "--db", str(db_path), "config", "author").out == "Dana Lee\n"


def test_a_dry_run_merge_creates_no_journal(capsys, db_path, tmp_path):
    other = tmp_path / "other.json"
    Store(other, FixedClock(NOW)).entries.add(entry("Theirs"))
    result = run_cli(capsys, "--db", str(db_path), "merge", "--dry-run", str(other))
    assert result.code == 0 and result.out.startswith("would merge") and "1 new entry" in result.out
    assert_nothing_created(db_path)


@pytest.mark.parametrize("argv", [["list"], ["config"], ["learn", "list"], ["export"]], ids=" ".join)
def test_in_a_real_process_no_journal_lock_or_preview_is_left(db_path, argv):
    done = run_process(*argv, db=db_path)
    assert done.returncode == 0 and done.stderr.splitlines() == [f"lean-journal: {db_path}: {NOT_YET}"]
    assert_nothing_created(db_path)


def test_a_store_opened_not_to_create_refuses_a_save_and_writes_nothing(db_path):
    store = Store(db_path, FixedClock(NOW), create=False)
    assert store.entries.all() == []
    with pytest.raises(SaveError, match="creates none"):
        store.entries.add(entry("Not saved"))
    assert store.entries.all() == []
    assert_nothing_created(db_path)


def test_a_store_opened_not_to_create_reads_a_journal_that_is_there(db_path):
    Store(db_path, FixedClock(NOW)).entries.add(entry("Kept"))
    store = Store(db_path, FixedClock(NOW), create=False)
    assert [kept.title for kept in store.entries.all()] == ["Kept"]
    store.entries.add(entry("Saved too"))
    assert len(Store(db_path, FixedClock(NOW)).entries.all()) == 2
