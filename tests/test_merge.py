"""`lean-journal merge`: two diverged copies of one journal fold together, nothing lost, idempotent."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from cli_helpers import NOW, run_cli
from process_helpers import run_process

from lean_journal.clock import FixedClock
from lean_journal.model import Card, Goal, JournalEntry, Learning, Share
from lean_journal.store import Store
from lean_journal.store.fold import fold

T0, T1, T2, T3 = (NOW + timedelta(hours=hours) for hours in range(4))
KINDS = ("entries", "cards", "learnings", "shares", "goals", "prompts", "settings")


def store_at(path: Path, moment) -> Store:
    """The journal at `path` with the clock at `moment`."""
    return Store(path, FixedClock(moment))


def entry(title: str, moment=T0) -> JournalEntry:
    """A journal entry made at `moment`."""
    return JournalEntry(day=moment.date(), title=title, created=moment, updated=moment)


@pytest.fixture
def copies(tmp_path: Path) -> dict[str, Any]:
    """Two diverged copies of one journal: edits on both sides and one same-entry conflict."""
    ours, theirs = tmp_path / "desk.json", tmp_path / "laptop.json"
    base = store_at(ours, T0)
    first, second = base.entries.add(entry("First")), base.entries.add(entry("Second"))
    card = base.cards.add(Card.from_dict({"title": "Label waits", "created": T0, "updated": T0}))
    base.settings.set("theme", "dark")
    base.close()
    shutil.copy(ours, theirs)
    desk = store_at(ours, T1)
    desk.entries.update(first.with_changes(body="desk edit", updated=T1))
    desk.entries.add(entry("Only on the desk", T1))
    laptop = store_at(theirs, T2)
    laptop.entries.update(first.with_changes(body="laptop edit, later", updated=T2))
    laptop.entries.update(second.with_changes(title="Second, renamed", updated=T2))
    laptop.cards.update(card.with_changes(problem="laptop: the earlier edit", updated=T2))
    for title in ("Laptop one", "Laptop two", "Laptop three"):
        laptop.entries.add(entry(title, T2))
    learned = laptop.learnings.add(Learning(title="Go see", day=T2.date(), created=T2, updated=T2))
    laptop.shares.add(Share(title="Told", day=T2.date(), created=T2, updated=T2, passes=(learned.id,)))
    laptop.goals.add(Goal(title="Coach", created=T2, updated=T2))
    laptop.settings.set("theme", "light")
    store_at(ours, T3).cards.update(card.with_changes(problem="desk: the later edit"))
    return {"ours": ours, "theirs": theirs, "first": first.id, "second": second.id, "card": card.id}


def versions(path: Path) -> set[bytes]:
    """Every document version a file holds, in its tables or its history, as canonical JSON."""
    data = orjson.loads(path.read_bytes())
    found = {
        orjson.dumps([n, i, d], option=orjson.OPT_SORT_KEYS)
        for n in KINDS
        for i, d in data.get(n, {}).items()
    }
    for record in data.get("history", {}).values():
        found.add(
            orjson.dumps([record["table"], record["doc_id"], record["doc"]], option=orjson.OPT_SORT_KEYS)
        )
    return found


def test_merging_diverged_copies_takes_the_later_version_and_keeps_the_other(capsys, copies):
    ours, theirs = copies["ours"], copies["theirs"]
    before_ours, before_theirs = versions(ours), versions(theirs)
    theirs_bytes = theirs.read_bytes()
    result = run_cli(capsys, "--db", str(ours), "merge", str(theirs))
    assert result.code == 0, result.err
    assert result.out == (
        f"merged {theirs}: 3 new entries, 1 new goal, 1 new learn item, 1 new share item, "
        "2 updated, 2 conflicts kept in history\n"
    )
    merged = store_at(ours, T3)
    titles = {e.title for e in merged.entries.all()}
    assert titles == {
        "First",
        "Second, renamed",
        "Only on the desk",
        "Laptop one",
        "Laptop two",
        "Laptop three",
    }
    assert merged.entries.get(copies["first"]).body == "laptop edit, later"  # the later edit wins
    assert merged.cards.get(copies["card"]).problem == "desk: the later edit"
    assert merged.settings.get("theme") == "dark"  # no `updated`: this journal's stays, theirs in history
    kept = {(r["table"], r["doc_id"]) for r in merged.overwritten()}
    assert {("entries", copies["first"]), ("cards", copies["card"]), ("settings", "theme")} <= kept
    assert before_ours | before_theirs <= versions(ours)  # nothing lost
    assert theirs.read_bytes() == theirs_bytes  # the other copy is only read


def test_merging_twice_changes_nothing(capsys, copies):
    run_cli(capsys, "--db", str(copies["ours"]), "merge", str(copies["theirs"]))
    once = copies["ours"].read_bytes()
    again = run_cli(capsys, "--db", str(copies["ours"]), "merge", str(copies["theirs"]))
    assert again.code == 0 and again.out.startswith("nothing to merge")
    assert copies["ours"].read_bytes() == once


def test_merging_both_ways_gives_the_same_journal(capsys, copies):
    ours, theirs = copies["ours"], copies["theirs"]
    run_cli(capsys, "--db", str(ours), "merge", str(theirs))
    run_cli(capsys, "--db", str(theirs), "merge", str(ours))
    one, other = orjson.loads(ours.read_bytes()), orjson.loads(theirs.read_bytes())
    documents = [
        kind for kind in KINDS if kind != "settings"
    ]  # a setting has no `updated`: each keeps its own
    assert {n: one.get(n) for n in documents} == {n: other.get(n) for n in documents}


def test_dry_run_says_what_would_come_in_and_writes_nothing(copies):
    before = copies["ours"].read_bytes()
    done = run_process("merge", "--dry-run", str(copies["theirs"]), db=copies["ours"])
    assert (
        done.returncode == 0 and done.stdout.startswith("would merge from") and "3 new entries" in done.stdout
    )
    assert "dry run: nothing written" in done.stdout and copies["ours"].read_bytes() == before


def test_documents_set_aside_in_either_file_are_kept(capsys, copies):
    ours, theirs = copies["ours"], copies["theirs"]
    for path, doc_id in (
        (ours, "11111111-1111-4111-8111-111111111111"),
        (theirs, "22222222-2222-4222-8222-222222222222"),
    ):
        data = orjson.loads(path.read_bytes())
        data["entries"][doc_id] = {"title": "bad", "day": "someday", "mood": 9}
        path.write_bytes(orjson.dumps(data))
    run_cli(capsys, "--db", str(ours), "merge", str(theirs))
    entries = orjson.loads(ours.read_bytes())["entries"]
    assert entries["11111111-1111-4111-8111-111111111111"]["day"] == "someday"
    assert entries["22222222-2222-4222-8222-222222222222"]["mood"] == 9
    assert {p.doc_id for p in store_at(ours, T3).set_aside()} >= {
        "11111111-1111-4111-8111-111111111111",
        "22222222-2222-4222-8222-222222222222",
    }


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"tags": {}, "entries": []}', "merge folds in another lean-journal file"),
        (b"not json", "not valid JSON"),
        (b'{"_meta": {"meta": {"app": "lean-journal", "schema": 99}}}', "newer lean-journal"),
    ],
)
def test_merging_a_file_that_is_not_a_journal_is_one_line_and_changes_nothing(
    copies, tmp_path, content, words
):
    other = tmp_path / "other.json"
    other.write_bytes(content)
    before = copies["ours"].read_bytes()
    done = run_process("merge", str(other), db=copies["ours"])
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and words in done.stderr
    assert copies["ours"].read_bytes() == before


def test_merging_the_journal_into_itself_or_a_missing_file_is_one_line(copies, tmp_path):
    same = run_process("merge", str(copies["ours"]), db=copies["ours"])
    missing = run_process("merge", str(tmp_path / "nope.json"), db=copies["ours"])
    assert same.returncode == missing.returncode == 1
    assert "is the journal itself" in same.stderr and "no such file" in missing.stderr


def test_fold_is_pure_and_keeps_each_version_once():
    meta = {"meta": {"app": "lean-journal", "schema": 3}}
    ours = {"_meta": meta, "entries": {"a": {"updated": "2026-01-02T00:00:00+00:00", "title": "mine"}}}
    theirs = {"_meta": meta, "entries": {"a": {"updated": "2026-01-01T00:00:00+00:00", "title": "old"}}}
    first = fold(ours, theirs, "now", "other")
    assert "history" not in ours and first.tables["entries"]["a"]["title"] == "mine"
    [record] = first.tables["history"].values()
    assert record["doc"]["title"] == "old" and record["table"] == "entries"
    assert not fold(first.tables, theirs, "later", "other").changed
