"""`learn`, `share` and `grow` as real processes: each command from arguments, and bad input refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m lean_journal --db db argv...` without colour settings from the outer environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("LEAN_JOURNAL_DB", "NO_COLOR")}
    return subprocess.run(
        [sys.executable, "-m", "lean_journal", "--db", str(db), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def short_id(done: subprocess.CompletedProcess[str]) -> str:
    """The short id an `add` printed (it must have succeeded)."""
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip()) == 8
    return done.stdout.strip()


def test_learn_and_share_round_trip_through_separate_processes(db_path):
    old = short_id(
        run(db_path, "learn", "add", "Go and see", "--date", "2020-01-06", "--source-kind", "book")
    )
    other = short_id(
        run(db_path, "learn", "add", "Stop to fix", "--date", "2020-01-07", "--insight", "Jidoka")
    )
    listed = run(db_path, "learn", "list", "--debt")
    assert listed.returncode == 0 and [line.split()[1] for line in listed.stdout.splitlines()] == [other, old]
    assert "not shared, " in listed.stdout and "\x1b" not in listed.stdout
    shared = short_id(
        run(
            db_path,
            "share",
            "add",
            "Jidoka talk",
            "--to",
            "team",
            "--via",
            "talk",
            "--passes",
            f"{old},learned:{other}",
        )
    )
    nothing = run(db_path, "learn", "list", "--debt")
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (0, "", "")  # stderr no terminal: silent
    lessons = json.loads(run(db_path, "learn", "list", "--json").stdout)
    assert [item["title"] for item in lessons] == ["Stop to fix", "Go and see"]
    assert all("share_debt_days" not in item for item in lessons)
    shares = run(db_path, "share", "list")
    assert shares.returncode == 0 and shares.stdout.split()[1:4] == [shared, "talk", "to"]
    [share] = json.loads(run(db_path, "share", "list", "--json").stdout)
    assert share["passes"] == [lessons[1]["id"], lessons[0]["id"]] and share["channel"] == "talk"


def test_grow_add_tick_and_list_in_separate_processes(db_path):
    steps = ("--milestone", "Pick two people", "--milestone", "First A3", "--milestone", "Second A3")
    goal = short_id(
        run(db_path, "grow", "add", "Coach two people in A3 thinking", "--target", "2099-01-01", *steps)
    )
    assert run(db_path, "grow", "tick", goal, "1").stdout == 'ticked 1 "Pick two people" · 1/3\n'
    assert run(db_path, "grow", "tick", f"goal:{goal[:6]}", "2").stdout == 'ticked 2 "First A3" · 2/3\n'
    assert run(db_path, "grow", "untick", f"#{goal}", "1").stdout == 'unticked 1 "Pick two people" · 1/3\n'
    assert run(db_path, "grow", "tick", goal, "1").stdout == 'ticked 1 "Pick two people" · 2/3\n'
    listed = run(db_path, "grow", "list")
    assert listed.returncode == 0 and listed.stdout.split()[:4] == [goal, "active", "2/3", "2099-01-01"]
    assert "days left" in listed.stdout
    [data] = json.loads(run(db_path, "grow", "list", "--json").stdout)
    assert data["progress"] == {"done": 2, "total": 3} and data["title"] == "Coach two people in A3 thinking"


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["learn", "add", "x", "--date", "the day after never"], 2),
        (["learn", "add", "x", "--source-kind", "podcast"], 2),
        (["learn", "add", ""], 2),
        (["share", "add", "x", "--to", "team", "--via", "fax"], 2),
        (["share", "add", "x", "--to", "team", "--passes", "0000ffff"], 1),
        (["grow", "add", "x", "--target", "31.31.2026"], 2),
        (["grow", "tick", "0000ffff", "1"], 1),
        (["grow", "tick", "{goal}", "2"], 1),
        (["grow", "list", "--debt"], 2),
    ],
)
def test_bad_input_in_a_real_process_is_one_line_and_leaves_the_file_byte_identical(db_path, argv, status):
    goal = short_id(run(db_path, "grow", "add", "Listen to the end", "--milestone", "One week"))
    before = db_path.read_bytes()
    done = run(db_path, *(arg.format(goal=goal) for arg in argv))
    assert done.returncode == status and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("lean-journal: error: ")
    assert db_path.read_bytes() == before
