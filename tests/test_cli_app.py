"""Opening the app from the command line, `--demo`, and the `demo` command (the app's run is stubbed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_cli

from lean_journal.cli import tui
from lean_journal.store import Store


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Store, str | None, bool]]:
    """Stub the app: record each store it would show, its label, and whether its file existed then."""
    calls: list[tuple[Store, str | None, bool]] = []

    def fake_run_app(store: Store, clock, file_label: str | None = None) -> int:
        calls.append((store, file_label, store.path.exists()))
        return 0

    monkeypatch.setattr(tui, "run_app", fake_run_app)
    return calls


def test_no_command_opens_the_app_on_the_journal_file(capsys, db_path, opened):
    assert run_cli(capsys, "--db", str(db_path)).code == 0
    [(store, label, existed)] = opened
    assert store.path == db_path and label is None and existed


def test_no_command_on_an_unusable_file_is_one_line_and_never_opens_the_app(capsys, db_path, opened):
    db_path.parent.mkdir(mode=0o700, exist_ok=True)
    db_path.write_bytes(b"\x00\x01garbage")
    result = run_cli(capsys, "--db", str(db_path))
    assert result.code == 1 and len(result.err_lines) == 1 and opened == []
    assert db_path.read_bytes() == b"\x00\x01garbage"


def test_demo_flag_opens_a_temporary_demo_and_never_touches_the_users_file(capsys, tmp_path, opened):
    pytest.importorskip("lean_journal.demo")
    mine = tmp_path / "mine" / "journal.json"
    assert run_cli(capsys, "--db", str(mine), "--demo", environ={"LEAN_JOURNAL_DB": str(mine)}).code == 0
    [(store, label, existed)] = opened
    assert existed and store.path != mine and len(store.entries) > 100
    assert label == tui.DEMO_LABEL
    assert not mine.exists() and not mine.parent.exists()
    assert not store.path.parent.exists(), "the temporary demo folder is removed afterwards"


def test_demo_flag_leaves_an_existing_file_byte_identical(capsys, db_path, opened):
    pytest.importorskip("lean_journal.demo")
    run_cli(capsys, "--db", str(db_path), "add", "my own entry")
    before = db_path.read_bytes()
    assert run_cli(capsys, "--db", str(db_path), "--demo").code == 0
    assert db_path.read_bytes() == before


def test_demo_command_writes_a_new_journal_and_refuses_an_existing_file(capsys, tmp_path):
    pytest.importorskip("lean_journal.demo")
    out = tmp_path / "demo" / "journal.json"
    result = run_cli(capsys, "demo", "--years", "1", "--out", str(out), "--seed", "3")
    assert result.code == 0 and str(out) in result.out and "entries" in result.out
    assert len(Store(out).entries) > 100
    before = out.read_bytes()
    again = run_cli(capsys, "demo", "--years", "1", "--out", str(out))
    assert again.code == 1 and len(again.err_lines) == 1 and "already exists" in again.err
    assert out.read_bytes() == before


def test_run_app_builds_the_real_app_with_the_store_clock_and_label(monkeypatch, db_path, clock):
    from lean_journal.tui import app as app_module

    seen: dict[str, object] = {}

    def fake_run(self) -> None:
        seen.update(store=self.store, clock=self.clock, label=self.file_label)

    monkeypatch.setattr(app_module.LeanJournalApp, "run", fake_run)
    store = Store(db_path, clock)
    assert tui.run_app(store, clock, file_label="demo") == 0
    assert seen == {"store": store, "clock": clock, "label": "demo"}


def test_demo_out_path_is_expanded(capsys, tmp_path, monkeypatch):
    pytest.importorskip("lean_journal.demo")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run_cli(capsys, "demo", "--years", "1", "--out", "~/d.json").code == 0
    assert (Path(tmp_path) / "d.json").exists()
