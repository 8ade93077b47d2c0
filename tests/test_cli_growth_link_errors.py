"""`--link` refused: an id that names nothing, two documents, a kind not allowed, or no id at all gets one
line on stderr and a non-zero exit, and the journal (or its absence) is left exactly as it was."""

from __future__ import annotations

import pytest
from cli_helpers import run_cli
from test_cli_growth_links import ADDS
from test_cli_growth_process import run

BAD = [
    ("ffffffff", 1, "'ffffffff': no entry or card has that id"),
    ("entry:{card:.8}", 1, "no entry has that id"),
    ("dddd", 1, "matches 2 documents; type more of the id"),
    ("c0ff", 1, "write it as entry:c0ff or card:c0ff"),
    ("{goal:.8}", 1, "it names a goal, which cannot be linked here"),
    ("{learn:.8}", 1, "it names a learn item, which cannot be linked here"),
    ("{share:.8}", 1, "it names a share item, which cannot be linked here"),
    ("goal:{goal:.8}", 2, "cannot link to a goal here (only entry, card)"),
    ("learned:{learn:.8}", 2, "cannot link to a learn here (only entry, card)"),
    ("share:{share:.8}", 2, "cannot link to a share here (only entry, card)"),
    ("note:1a2b3c4d", 2, "cannot link to a note here"),
    ("1a2", 2, "an id needs at least 4 characters"),
    ("entry:", 2, "an id needs at least 4 characters"),
    ("#", 2, "an id needs at least 4 characters"),
    ("", 2, "needs an id"),
    (" , ", 2, "needs an id"),
]
"""What `--link` is given on `learn add` or `share add`, the exit status, and what the one line says."""
GOAL_BAD = [
    ("{goal:.8}", 1, "it names a goal, which cannot be linked here"),
    ("goal:{goal:.8}", 2, "cannot link to a goal here (only entry, card, share, learn)"),
    ("ffffffff", 1, "no entry or card or share item or learn item has that id"),
    ("dddd", 1, "matches 2 documents"),
    ("note:1a2b3c4d", 2, "cannot link to a note here"),
    ("abc", 2, "an id needs at least 4 characters"),
]
"""The same for `grow add`, whose evidence may be any kind but a goal."""


def assert_refused(result, status: int, words: str) -> None:
    """Exit `status`, nothing on stdout, and exactly one error line saying `words`."""
    assert (result.code, result.out) == (status, ""), result.err
    assert len(result.err_lines) == 1 and result.err.startswith("lean-journal: error: ")
    assert words in result.err and "Traceback" not in result.err


def cases() -> list[tuple[str, str, int, str]]:
    """(command, --link value, status, words) for every command and bad value."""
    rows = [(command, *bad) for command in ("learn", "share") for bad in BAD]
    return rows + [("grow", *bad) for bad in GOAL_BAD]


@pytest.mark.parametrize(("command", "typed", "status", "words"), cases())
def test_a_bad_link_is_refused_in_one_line_and_changes_nothing(
    capsys, db_path, sources, command, typed, status, words
):
    before = db_path.read_bytes()
    good = f"{sources['entry']:.8}"
    result = run_cli(
        capsys, "--db", str(db_path), *ADDS[command], "--link", good, "--link", typed.format(**sources)
    )
    assert_refused(result, status, words)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("command", ADDS)
def test_one_bad_link_in_a_comma_list_refuses_them_all(capsys, db_path, sources, command):
    before = db_path.read_bytes()
    result = run_cli(
        capsys, "--db", str(db_path), *ADDS[command], "--link", f"{sources['entry']:.8},ffffffff"
    )
    assert_refused(result, 1, "'ffffffff'")
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("command", ADDS)
@pytest.mark.parametrize(
    ("typed", "status", "words"),
    [
        ("1a2b3c4d", 1, "no such journal, so no document '1a2b3c4d' in it (nothing was created)"),
        ("entry:1a2b,card:5e6f", 1, "no documents 'entry:1a2b', 'card:5e6f' in it"),
        ("goal:1a2b3c4d", 2, "cannot link to a goal here"),
        ("ab", 2, "an id needs at least 4 characters"),
    ],
)
def test_a_link_into_a_journal_not_there_yet_creates_nothing(capsys, db_path, command, typed, status, words):
    result = run_cli(capsys, "--db", str(db_path), *ADDS[command], "--link", typed)
    assert_refused(result, status, words)
    assert list(db_path.parent.iterdir()) == []


def test_in_a_real_process_a_bad_link_is_one_line_and_no_file(db_path):
    done = run(db_path, "learn", "add", "Go and see", "--link", "1a2b3c4d")
    assert (done.returncode, done.stdout) == (1, "") and len(done.stderr.splitlines()) == 1
    assert list(db_path.parent.iterdir()) == []
    done = run(db_path, "grow", "add", "Coach", "--link", "goal:1a2b3c4d")
    assert (done.returncode, done.stdout) == (2, "") and len(done.stderr.splitlines()) == 1
    assert list(db_path.parent.iterdir()) == []
