"""Re-checks: after adopting, look again at 30 and 90 days whether the improvement still holds. Pure.

A re-check is *due* from its day on until a result is recorded for it; *overdue* once its day has passed
without one. A recorded result says whether the improvement held (sustainment) or slipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lean_journal.model.card import Card, RecheckResult


@dataclass(frozen=True, slots=True)
class Recheck:
    """One re-check of one card: its day and, once recorded, what it found."""

    card: Card
    due: date
    result: RecheckResult | None

    def is_due(self, today: date) -> bool:
        """Unrecorded and its day has come."""
        return self.result is None and self.due <= today

    def is_overdue(self, today: date) -> bool:
        """Unrecorded and its day has passed."""
        return self.result is None and self.due < today


def rechecks_of(card: Card) -> list[Recheck]:
    """Every re-check of a card, in date order, each with its recorded result if any."""
    results = {result.due: result for result in card.recheck_results}
    return [Recheck(card, due, results.get(due)) for due in sorted(card.rechecks)]


def all_rechecks(cards: Iterable[Card]) -> list[Recheck]:
    """The re-checks of every card, by day."""
    return sorted((r for card in cards for r in rechecks_of(card)), key=lambda r: (r.due, r.card.title))


def record(card: Card, due: date, held: bool, on: date, note: str = "") -> Card:
    """The card with the result of its re-check of `due` recorded (replacing an earlier one)."""
    if due not in card.rechecks:
        raise ValueError(f"the card has no re-check on {due.isoformat()}")
    kept = tuple(result for result in card.recheck_results if result.due != due)
    result = RecheckResult(due=due, on=on, held=held, note=note)
    return card.with_changes(recheck_results=tuple(sorted((*kept, result), key=lambda r: r.due)))


def result_text(check: Recheck, today: date) -> str:
    """ "2026-12-01 held", "2026-12-01 slipped", "2026-12-01 (due)", "2026-12-01 (overdue)" or the day."""
    day = check.due.isoformat()
    if check.result is not None:
        return f"{day} {'held' if check.result.held else 'slipped'}"
    if check.is_overdue(today):
        return f"{day} (overdue)"
    return f"{day} (due)" if check.is_due(today) else day
