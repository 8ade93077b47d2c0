"""Each figure against the previous period, the way improvement platforms show green and red deltas.

`compare(current, previous, previous_empty)` gives a `Delta` whose `change` is:
- `current - previous` (rounded to two decimals) when both are numbers;
- `"new"` when the previous period was empty (nothing at all in that part: no entry, no card moved,
  nothing learned, shared or reached, no re-check recorded) and the figure now is a number other than 0;
- None when there is nothing to compare: an empty previous period and a figure of 0 or None now, or
  a figure that is None on either side (a mean with no ratings, a percentile with no card finished).

Only a figure made of the period's own events can be "new": `KINDS` says, for every figure, whether it
counts EVENTS of the period (entries, cards finished, lessons learned...) or is a LEVEL (a state on the
reference day R, such as share debt or the current streak, or a run of whole weeks that reaches past the
period): a level is always compared with its previous value, however quiet the previous period was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Number = int | float
NEW: Literal["new"] = "new"
Change = Number | Literal["new"] | None
DECIMALS = 2
LOWER_IS_BETTER = frozenset(
    {
        "overdue",
        "due",
        "slipped",
        "share_debt",
        "cycle_days_p50",
        "cycle_days_p85",
        "dropped",
        "time_per_stage",
    }
)
"""The figures that improve when they fall (and every stage of time per stage); all others by rising."""


class Kind(StrEnum):
    """Whether a figure counts the period's own events or is a level (see the module docstring)."""

    EVENTS = "events"
    LEVEL = "level"


KINDS: dict[str, Kind] = {
    # journal
    "entries": Kind.EVENTS,
    "days_written": Kind.EVENTS,
    "words": Kind.EVENTS,
    "longest_streak": Kind.EVENTS,  # a run of the period's own written days
    "current_streak": Kind.LEVEL,  # ends on R, counted back past the period's start
    "weekly_streak": Kind.LEVEL,  # ends with R's week, counted back past the period's start
    "longest_weekly_streak": Kind.LEVEL,  # whole weeks: the first and last reach outside the period
    "mood_avg": Kind.EVENTS,
    "energy_avg": Kind.EVENTS,
    # pdca
    "started": Kind.EVENTS,
    "adopted": Kind.EVENTS,
    "adapted": Kind.EVENTS,
    "abandoned": Kind.EVENTS,
    "dropped": Kind.EVENTS,
    "cycle_days_p50": Kind.EVENTS,
    "cycle_days_p85": Kind.EVENTS,
    "time_per_stage": Kind.EVENTS,  # stays that ended in the period
    "impact": Kind.EVENTS,
    # growth
    "learned": Kind.EVENTS,
    "shared": Kind.EVENTS,
    "share_debt": Kind.LEVEL,  # on R
    "goals_active": Kind.LEVEL,  # goals active, made by the period's end
    "goals_done": Kind.EVENTS,
    "milestones_done": Kind.EVENTS,
    # rechecks
    "due": Kind.LEVEL,  # not recorded by R
    "overdue": Kind.LEVEL,
    "held": Kind.EVENTS,  # results recorded in the period
    "slipped": Kind.EVENTS,
}
"""The one classification of every figure the review compares, by its name (names are unique)."""


def may_be_new(name: str) -> bool:
    """Whether the figure `name` counts events, and so can be "new" against an empty previous period."""
    return KINDS[name] is Kind.EVENTS


@dataclass(frozen=True, slots=True)
class Delta:
    """A figure now, in the previous period, and the change between them (see the module docstring)."""

    current: Number | None
    previous: Number | None
    change: Change

    def verdict(self, lower_is_better: bool = False) -> Literal["better", "worse", "same"] | None:
        """Whether the change is an improvement (for green or red); None when there is no number to judge."""
        if self.change == NEW:
            return "better" if not lower_is_better else "worse"
        if self.change is None or isinstance(self.change, str):
            return None
        if self.change == 0:
            return "same"
        rose = self.change > 0
        return "better" if rose != lower_is_better else "worse"


def compare(current: Number | None, previous: Number | None, previous_empty: bool = False) -> Delta:
    """The Delta of one figure (see the module docstring for the rules)."""
    if previous_empty:
        return Delta(current, previous, NEW if current not in (None, 0) else None)
    if current is None or previous is None:
        return Delta(current, previous, None)
    change = current - previous
    return Delta(current, previous, round(change, DECIMALS) if isinstance(change, float) else change)


def compare_totals(
    current: Mapping[str, Number | None], previous: Mapping[str, Number | None], previous_empty: bool = False
) -> dict[str, Delta]:
    """A Delta per key of either mapping (totals by unit, means by stage); a key missing on one side
    counts as 0 there (a unit no card was adopted with)."""
    keys = sorted(set(current) | set(previous))
    return {key: compare(current.get(key, 0), previous.get(key, 0), previous_empty) for key in keys}
