"""The short deck of a month where no card finished, moved or was dropped: two slides when the month is
truly empty, but never without a re-check recorded held or slipped in it, nor what was learned or shared."""

from __future__ import annotations

from datetime import UTC, date, datetime

from deck_fixture import TODAY, fixture_store

from lean_journal.model import Card, Decision, Stage, StageChange
from lean_journal.model.card import RecheckResult
from lean_journal.model.growth import Learning
from lean_journal.review.deck.content import NO_ASK, NO_AUTHOR, NOTHING_FINISHED, build_deck
from lean_journal.review.deck.html import render_html
from lean_journal.review.deck.marp import render_markdown
from lean_journal.store import Store


def test_empty_month_is_short_and_honest(db_path):
    store = fixture_store(db_path, notes=False)
    deck = build_deck(store, date(2026, 6, 1), TODAY)
    assert deck.empty and deck.author == NO_AUTHOR
    assert deck.titles == ("Kaizen report · June 2026", "Next month")
    assert deck.slides[0].blocks[0].text == NOTHING_FINISHED  # type: ignore[union-attr]
    experiments, _goals, _due, ask = deck.slides[1].blocks
    assert experiments.items == ("Searching for tools (Do)",)  # type: ignore[union-attr]
    assert ask.empty == NO_ASK and not ask.items  # type: ignore[union-attr]
    assert "No improvements finished this month" in render_markdown(deck)
    assert "No improvements finished this month" in render_html(deck)


def quiet_june(db_path, *, held: bool, learned: bool) -> Store:
    """The fixture journal, where no card moves in June 2026, plus a card adopted in March whose re-check
    was recorded in June (held or slipped) and, if `learned`, a learning written in June."""
    store = fixture_store(db_path, notes=False)
    adopted = {"created": datetime(2026, 3, 1, tzinfo=UTC), "updated": datetime(2026, 6, 12, tzinfo=UTC)}
    result = RecheckResult(
        date(2026, 6, 10), date(2026, 6, 12), held, "Still on the wall." if held else "Gone."
    )
    store.cards.add(
        Card(
            title="Andon cord",
            stage=Stage.DONE,
            decision=Decision.ADOPT,
            history=(
                StageChange(Stage.PLAN, adopted["created"]),
                StageChange(Stage.DONE, datetime(2026, 3, 12, tzinfo=UTC)),
            ),
            rechecks=(date(2026, 4, 11), date(2026, 6, 10)),
            recheck_results=(result,),
            **adopted,
        )
    )
    if learned:
        store.learnings.add(Learning(title="Read Gemba Kaizen", day=date(2026, 6, 3), **adopted))
    return store


def test_a_quiet_month_keeps_a_slipped_recheck_and_what_was_learned(db_path):
    deck = build_deck(quiet_june(db_path, held=False, learned=True), date(2026, 6, 1), TODAY)
    assert deck.titles == (
        "Kaizen report · June 2026",
        "Still holding? Re-checks",
        "Learn · Share · Grow",
        "Next month",
    )
    _held, slipped, _waiting = deck.slides[1].blocks
    assert slipped.items == ("Andon cord: 90 days after adoption (10 Jun): Gone.",)  # type: ignore[union-attr]
    learned = deck.slides[2].blocks[0]
    assert learned.items == ("Read Gemba Kaizen",)  # type: ignore[union-attr]
    assert "Gone." in render_markdown(deck) and "Read Gemba Kaizen" in render_html(deck)


def test_a_quiet_month_keeps_a_held_recheck_and_no_empty_growth_slide(db_path):
    deck = build_deck(quiet_june(db_path, held=True, learned=False), date(2026, 6, 1), TODAY)
    assert deck.titles == ("Kaizen report · June 2026", "Still holding? Re-checks", "Next month")
    held = deck.slides[1].blocks[0]
    assert held.items == ("Andon cord: 90 days after adoption (10 Jun): Still on the wall.",)  # type: ignore[union-attr]
