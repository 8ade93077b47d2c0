"""Re-checks of adopted improvements: which fall due in a period, and which are overdue.

A card adopted in Act gets re-check days (30 and 90 days on, see pdca.flow.RECHECK_DAYS); only cards
still in Done count. Definitions:
- due: re-checks dated inside the period, recorded or not;
- overdue: re-checks not recorded, dated before today and no later than the period's last day.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from lean_journal.model import Card, Stage
from lean_journal.review.period import Period


@dataclass(frozen=True, slots=True)
class Recheck:
    """One re-check of one card."""

    card_id: str
    title: str
    day: date
    recorded: bool


@dataclass(frozen=True, slots=True)
class RecheckFigures:
    """The re-checks due in a period and those overdue, each list ordered by day then title."""

    due: tuple[Recheck, ...] = ()
    overdue: tuple[Recheck, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether no re-check is due or overdue."""
        return not (self.due or self.overdue)


def recorded_days(card: Card) -> frozenset[date]:
    """The re-check days the card holds a recorded result for.

    The one place that says so: the card model does not record re-check results yet (the Review
    screen's part of issue 14 adds them), so until then no re-check is recorded.
    """
    return frozenset()


def all_rechecks(cards: Iterable[Card]) -> list[Recheck]:
    """Every re-check of the cards still in Done, by day then title."""
    found = [
        Recheck(card.id, card.title, day, day in recorded_days(card))
        for card in cards
        if card.stage is Stage.DONE and card.rechecks
        for day in card.rechecks
    ]
    found.sort(key=lambda recheck: (recheck.day, recheck.title, recheck.card_id))
    return found


def recheck_figures(rechecks: Sequence[Recheck], period: Period, today: date) -> RecheckFigures:
    """The re-checks due inside `period` and those overdue by `today` (dated up to the period's end), from
    `all_rechecks(cards)` (made once for many periods)."""
    days = [recheck.day for recheck in rechecks]
    due = rechecks[bisect_left(days, period.start) : bisect_right(days, period.end)]
    before = bisect_left(days, min(today, period.end + timedelta(days=1)))
    return RecheckFigures(
        due=tuple(due), overdue=tuple(recheck for recheck in rechecks[:before] if not recheck.recorded)
    )
