"""The command line in-process: add and list, the journal file's location, and one-line errors."""

from __future__ import annotations

import json
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lean_journal.clock import FixedClock
from lean_journal.store import Store


def entries(path: Path) -> list:
    """The entries in the journal at `path`, newest first."""
    return Store(path, FixedClock(NOW)).entries.list()


def test_add_stores_every_field_and_prints_the_short_id(capsys, db_path):
    result = run_cli(
        capsys, "--db", str(db_path), "add", "Gemba walk", "--body", "Saw the line.", "--tag", "gemba",
        "--tag", "#Kanban", "--mood", "4", "--energy", "3", "--day", "yesterday", "--star",
    )  # fmt: skip
    assert result.code == 0 and result.err == f"lean-journal: created a new, empty journal: {db_path}\n"
    [entry] = entries(db_path)
    assert result.out == f"{entry.short_id}\n"
    assert (entry.title, entry.body, entry.tags) == ("Gemba walk", "Saw the line.", ("gemba", "kanban"))
    assert (entry.mood, entry.energy, entry.starred) == (4, 3, True)
    assert entry.day == date(2026, 11, 23) and entry.created == NOW


def test_add_reads_the_body_from_piped_stdin_and_takes_the_title_from_its_first_line(capsys, db_path):
    piped = "# Morning huddle\n\nThree problems raised.\n"
    assert run_cli(capsys, "--db", str(db_path), "add", "--tag", "huddle", stdin=piped).code == 0
    [entry] = entries(db_path)
    assert (entry.title, entry.body, entry.day) == ("Morning huddle", "Three problems raised.", NOW.date())


def test_add_with_a_title_keeps_all_piped_text_as_the_body(capsys, db_path):
    assert run_cli(capsys, "--db", str(db_path), "add", "Title", stdin="line one\nline two\n").code == 0
    assert [(e.title, e.body) for e in entries(db_path)] == [("Title", "line one\nline two")]


def test_a_piped_first_line_starting_with_a_tag_keeps_its_hash(capsys, db_path):
    assert run_cli(capsys, "--db", str(db_path), "add", stdin="#gemba walk at 8\n").code == 0
    assert [(e.title, e.all_tags) for e in entries(db_path)] == [("#gemba walk at 8", ())]


def test_add_with_nothing_to_add_is_a_usage_error_and_creates_no_file(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "add")
    assert result.code == 2 and len(result.err_lines) == 1 and "nothing to add" in result.err
    assert not db_path.exists()


@pytest.mark.parametrize("command", ["add", "list"])
def test_an_unusable_tag_is_a_bad_flag_one_line_and_exit_2(capsys, db_path, command):
    result = run_cli(capsys, "--db", str(db_path), command, "Title", "--tag", "two words")
    assert result.code == 2 and result.err_lines == [
        "lean-journal: error: argument --tag: tag 'two words' must not contain spaces"
    ]
    assert not db_path.exists()


def test_a_markup_title_is_stored_and_listed_literally(capsys, db_path):
    title = "[/] [@click=app.quit]x[/] [b]bold"
    assert run_cli(capsys, "--db", str(db_path), "add", title).code == 0
    assert entries(db_path)[0].title == title
    assert title in run_cli(capsys, "--db", str(db_path), "list").out


@pytest.fixture
def journal(db_path: Path) -> Path:
    """A journal with three entries on three days."""
    store = Store(db_path, FixedClock(NOW))
    from lean_journal.model import JournalEntry

    def entry(day: str, title: str, **fields) -> JournalEntry:
        return JournalEntry(day=date.fromisoformat(day), title=title, created=NOW, updated=NOW, **fields)

    store.entries.add_many([
        entry("2026-11-24", "Monthly deck sent", tags=("share", "report"), mood=4, starred=True,
              id="a1b2c3d4-0000-4000-8000-000000000001"),
        entry("2026-11-02", "Kanban for the inbox", body="A #kanban board.", energy=2,
              id="b1b2c3d4-0000-4000-8000-000000000002"),
        entry("2026-10-01", "Gemba walk", tags=("gemba",), id="c1b2c3d4-0000-4000-8000-000000000003"),
    ])  # fmt: skip
    return db_path


