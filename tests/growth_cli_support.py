"""Shared by the `learn`/`share`/`grow` CLI tests: run an add, reopen the file, seed lessons and a goal."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli

from lean_journal.clock import FixedClock
from lean_journal.store import Store

WOMACK = "Gemba Walks (Jim Womack)"


def opened(path: Path) -> Store:
    """The journal file as a new process would open it."""
    return Store(path, FixedClock(NOW))


def added(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> str:
    """Run an `add` that must succeed; its short id."""
    result = run_cli(capsys, "--db", str(db), *argv)
    assert result.code == 0, result.err
    assert len(result.out.strip()) == 8
    return result.out.strip()


def seed_lessons(capsys: pytest.CaptureFixture[str], db_path: Path) -> dict[str, str]:
    """Three lessons 20, 14 and 13 days old, one not worth sharing (40 days): short ids by name."""
    return {
        "old": added(
            capsys,
            db_path,
            "learn",
            "add",
            "Go and see",
            "--date",
            "2026-11-04",
            "--source-kind",
            "book",
            "--source",
            WOMACK,
        ),
        "edge": added(capsys, db_path, "learn", "add", "Stop to fix", "--date", "2026-11-10"),
        "new": added(capsys, db_path, "learn", "add", "Standard work first", "--date", "2026-11-11"),
        "private": added(
            capsys, db_path, "learn", "add", "My own habit", "--date", "2026-10-15", "--not-worth-sharing"
        ),
    }


def seed_goal(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    """A goal with three milestones, due in 37 days: its short id."""
    return added(
        capsys,
        db_path,
        "grow",
        "add",
        "Be the leader you want",
        "--why",
        "The team copies what I do.",
        "--target",
        "2026-12-31",
        "--milestone",
        "Ask before telling",
        "--milestone",
        "On the floor daily",
        "--milestone",
        "Coach Ana through an A3",
        "--tag",
        "leadership",
    )


SOURCES = {
    "entry": "1a2b3c4d-0000-4000-8000-000000000001",
    "card": "5e6f7a8b-0000-4000-8000-000000000002",
    "goal": "9090aaaa-0000-4000-8000-000000000003",
    "learn": "7070bbbb-0000-4000-8000-000000000004",
    "share": "6060cccc-0000-4000-8000-000000000005",
    "twin entry": "c0ffee00-0000-4000-8000-000000000006",
    "twin card": "c0ffee11-0000-4000-8000-000000000007",
    "entry a": "dddd0000-0000-4000-8000-000000000008",
    "entry b": "dddd1111-0000-4000-8000-000000000009",
}
"""The ids `seed_sources` gives: one of each kind, an entry and a card sharing `c0ff`, two entries `dddd`."""


def seed_sources(db_path: Path) -> dict[str, str]:
    """A journal holding a document of every kind a link names, and ids shared by two: SOURCES."""
    from lean_journal.model import Card, Goal, JournalEntry, Learning, Share

    store = opened(db_path)
    today = NOW.date()
    for name in ("entry", "twin entry", "entry a", "entry b"):
        store.entries.add(JournalEntry(today, f"Entry {name}", NOW, NOW, id=SOURCES[name]))
    for name in ("card", "twin card"):
        store.cards.add(Card(f"Card {name}", NOW, NOW, id=SOURCES[name]))
    store.goals.add(Goal("A goal", NOW, NOW, id=SOURCES["goal"]))
    store.learnings.add(Learning("A lesson", today, NOW, NOW, id=SOURCES["learn"]))
    store.shares.add(Share("A talk", today, NOW, NOW, audience="team", id=SOURCES["share"]))
    store.close()
    return SOURCES
