"""Re-checks at 30 and 90 days: due, overdue, recorded as held or slipped, kept on the card."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from lean_journal.model import Card
from lean_journal.pdca.rechecks import all_rechecks, rechecks_of, record, result_text

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
THIRTY, NINETY = date(2026, 11, 20), date(2027, 1, 19)


def adopted(title: str = "Shadow board", rechecks: tuple[date, ...] = (THIRTY, NINETY)) -> Card:
    """A card decided with two re-check days."""
    return Card(title=title, created=NOW, updated=NOW, stage="done", decision="adopt", rechecks=rechecks)  # type: ignore[arg-type]


def test_a_past_unrecorded_recheck_is_due_and_overdue_a_future_one_neither() -> None:
    """On 3 Dec the 20 Nov re-check is overdue, the January one not yet due."""
    first, second = rechecks_of(adopted())
    today = date(2026, 12, 3)
    assert (first.is_due(today), first.is_overdue(today)) == (True, True)
    assert (second.is_due(today), second.is_overdue(today)) == (False, False)
    assert first.is_due(THIRTY) and not first.is_overdue(THIRTY), "on its own day it is due, not late"


def test_recording_keeps_the_result_on_the_card_and_clears_due() -> None:
    """A recorded re-check is neither due nor overdue, round-trips as a dictionary, and reads 'held'."""
    card = record(adopted(), THIRTY, held=True, on=date(2026, 11, 21), note="Still 12 min")
    check = rechecks_of(card)[0]
    assert check.result is not None and check.result.note == "Still 12 min"
    assert not check.is_due(date(2026, 12, 3))
    assert Card.from_dict(card.to_dict()) == card
    assert result_text(check, date(2026, 12, 3)) == "2026-11-20 held"


def test_recording_again_replaces_the_earlier_result() -> None:
    """Held, then looked at again and slipped: one result, the later."""
    card = record(adopted(), THIRTY, held=True, on=date(2026, 11, 21))
    card = record(card, THIRTY, held=False, on=date(2026, 11, 25), note="back to 40 min")
    assert [(r.held, r.note) for r in card.recheck_results] == [(False, "back to 40 min")]
    assert result_text(rechecks_of(card)[0], date(2026, 12, 3)) == "2026-11-20 slipped"


def test_a_day_that_is_not_a_recheck_is_refused() -> None:
    """Only the card's own re-check days can be recorded."""
    with pytest.raises(ValueError, match="no re-check on 2026-11-21"):
        record(adopted(), date(2026, 11, 21), held=True, on=date(2026, 11, 21))


def test_result_texts_and_the_order_over_cards() -> None:
    """Texts for overdue, due today and later; all_rechecks sorts every card's re-checks by day."""
    today = date(2026, 12, 3)
    late, now, later = rechecks_of(adopted(rechecks=(THIRTY, today, NINETY)))
    assert [result_text(c, today) for c in (late, now, later)] == [
        "2026-11-20 (overdue)",
        "2026-12-03 (due)",
        "2027-01-19",
    ]
    other = adopted("Kanban", rechecks=(date(2026, 12, 1),))
    assert [c.due for c in all_rechecks([adopted(), other])] == [THIRTY, date(2026, 12, 1), NINETY]
