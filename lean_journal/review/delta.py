"""Each figure against the previous period, the way improvement platforms show green and red deltas.

`compare(current, previous, previous_empty)` gives a `Delta` whose `change` is:
- `current - previous` (rounded to two decimals) when both are numbers;
- `"new"` when the previous period was empty (nothing at all in that part: no entry, no card moved,
  nothing learned or shared) and the figure now is a number other than 0;
- None when there is nothing to compare: an empty previous period and a figure of 0 or None now, or
  a figure that is None on either side (a mean with no ratings, a percentile with no card finished).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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
