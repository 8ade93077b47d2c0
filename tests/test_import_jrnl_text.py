"""`import` of jrnl's plain-text journal file: the same entries as jrnl's own JSON export of it."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from process_helpers import run_process

from lean_journal.clock import FixedClock
from lean_journal.exchange.jrnl import read_jrnl
from lean_journal.exchange.jrnl_text import is_jrnl_text, read_jrnl_text, split_title
from lean_journal.exchange.ours import ImportFormatError
from lean_journal.model import JournalEntry
from lean_journal.store import Store

HERE = Path(__file__).parent / "fixtures" / "jrnl"
SHARED = Path("/work/shared/fixtures/jrnl")
PAIRS = [
    (HERE / "journal.txt", HERE / "export.json"),  # the shared fixtures, written by jrnl 4.6
    (HERE / "edge.txt", HERE / "edge-export.json"),
    (HERE / "edge-24h.txt", HERE / "edge-24h-export.json"),
]
JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '{timeformat}'
version: v4.6
"""


def facts(entry: JournalEntry) -> tuple[object, ...]:
    """What a user sees of an entry: day, time to the minute, title, body, tags (any order), star."""
    time = entry.created.strftime("%H:%M")
    return (entry.day, time, entry.title, entry.body, tuple(sorted(entry.tags)), entry.starred)


def imported(capsys, db: Path, source: Path) -> list[JournalEntry]:
    """Import `source` into a new journal `db` and return its entries, oldest first."""
    result = run_cli(capsys, "--db", str(db), "import", str(source))
    assert result.code == 0, result.err
    return sorted(Store(db, FixedClock(NOW)).entries.all(), key=lambda e: (e.created, e.id))


def test_the_shared_fixtures_are_the_ones_in_tests():
    if not SHARED.is_dir():
        pytest.skip("no shared fixtures here")
    for name in ("journal.txt", "export.json"):
        assert (SHARED / name).read_bytes() == (HERE / name).read_bytes()


@pytest.mark.parametrize(("text", "export"), PAIRS, ids=lambda p: p.name)
def test_a_jrnl_text_file_imports_as_the_same_entries_as_its_json_export(capsys, tmp_path, text, export):
    from_text = imported(capsys, tmp_path / "text.json", text)
    from_json = imported(capsys, tmp_path / "json.json", export)
    assert sorted(map(facts, from_text)) == sorted(map(facts, from_json))
    assert {e.id for e in from_text} == {e.id for e in from_json}  # so importing both adds nothing twice


def test_the_edge_cases_keep_stars_tags_brackets_emoji_and_same_minute_entries(capsys, tmp_path):
    entries = imported(capsys, tmp_path / "j.json", HERE / "edge.txt")
    by_title: dict[str, list[JournalEntry]] = {}
    for entry in entries:
        by_title.setdefault(entry.title, []).append(entry)
    assert len(entries) == 9 and len(by_title["Same minute, second."]) == 2  # identical entries both kept
    last = by_title["Last entry of the year!"][0]
    assert last.starred and last.created == datetime(2025, 12, 31, 23, 59).astimezone()
    first = by_title["First minute of the year."][0]
    assert (str(first.day), first.created.hour) == ("2026-01-01", 0)
    assert set(first.tags) == {"team", "kaizen", "multi-word-tag"}
    odd = by_title["Brackets [like this] and [/] and [@click=app.quit]x[/] 🎯🚀"][0]
    assert "[not a date] stays in the body," in odd.body and "\n\n\nParagraph" in odd.body
    assert "tab\tinside" in odd.body and "🧘" in odd.body
    assert by_title["Starred with space before the star"][0].starred


def test_importing_the_text_twice_adds_nothing(capsys, db_path):
    run_cli(capsys, "--db", str(db_path), "import", str(HERE / "edge.txt"))
    before = db_path.read_bytes()
    again = run_cli(capsys, "--db", str(db_path), "import", str(HERE / "edge.txt"))
    assert again.code == 0 and again.out.startswith("imported 0 entries") and "9 already" in again.out
    also_json = run_cli(capsys, "--db", str(db_path), "import", str(HERE / "edge-export.json"))
    assert also_json.out.startswith("imported 0 entries") and db_path.read_bytes() == before


