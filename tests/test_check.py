"""`lean-journal check` on healthy and hand-damaged files: schema, tables, ids, links, documents set aside."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from process_helpers import run_process

from lean_journal.clock import FixedClock
from lean_journal.model import Goal, JournalEntry, Learning, Share, Stage
from lean_journal.model.growth import link
from lean_journal.pdca.flow import new_card
from lean_journal.store import Store
from lean_journal.store.integrity import check
from lean_journal.store.schema import CURRENT_SCHEMA


@pytest.fixture
def linked(db_path: Path, clock: FixedClock) -> dict[str, str]:
    """A healthy journal where every kind of link resolves; the ids of its documents by kind."""
    store = Store(db_path, clock)
    now = clock.now()
    entry = store.entries.add(JournalEntry(day=now.date(), title="Gemba", created=now, updated=now))
    first = store.cards.add(new_card("Label waits", Stage.STRUGGLE, now))
    second = store.cards.add(
        new_card("Label waits, again", Stage.PLAN, now).with_changes(previous_cycle=first.id)
    )
    learned = store.learnings.add(
        Learning(title="Go see", day=now.date(), created=now, updated=now, links=(link("entry", entry.id),))
    )
    shared = store.shares.add(
        Share(title="Told the team", day=now.date(), created=now, updated=now, passes=(learned.id,))
    )
    store.goals.add(
        Goal(
            title="Coach", created=now, updated=now, links=(link("share", shared.id), link("card", first.id))
        )
    )
    return {"entry": entry.id, "card": first.id, "card2": second.id, "learn": learned.id, "share": shared.id}


def damage(path: Path, change) -> bytes:
    """Apply `change` to the parsed file, write it back as lean-journal would; return the new bytes."""
    data = orjson.loads(path.read_bytes())
    change(data)
    path.write_bytes(orjson.dumps(data))
    return path.read_bytes()


def test_a_healthy_linked_journal_has_no_problems_and_is_not_written(db_path, linked):
    before = db_path.read_bytes()
    done = run_process("check", db=db_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "no problems\n", "")
    assert db_path.read_bytes() == before


def test_links_that_point_nowhere_are_each_named(db_path, linked):
    def cut(data):
        del data["entries"][linked["entry"]]
        del data["learnings"][linked["learn"]]
        del data["cards"][linked["card"]]

    before = damage(db_path, cut)
    done = run_process("check", db=db_path)
    assert done.returncode == 1 and done.stderr == ""
    *lines, last = done.stdout.splitlines()
    found = {(line.split()[0], line.split()[2]) for line in lines}
    assert found == {("cards", "previous_cycle"), ("shares", "passes"), ("goals", "links")}
    assert any(f"card:{linked['card']} is not in the journal" in line for line in lines)
    assert any(f"learn item {linked['learn']} is not in the journal" in line for line in lines)
    assert last == "3 problems: 3 broken links"
    assert db_path.read_bytes() == before


def test_an_id_in_two_tables_and_an_id_field_that_disagrees(db_path, linked):
    def clash(data):
        data["cards"][linked["entry"]] = dict(data["cards"][linked["card2"]], id=linked["entry"])
        data["learnings"][linked["learn"]]["id"] = linked["share"]

    damage(db_path, clash)
    done = run_process("check", db=db_path)
    assert done.returncode == 1
    assert f"{linked['entry']}  id" in done.stdout and "the same id is used in entries" in done.stdout
    assert f"says '{linked['share']}'" in done.stdout
    assert done.stdout.splitlines()[-1] == "2 problems: 2 duplicate ids"


def test_unknown_tables_and_documents_set_aside_are_counted_in_one_summary(db_path, linked):
    def odd(data):
        data["mystery"] = {"x": {"y": 1}}
        data["entries"][linked["entry"]]["mood"] = 9

    damage(db_path, odd)
    done = run_process("check", db=db_path)
    lines = done.stdout.splitlines()
    assert (
        done.returncode == 1
        and lines[0].startswith("mystery")
        and "not a table lean-journal knows" in lines[0]
    )
    assert lines[1].split()[:3] == ["entries", linked["entry"], "mood"]
    assert lines[2].startswith("2 problems: 1 unknown table, 1 document set aside (kept unchanged")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "is not valid JSON"),
        (b'{"_meta": {"meta": {"app": "lean-journal", "schema": 99}}}', "newer lean-journal"),
        (b'{"_meta": {"meta": {"app": "other", "schema": 1}}}', "not a lean-journal file"),
        (b'{"_meta": {"meta": {"app": "lean-journal", "schema": "x"}}}', "bad schema version"),
        (b'{"_meta": {"meta": {"app": "lean-journal", "schema": 3}}, "entries": []}', "wrong schema"),
    ],
)
def test_a_file_with_a_bad_schema_is_one_line_and_exit_1(db_path, content, words):
    db_path.write_bytes(content)
    done = run_process("check", db=db_path)
    assert (
        done.returncode == 1 and done.stdout == "" and done.stderr.count("\n") == 1 and words in done.stderr
    )
    assert db_path.read_bytes() == content


def test_a_missing_journal_is_not_created(db_path):
    done = run_process("check", db=db_path)
    assert done.returncode == 1 and "no such journal" in done.stderr and not db_path.exists()


def test_an_older_schema_is_checked_as_upgraded_and_said(tmp_path):
    old = Path(__file__).parent / "fixtures" / "journal-v1.json"
    copy = tmp_path / "old.json"
    copy.write_bytes(old.read_bytes())
    done = run_process("check", db=copy)
    assert done.stdout.startswith(f"schema 1: upgraded to schema {CURRENT_SCHEMA} the next time")
    assert copy.read_bytes() == old.read_bytes()


def test_check_is_pure_on_the_tables():
    tables = {
        "_meta": {"meta": {"app": "lean-journal", "schema": CURRENT_SCHEMA}},
        "shares": {
            "00000000-0000-4000-8000-000000000001": {
                "title": "t",
                "day": "2026-01-01",
                "created": "2026-01-01T00:00:00+00:00",
                "updated": "2026-01-01T00:00:00+00:00",
                "passes": ["00000000-0000-4000-8000-000000000002"],
                "links": ["entry:00000000-0000-4000-8000-000000000003", 7],
            }
        },
    }
    report = check(tables)
    assert [(p.kind, p.field) for p in report.problems] == [
        ("broken link", "links"),
        ("broken link", "passes"),
        ("set aside", "links"),
    ]
    assert tables["_meta"]["meta"]["schema"] == CURRENT_SCHEMA and len(tables) == 2  # unchanged


def test_deck_notes_that_choose_a_missing_card_or_do_not_validate_are_named():
    meta = {"meta": {"app": "lean-journal", "schema": CURRENT_SCHEMA}}
    gone = "00000000-0000-4000-8000-000000000009"
    report = check({"_meta": meta, "reports": {"2026-11": {"chosen": [gone]}, "2026-12": {"chosen": 5}}})
    assert [(p.kind, p.table, p.doc_id, p.field) for p in report.problems] == [
        ("broken link", "reports", "2026-11", "chosen"),
        ("set aside", "reports", "2026-12", "chosen"),
    ]
