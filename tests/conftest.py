"""Shared fixtures: a fixed clock, a store in tmp_path, and a one-year demo journal."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lean_journal.clock import FixedClock
from lean_journal.store import Store

TODAY = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    """A clock stopped at 2026-11-24 09:30 UTC."""
    return FixedClock(TODAY)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's journal file lives (inside a private folder that exists: the CLI creates a new
    journal only in an existing folder)."""
    path = tmp_path / "data" / "journal.json"
    path.parent.mkdir(mode=0o700)
    return path


@pytest.fixture
def store(db_path: Path, clock: FixedClock) -> Store:
    """A fresh, empty store."""
    return Store(db_path, clock)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-year demo journal, made once per test session; copy it before use."""
    from lean_journal.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "journal.json"
    write_demo(Store(path, FixedClock(TODAY)), years=1, seed=7)
    return path


@pytest.fixture
def demo_store(demo_master: Path, db_path: Path, clock: FixedClock) -> Store:
    """A private copy of the one-year demo journal, opened with the fixed clock."""
    db_path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    shutil.copyfile(demo_master, db_path)
    return Store(db_path, clock)


@pytest.fixture
def lessons(capsys: pytest.CaptureFixture[str], db_path: Path) -> dict[str, str]:
    """For the growth CLI tests: lessons 20, 14 and 13 days old and one not worth sharing, added with
    `learn add`: short ids by name."""
    from growth_cli_support import seed_lessons

    return seed_lessons(capsys, db_path)


@pytest.fixture
def goal(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    """For the growth CLI tests: a goal with three milestones, added with `grow add`: its short id."""
    from growth_cli_support import seed_goal

    return seed_goal(capsys, db_path)


@pytest.fixture
def sources(db_path: Path) -> dict[str, str]:
    """For the `--link` CLI tests: a journal with a document of every kind and two ids each shared by two
    documents (growth_cli_support.SOURCES): full ids by name."""
    from growth_cli_support import seed_sources

    return seed_sources(db_path)
