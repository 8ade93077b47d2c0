"""`export` and `import`: JSON and Markdown exports, jrnl's JSON export, merging by id, round trips."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli

from lean_journal.cli.transfer import store_repos
from lean_journal.clock import FixedClock
from lean_journal.exchange.jrnl import read_jrnl, stable_id
from lean_journal.exchange.ours import KINDS
from lean_journal.model import Card, Goal, JournalEntry, Learning, Milestone, Share, ValidationError
from lean_journal.store import Store
from lean_journal.store.schema import CURRENT_SCHEMA

JRNL = Path(__file__).parent / "fixtures" / "jrnl"
JRNL_EXPORT = JRNL / "export.json"
KIND_NAMES = [name for name, _cls, _noun in KINDS]


def open_store(path: Path) -> Store:
    """The store at `path`, with the fixed clock."""
    return Store(path, FixedClock(NOW))


def test_jrnl_import_adds_every_entry_with_its_day_time_tags_and_star(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "import", str(JRNL_EXPORT))
    assert result.code == 0 and result.err == f"lean-journal: created a new, empty journal: {db_path}\n"
    assert (
        result.out
        == "imported 4 entries, 0 cards, 0 learn items, 0 share items, 0 goals; 0 already in the journal\n"
    )
    found = {e.title: e for e in open_store(db_path).entries.all()}
    assert set(found) == {
        "Gemba walk on the packing line.",
        "Started a PDCA on label waiting.",
        "Learn.",
        "Monthly kaizen deck sent to my boss.",
    }
    gemba = found["Gemba walk on the packing line."]
    assert gemba.day == date(2026, 10, 1) and (gemba.created.hour, gemba.created.minute) == (8, 10)
    assert gemba.created.tzinfo is not None
    assert gemba.tags == ("gemba", "boss", "struggle")
    assert not any(e.starred for e in found.values())
    deck = found["Monthly kaizen deck sent to my boss."]
    assert "[brackets] and a [/] sequence, plus emoji 🎯 and tabs\there. #share #report" in deck.body
    assert deck.tags == ("share", "report") and (deck.created.hour, deck.created.minute) == (14, 35)


def test_jrnl_import_twice_adds_nothing_the_second_time(capsys, db_path):
    run_cli(capsys, "--db", str(db_path), "import", str(JRNL_EXPORT))
    before = db_path.read_bytes()
    result = run_cli(capsys, "--db", str(db_path), "import", str(JRNL_EXPORT))
    assert (
        result.out
        == "imported 0 entries, 0 cards, 0 learn items, 0 share items, 0 goals; 4 already in the journal\n"
    )
    assert len(open_store(db_path).entries) == 4 and db_path.read_bytes() == before


def test_jrnl_ids_are_the_same_in_any_journal():
    data = json.loads(JRNL_EXPORT.read_text())
    first, second = read_jrnl(data), read_jrnl(data)
    assert [e.id for e in first] == [e.id for e in second]
    raw = data["entries"][0]
    assert first[0].id == stable_id(raw["date"], raw["title"], raw["body"])


def test_jrnl_stars_sigils_missing_times_and_long_titles(tmp_path):
    long_title = "word " * 200
    data = {
        "tags": {},
        "entries": [
            {
                "title": "Starred.",
                "body": "",
                "date": "2026-01-02",
                "tags": ["@Boss", "#a", "@", "##b"],
                "starred": True,
            },
            {"title": long_title, "body": "rest", "date": "2026-01-03", "time": "23:59:30"},
            {"title": "", "body": "First line\nsecond", "date": "2026-01-04", "time": "07:00"},
        ],
    }
    starred, long, untitled = read_jrnl(data)
    assert starred.starred and starred.tags == ("boss", "a", "b") and starred.created.hour == 0
    assert len(long.title) <= 81 and long.title.endswith("…") and long.body.startswith(long_title.strip())
    assert long.body.endswith("rest") and long.created.second == 30
    assert (untitled.title, untitled.body) == ("First line", "second")


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"title": "x", "date": "2026-02-30"}, "entries[0].date"),
        ({"title": "x", "date": "2026-02-03", "time": "25:00"}, "entries[0].time"),
        ({"title": 5, "date": "2026-02-03"}, "entries[0].title"),
        ({"title": "", "body": "", "date": "2026-02-03"}, "entries[0].title"),
    ],
)
def test_bad_jrnl_entries_name_the_entry(entry, field):
    with pytest.raises(ValidationError) as caught:
        read_jrnl({"tags": {}, "entries": [entry]})
    assert caught.value.field == field


def test_a_bad_jrnl_entry_imports_nothing_and_says_which_in_one_line(capsys, db_path, tmp_path):
    bad = tmp_path / "bad.json"
    good = {"title": "fine", "date": "2026-01-01", "time": "08:00"}
    bad.write_text(json.dumps({"tags": {}, "entries": [good, {"title": "x", "date": "someday"}]}))
    result = run_cli(capsys, "--db", str(db_path), "import", str(bad))
    assert result.code == 1 and len(result.err_lines) == 1 and "entries[1].date" in result.err
    assert not db_path.exists()


def test_import_dry_run_counts_and_writes_nothing(capsys, db_path):
    open_store(db_path)
    before = db_path.read_bytes()
    result = run_cli(capsys, "--db", str(db_path), "import", str(JRNL_EXPORT), "--dry-run")
    assert result.code == 0 and result.out.startswith("would import 4 entries")
    assert "dry run" in result.out and db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"not json", "is not valid JSON"),
        (b'{"something": "else"}', "is neither a lean-journal export nor a jrnl journal"),
        (b'{"app": "lean-journal", "schema": 99, "entries": []}', "newer lean-journal"),
        (b'{"app": "lean-journal", "schema": 2, "entries": {}}', "'entries' is not a list"),
        (b'{"app": "lean-journal", "schema": 2, "entries": [{"title": "no id"}]}', "entries[0]"),
    ],
)
def test_unusable_import_files_are_one_line_exit_1(capsys, db_path, tmp_path, content, problem):
    source = tmp_path / "in.json"
    source.write_bytes(content)
    result = run_cli(capsys, "--db", str(db_path), "import", str(source))
    assert result.code == 1 and len(result.err_lines) == 1 and problem in result.err
    assert str(source) in result.err


def test_importing_a_missing_file_is_one_line(capsys, db_path, tmp_path):
    result = run_cli(capsys, "--db", str(db_path), "import", str(tmp_path / "nope.json"))
    assert result.code == 1 and result.err_lines == [
        f"lean-journal: error: {tmp_path / 'nope.json'}: no such file"
    ]


def test_a_jrnl_text_journal_imports_like_its_json_export(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "import", str(JRNL / "journal.txt"))
    assert result.code == 0 and result.out.startswith("imported 4 entries")
    again = run_cli(capsys, "--db", str(db_path), "import", str(JRNL_EXPORT))
    assert again.out.startswith("imported 0 entries") and "4 already in the journal" in again.out


def test_forcing_the_wrong_format_is_one_line(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "import", str(JRNL_EXPORT), "--format", "lean-journal")
    assert result.code == 1 and "is not a lean-journal export" in result.err


@pytest.fixture
def full_store(db_path: Path) -> Store:
    """A journal with an entry, a card, a learn item, a share item and a goal."""
    store = open_store(db_path)
    store.entries.add(
        JournalEntry(
            day=date(2026, 11, 20),
            title="Reflect [b]",
            body="*md* #tag",
            tags=("a",),
            mood=3,
            created=NOW,
            updated=NOW,
        )
    )
    store.cards.add(Card.from_dict({"title": "Label waits", "created": NOW, "updated": NOW}))
    learned = store.learnings.add(
        Learning(title="Toyota Kata", day=date(2026, 11, 2), created=NOW, updated=NOW)
    )
    store.shares.add(
        Share(
            title="Kata at the huddle", day=date(2026, 11, 3), created=NOW, updated=NOW, passes=(learned.id,)
        )
    )
    store.goals.add(
        Goal(title="Coach, not tell", created=NOW, updated=NOW, milestones=(Milestone("Coach one A3"),))
    )
    return store


def contents(store: Store) -> dict[str, list]:
    """Everything in a store as sorted plain dictionaries."""
    return {
        name: sorted((item.to_dict() for item in repo.all()), key=lambda d: d["id"])
        for name, repo in store_repos(store)
    }


def test_json_export_has_a_header_and_everything(capsys, full_store):
    result = run_cli(capsys, "--db", str(full_store.path), "export")
    doc = json.loads(result.out)
    assert (doc["app"], doc["schema"], doc["exported"]) == ("lean-journal", CURRENT_SCHEMA, NOW.isoformat())
    assert {name: doc[name] for name in KIND_NAMES} == contents(full_store)


def test_export_then_import_round_trips_and_merges_by_id(capsys, full_store, tmp_path):
    out = tmp_path / "export.json"
    assert run_cli(capsys, "--db", str(full_store.path), "export", "--out", str(out)).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    other = tmp_path / "other.json"
    result = run_cli(capsys, "--db", str(other), "import", str(out))
    assert result.out.startswith("imported 1 entry, 1 card, 1 learn item, 1 share item, 1 goal; 0 already")
    assert contents(open_store(other)) == contents(full_store)
    again = run_cli(capsys, "--db", str(other), "import", str(out))
    assert again.out.startswith(
        "imported 0 entries, 0 cards, 0 learn items, 0 share items, 0 goals; 5 already"
    )


def test_a_journal_file_itself_can_be_imported(capsys, full_store, tmp_path):
    other = tmp_path / "other.json"
    assert run_cli(capsys, "--db", str(other), "import", str(full_store.path)).code == 0
    assert contents(open_store(other)) == contents(full_store)


def test_an_old_schema_export_is_upgraded_on_import(capsys, db_path, tmp_path):
    old = {
        "app": "lean-journal",
        "schema": 1,
        "entries": [
            {
                "id": "0b7d3e2c-1a5b-4e9a-8c0c-9e1f3d2a6100",
                "date": "2025-05-05",
                "title": "Old",
                "tags": "a, b",
                "created": "2025-05-05T08:00:00+00:00",
                "updated": "2025-05-05T08:00:00+00:00",
            }
        ],
    }
    source = tmp_path / "old.json"
    source.write_text(json.dumps(old))
    assert run_cli(capsys, "--db", str(db_path), "import", str(source)).code == 0
    [entry] = open_store(db_path).entries.all()
    assert (entry.day, entry.tags) == (date(2025, 5, 5), ("a", "b"))


def test_export_refuses_to_overwrite_unless_forced(capsys, full_store, tmp_path):
    out = tmp_path / "export.json"
    out.write_text("keep me")
    result = run_cli(capsys, "--db", str(full_store.path), "export", "--out", str(out))
    assert result.code == 1 and len(result.err_lines) == 1 and "--force" in result.err
    assert out.read_text() == "keep me"
    assert run_cli(capsys, "--db", str(full_store.path), "export", "--out", str(out), "--force").code == 0
    assert json.loads(out.read_text())["app"] == "lean-journal"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_never_overwrites_the_journal_itself(capsys, full_store):
    before = full_store.path.read_bytes()
    result = run_cli(capsys, "--db", str(full_store.path), "export", "--out", str(full_store.path), "--force")
    assert result.code == 1 and len(result.err_lines) == 1 and "the journal itself" in result.err
    assert full_store.path.read_bytes() == before


def test_export_into_a_missing_folder_is_one_line(capsys, full_store, tmp_path):
    result = run_cli(capsys, "--db", str(full_store.path), "export", "--out", str(tmp_path / "no" / "x.json"))
    assert result.code == 1 and len(result.err_lines) == 1 and "does not exist" in result.err


def test_markdown_export_has_a_section_per_day(capsys, full_store, tmp_path):
    full_store.entries.add(
        JournalEntry(
            day=date(2026, 11, 21),
            title="Second day",
            starred=True,
            created=datetime(2026, 11, 21, 8, tzinfo=UTC),
            updated=NOW,
        )
    )
    out = tmp_path / "journal.md"
    assert run_cli(capsys, "--db", str(full_store.path), "export", "--out", str(out)).code == 0
    text = out.read_text()
    assert text.startswith("# Journal\n")
    assert text.index("## 2026-11-20, Friday") < text.index("## 2026-11-21, Saturday")
    assert "### Reflect [b]\n\n*#a · mood 3*\n\n*md* #tag\n" in text
    assert "### ★ Second day\n" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    stdout = run_cli(capsys, "--db", str(full_store.path), "export", "--format", "markdown").out
    assert stdout == text
