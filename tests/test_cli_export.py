"""`lean-journal export`: the JSON round trip of a ten-year demo (every kind, prompts and settings), the
Markdown file and tree, and the jrnl text that jrnl 4.6 itself reads back as the same entries."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli

from lean_journal.clock import FixedClock
from lean_journal.exchange.jrnl_export import jrnl_body
from lean_journal.exchange.ours import KINDS
from lean_journal.model import JournalEntry
from lean_journal.store import Store

TABLES = (*(name for name, _cls, _noun in KINDS), "prompts", "settings")
EXPORTED = re.compile(rb'^  "exported": "[^"]*",$', re.MULTILINE)


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ten-year demo journal (built once for the module) with its prompts seeded, one of the user's
    own, a different default prompt and a few settings: every kind of document a file holds."""
    from lean_journal.demo import write_demo

    path = tmp_path_factory.mktemp("ten") / "journal.json"
    store = Store(path, FixedClock(NOW))
    write_demo(store, years=10, seed=7)
    mine = store.prompts.new("Andon review", "## What stopped the line?\n")
    store.prompts.set_default(mine.id)
    store.settings.set("board.wip_limit", 4)
    store.settings.set("ui.theme", "textual-light")
    return path


def normalised(export: bytes) -> bytes:
    """An export with its export time taken out."""
    return EXPORTED.sub(b'  "exported": "",', export)


def tables(path: Path) -> dict[str, dict]:
    """The file's tables of documents that an export carries, as stored."""
    data = json.loads(path.read_bytes())
    return {name: data.get(name, {}) for name in TABLES}


def test_json_export_then_import_into_an_empty_file_gives_the_same_journal(capsys, ten_years, tmp_path):
    first, second, copy = (
        tmp_path / "first.json",
        tmp_path / "second.json",
        tmp_path / "copy" / "journal.json",
    )
    copy.parent.mkdir()
    assert run_cli(capsys, "--db", str(ten_years), "export", "-o", str(first)).code == 0
    imported = run_cli(capsys, "--db", str(copy), "import", str(first))
    assert imported.code == 0 and imported.out.startswith("imported 36")
    assert run_cli(capsys, "--db", str(copy), "export", "-o", str(second)).code == 0
    assert normalised(second.read_bytes()) == normalised(first.read_bytes())
    assert tables(copy) == tables(ten_years)
    doc = json.loads(first.read_bytes())
    assert all(doc[name] for name in TABLES), "every kind is in the demo, so in the export"
    assert doc["settings"]["board.wip_limit"] == 4 and len(doc["prompts"]) == 4


def test_the_imported_copy_opens_on_the_same_default_prompt(capsys, ten_years, tmp_path):
    out, copy = tmp_path / "out.json", tmp_path / "copy.json"
    assert run_cli(capsys, "--db", str(ten_years), "export", "-o", str(out)).code == 0
    assert run_cli(capsys, "--db", str(copy), "import", str(out)).code == 0
    prompts = Store(copy, FixedClock(NOW)).prompts
    assert prompts.default().name == "Andon review" and len(prompts.list()) == 4


def test_an_export_never_writes_to_the_journal(capsys, ten_years, tmp_path):
    before = ten_years.read_bytes()
    for fmt in ("json", "md", "jrnl"):
        assert (
            run_cli(capsys, "--db", str(ten_years), "export", "--format", fmt, "-o", str(tmp_path / fmt)).code
            == 0
        )
    assert ten_years.read_bytes() == before


def test_an_export_onto_a_hard_link_to_the_journal_or_its_lock_is_refused(capsys, db_path, tmp_path):
    run_cli(capsys, "--db", str(db_path), "add", "Gemba walk", "--body", "Saw the line.")
    before = db_path.read_bytes()
    other, lock = tmp_path / "other.json", db_path.with_name("journal.json.lock")
    os.link(db_path, other)
    lock.write_text("")
    for target in (other, lock):
        result = run_cli(capsys, "--db", str(db_path), "export", "-o", str(target), "--force")
        assert result.code == 1 and len(result.err_lines) == 1 and "export to another file" in result.err
    assert db_path.read_bytes() == before and lock.read_text() == ""


def test_markdown_to_a_folder_writes_a_file_per_month(capsys, ten_years, tmp_path):
    folder = tmp_path / "md"
    result = run_cli(capsys, "--db", str(ten_years), "export", "-o", f"{folder}/")
    entries = Store(ten_years, FixedClock(NOW)).entries.all()
    months = {(e.day.year, e.day.month) for e in entries}
    assert result.code == 0 and result.out == f"wrote {len(months)} month files under {folder}\n"
    written = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.md"))
    assert written == sorted(f"{y}/{y}-{m:02d}.md" for y, m in months)
    newest = max(entries, key=lambda e: (e.day, e.created))
    text = (folder / f"{newest.day.year}" / f"{newest.day:%Y-%m}.md").read_text()
    assert (
        text.startswith(f"# Journal, {newest.day:%B %Y}\n")
        and f"### {'★ ' if newest.starred else ''}{newest.title}\n" in text
    )
    assert (folder.stat().st_mode & 0o777, (folder / written[0]).stat().st_mode & 0o777) == (0o700, 0o600)


def test_a_markdown_tree_is_never_written_over_unless_forced(capsys, ten_years, tmp_path):
    folder = tmp_path / "md"
    assert run_cli(capsys, "--db", str(ten_years), "export", "--format", "md", "-o", f"{folder}/").code == 0
    some = next(folder.rglob("*.md"))
    some.write_text("my notes")
    again = run_cli(capsys, "--db", str(ten_years), "export", "--format", "md", "-o", str(folder))
    assert again.code == 1 and len(again.err_lines) == 1 and "--force" in again.err
    assert some.read_text() == "my notes"
    assert run_cli(capsys, "--db", str(ten_years), "export", "-o", str(folder), "--force").code == 0
    assert some.read_text().startswith("# Journal, ")


