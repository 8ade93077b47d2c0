"""The command line as a real process: entry points, exit codes, no Textual, quiet broken pipes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import NOW

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store


def run(*argv: str, db: Path | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `python -m lean_journal argv...` with LEAN_JOURNAL_DB set to `db` (if given)."""
    env = {key: value for key, value in os.environ.items() if key != "LEAN_JOURNAL_DB"}
    if db is not None:
        env["LEAN_JOURNAL_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "lean_journal", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_python_m_help_and_version():
    helped = run("--help")
    assert helped.returncode == 0 and "usage: lean-journal" in helped.stdout
    assert run("--version").stdout == "lean-journal 0.1.0\n"


def test_piped_add_then_list_in_separate_processes(db_path):
    added = run("add", "--tag", "gemba", db=db_path, stdin="Walked the line\nSaw waiting.\n")
    assert added.returncode == 0 and len(added.stdout.strip()) == 8
    listed = run("list", "-n", "5", db=db_path)
    assert listed.returncode == 0 and f"{added.stdout.strip()}    Walked the line  #gemba" in listed.stdout


def test_cli_commands_never_import_textual(db_path):
    """add and list load neither the TUI nor shtab (only `completion` does)."""
    code = (
        "import sys\n"
        "from lean_journal.__main__ import main\n"
        f"codes = [main(['--db', {str(db_path)!r}, 'add', 'x']), main(['--db', {str(db_path)!r}, 'list'])]\n"
        "print(codes, sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'shtab')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines()[-1] == "[0, 0] []"


@pytest.mark.parametrize(
    ("argv", "content", "status"),
    [
        (["list", "--from", "someday"], None, 2),
        (["list", "--from", "05.03.2026"], None, 2),
        (["add", "x", "--day", "5/3"], None, 2),
        (["list", "--from", "2026-03-05", "--to", "2026-01-01"], None, 2),
        (["add", "x", "--tag", "two words"], None, 2),
        (["list", "--tag", "#"], None, 2),
        (["add", "x", "--mood", "9"], None, 2),
        (["nonsense"], None, 2),
        (["list"], b"{broken", 1),
        (["add", "x"], b'{"_meta": {"meta": {"app": "lean-journal", "schema": 99}}}', 1),
    ],
)
def test_errors_are_one_line_with_the_right_status(db_path, argv, content, status):
    if content is not None:
        db_path.parent.mkdir(mode=0o700, exist_ok=True)
        db_path.write_bytes(content)
    done = run(*argv, db=db_path)
    assert done.returncode == status and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("lean-journal: error: ")
    if content is not None:
        assert db_path.read_bytes() == content


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["list", "--from", "05.03.2026"],
            "argument --from: 05.03.2026 is ambiguous: "
            "write 2026-03-05 or 5 Mar 2026, or 2026-05-03 or 3 May 2026",
        ),
        (
            ["list", "--from", "2026-03-05", "--to", "2026-01-01"],
            "--from 2026-03-05 is later than --to 2026-01-01",
        ),
        (["add", "x", "--tag", "two words"], "argument --tag: tag 'two words' must not contain spaces"),
    ],
)
def test_bad_flag_values_say_what_is_wrong_in_one_line(db_path, argv, line):
    done = run(*argv, db=db_path)
    assert (done.returncode, done.stderr) == (2, f"lean-journal: error: {line}\n")
    assert not db_path.exists()


def test_a_date_only_one_way_valid_is_read_that_way(db_path):
    assert run("add", "x", "--day", "25.03.2026", db=db_path).returncode == 0
    assert run("list", "--from", "25.03.2026", "--to", "3/25/2026", db=db_path).stdout.startswith(
        "2026-03-25"
    )


def test_a_closed_pipe_ends_quietly(db_path):
    store = Store(db_path, FixedClock(NOW))
    store.entries.add_many(
        JournalEntry(day=date(2026, 1, 1), title=f"entry number {n} " + "x" * 60, created=NOW, updated=NOW)
        for n in range(3000)
    )
    env = {**os.environ, "LEAN_JOURNAL_DB": str(db_path)}
    with subprocess.Popen(
        [sys.executable, "-m", "lean_journal", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read()
        assert process.wait(timeout=60) == 0
    assert stderr == b""
