"""What happened to each card in a month, and the few month figures the deck needs.

TO BE REPLACED: the figures here (finished, impact, streaks) are small private stand-ins
until lean_journal.review's statistics (period.py and the journal/pdca/growth figures) are merged; the card
events and the struggle kinds stay.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from lean_journal.model import Card, Decision, JournalEntry, Stage
from lean_journal.model.card import StruggleFrom
from lean_journal.model.growth import Goal, Milestone
from lean_journal.pdca import is_forward
from lean_journal.pdca.rechecks import Recheck, all_rechecks

STRUGGLE_ORDER = (
    StruggleFrom.BOSS,
    StruggleFrom.CUSTOMER,
    StruggleFrom.TEAM,
    StruggleFrom.GEMBA,
    StruggleFrom.ME,
)
"""Whose struggle a card is, in the order the struggles slide lists them: the boss's first."""


@dataclass(frozen=True, slots=True)
class Month:
    """The days of one calendar month, both ends included (TO BE REPLACED by review.period.Period)."""

    start: date
    end: date

    @classmethod
    def of(cls, day: date) -> Month:
        """The calendar month `day` is in."""
        last = calendar.monthrange(day.year, day.month)[1]
        return cls(day.replace(day=1), day.replace(day=last))

    def previous(self) -> Month:
        """The calendar month before this one."""
        return Month.of(self.start - timedelta(days=1))

    def next(self) -> Month:
        """The calendar month after this one."""
        return Month.of(self.end + timedelta(days=1))

    def holds(self, day: date) -> bool:
        """Whether `day` lies in this month."""
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        """The month as people name it: 'November 2026'."""
        return f"{self.start:%B %Y}"

    @property
    def short(self) -> str:
        """The month as an axis names it: 'Nov 26'."""
        return f"{self.start:%b %y}"


@dataclass(frozen=True, slots=True)
class CardMonth:
    """What a card did in a month: finished (Done), dropped, or moved forward to `reached`."""

    card: Card
    finished: bool
    dropped: bool
    reached: Stage | None
    last_move: date


def card_month(card: Card, month: Month) -> CardMonth | None:
    """The card's moves in `month`, or None when it did not move forward, finish or drop in it."""
    previous = card.history[0].stage if card.history else Stage.STRUGGLE
    finished = dropped = False
    reached: Stage | None = None
    last: date | None = None
    for change in card.history:
        day = change.at.date()
        if month.holds(day):
            if change.stage is Stage.DONE:
                finished, last = True, day
            elif change.stage is Stage.DROPPED:
                dropped, last = True, day
            elif is_forward(previous, change.stage):
                reached, last = change.stage, day
        previous = change.stage
    if last is None:
        return None
    closed_now = card.stage in (Stage.DONE, Stage.DROPPED)
    return CardMonth(
        card,
        finished and card.stage is Stage.DONE,
        dropped and card.stage is Stage.DROPPED,
        None if closed_now else reached,
        last,
    )


def finished_in(cards: Iterable[Card], month: Month) -> list[Card]:
    """Cards moved into Done in `month` and still there (TO BE REPLACED by the pdca figures)."""
    found = []
    for card in cards:
        if card.stage is Stage.DONE and any(
            c.stage is Stage.DONE and month.holds(c.at.date()) for c in card.history
        ):
            found.append(card)
    return found


def impact_by_unit(cards: Iterable[Card]) -> dict[str, float]:
    """Impact totals by unit over adopted cards (TO BE REPLACED by the pdca figures)."""
    totals: dict[str, float] = {}
    for card in cards:
        if card.decision is Decision.ADOPT and card.impact is not None:
            unit = card.impact_unit or "impact"
            totals[unit] = totals.get(unit, 0.0) + card.impact
    return dict(sorted(totals.items()))


def streaks(days: Collection[date], month: Month) -> tuple[int, int]:
    """The longest run of written days inside `month`, and the run that ends on its last day (or the day
    before), counted back past its start (TO BE REPLACED by review.streaks)."""
    longest = run = 0
    day = month.start
    while day <= month.end:
        run = run + 1 if day in days else 0
        longest = max(longest, run)
        day += timedelta(days=1)
    day = month.end if month.end in days else month.end - timedelta(days=1)
    current = 0
    while day in days:
        current += 1
        day -= timedelta(days=1)
    return longest, current


def words_per_day(entries: Iterable[JournalEntry], month: Month) -> tuple[int, ...]:
    """Words written on each day of `month`, from its first day."""
    words = [0] * (month.end.day)
    for entry in entries:
        if month.holds(entry.day):
            words[entry.day.day - 1] += len(entry.body.split())
    return tuple(words)


def milestones_in(goals: Iterable[Goal], month: Month) -> list[tuple[Goal, Milestone]]:
    """Each goal milestone ticked in `month`, by day."""
    found = [(g, m) for g in goals for m in g.milestones if m.done_on is not None and month.holds(m.done_on)]
    found.sort(key=lambda pair: (pair[1].done_on, pair[0].title))
    return found


def rechecks_in(cards: Iterable[Card], month: Month) -> list[Recheck]:
    """The re-checks of cards still in Done that fell due in `month` or were recorded in it, by day."""
    return [
        check
        for check in all_rechecks(card for card in cards if card.stage is Stage.DONE)
        if month.holds(check.due) or (check.result is not None and month.holds(check.result.on))
    ]


def after_days(check: Recheck) -> int:
    """How many days after its adoption a re-check is (30 or 90), counted from the card's move into Done."""
    return (check.due - check.card.entered_stage_at().date()).days