def test_list_prints_one_line_per_entry_newest_first(capsys, journal):
    result = run_cli(capsys, "--db", str(journal), "list")
    assert result.code == 0 and result.err == ""
    assert result.out.splitlines() == [
        "2026-11-24  a1b2c3d4  ★ Monthly deck sent  #share #report  mood 4",
        "2026-11-02  b1b2c3d4    Kanban for the inbox  #kanban  energy 2",
        "2026-10-01  c1b2c3d4    Gemba walk  #gemba",
    ]


@pytest.mark.parametrize(
    ("flags", "titles"),
    [
        (["-n", "2"], ["Monthly deck sent", "Kanban for the inbox"]),
        (["--from", "2026-11-01"], ["Monthly deck sent", "Kanban for the inbox"]),
        (["--to", "2026-11-02"], ["Kanban for the inbox", "Gemba walk"]),
        (["--from", "2026-10-02", "--to", "yesterday"], ["Kanban for the inbox"]),
        (["--from", "today"], ["Monthly deck sent"]),
        (["--from", "30 days ago", "--to", "3 weeks ago"], ["Kanban for the inbox"]),
        (["--tag", "kanban"], ["Kanban for the inbox"]),
        (["--tag", "#GEMBA"], ["Gemba walk"]),
        (["--starred"], ["Monthly deck sent"]),
        (["inbox", "board"], ["Kanban for the inbox"]),
        (["walk", "nothing-like-this"], []),
    ],
)
def test_list_filters(capsys, journal, flags, titles):
    result = run_cli(capsys, "--db", str(journal), "list", "--json", *flags)
    assert result.code == 0
    assert [e["title"] for e in json.loads(result.out)] == titles


def test_list_json_is_the_model_dictionaries(capsys, journal):
    [first] = json.loads(run_cli(capsys, "--db", str(journal), "list", "--json", "-n", "1").out)
    assert first == entries(journal)[0].to_dict()


def test_list_makes_terminal_control_characters_harmless(capsys, db_path):
    assert run_cli(capsys, "--db", str(db_path), "add", "evil \x1b]0;pwned\x07 title").code == 0
    out = run_cli(capsys, "--db", str(db_path), "list").out
    assert "\x1b" not in out and "\x07" not in out and "evil \ufffd]0;pwned\ufffd title" in out


def test_the_env_variable_names_the_file_and_the_flag_beats_it(capsys, tmp_path):
    env_file, flag_file = tmp_path / "env.json", tmp_path / "flag.json"
    environ = {"LEAN_JOURNAL_DB": str(env_file)}
    assert run_cli(capsys, "add", "from env", environ=environ).code == 0
    assert run_cli(capsys, "--db", str(flag_file), "add", "from flag", environ=environ).code == 0
    assert run_cli(capsys, "add", "flag after command", "--db", str(flag_file), environ=environ).code == 0
    assert [e.title for e in entries(env_file)] == ["from env"]
    assert sorted(e.title for e in entries(flag_file)) == ["flag after command", "from flag"]


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is how platformdirs works on Linux")
def test_the_default_file_is_private_in_the_user_data_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert run_cli(capsys, "add", "first").code == 0
    path = tmp_path / "xdg" / "lean-journal" / "journal.json"
    assert [e.title for e in entries(path)] == ["first"]
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


JRNL_EXPORT = Path(__file__).parent / "fixtures" / "jrnl" / "export.json"
BAD_FILES = {
    "empty": b"",
    "not JSON": b"this is not json",
    "truncated": b'{"_meta": {"meta": {"app": "lean-journal", "schema": 2}}, "entries": {"a',
    "wrong shape": b"[1, 2, 3]",
    "not ours": b'{"other": {}}',
    "newer version": b'{"_meta": {"meta": {"app": "lean-journal", "schema": 99}}}',
}


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
@pytest.mark.parametrize("command", [["list"], ["add", "x"], ["export"], ["import", "{fixture}"]])
def test_an_unusable_file_is_one_line_exit_1_and_left_byte_identical(capsys, db_path, content, command):
    db_path.parent.mkdir(mode=0o700, exist_ok=True)
    db_path.write_bytes(content)
    argv = [str(JRNL_EXPORT) if arg == "{fixture}" else arg for arg in command]
    result = run_cli(capsys, "--db", str(db_path), *argv)
    assert result.code == 1 and result.out == ""
    assert len(result.err_lines) == 1 and str(db_path) in result.err
    assert "Traceback" not in result.err
    assert db_path.read_bytes() == content


