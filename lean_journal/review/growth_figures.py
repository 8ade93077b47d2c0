"""Learn · Share · Grow figures for a period: learned, shared, share debt, goals active and done, milestones.

Definitions:
- learned, shared: the learn items and share items whose `day` falls in the period;
- share debt: the lessons worth sharing that no share had passed on, at least `share_debt_days` (the
  setting, 14 unless set) old, counted on R, the earlier of today and the period's last day, by the
  one rule in lean_journal.growth.debt;
- goals active: goals whose status is active, created on or before the period's last day;
- goals done: goals done (status done) with `done_on` in the period;
- milestones done: milestones of any goal with `done_on` in the period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lean_journal.growth.debt import DEFAULT_SHARE_DEBT_DAYS, share_debt
from lean_journal.model import Goal, GoalStatus, Learning, Share
from lean_journal.review.period import Period


@dataclass(frozen=True, slots=True)
class GrowthFigures:
    """What Learn · Share · Grow shows for one period (see the module docstring for each definition)."""

    learned: int = 0
    shared: int = 0
    share_debt: int = 0
    goals_active: int = 0
    goals_done: int = 0
    milestones_done: int = 0

    @property
    def empty(self) -> bool:
        """Whether nothing was learned, shared or reached in the period."""
        return not (self.learned or self.shared or self.goals_done or self.milestones_done)


def _dated_in(days: Iterable[date | None], period: Period) -> int:
    """How many of `days` fall inside the period."""
    first, last = period.start, period.end
    return sum(1 for day in days if day is not None and first <= day <= last)


def growth_figures(
    learnings: Iterable[Learning],
    shares: Iterable[Share],
    goals: Iterable[Goal],
    period: Period,
    today: date,
    debt_days: int = DEFAULT_SHARE_DEBT_DAYS,
) -> GrowthFigures:
    """The Learn · Share · Grow figures of `period`, share debt counted on min(today, period.end)."""
    learned, passed, aims = list(learnings), list(shares), list(goals)
    return GrowthFigures(
        learned=_dated_in((item.day for item in learned), period),
        shared=_dated_in((item.day for item in passed), period),
        share_debt=len(share_debt(learned, passed, min(today, period.end), debt_days)),
        goals_active=sum(1 for g in aims if g.status is GoalStatus.ACTIVE and g.created.date() <= period.end),
        goals_done=_dated_in((g.done_on for g in aims if g.status is GoalStatus.DONE), period),
        milestones_done=_dated_in((m.done_on for g in aims for m in g.milestones), period),
    )
