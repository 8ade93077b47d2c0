"""`lean-journal add` as a user runs it: text as arguments (jrnl's title rule), piped or heredoc stdin, and
$EDITOR on the default prompt (a stub editor script), in-process and as real processes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli

from lean_journal.cli.capture import split_title
from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.store.prompts import DAILY_REFLECTION


def entries(path: Path) -> list:
    """The entries in the journal at `path`, newest first."""
    return Store(path, FixedClock(NOW)).entries.list()


def editor(tmp_path: Path, text: str | None, name: str = "editor.sh") -> str:
    """A stub editor: a script that saves `text` over the file it is given (None: leaves it as it was),
    and keeps a copy of what it was opened on in `opened.md`."""
    script = tmp_path / name
    save = "" if text is None else f"cat > \"$1\" <<'END_OF_TEXT'\n{text}\nEND_OF_TEXT\n"
    script.write_text(f'#!/bin/sh\ncp "$1" "{tmp_path / "opened.md"}"\n{save}')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("Gemba walk", "Gemba walk", ""),
        ("Went to the gemba. Saw the line stop twice.", "Went to the gemba.", "Saw the line stop twice."),
        ("Why does it stop? Nobody knows.", "Why does it stop?", "Nobody knows."),
        ("Line one. Still the title\nThe body. Two.", "Line one. Still the title", "The body. Two."),
        ("# Morning huddle\n\nThree problems raised.\n", "Morning huddle", "Three problems raised."),
        ("v1.2 shipped", "v1.2 shipped", ""),
    ],
)  # fmt: skip
def test_the_first_line_or_else_the_first_sentence_is_the_title(text, title, body):
    assert split_title(text) == (title, body)


def test_add_text_as_arguments_splits_off_the_first_sentence(capsys, db_path):
    argv = ["add", "Went", "to", "the", "gemba.", "Saw", "the", "line", "stop.", "--date", "24 Nov", "--star"]
    result = run_cli(capsys, "--db", str(db_path), *argv)
    [entry] = entries(db_path)
    assert result.code == 0 and result.out == f"{entry.short_id}\n"
    assert (entry.title, entry.body, entry.day, entry.starred) == (
        "Went to the gemba.",
        "Saw the line stop.",
        date(2026, 11, 24),
        True,
    )


def test_add_with_every_flag(capsys, db_path):
    argv = ["add", "Kanban", "--tag", "flow", "--tag", "#Kanban", "--mood", "4", "--energy", "2"]
    assert run_cli(capsys, "--db", str(db_path), *argv, "--date", "last monday").code == 0
    [entry] = entries(db_path)
    assert (entry.tags, entry.mood, entry.energy, entry.day) == (("flow", "kanban"), 4, 2, date(2026, 11, 23))


def test_add_reads_a_heredoc_on_stdin(capsys, db_path):
    heredoc = "Andon pulled three times\nEach time the same bolt.\n\nCard for it tomorrow.\n"
    assert run_cli(capsys, "--db", str(db_path), "add", "--tag", "andon", stdin=heredoc).code == 0
    [entry] = entries(db_path)
    assert (entry.title, entry.body) == (
        "Andon pulled three times",
        "Each time the same bolt.\n\nCard for it tomorrow.",
    )


def test_add_opens_the_editor_on_the_default_prompt_and_adds_what_was_written(capsys, db_path, tmp_path):
    written = "Coaching kata with Ana. She chose the target herself.\nNext: the first experiment."
    result = run_cli(
        capsys, "--db", str(db_path), "add", "--tag", "kata", environ={"EDITOR": editor(tmp_path, written)}
    )
    assert result.code == 0
    [entry] = entries(db_path)
    assert result.out == f"{entry.short_id}\n"
    assert (entry.title, entry.body, entry.tags) == (
        "Coaching kata with Ana. She chose the target herself.",
        "Next: the first experiment.",
        ("kata",),
    )
    assert (tmp_path / "opened.md").read_text() == f"# {DAILY_REFLECTION.name}\n\n{DAILY_REFLECTION.body}"


def test_visual_wins_over_editor(capsys, db_path, tmp_path):
    environ = {
        "VISUAL": editor(tmp_path, "From VISUAL", "visual.sh"),
        "EDITOR": editor(tmp_path, "From EDITOR"),
    }
    assert run_cli(capsys, "--db", str(db_path), "add", environ=environ).code == 0
    assert [e.title for e in entries(db_path)] == ["From VISUAL"]


@pytest.mark.parametrize("saved", [None, "", "   \n"], ids=["unchanged", "emptied", "blank"])
def test_an_editor_left_unchanged_or_empty_adds_nothing_and_says_so(capsys, db_path, tmp_path, saved):
    run_cli(capsys, "--db", str(db_path), "add", "Already here")
    before = db_path.read_bytes()
    result = run_cli(capsys, "--db", str(db_path), "add", environ={"EDITOR": editor(tmp_path, saved)})
    assert (result.code, result.out) == (0, "")
    assert result.err_lines == ["lean-journal: nothing added: the editor was left empty or unchanged"]
    assert db_path.read_bytes() == before


def test_an_editor_that_fails_is_one_line_and_adds_nothing(capsys, db_path, tmp_path):
    script = tmp_path / "broken.sh"
    script.write_text("#!/bin/sh\nexit 3\n")
    script.chmod(0o700)
    result = run_cli(capsys, "--db", str(db_path), "add", environ={"EDITOR": str(script)})
    assert result.code == 1 and len(result.err_lines) == 1 and "status 3" in result.err
    assert entries(db_path) == []


def test_no_text_no_pipe_and_no_editor_says_how_and_creates_nothing(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "add")
    assert result.code == 2 and len(result.err_lines) == 1 and "$EDITOR" in result.err
    assert not db_path.exists()


def process(
    *argv: str, db: Path, stdin: str | None = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m lean_journal --db DB argv...` as a real process (stdin a pipe holding `stdin`)."""
    environ = {k: v for k, v in os.environ.items() if k not in ("EDITOR", "VISUAL", "LEAN_JOURNAL_DB")}
    return subprocess.run(
        [sys.executable, "-m", "lean_journal", "--db", str(db), *argv],
        input=stdin, capture_output=True, text=True, env={**environ, **(env or {})}, timeout=60,
    )  # fmt: skip