def test_dry_run_writes_nothing_not_even_a_new_journal(tmp_path):
    db = tmp_path / "new.json"
    done = run_process("import", "--dry-run", str(HERE / "journal.txt"), db=db)
    assert done.returncode == 0 and done.stdout.startswith("would import 4 entries")
    assert not db.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--from", "dayone"], "is a jrnl journal file, not a Day One export"),
        (["--from", "json"], "is a jrnl journal file, not JSON"),
        (["--format", "lean-journal"], "is a jrnl journal file, not JSON"),
    ],
)
def test_a_file_that_is_not_what_from_says_is_one_line_and_changes_nothing(db_path, argv, words):
    Store(db_path, FixedClock(NOW))
    before = db_path.read_bytes()
    done = run_process("import", *argv, str(HERE / "journal.txt"), db=db_path)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and words in done.stderr
    assert db_path.read_bytes() == before


def test_from_jrnl_on_something_else_is_one_line(db_path, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("just some notes\n[2026-01-01 09:00] later\n")
    done = run_process("import", "--from", "jrnl", str(other), db=db_path)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "expected a jrnl journal" in done.stderr
    assert not db_path.exists()


def test_split_title_follows_jrnl():
    assert split_title("One. Two.") == ("One.", "Two.")
    assert split_title("One. Two.\nThree") == ("One. Two.", "Three")
    assert split_title("No end") == ("No end", "")
    assert split_title("Quoted!\u201d) rest") == ("Quoted!\u201d)", "rest")


def test_text_before_the_first_entry_or_no_entry_is_not_a_jrnl_journal():
    assert not is_jrnl_text("hello\n[2026-01-01 09:00] x")
    assert is_jrnl_text("\ufeff[2026-01-01 09:00] x")
    with pytest.raises(ImportFormatError):
        read_jrnl_text("[2026-13-01 09:00] not a date")


def test_jrnl_itself_reads_a_journal_written_here_as_we_do(tmp_path):
    """Run jrnl 4.6 on a journal written in this test and compare its JSON export with our import."""
    jrnl = shutil.which("jrnl")
    if jrnl is None:
        pytest.skip("jrnl is not installed")
    journal = tmp_path / "journal.txt"
    journal.write_text(
        "[2026-05-01 07:00] Kata coaching. Asked the five questions *\n@Ana improved #flow.\n\n"
        "[2026-05-01 07:00] Kata coaching. Asked the five questions *\n@Ana improved #flow.\n\n"
        "[2026-05-02 21:30] [Late] note (with brackets) ✨\nLine two\n\nLine four #Review\n"
    )
    config = tmp_path / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(journal=journal, timeformat="%Y-%m-%d %H:%M"))
    done = subprocess.run(
        [jrnl, "--config-file", str(config), "--export", "json"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    theirs = read_jrnl(json.loads(done.stdout))
    ours = read_jrnl_text(journal.read_text())
    assert [facts(e) for e in ours] == [facts(e) for e in theirs] and len(ours) == 3
    assert [e.id for e in ours] == [e.id for e in theirs]


def test_the_progress_bar_shows_only_on_a_terminal_and_for_many_entries(monkeypatch):
    import io

    from lean_journal.cli import importing
    from lean_journal.exchange.jrnl import as_is

    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert importing.walker() is as_is

    class Terminal(io.StringIO):
        """A stderr that says it is a terminal."""

        def isatty(self) -> bool:
            """Always."""
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    each = importing.walker()
    few = list(range(3))
    assert each(few) is few
    many = list(range(importing.PROGRESS_FROM))
    assert list(each(many)) == many


NOISE = st.text(alphabet=st.sampled_from("[]2026-01 09:30AMPM*#@.!\n \t🎯x"), max_size=200)


@given(st.one_of(NOISE, NOISE.map(lambda text: "[2026-01-01 09:30 AM] " + text)))
@settings(max_examples=200, deadline=None)
def test_any_text_is_read_or_refused_with_a_format_or_validation_error(text):
    from lean_journal.model import ValidationError

    try:
        entries = read_jrnl_text(text)
    except (ImportFormatError, ValidationError):
        return
    assert entries and all(entry.title for entry in entries)
