"""Schema 2 → 3: Learn · Share · Grow split into learn items, share items and goals; cards say whose
struggle they work on. Tested on a file written by the version before (tests/fixtures/schema2)."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import orjson
import pytest

from lean_journal.clock import FixedClock
from lean_journal.model import Channel, GoalStatus, SourceKind, StruggleFrom
from lean_journal.model.card import guess_struggle_from
from lean_journal.store import Store
from lean_journal.store.schema import CURRENT_SCHEMA

FIXTURE = Path(__file__).parent / "fixtures" / "schema2" / "journal.json"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A copy of the schema-2 journal."""
    target = tmp_path / "journal.json"
    shutil.copyfile(FIXTURE, target)
    return target


def test_the_fixture_is_schema_2_with_one_growth_table() -> None:
    """The fixture really is what the previous version wrote."""
    data = orjson.loads(FIXTURE.read_bytes())
    assert data["_meta"]["meta"]["schema"] == 2
    assert {doc["kind"] for doc in data["growth"].values()} == {"learn", "share", "grow"}


def test_learn_items_keep_their_words_and_get_a_source_kind(old_file: Path) -> None:
    """Notes become the insight, old web links stay in the text, the source kind comes from the source."""
    store = Store(old_file, FixedClock(NOW))
    by_title = {item.title: item for item in store.learnings.all()}
    assert set(by_title) == {"Toyota Kata", "What the floor taught me"}
    kata = by_title["Toyota Kata"]
    assert kata.insight == "Coach the routine, not the result.\n\nLinks: https://example.org/kata"
    assert (kata.source, kata.source_kind, kata.tags, kata.day) == (
        "Toyota Kata (Mike Rother)",
        SourceKind.BOOK,
        ("coaching",),
        date(2026, 11, 2),
    )
    assert kata.worth_sharing and kata.links == ()
    assert by_title["What the floor taught me"].source_kind is SourceKind.GEMBA


def test_share_items_keep_audience_and_get_a_channel(old_file: Path) -> None:
    """The audience is kept; the channel is read from the words; nothing is passed on yet."""
    store = Store(old_file, FixedClock(NOW))
    by_title = {item.title: item for item in store.shares.all()}
    coached, talk = by_title["Coached Ana on A3"], by_title["Lunch and learn talk on 5S"]
    assert (coached.audience, coached.channel, coached.notes) == (
        "Ana",
        Channel.COACHING,
        "Showed her the five whys.",
    )
    assert (talk.audience, talk.channel, talk.passes) == ("the plant", Channel.TALK, ())


def test_grow_items_become_goals_with_why_and_status(old_file: Path) -> None:
    """Notes become the why; status and completion day are kept; no milestones are invented."""
    store = Store(old_file, FixedClock(NOW))
    by_title = {goal.title: goal for goal in store.goals.all()}
    leader, event = by_title["Be the leader you want"], by_title["Run a kaizen event"]
    assert (leader.why, leader.status, leader.progress) == (
        "People follow what you do.",
        GoalStatus.ACTIVE,
        (0, 0),
    )
    assert (event.status, event.done_on) == (GoalStatus.DONE, date(2026, 6, 1))


def test_cards_say_whose_struggle_from_their_source(old_file: Path) -> None:
    """'my boss: Karen' is the boss's, 'team: Ana' the team's, a gemba walk the gemba's, nothing mine."""
    store = Store(old_file, FixedClock(NOW))
    whose = {card.source: card.struggle_from for card in store.cards.all()}
    assert whose == {
        "my boss: Karen": StruggleFrom.BOSS,
        "team: Ana": StruggleFrom.TEAM,
        "gemba walk": StruggleFrom.GEMBA,
        "": StruggleFrom.ME,
        "a customer complaint": StruggleFrom.CUSTOMER,
    }


def test_the_file_is_rewritten_once_with_a_backup_of_the_original(old_file: Path) -> None:
    """After opening, the file is schema 3 without the old table, and the schema-2 original is kept."""
    original = old_file.read_bytes()
    Store(old_file, FixedClock(NOW)).close()
    data = orjson.loads(old_file.read_bytes())
    assert data["_meta"]["meta"]["schema"] == CURRENT_SCHEMA == 3
    assert "growth" not in data
    assert (len(data["learnings"]), len(data["shares"]), len(data["goals"])) == (2, 2, 2)
    backups = [p for p in old_file.parent.rglob("*.json") if p != old_file and p.is_file()]
    assert any(p.read_bytes() == original for p in backups), "the original is kept as a backup"
    entry = Store(old_file, FixedClock(NOW)).entries.all()[0]
    assert entry.title == "Gemba walk on line 3"


@pytest.mark.parametrize(
    ("source", "whose"),
    [
        ("My Boss: Karen", StruggleFrom.BOSS),
        ("asked by the plant manager", StruggleFrom.BOSS),
        ("clients keep calling", StruggleFrom.CUSTOMER),
        ("seen on the shop floor", StruggleFrom.GEMBA),
        ("our huddle", StruggleFrom.TEAM),
        ("bossa nova playlist", StruggleFrom.ME),
        ("mine", StruggleFrom.ME),
    ],
)
def test_whose_struggle_is_read_from_whole_words(source: str, whose: StruggleFrom) -> None:
    """Words, not fragments, decide ("bossa" is not a boss)."""
    assert guess_struggle_from(source) is whose


def test_a_schema_2_export_imports_its_growth_items_as_the_new_kinds() -> None:
    """An export made by the version before (a 'growth' list) gives learn items, share items and goals."""
    from lean_journal.exchange.ours import read_lean_journal

    data = orjson.loads(FIXTURE.read_bytes())
    del data["_meta"]
    export: dict[str, object] = {"app": "lean-journal", "schema": 2}
    for name, docs in data.items():
        for doc_id, doc in docs.items():
            doc["id"] = doc_id
        export[name] = list(docs.values())
    bundle = read_lean_journal(export)
    assert (len(bundle.learnings), len(bundle.shares), len(bundle.goals), len(bundle.cards)) == (2, 2, 2, 5)
    assert {goal.title for goal in bundle.goals} == {"Be the leader you want", "Run a kaizen event"}