def test_an_unusable_file_names_the_newest_backup(capsys, db_path):
    backup = db_path.parent / "backups" / "journal-2026-11-23.json"
    backup.parent.mkdir(parents=True)
    backup.write_bytes(b"{}")
    db_path.write_bytes(b"{trunc")
    result = run_cli(capsys, "--db", str(db_path), "list")
    assert result.code == 1
    [line] = result.err_lines
    assert line.startswith(f"lean-journal: error: {db_path}: is not valid JSON")
    assert line.endswith(f"; newest backup: {backup}")


def test_a_folder_as_the_journal_is_one_line_exit_1(capsys, tmp_path):
    result = run_cli(capsys, "--db", str(tmp_path), "list")
    assert result.code == 1 and len(result.err_lines) == 1 and str(tmp_path) in result.err


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["frobnicate"],
        ["list", "--bogus"],
        ["list", "-n", "0"],
        ["list", "-n", "many"],
        ["list", "--from", "when pigs fly"],
        ["list", "--to", "2026-02-30"],
        ["add", "x", "--day", "2026-13-01"],
        ["add", "x", "--mood", "6"],
        ["add", "x", "--mood", "four"],
        ["add", "x", "--energy", "0"],
        ["add", "x", "--mood"],
        ["export", "--format", "pdf"],
        ["import"],
        ["import", "f.json", "--format", "csv"],
        ["demo", "--out", "x.json"],
        ["demo", "--years", "51", "--out", "x.json"],
        ["demo", "--years", "0", "--out", "x.json"],
        ["--db", "", "list"],
        ["--demo", "list"],
    ],
)
def test_bad_flags_and_values_are_one_line_and_exit_2(capsys, db_path, argv):
    result = run_cli(capsys, "--db", str(db_path), *argv)
    assert result.code == 2 and result.out == ""
    assert len(result.err_lines) == 1 and result.err.startswith("lean-journal: error: ")
    assert not db_path.exists()


def test_version_and_help(capsys):
    assert run_cli(capsys, "--version").out == "lean-journal 0.1.0\n"
    result = run_cli(capsys, "--help")
    assert result.code == 0 and "usage: lean-journal" in result.out and "import" in result.out
    assert run_cli(capsys, "add", "--help").code == 0


def test_ctrl_c_exits_130_without_a_traceback(capsys, db_path, monkeypatch):
    from lean_journal.cli import commands

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "cmd_list", interrupted)
    result = run_cli(capsys, "--db", str(db_path), "list")
    assert result.code == 130 and "Traceback" not in result.err


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flag=st.sampled_from(["--day", "--mood", "--energy"]), value=st.text())
def test_any_text_as_a_day_or_rating_is_accepted_or_refused_in_one_line(capsys, tmp_path, flag, value):
    result = run_cli(capsys, "--db", str(tmp_path / "j.json"), "add", "title", f"{flag}={value}")
    assert result.code in (0, 2), result.err
    assert result.code == 0 or len(result.err_lines) == 1


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["add", "bad \udcff byte"], None),
        (["add", "title", "--body", "\udcff"], None),
        (["add", "title", "--tag", "x\udcff"], None),
        (["add"], "piped \udcff text"),
    ],
)
def test_undecodable_bytes_in_arguments_or_stdin_are_refused_in_one_line(capsys, db_path, argv, stdin):
    result = run_cli(capsys, "--db", str(db_path), *argv, stdin=stdin)
    assert result.code == 2 and len(result.err_lines) == 1 and "UTF-8" in result.err
    assert not db_path.exists()


ANY_CHARACTER = st.characters(blacklist_categories=())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(ANY_CHARACTER), body=st.text(ANY_CHARACTER))
def test_any_title_and_body_is_added_or_refused_in_one_line(capsys, tmp_path, title, body):
    result = run_cli(capsys, "--db", str(tmp_path / "j.json"), "add", "--", title, stdin=body)
    assert result.code in (0, 1, 2), result.err
    assert (result.code == 0 and len(result.out) == 9) or len(result.err_lines) == 1
