"""`lean-journal report`: each format as a real process, -o and --force, bad months, the default month."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import run_cli
from deck_fixture import fixture_store
from pptx import Presentation


def report(db: Path, *argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m lean_journal --db DB report argv...`."""
    return subprocess.run(
        [sys.executable, "-m", "lean_journal", "--db", str(db), "report", *argv],
        capture_output=True, cwd=cwd, timeout=60,
    )  # fmt: skip


@pytest.fixture
def month_db(db_path):
    """The fixture month's journal file."""
    fixture_store(db_path).close()
    return db_path


def test_markdown_to_stdout_by_default(month_db):
    done = report(month_db, "--month", "2026-11")
    assert done.returncode == 0 and done.stderr == b""
    text = done.stdout.decode()
    assert text.startswith("---\nmarp: true\n") and "## Changeovers on line 1" in text


def test_html_to_a_file_then_refused_then_forced(month_db, tmp_path):
    out = tmp_path / "deck.html"
    done = report(month_db, "--month", "2026-11", "--format", "html", "-o", str(out))
    assert done.returncode == 0 and done.stdout.decode() == f"{out}\n"
    assert out.read_text().startswith("<!DOCTYPE html>") and out.stat().st_mode & 0o777 == 0o600
    out.write_text("mine")
    refused = report(month_db, "--month", "2026-11", "--format", "html", "-o", str(out))
    assert refused.returncode == 1 and out.read_text() == "mine"
    assert refused.stderr.decode().splitlines() == [
        f"lean-journal: error: {out} already exists (use --force to overwrite it)"
    ]
    forced = report(month_db, "--month", "2026-11", "--format", "html", "-o", str(out), "--force")
    assert forced.returncode == 0 and out.read_text().startswith("<!DOCTYPE html>")


def test_pptx_without_o_goes_to_the_current_folder(month_db, tmp_path):
    done = report(month_db, "--month", "2026-11", "--format", "pptx", cwd=tmp_path)
    target = tmp_path / "kaizen-2026-11.pptx"
    assert done.returncode == 0 and done.stdout.decode() == f"{target}\n"
    assert "writing the PowerPoint deck to kaizen-2026-11.pptx" in done.stderr.decode()
    assert len(Presentation(io.BytesIO(target.read_bytes())).slides) == 9


@pytest.mark.parametrize("month", ["2026-13", "nov", "2026-1", "0000-05"])
def test_bad_month_is_one_line_and_exit_2(month_db, month):
    done = report(month_db, "--month", month)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2 and done.stdout == b"" and len(lines) == 1
    assert lines[0].startswith(f"lean-journal: error: argument --month: '{month}'")


def test_default_month_is_the_previous_one(capsys, db_path):
    fixture_store(db_path).close()  # the fixed clock of run_cli says 24 Nov 2026: October's report
    result = run_cli(capsys, "--db", str(db_path), "report")
    assert result.code == 0 and "# Kaizen report · October 2026" in result.out


def test_markdown_report_imports_no_pptx_pillow_pygal_or_textual(month_db):
    argv = ["--db", str(month_db), "report", "--month", "2026-11", "-o", f"{month_db}.md"]
    code = (
        "import sys\n"
        "from lean_journal.__main__ import main\n"
        f"code = main({argv!r})\n"
        "heavy = {'pptx', 'PIL', 'pygal', 'textual', 'lxml'}\n"
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines()[-1] == "0 []"


def test_author_is_kept_for_the_next_decks(capsys, db_path):
    fixture_store(db_path, notes=False).close()
    first = run_cli(capsys, "--db", str(db_path), "report", "--month", "2026-11", "--author", " Sam  Roe ")
    assert first.code == 0 and 'author: "Sam Roe"' in first.out and "*Sam Roe · November 2026*" in first.out
    again = run_cli(capsys, "--db", str(db_path), "report", "--month", "2026-11")
    assert 'author: "Sam Roe"' in again.out
    blank = run_cli(capsys, "--db", str(db_path), "report", "--author", "  ")
    assert blank.code == 2 and blank.err_lines == ["lean-journal: error: --author needs a name"]


def test_an_unsigned_deck_says_how_to_sign_it_and_its_file_has_the_clocks_time(capsys, db_path, tmp_path):
    fixture_store(db_path, notes=False).close()
    out = tmp_path / "k.pptx"
    result = run_cli(
        capsys, "--db", str(db_path), "report", "--month", "2026-11", "--format", "pptx", "-o", str(out)
    )
    assert result.code == 0 and result.out == f"{out}\n"
    assert result.err_lines == [
        "lean-journal: no author set: the deck is not signed; "
        "sign it with --author NAME (kept for the next decks)"
    ]
    props = Presentation(io.BytesIO(out.read_bytes())).core_properties
    assert props.created == props.modified == datetime(2026, 11, 24, 9, 30)  # run_cli's clock, not the wall's
    signed = run_cli(capsys, "--db", str(db_path), "report", "--month", "2026-11", "--author", "Sam Roe")
    assert signed.code == 0 and signed.err == ""
