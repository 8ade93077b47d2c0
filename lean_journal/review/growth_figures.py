"""Learn · Share · Grow figures for a period: learned, shared, share debt, goals active, milestones done.

Definitions: learned and shared count the items dated in the period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lean_journal.model import GrowthItem, GrowthKind, GrowthStatus
from lean_journal.review.period import Period


@dataclass(frozen=True, slots=True)
class GrowthFigures:
    """What Learn · Share · Grow shows for one period (None: a figure the data cannot tell yet)."""

    learned: int = 0
    shared: int = 0
    share_debt: int | None = None
    goals_active: int | None = None
    milestones_done: int | None = None

    @property
    def empty(self) -> bool:
        """Whether nothing was learned or shared in the period."""
        return not (self.learned or self.shared)


def growth_figures(items: Iterable[GrowthItem], period: Period) -> GrowthFigures:
    """Learned and shared items dated in the period, and the grow items active (no share debt yet)."""
    learned = shared = active = 0
    first, last = period.start, period.end
    for item in items:
        if item.kind is GrowthKind.GROW:
            active += item.status is GrowthStatus.ACTIVE and item.day <= last
        elif first <= item.day <= last:
            learned += item.kind is GrowthKind.LEARN
            shared += item.kind is GrowthKind.SHARE
    return GrowthFigures(learned=learned, shared=shared, goals_active=active)
