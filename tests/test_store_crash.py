"""Kill -9 during saves: the file always parses and holds every acknowledged save.

A reduced number of kills runs by default; set LEAN_JOURNAL_CRASH_KILLS=200 for the full figure.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store, fileio

WORKER = Path(__file__).parent / "store_worker.py"
KILLS = int(os.environ.get("LEAN_JOURNAL_CRASH_KILLS", "8"))


def several_megabytes(store: Store) -> None:
    """Fill the file with about 4 MB of entries in one save."""
    now = store.clock.now()
    body = "Went to see with my own eyes. " * 60
    with store.batch():
        store.entries.add_many(
            JournalEntry(day=now.date(), title=f"filler {n}", body=body, created=now, updated=now)
            for n in range(2200)
        )


def run_until_killed(path: Path, seed: int, rng: random.Random) -> list[list[str]]:
    """Start a chaos writer, kill it with SIGKILL at a random moment, return its lines."""
    child = subprocess.Popen(
        [sys.executable, str(WORKER), "chaos", str(path), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    first: list[str] = []
    while not first or not first[-1].startswith("A"):  # one save acknowledged, however loaded the machine
        line = child.stdout.readline()
        assert line.endswith("\n"), "the worker stopped before its first save"
        first.append(line)
    time.sleep(rng.uniform(0.0, 0.4))  # a random moment to kill: any one is fine, none must be reached
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    complete = [line.rstrip("\n") for line in first] + out.split("\n")[:-1]  # a cut line: never acknowledged
    return [line.split() for line in complete]


def titles_on_disk(path: Path) -> dict[str, str]:
    """Parse the file directly (no store) and map entry ids to titles."""
    data = orjson.loads(path.read_bytes())
    return {doc_id: doc["title"] for doc_id, doc in data["entries"].items()}


def check_acknowledged(lines: list[list[str]], titles: dict[str, str], expected: dict[str, int]) -> None:
    """Every acknowledged save is on disk; the one in flight may or may not be."""
    in_flight = None
    for line in lines:
        kind, op, doc_id, version = line[0], line[1], line[2], int(line[3])
        if kind == "B":
            in_flight = doc_id
            continue
        in_flight = None
        expected[doc_id] = -1 if op == "delete" else version
    for doc_id, version in expected.items():
        if doc_id == in_flight:
            continue
        if version == -1:
            assert doc_id not in titles, f"acknowledged delete of {doc_id} lost"
        else:
            assert doc_id in titles, f"acknowledged save of {doc_id} lost"
            assert titles[doc_id] == f"chaos v{version}", f"acknowledged update of {doc_id} lost"
    if in_flight is not None:
        settle(in_flight, titles, expected)


def settle(doc_id: str, titles: dict[str, str], expected: dict[str, int]) -> None:
    """Record how the save that was in flight at the kill ended up (either outcome is fine)."""
    title = titles.get(doc_id)
    if title is None:
        expected[doc_id] = -1
    elif title.startswith("chaos v"):
        expected[doc_id] = int(title.split("v")[-1])
    else:
        expected.pop(doc_id, None)


def test_sigkill_during_saves_never_corrupts_or_loses_acknowledged_saves(
    db_path: Path, clock: FixedClock
) -> None:
    """Many kills at random moments: the file parses and every acknowledged save is there."""
    store = Store(db_path, clock)
    several_megabytes(store)
    assert db_path.stat().st_size > 3_000_000
    rng = random.Random(2026)
    expected: dict[str, int] = {}
    acknowledged = 0
    for seed in range(KILLS):
        lines = run_until_killed(db_path, seed, rng)
        acknowledged += sum(1 for line in lines if line[0] == "A")
        check_acknowledged(lines, titles_on_disk(db_path), expected)
        Store(db_path, clock)
    assert acknowledged > 0
    leftovers = list(db_path.parent.glob(fileio.temp_prefix(db_path) + "*"))
    assert leftovers == []
