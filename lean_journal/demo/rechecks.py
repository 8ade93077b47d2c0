"""The re-checks a demo card's owner went and did: most held, a few slipped, the latest still due."""

from __future__ import annotations

from datetime import timedelta

from lean_journal.demo.cards_text import RECHECK_HELD, RECHECK_SLIPPED
from lean_journal.demo.rng import DemoRandom, Span
from lean_journal.model import Card
from lean_journal.model.card import RecheckResult

RECENT = timedelta(days=10)
"""Re-checks due this close to today are left undone, so the demo has some due."""
LATELY = timedelta(days=60)
"""Re-checks due in this stretch before today may still be undone (overdue); older ones were all done."""
MISSED = 0.15
"""How often a re-check due lately was not recorded yet."""
HELD = 0.85
"""How often an improvement still held when it was re-checked."""


def with_recheck_results(card: Card, span: Span) -> Card:
    """`card` with results for its past re-checks, drawn from its own generator (the rest of the demo is
    left exactly as it was)."""
    if not card.rechecks:
        return card
    rng = DemoRandom(card.id)
    results = []
    for due in card.rechecks:
        if due > span.today - RECENT or (due > span.today - LATELY and rng.chance(MISSED)):
            continue
        on = min(due + timedelta(days=rng.randint(0, 5)), span.today)
        held = rng.chance(HELD)
        results.append(RecheckResult(due, on, held, rng.choice(RECHECK_HELD if held else RECHECK_SLIPPED)))
    return card.with_changes(recheck_results=tuple(results)) if results else card