def test_echo_into_add_as_a_process(db_path):
    done = process("add", "--tag", "huddle", db=db_path, stdin="Huddle at nine. Two problems raised.\n")
    [entry] = entries(db_path)
    assert done.returncode == 0 and done.stdout == f"{entry.short_id}\n"
    assert (entry.title, entry.body, entry.tags) == ("Huddle at nine.", "Two problems raised.", ("huddle",))


def test_an_empty_pipe_adds_nothing_as_a_process(db_path):
    done = process("add", db=db_path, stdin="")
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1 and not db_path.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "x", "--date", "05.03.2026"],
        ["add", "x", "--date", "03/05/2026"],
        ["add", "x", "--date", "someday"],
        ["add", "x", "--date"],
        ["add", "x", "--when", "today"],
        ["add", "x", "--mood", "6"],
    ],
)
def test_bad_dates_and_flags_are_one_line_exit_2_and_change_nothing(db_path, argv):
    assert process("add", "first", db=db_path).returncode == 0
    before = db_path.read_bytes()
    done = process(*argv, db=db_path)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("lean-journal: error: ")
    assert db_path.read_bytes() == before


def test_an_ambiguous_date_names_how_to_write_it(db_path):
    done = process("add", "x", "--date", "05.03.2026", db=db_path)
    assert done.stderr == (
        "lean-journal: error: argument --date: 05.03.2026 is ambiguous: "
        "write 2026-03-05 or 5 Mar 2026, or 2026-05-03 or 3 May 2026\n"
    )
