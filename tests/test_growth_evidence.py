"""The evidence picker's candidates (growth/evidence.py): what is listed, in what order, what typing keeps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.growth import evidence
from lean_journal.growth.evidence import Candidate, Wanted, matching, parse_typed
from lean_journal.model import JournalEntry, Stage
from lean_journal.model.growth import Goal, Learning, Share
from lean_journal.store import Store

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def fixed_id(n: int) -> str:
    """A UUID whose start is the number in hex."""
    return f"{n:08x}-0000-4000-8000-000000000000"


def one(kind: str, title: str, days_ago: int = 0, text: str = "", n: int = 0) -> Candidate:
    """A candidate `days_ago` days old, with `text` besides its title."""
    made = NOW - timedelta(days=days_ago)
    whole = f"{title}\n{text}".lower()
    return Candidate(kind, fixed_id(n or days_ago + 1), made.date(), made, title, whole, title.lower())


def titles(found: evidence.Matches) -> list[str]:
    """The titles shown, in order."""
    return [item.title for item in found.shown]


def test_entries_cards_and_shares_are_listed_newest_first_without_those_linked(
    store: Store, clock: FixedClock
) -> None:
    """Every entry, card and share by day, newest first; the goal's links, learn items and goals left out."""
    now = clock.now()
    old = store.entries.add(JournalEntry(day=date(2026, 11, 1), title="Old day", created=now, updated=now))
    store.entries.add(JournalEntry(day=date(2026, 11, 20), title="Gemba walk", created=now, updated=now))
    card = store.cards.add(pdca.new_card("Fewer meetings", Stage.PLAN, now - timedelta(days=10)))
    store.shares.add(Share(title="Kata talk", day=date(2026, 11, 23), created=now, updated=now))
    store.learnings.add(Learning(title="A lesson", day=date(2026, 11, 24), created=now, updated=now))
    store.goals.add(Goal(title="A goal", created=now, updated=now))
    listed = evidence.evidence_candidates(store, leave_out=(f"entry:{old.id}",))
    assert [(c.kind, c.title) for c in listed] == [
        ("share", "Kata talk"),
        ("entry", "Gemba walk"),
        ("card", "Fewer meetings"),
    ]
    assert listed[2].day == date(2026, 11, 14) and listed[2].reference == f"card:{card.id}"
    assert listed[2].short_id == card.id[:8]


def pairs(listed: list[Candidate]) -> list[tuple[str, str]]:
    """The kind and title of each candidate, in order."""
    return [(c.kind, c.title) for c in listed]


def test_the_kinds_asked_for_are_listed_and_no_others(store: Store, clock: FixedClock) -> None:
    """kinds=("entry", "card") (a learn or share item's links) leaves the shares out; a kind listed twice
    is listed once; a learn item is listed when asked for; leave_out still applies."""
    now = clock.now()
    day = store.entries.add(
        JournalEntry(day=date(2026, 11, 20), title="Gemba walk", created=now, updated=now)
    )
    store.cards.add(pdca.new_card("Fewer meetings", Stage.PLAN, now - timedelta(days=10)))
    store.shares.add(Share(title="Kata talk", day=date(2026, 11, 23), created=now, updated=now))
    lesson = store.learnings.add(Learning(title="A lesson", day=date(2026, 11, 24), created=now, updated=now))
    store.goals.add(Goal(title="A goal", created=now, updated=now))
    assert pairs(evidence.evidence_candidates(store, kinds=("entry", "card", "card"))) == [
        ("entry", "Gemba walk"),
        ("card", "Fewer meetings"),
    ]
    assert pairs(evidence.evidence_candidates(store, (f"entry:{day.id}",), ("entry", "card"))) == [
        ("card", "Fewer meetings")
    ]
    assert pairs(evidence.evidence_candidates(store, kinds=("learn",))) == [("learn", "A lesson")]
    assert evidence.evidence_candidates(store, (f"learn:{lesson.id}",), ("learn",)) == []
    assert [c.kind for c in evidence.evidence_candidates(store)] == ["share", "entry", "card"]  # the default


def test_the_body_is_searched_too(store: Store, clock: FixedClock) -> None:
    """An entry's body is searched as well as its title."""
    now = clock.now()
    store.entries.add(
        JournalEntry(day=now.date(), title="Tuesday", created=now, updated=now, body="Coached Jon")
    )
    listed = evidence.evidence_candidates(store)
    assert titles(matching(listed, "jon")) == ["Tuesday"]


def test_every_word_must_match_and_title_matches_come_first() -> None:
    """Words are case-insensitive and all needed; a title match outranks a newer body match."""
    listed = [
        one("entry", "Standup notes", 0, text="kaizen board review"),
        one("card", "Kaizen board", 5),
        one("share", "Board talk", 9),
    ]
    assert titles(matching(listed, "BOARD kaizen")) == ["Kaizen board", "Standup notes"]
    assert titles(matching(listed, "board")) == ["Kaizen board", "Board talk", "Standup notes"]
    assert titles(matching(listed, "nothing here")) == []


def test_a_short_id_prefix_names_a_document() -> None:
    """Four characters or more of an id match it (with or without #), ranked after title matches."""
    listed = [one("entry", "Cafe visit", 0, n=0xCAFE0001), one("card", "Other", 1, n=0xCAFE0002)]
    assert titles(matching(listed, "cafe")) == ["Cafe visit", "Other"]
    assert titles(matching(listed, "#cafe0002")) == ["Other"]
    assert titles(matching(listed, "caf")) == ["Cafe visit"]  # too short to be an id: only words


def test_kind_colon_keeps_that_kind_and_the_id_after_it() -> None:
    """`card:` keeps cards, `card:1a2b` cards with that id start; an unknown kind keeps nothing."""
    listed = [one("entry", "E", 0, n=0x1A2B0001), one("card", "C1", 1, n=0x1A2B0002), one("card", "C2", 2)]
    assert titles(matching(listed, "card:")) == ["C1", "C2"]
    assert titles(matching(listed, "card:1a2b")) == ["C1"]
    assert titles(matching(listed, "learn:1a2b")) == []
    assert parse_typed(" #Card:1A2B  Gemba gemba ") == Wanted("card", "1a2b", ("gemba",))


def test_the_list_is_bounded_and_the_rest_counted() -> None:
    """Of 5,000 candidates, 200 are shown newest first and 4,800 counted; narrowing counts again."""
    listed = [one("entry", f"Day {n}", n) for n in range(5000)]
    everything = matching(listed, "")
    assert len(everything.shown) == evidence.SHOWN == 200
    assert everything.more == 4800 and everything.total == 5000
    assert everything.shown[0].title == "Day 0"
    narrowed = matching(listed, "day 12")
    assert narrowed.more == 0 and titles(narrowed)[:3] == ["Day 12", "Day 112", "Day 120"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_is_matched_without_raising(typed: str) -> None:
    """Whatever is typed, matching answers, within the bound."""
    listed = [one("entry", "[/] [@click=app.quit]x[/]", 0), one("card", "Kaizen", 1)]
    found = matching(listed, typed, limit=1)
    assert len(found.shown) <= 1 and found.total <= 2
