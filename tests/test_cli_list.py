"""`lean-journal list` as a user runs it: every filter, every format, colour only on a terminal without
NO_COLOR, user text harmless, and one-line errors for bad dates."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store

ESC = "\x1b"


@pytest.fixture
def journal(db_path: Path) -> Path:
    """Four entries: two on 24 Nov 2026, one on 2 Nov, one on 1 Oct; tags, a star, ratings, hostile text."""
    store = Store(db_path, FixedClock(NOW))

    def entry(day: str, title: str, n: int, **fields) -> JournalEntry:
        moment = NOW.replace(hour=8 + n)
        return JournalEntry(
            day=date.fromisoformat(day), title=title, created=moment, updated=moment,
            id=f"{n}0000000-0000-4000-8000-00000000000{n}", **fields,
        )  # fmt: skip

    store.entries.add_many([
        entry("2026-11-24", "Deck sent", 1, tags=("share", "report"), mood=4, starred=True),
        entry("2026-11-24", "Line stop at cell B", 2, body="The andon rang. #kanban", tags=("andon",)),
        entry("2026-11-02", "Kanban for the inbox", 3, body="A #kanban board for the line stop list.",
              energy=2),
        entry("2026-10-01", "Gemba \x1b]0;pwned\x07 walk", 4, tags=("gemba", "andon")),
    ])  # fmt: skip
    return db_path


def titles(capsys, journal: Path, *flags: str) -> list[str]:
    """The titles `list --format json` prints with these flags, in order."""
    result = run_cli(capsys, "--db", str(journal), "list", "--format", "json", *flags)
    assert result.code == 0, result.err
    return [e["title"] for e in json.loads(result.out)]


HOSTILE = "Gemba \x1b]0;pwned\x07 walk"


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ([], ["Line stop at cell B", "Deck sent", "Kanban for the inbox", HOSTILE]),
        (["-n", "2"], ["Line stop at cell B", "Deck sent"]),
        (["-n", "2", "--reverse"], ["Deck sent", "Line stop at cell B"]),
        (["--reverse"], [HOSTILE, "Kanban for the inbox", "Deck sent", "Line stop at cell B"]),
        (["--on", "2026-11-24"], ["Line stop at cell B", "Deck sent"]),
        (["--on", "today"], ["Line stop at cell B", "Deck sent"]),
        (["--on", "2 Nov"], ["Kanban for the inbox"]),
        (["--from", "2026-11-01"], ["Line stop at cell B", "Deck sent", "Kanban for the inbox"]),
        (["--to", "2 Nov 2026"], ["Kanban for the inbox", HOSTILE]),
        (["--from", "1 Oct", "--to", "yesterday"], ["Kanban for the inbox", HOSTILE]),
        (["--tag", "andon"], ["Line stop at cell B", HOSTILE]),
        (["--tag", "kanban"], ["Line stop at cell B", "Kanban for the inbox"]),
        (["--tag", "andon", "--tag", "#Kanban"], ["Line stop at cell B"]),
        (["--tag", "andon", "--tag", "gemba", "-n", "1"], [HOSTILE]),
        (["--contains", "line stop"], ["Line stop at cell B", "Kanban for the inbox"]),
        (["--contains", "LINE STOP", "-n", "1", "--reverse"], ["Line stop at cell B"]),
        (["--contains", "stop line"], []),
        (["--contains", "andon"], ["Line stop at cell B", HOSTILE]),
        (["--starred"], ["Deck sent"]),
        (["--starred", "--tag", "andon"], []),
        (["inbox", "board"], ["Kanban for the inbox"]),
    ],
)
def test_each_filter(capsys, journal, flags, expected):
    assert titles(capsys, journal, *flags) == expected


def test_json_is_a_shorthand_for_format_json(capsys, journal):
    shorthand = run_cli(capsys, "--db", str(journal), "list", "--json", "-n", "1").out
    assert shorthand == run_cli(capsys, "--db", str(journal), "list", "--format", "json", "-n", "1").out
    [first] = json.loads(shorthand)
    assert first == Store(journal, FixedClock(NOW)).entries.list()[0].to_dict()


def test_text_is_one_harmless_line_per_entry_with_no_escape_codes_in_a_pipe(capsys, journal):
    result = run_cli(capsys, "--db", str(journal), "list")
    assert result.code == 0 and ESC not in result.out
    assert result.out.splitlines() == [
        "2026-11-24  20000000    Line stop at cell B  #andon #kanban",
        "2026-11-24  10000000  ★ Deck sent  #share #report  mood 4",
        "2026-11-02  30000000    Kanban for the inbox  #kanban  energy 2",
        "2026-10-01  40000000    Gemba \ufffd]0;pwned\ufffd walk  #gemba #andon",
    ]


def test_markdown_has_a_heading_per_day_in_the_order_listed_and_is_harmless(capsys, journal):
    out = run_cli(
        capsys, "--db", str(journal), "list", "--format", "md", "--reverse", "--to", "2026-11-02"
    ).out
    assert ESC not in out and "\x07" not in out
    assert out == (
        "## 2026-10-01, Thursday\n\n### Gemba \ufffd]0;pwned\ufffd walk\n\n*#gemba #andon*\n\n"
        "## 2026-11-02, Monday\n\n### Kanban for the inbox\n\n*energy 2*\n\n"
        "A #kanban board for the line stop list.\n"
    )


def on_a_terminal(journal: Path, environ: dict[str, str]) -> str:
    """What `list` prints on a pseudo-terminal, with these environment variables."""
    master, slave = pty.openpty()
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    process = subprocess.Popen(
        [sys.executable, "-m", "lean_journal", "--db", str(journal), "list"],
        stdout=slave, stderr=slave, env={**env, **environ},
    )  # fmt: skip
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert process.wait(timeout=60) == 0
    return shown.decode()


def test_a_terminal_gets_colour_and_only_our_escape_codes(journal):
    shown = on_a_terminal(journal, {})
    assert f"{ESC}[1mDeck sent{ESC}[0m" in shown
    assert "]0;pwned" in shown and f"{ESC}]0;pwned" not in shown and "\x07" not in shown


def test_no_color_turns_colour_off_on_a_terminal(journal):
    shown = on_a_terminal(journal, {"NO_COLOR": "1"})
    assert ESC not in shown and "Deck sent" in shown


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--on", "05.03.2026"], "argument --on: 05.03.2026 is ambiguous: "
                                 "write 2026-03-05 or 5 Mar 2026, or 2026-05-03 or 3 May 2026"),
        (["--from", "03/05/2026"], "argument --from: 03/05/2026 is ambiguous: "
                                   "write 2026-05-03 or 3 May 2026, or 2026-03-05 or 5 Mar 2026"),
        (["--to", "the day after never"], "argument --to: Not a date: 'the day after never'; "
                                          "try 2026-03-05, yesterday, 3 days ago or last monday."),
        (["--on", "today", "--from", "yesterday"], "--on names one day; it does not go with --from or --to"),
        (["--from", "today", "--to", "yesterday"], "--from 2026-11-24 is later than --to 2026-11-23"),
        (["--format", "csv"], "argument --format: invalid choice: 'csv' (choose from 'text', 'json', 'md')"),
        (["--json", "--format", "md"], "--json is --format json; it does not go with --format md"),
        (["--from"], "argument --from: expected one argument"),
        (["--since", "today"], "unrecognized arguments: --since"),
    ],
)  # fmt: skip
def test_bad_dates_and_flags_are_one_line_and_exit_2(capsys, journal, flags, message):
    before = journal.read_bytes()
    result = run_cli(capsys, "--db", str(journal), "list", *flags)
    assert (result.code, result.out, result.err) == (2, "", f"lean-journal: error: {message}\n")
    assert journal.read_bytes() == before
