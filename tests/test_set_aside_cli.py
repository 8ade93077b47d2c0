"""The CLI on a journal with bad documents, as a real process: it works, warns once, `check` names them."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from set_aside_support import break_documents, healthy_journal, stored_form
from test_cli_process import run

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.store.preview import preview_path

WARNING = "lean-journal: warning: "


@pytest.fixture
def damaged(db_path: Path, clock: FixedClock) -> dict[str, str]:
    """A journal whose newest entry says `mood: 9` and whose first card has an unknown stage."""
    healthy_journal(db_path, clock)
    broken = break_documents(db_path, ("entries", "cards"), pick="newest")
    Store(db_path, clock).entries.all()  # a full read writes the preview, the bad entry in it
    return broken


def one_warning(stderr: str) -> str:
    """The one line on stderr, which must be a warning naming `lean-journal check`."""
    [line] = stderr.splitlines()
    assert line.startswith(WARNING) and "`lean-journal check`" in line
    return line


def test_add_works_warns_once_and_keeps_the_bad_documents_byte_identical(db_path: Path, damaged) -> None:
    """`add` saves; the documents set aside are written back exactly as they were."""
    before = [stored_form(db_path, kind, doc_id) for kind, doc_id in damaged.items()]
    done = run("add", "After the damage", db=db_path)
    assert done.returncode == 0 and len(done.stdout.strip()) == 8
    assert "2 documents" not in one_warning(done.stderr)  # add reads the entries only: it met one
    content = db_path.read_bytes()
    assert all(form in content for form in before)


def test_export_keeps_every_document_and_says_where_the_bad_ones_are(db_path: Path, damaged) -> None:
    """JSON export: the valid documents as usual, those set aside as stored under `set_aside`."""
    done = run("export", db=db_path)
    assert done.returncode == 0
    assert "in this export as stored, under set_aside" in one_warning(done.stderr)
    exported = orjson.loads(done.stdout)
    stored = orjson.loads(db_path.read_bytes())
    held = {(doc["table"], doc["id"]): doc for doc in exported["set_aside"]}
    assert set(held) == {(kind, doc_id) for kind, doc_id in damaged.items()}
    for kind, doc_id in damaged.items():
        assert held[kind, doc_id]["document"] == stored[kind][doc_id]
    assert len(exported["entries"]) == 2 and len(exported["cards"]) == 1 and len(exported["learnings"]) == 2
    markdown = run("export", "--format", "markdown", db=db_path)
    assert markdown.returncode == 0 and "not in this export" in one_warning(markdown.stderr)


def test_an_export_with_documents_set_aside_imports_the_rest_and_says_so(
    db_path: Path, damaged, tmp_path: Path
) -> None:
    """Importing that export elsewhere: the valid documents come in; those set aside are named, not lost."""
    out = tmp_path / "export.json"
    assert run("export", "--out", str(out), db=db_path).returncode == 0
    (tmp_path / "other").mkdir(mode=0o700)  # a journal is created only in an existing folder
    done = run("import", str(out), db=tmp_path / "other" / "journal.json")
    assert done.returncode == 0 and done.stdout.startswith("imported 2 entries, 1 card")
    created, line = done.stderr.splitlines()  # the new journal is announced, then the warning
    assert "created a new, empty journal" in created
    assert line.startswith(WARNING) and "2 documents under set_aside not imported" in line


def test_a_filtered_list_works(db_path: Path, damaged) -> None:
    """`list --tag x` lists the valid tagged entry, with one warning."""
    done = run("list", "--tag", "x", db=db_path)
    assert done.returncode == 0 and "Tagged entry" in done.stdout
    one_warning(done.stderr)


def test_list_n_with_the_bad_entry_in_the_preview_does_not_blame_the_journal(db_path: Path, damaged) -> None:
    """The preview's newest entry is the bad one: the valid entries are listed, and no error is printed."""
    assert damaged["entries"].encode() in preview_path(db_path).read_bytes()
    done = run("list", "-n", "5", db=db_path)
    assert done.returncode == 0
    listed = done.stdout.splitlines()
    assert len(listed) == 2 and "Tagged entry" in listed[0] and "Oldest entry" in listed[1]
    assert "error" not in one_warning(done.stderr)


def test_check_lists_every_document_set_aside_and_exits_1(db_path: Path, damaged) -> None:
    """One line per document: table, id, field, reason; then what being set aside means."""
    done = run("check", db=db_path)
    assert done.returncode == 1 and done.stderr == ""
    lines = done.stdout.splitlines()
    assert [line.split()[:3] for line in lines[:2]] == [
        ["entries", damaged["entries"], "mood"],
        ["cards", damaged["cards"], "stage"],
    ]
    assert "must be from 1 to 5, not 9" in lines[0] and "'nowhere' is not one of" in lines[1]
    assert lines[2].startswith("2 problems: 2 documents set aside (kept unchanged in the file")


def test_check_on_a_healthy_journal_says_so_and_exits_0(db_path: Path, clock: FixedClock) -> None:
    """No problems: one line, exit 0, and the file is not written."""
    healthy_journal(db_path, clock)
    content = db_path.read_bytes()
    done = run("check", db=db_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "no problems\n", "")
    assert db_path.read_bytes() == content


def test_an_import_never_replaces_a_document_set_aside(
    db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """An old export holding a valid version of a document set aside: it is skipped, never merged in."""
    healthy_journal(db_path, clock)
    out = tmp_path / "before.json"
    assert run("export", "--out", str(out), db=db_path).returncode == 0
    broken = break_documents(db_path, ("entries",))
    form = stored_form(db_path, "entries", broken["entries"])
    done = run("import", str(out), db=db_path)
    assert done.returncode == 0 and done.stdout.startswith("imported 0 entries, 0 cards")
    assert "7 already in the journal" in done.stdout
    assert form in db_path.read_bytes()
