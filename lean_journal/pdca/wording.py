"""One home for the board's and the card page's wording of PDCA events."""

from __future__ import annotations

from lean_journal.model import Card, Stage
from lean_journal.text import printable


def decision_notice(closed: Card, added: list[Card]) -> str:
    """One line saying what the decision did."""
    if added:
        return f"Adapted. Next cycle in Plan: {printable(added[0].title)}"
    if closed.stage is Stage.DROPPED:
        return f"Abandoned: {printable(closed.title)}"
    days = " and ".join(f"{day.day} {day:%b %Y}" for day in closed.rechecks)
    return f"Adopted. Re-check on {days}."
