"""`lean-journal report -o FILE`: the format follows FILE's ending, and the journal (through `..` or a
link) and the files kept beside it are never written over, not even with --force."""

from __future__ import annotations

import io
import os

import pytest
from cli_helpers import run_cli
from deck_fixture import fixture_store
from pptx import Presentation


@pytest.fixture
def month_db(db_path):
    """The fixture month's journal file."""
    fixture_store(db_path).close()
    return db_path


def report(capsys, db, *argv):
    """Run `lean-journal --db DB report --month 2026-11 argv...` in-process."""
    return run_cli(capsys, "--db", str(db), "report", "--month", "2026-11", *argv)


def test_pptx_ending_without_format_writes_powerpoint(capsys, month_db, tmp_path):
    out = tmp_path / "k.pptx"
    result = report(capsys, month_db, "-o", str(out))
    assert result.code == 0 and result.out == f"{out}\n"
    assert len(Presentation(io.BytesIO(out.read_bytes())).slides) == 9  # not Markdown named .pptx
    assert report(capsys, month_db, "-o", str(tmp_path / "k.txt")).code == 0  # an unknown ending: Markdown
    assert (tmp_path / "k.txt").read_text().startswith("---\nmarp: true\n")
    assert report(capsys, month_db, "--format", "pptx", "-o", str(tmp_path / "k.bin")).code == 0
    assert len(Presentation(io.BytesIO((tmp_path / "k.bin").read_bytes())).slides) == 9


@pytest.mark.parametrize(
    ("name", "start"),
    [("k.html", "<!DOCTYPE html>"), ("k.HTM", "<!DOCTYPE html>"), ("k.markdown", "---\nmarp: true\n")],
)
def test_html_and_markdown_endings_pick_their_format(capsys, month_db, tmp_path, name, start):
    out = tmp_path / name
    assert report(capsys, month_db, "-o", str(out)).code == 0
    assert out.read_text().startswith(start)


@pytest.mark.parametrize(("fmt", "name"), [("md", "k.pptx"), ("pptx", "k.html"), ("html", "k.md")])
def test_format_and_an_ending_that_disagree_are_refused(capsys, month_db, tmp_path, fmt, name):
    out = tmp_path / name
    result = report(capsys, month_db, "--format", fmt, "-o", str(out))
    assert result.code == 2 and result.out == "" and not out.exists()
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith(
        f"lean-journal: error: --format {fmt}"
    )


def test_the_journal_through_dotdot_is_never_overwritten(capsys, month_db, monkeypatch):
    before = month_db.read_bytes()
    sub = month_db.parent / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    result = report(capsys, month_db, "-o", "../journal.json", "--force")
    assert result.code == 1 and month_db.read_bytes() == before
    assert result.err_lines == [
        "lean-journal: error: ../journal.json is the journal itself; write the deck to another file"
    ]


def test_the_journal_through_a_link_is_never_overwritten(capsys, month_db, tmp_path):
    before = month_db.read_bytes()
    link = tmp_path / "link.json"
    link.symlink_to(month_db)
    result = report(capsys, month_db, "-o", str(link), "--force")
    assert result.code == 1 and month_db.read_bytes() == before
    assert link.is_symlink() and os.path.samefile(link, month_db)
    assert result.err_lines == [
        f"lean-journal: error: {link} is the journal itself; write the deck to another file"
    ]


def test_the_journal_through_a_hard_link_is_never_overwritten(capsys, month_db, tmp_path):
    before = month_db.read_bytes()
    other = tmp_path / "other.json"
    os.link(month_db, other)
    result = report(capsys, month_db, "-o", str(other), "--force")
    assert result.code == 1 and month_db.read_bytes() == before and os.path.samefile(other, month_db)


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("journal.json.lock", "the journal's lock file"),
        ("journal.json.preview", "the journal's preview file"),
        ("journal.json.drafts/new.json", "in the journal's drafts folder"),
        ("backups/journal.json/2026-11-24.json", "in the journal's backups folder"),
    ],
)
def test_the_files_beside_the_journal_are_never_written(capsys, month_db, name, what):
    target = month_db.parent / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("kept")
    result = report(capsys, month_db, "-o", str(target), "--force")
    assert result.code == 1 and "marp: true" not in target.read_text()  # the store may refresh its preview
    assert result.err_lines == [f"lean-journal: error: {target} is {what}; write the deck to another file"]
