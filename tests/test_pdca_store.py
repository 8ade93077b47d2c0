"""PDCA cards through the store: history, cycle time and column order survive a reopen of the file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Decision, Stage
from lean_journal.store import Store

PLANNED = {"problem": "handover loses info", "target": "no lost items", "hypothesis": "a written checklist"}


def test_history_and_cycle_time_survive_a_reopen(db_path: Path, clock: FixedClock) -> None:
    """Each move is stored with its time; the reopened card gives the same stage times and cycle time."""
    store = Store(db_path, clock)
    card = store.cards.add(pdca.new_card("Shift handover", Stage.STRUGGLE, clock.now()))
    for days, stage in ((1, Stage.PLAN), (3, Stage.DO), (10, Stage.CHECK), (2, Stage.ACT)):
        clock.advance(days=days)
        card = store.cards.update(pdca.move(card.with_changes(**PLANNED, result="ok"), stage, clock.now()))
    clock.advance(days=1)
    done, _ = pdca.decide(card, Decision.ADOPT, clock.now(), standard="checklist at every handover")
    store.cards.update(done)
    again = Store(db_path, clock).cards.get(card.id)
    assert [change.stage for change in again.history] == [
        Stage.STRUGGLE,
        Stage.PLAN,
        Stage.DO,
        Stage.CHECK,
        Stage.ACT,
        Stage.DONE,
    ]
    assert again.history == done.history
    later = clock.now() + timedelta(days=100)
    spent = pdca.time_in_stages(again, later)
    assert spent == {
        Stage.STRUGGLE: timedelta(days=1),
        Stage.PLAN: timedelta(days=3),
        Stage.DO: timedelta(days=10),
        Stage.CHECK: timedelta(days=2),
        Stage.ACT: timedelta(days=1),
    }
    assert pdca.cycle_time(again, later) == timedelta(days=17)
    assert again.rechecks == (clock.today() + timedelta(days=30), clock.today() + timedelta(days=90))


def test_column_order_is_stored(db_path: Path, clock: FixedClock) -> None:
    """Reordered positions are saved: a reopened store lists the column in the new order."""
    store = Store(db_path, clock)
    for title in ("a", "b", "c", "d"):
        column = store.cards.list(stage=Stage.DO)
        store.cards.add(pdca.new_card(title, Stage.DO, clock.now(), pdca.append_position(column)))
    column = store.cards.list(stage=Stage.DO)
    with store.batch():
        for card in pdca.swap_positions(column, column[3].id, -2):
            store.cards.update(card)
    reopened = Store(db_path, clock).cards.list(stage=Stage.DO)
    assert [card.title for card in reopened] == ["a", "d", "b", "c"]


def test_adapt_stores_both_cards_linked(db_path: Path, clock: FixedClock) -> None:
    """The adapted card and its next cycle are stored together and linked by id."""
    store = Store(db_path, clock)
    card = store.cards.add(pdca.new_card("Inbox", Stage.ACT, clock.now()).with_changes(**PLANNED))
    done, follow = pdca.decide(card, Decision.ADAPT, clock.now(), next_step="try mornings only")
    assert follow is not None
    with store.batch():
        store.cards.update(done)
        store.cards.add(follow)
    reopened = Store(db_path, clock)
    assert reopened.cards.get(follow.id).previous_cycle == card.id
    assert [c.title for c in reopened.cards.list(stage=Stage.PLAN)] == ["Inbox (cycle 2)"]
    assert reopened.cards.get(card.id).stage is Stage.DONE