def jrnl_executable() -> str | None:
    """jrnl beside this Python (the tests' environment installs jrnl 4.6), or on the PATH."""
    beside = Path(sys.executable).with_name("jrnl")
    return str(beside) if beside.exists() else shutil.which("jrnl")


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
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def read_by_jrnl(journal: Path) -> list[dict]:
    """The entries jrnl 4.6 reads from the text journal at `journal` (its own JSON export)."""
    jrnl = jrnl_executable()
    if jrnl is None:
        pytest.skip("jrnl is not installed (pip install jrnl==4.6)")
    config = journal.with_name("jrnl.yaml")
    config.write_text(JRNL_CONFIG.format(journal=journal))
    done = subprocess.run(
        [jrnl, "--config-file", str(config), "--export", "json"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["entries"]


def as_jrnl_sees_it(entry: JournalEntry) -> tuple:
    """Date, time, title, body and star of an entry as jrnl should read them back from our export."""
    at = entry.created.astimezone()
    return (entry.day.isoformat(), f"{at:%H:%M}", entry.title, jrnl_body(entry).strip(), entry.starred)


def edge_entries() -> list[JournalEntry]:
    """Entries jrnl users write: same minute, a star, tags in the text and apart, a title with two
    sentences and a body, brackets, emoji, Markdown, an empty body, a long body."""
    at = datetime(2026, 3, 5, 7, 45).astimezone()

    def entry(n: int, title: str, body: str = "", minutes: int = 0, **fields) -> JournalEntry:
        moment = at + timedelta(minutes=minutes)
        return JournalEntry(
            day=date(2026, 3, 5 + n // 3), title=title, body=body, created=moment, updated=moment, **fields
        )

    return [
        entry(0, "Huddle at nine", "Two problems raised.\nBoth about the #kanban board."),
        entry(1, "Same minute, another entry", tags=("huddle",)),
        entry(2, "Starred one", "It worked!", minutes=5, starred=True, tags=("win", "andon")),
        entry(3, "Fixed it. Finally", "Took a week.\n\n- [ ] check again", minutes=1),
        entry(4, "Brackets [like] (these) and 🎉 emoji", "@home #gemba written inline 👩‍🔧", minutes=2),
        entry(5, "Markdown body", "## A heading\n\n1. one\n2. two\n\n> a quote", minutes=3, mood=4),
        entry(6, "Long body", "word " * 2000, minutes=4, tags=("long-read",)),
    ]


def test_jrnl_reads_our_jrnl_export_as_the_same_entries(capsys, db_path, tmp_path):
    store = Store(db_path, FixedClock(NOW))
    store.entries.add_many(edge_entries())
    out = tmp_path / "journal.txt"
    assert run_cli(capsys, "--db", str(db_path), "export", "--format", "jrnl", "-o", str(out)).code == 0
    theirs = read_by_jrnl(out)
    ours = sorted(store.entries.all(), key=lambda e: (e.day, e.created, e.id))  # the export's own order
    assert [(t["date"], t["time"], t["title"], t["body"].strip(), t["starred"]) for t in theirs] == [
        as_jrnl_sees_it(e) for e in ours
    ]
    for mine, read in zip(ours, theirs, strict=True):
        assert set(mine.all_tags) <= {tag[1:] for tag in read["tags"]}
    starred = next(t for t in theirs if t["starred"])
    assert (starred["body"], sorted(starred["tags"])) == ("It worked!\n\n#win #andon", ["#andon", "#win"])


def test_jrnl_reads_a_year_of_demo_entries_back(capsys, demo_store, tmp_path):
    out = tmp_path / "journal.txt"
    assert (
        run_cli(capsys, "--db", str(demo_store.path), "export", "--format", "jrnl", "-o", str(out)).code == 0
    )
    theirs = read_by_jrnl(out)
    ours = sorted(
        demo_store.entries.all(), key=lambda e: (e.day, e.created.astimezone().strftime("%H:%M"), e.created)
    )
    assert len(theirs) == len(ours) > 300
    assert [(t["date"], t["time"], t["title"], t["body"].strip(), t["starred"]) for t in theirs] == [
        as_jrnl_sees_it(e) for e in ours
    ]
    assert all(set(e.all_tags) <= {tag[1:] for tag in t["tags"]} for e, t in zip(ours, theirs, strict=True))


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--format", "pdf"], "argument --format: invalid choice: 'pdf' "
                              "(choose from 'json', 'md', 'markdown', 'jrnl')"),
        (["-o"], "argument -o/--out: expected one argument"),
        (["--output", "x"], "unrecognized arguments: --output x"),
    ],
)  # fmt: skip
def test_bad_export_flags_are_one_line_exit_2(capsys, db_path, flags, message):
    result = run_cli(capsys, "--db", str(db_path), "export", *flags)
    assert (result.code, result.out, result.err) == (2, "", f"lean-journal: error: {message}\n")
    assert not db_path.exists()


def test_importing_the_journal_file_itself_brings_its_prompts_and_settings(capsys, ten_years, tmp_path):
    copy = tmp_path / "copy.json"
    assert run_cli(capsys, "--db", str(copy), "import", str(ten_years)).code == 0
    assert tables(copy) == tables(ten_years)
