"""What the deck keeps and reads in the file: month notes, the author, and only the month's documents."""

from __future__ import annotations

from datetime import date

import pytest

from lean_journal.model import ValidationError
from lean_journal.model.report import MonthNotes, month_key, parse_month
from lean_journal.review.deck.content import build_deck
from lean_journal.review.deck.marp import render_markdown
from lean_journal.store import Store

CARD = "a0000000-0000-4000-8000-000000000000"


def test_month_notes_round_trip_and_default(store, db_path):
    notes = MonthNotes(month="2026-11", headline=" Halved ", ask="Time", chosen=[CARD, CARD.upper()])
    assert notes.headline == "Halved" and notes.chosen == (CARD,)
    store.reports.put(notes)
    reopened = Store(db_path)
    assert reopened.reports.get("2026-11") == notes == reopened.reports.get(date(2026, 11, 30))
    assert reopened.reports.get("2026-12") == MonthNotes(month="2026-12")  # never written: empty
    assert notes.shows(CARD) and not notes.shows("b" + CARD[1:])
    assert MonthNotes(month="2026-11").shows(CARD)  # None chooses every card


def test_a_damaged_month_document_reads_as_empty(store, db_path):
    store.reports.put(MonthNotes(month="2026-11", headline="x"))
    store.storage.read()["reports"]["2026-11"]["chosen"] = "not a list"  # as another tool might leave it
    assert store.reports.get("2026-11") == MonthNotes(month="2026-11")


def test_author_setting(store, db_path):
    assert store.reports.author() == ""
    store.reports.set_author("  Dana   Lee ")
    assert Store(db_path).reports.author() == "Dana Lee"
    assert Store(db_path).settings.get("author") == "Dana Lee"


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "26-11", "2026-1", "november", ""])
def test_bad_months_are_refused(text):
    with pytest.raises(ValidationError, match="is not a month"):
        parse_month(text)


def test_month_key_and_parse():
    assert parse_month(" 2026-02 ") == date(2026, 2, 1) and month_key(date(2024, 2, 29)) == "2024-02"
    with pytest.raises(ValidationError, match="chosen"):
        MonthNotes(month="2026-11", chosen=["not an id"])


def test_only_the_months_documents_are_made_and_the_deck_is_the_same(demo_store, db_path):
    october = render_markdown(build_deck(demo_store, date(2026, 10, 1), date(2026, 11, 24)))
    assert not demo_store.cards.is_built() and not demo_store.entries.is_built()
    assert len(demo_store.cards.decoded_so_far()) < len(demo_store.cards.raw_documents())
    in_october = [d for d in demo_store.entries.raw_documents().values() if d["day"].startswith("2026-10")]
    assert len(demo_store.entries.decoded_so_far()) == len(in_october)  # October's entries alone
    decks = [render_markdown(build_deck(demo_store, date(2026, m, 1), date(2026, 11, 24))) for m in (3, 8)]
    decks.append(october)
    whole = Store(db_path)
    whole.cards.all(), whole.entries.all(), whole.learnings.all(), whole.shares.all(), whole.goals.all()
    again = [render_markdown(build_deck(whole, date(2026, m, 1), date(2026, 11, 24))) for m in (3, 8, 10)]
    assert decks == again


def test_on_days_and_written_days(demo_store):
    october = demo_store.entries.on_days(date(2026, 10, 1), date(2026, 10, 31))
    every = demo_store.entries.all()
    assert october == sorted(
        (e for e in every if date(2026, 10, 1) <= e.day <= date(2026, 10, 31)),
        key=lambda e: (e.day, e.created),
    )
    assert demo_store.entries.written_days() == {e.day for e in every}
