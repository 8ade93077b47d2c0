"""The PDCA board's figures for a period: cards started and finished, cycle times, time per stage, impact.

Definitions (each read from a card's own `created`, `history` of stage moves and `decision`):
- started: cards whose `created` falls in the period (its own date, not converted to another zone);
- adopted / adapted / abandoned: cards now in Done (adopt, adapt) or Dropped (abandon) with that
  decision, whose last move into that stage happened in the period; dropped: cards now in Dropped
  without the abandon decision, moved there in the period. A card put back on the board no longer counts;
- cycle time: days from the card's first move into Plan (its creation if it never was in Plan) to its
  last move into Done, for the cards that entered Done in the period (any decision); p50 and p85 are
  nearest-rank percentiles (the value at rank ceil(p/100 x n) of the n sorted times: always a real
  card's time), None when no card finished;
- time per stage: the mean days of each stay in a board stage that ended (the card moved on) in the
  period, None for a stage no card left;
- impact: the sum of `impact` by `impact_unit` over the cards adopted in the period (cards without an
  impact figure left out).
Days are 24 hours of the recorded moments, rounded to two decimals.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from lean_journal.model import CLOSED, OPEN, Card, Decision, Stage
from lean_journal.pdca.timing import stays
from lean_journal.review.period import Period

DECIMALS = 2
OUTCOMES = ("adopted", "adapted", "abandoned", "dropped")
P50, P85 = 50, 85


@dataclass(frozen=True, slots=True)
class PdcaFigures:
    """What the board shows for one period (see the module's docstring for each definition)."""

    started: int = 0
    adopted: int = 0
    adapted: int = 0
    abandoned: int = 0
    dropped: int = 0
    cycle_days_p50: float | None = None
    cycle_days_p85: float | None = None
    cycle_days: tuple[float, ...] = ()
    time_per_stage: dict[Stage, float | None] = field(default_factory=dict)
    impact: dict[str, float] = field(default_factory=dict)

    @property
    def finished(self) -> int:
        """Cards decided in the period: adopted, adapted or abandoned."""
        return self.adopted + self.adapted + self.abandoned

    @property
    def empty(self) -> bool:
        """Whether nothing happened on the board in the period (no card started, finished or moved on)."""
        moved = any(days is not None for days in self.time_per_stage.values())
        return not (self.started or self.finished or self.dropped or self.cycle_days or moved)


def days_between(start: datetime, end: datetime) -> float:
    """The days from `start` to `end` as a decimal number (never below zero)."""
    return max((end - start) / timedelta(days=1), 0.0)


def percentile(values: Sequence[float], p: float) -> float | None:
    """The nearest-rank `p`th percentile: the value at rank ceil(p/100 x n) of the sorted values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(math.ceil(p / 100 * len(ordered)), 1)
    return ordered[rank - 1]


def outcome(card: Card) -> str | None:
    """How the card's cycle ended: adopted, adapted, abandoned or dropped; None while open (or Done
    without a decision)."""
    if card.stage is Stage.DROPPED:
        return "abandoned" if card.decision is Decision.ABANDON else "dropped"
    if card.stage is Stage.DONE and card.decision in (Decision.ADOPT, Decision.ADAPT):
        return "adopted" if card.decision is Decision.ADOPT else "adapted"
    return None


def closed_on(card: Card) -> date | None:
    """The day the card last moved into Done or Dropped, where it still is (None while open)."""
    return card.entered_stage_at().date() if card.stage in CLOSED else None


def cycle_days(card: Card) -> float | None:
    """Days from first entering Plan (or creation, if never in Plan) to entering Done; None if not Done."""
    if card.stage is not Stage.DONE:
        return None
    start = next((change.at for change in card.history if change.stage is Stage.PLAN), card.created)
    return days_between(start, card.entered_stage_at())


def _touches(card: Card, period: Period) -> bool:
    """Whether anything of the card can have happened in the period (a quick test before the details)."""
    last = card.history[-1].at if card.history else card.created
    return card.created.date() <= period.end and last.date() >= period.start


def _stage_days(cards: Iterable[Card], period: Period) -> dict[Stage, float | None]:
    """Mean days of the stays in each board stage that ended in the period."""
    spent: dict[Stage, list[float]] = {stage: [] for stage in OPEN}
    first, last = period.start, period.end
    for card in cards:
        for stay in stays(card):
            if stay.end is not None and stay.stage in spent and first <= stay.end.date() <= last:
                spent[stay.stage].append(days_between(stay.start, stay.end))
    return {stage: _rounded(sum(d) / len(d)) if d else None for stage, d in spent.items()}


def _rounded(value: float | None) -> float | None:
    """`value` to two decimals (None stays None)."""
    return None if value is None else round(value, DECIMALS)


def pdca_figures(cards: Iterable[Card], period: Period) -> PdcaFigures:
    """The board's figures for `period`, from every card (those that cannot touch it are skipped)."""
    near = [card for card in cards if _touches(card, period)]
    counts = dict.fromkeys(OUTCOMES, 0)
    cycles: list[float] = []
    impact: dict[str, float] = {}
    for card in near:
        if closed_on(card) not in period:
            continue
        ended = outcome(card)
        if ended:
            counts[ended] += 1
        if ended == "adopted" and card.impact is not None:
            unit = card.impact_unit.strip()
            impact[unit] = impact.get(unit, 0.0) + card.impact
        days = cycle_days(card)
        if days is not None:
            cycles.append(days)
    return PdcaFigures(
        started=sum(1 for card in near if card.created.date() in period),
        adopted=counts["adopted"],
        adapted=counts["adapted"],
        abandoned=counts["abandoned"],
        dropped=counts["dropped"],
        cycle_days_p50=_rounded(percentile(cycles, P50)),
        cycle_days_p85=_rounded(percentile(cycles, P85)),
        cycle_days=tuple(sorted(round(days, DECIMALS) for days in cycles)),
        time_per_stage=_stage_days(near, period),
        impact={unit: round(total, DECIMALS) for unit, total in sorted(impact.items())},
    )
