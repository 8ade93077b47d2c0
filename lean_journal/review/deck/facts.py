"""What happened to each card in a month (the figures come from lean_journal.review's statistics)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from lean_journal.model import Card, Stage
from lean_journal.model.card import StruggleFrom
from lean_journal.model.growth import Goal, Milestone
from lean_journal.pdca import is_forward
from lean_journal.pdca.rechecks import Recheck, all_rechecks
from lean_journal.review.period import Period

STRUGGLE_ORDER = (
    StruggleFrom.BOSS,
    StruggleFrom.CUSTOMER,
    StruggleFrom.TEAM,
    StruggleFrom.GEMBA,
    StruggleFrom.ME,
)
"""Whose struggle a card is, in the order the struggles slide lists them: the boss's first."""


def next_month(month: Period) -> Period:
    """The calendar month after `month`."""
    return Period.month_of(month.end + timedelta(days=1))


def short_label(month: Period) -> str:
    """A month as a chart's axis names it: 'Nov 26'."""
    return f"{month.start:%b %y}"


@dataclass(frozen=True, slots=True)
class CardMonth:
    """What a card did in a month: finished (Done), dropped, or moved forward to `reached`."""

    card: Card
    finished: bool
    dropped: bool
    reached: Stage | None
    last_move: date


def card_month(card: Card, month: Period) -> CardMonth | None:
    """The card's moves in `month`, or None when it did not move forward, finish or drop in it."""
    previous = card.history[0].stage if card.history else Stage.STRUGGLE
    finished = dropped = False
    reached: Stage | None = None
    last: date | None = None
    for change in card.history:
        day = change.at.date()
        if day in month:
            if change.stage is Stage.DONE:
                finished, last = True, day
            elif change.stage is Stage.DROPPED:
                dropped, last = True, day
            elif is_forward(previous, change.stage):
                reached, last = change.stage, day
        previous = change.stage
    if last is None:
        return None
    return CardMonth(
        card,
        finished and card.stage is Stage.DONE,
        dropped and card.stage is Stage.DROPPED,
        reached,  # how far it got in `month`, even if it has finished or dropped since
        last,
    )


def milestones_in(goals: Iterable[Goal], month: Period) -> list[tuple[Goal, Milestone]]:
    """Each goal milestone ticked in `month`, by day."""
    found = [(g, m) for g in goals for m in g.milestones if m.done_on is not None and m.done_on in month]
    found.sort(key=lambda pair: (pair[1].done_on, pair[0].title))
    return found


def rechecks_in(cards: Iterable[Card], month: Period) -> list[Recheck]:
    """The re-checks of cards still in Done that fell due in `month` or were recorded in it, by day."""
    return [
        check
        for check in all_rechecks(card for card in cards if card.stage is Stage.DONE)
        if check.due in month or (check.result is not None and check.result.on in month)
    ]


def after_days(check: Recheck) -> int:
    """How many days after its adoption a re-check is (30 or 90), counted from the card's move into Done."""
    return (check.due - check.card.entered_stage_at().date()).days
