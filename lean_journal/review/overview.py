"""Everything the Review area shows for one period, made at once from a `ReviewData` (pure, no Textual).

The area builds it in a worker thread (`overview(data, period, today)`) and then only draws it:
- the period's figures against the previous period (`review`);
- the day-cell grid of the twelve months ending with the period (`heatmap`, see review/heatmap.py);
- entries and words per month, mood and energy per ISO week, cards finished per month, over the grid's
  months;
- the re-checks to look at: every unrecorded one whose day has come, and any dated in the period;
- the goals still active, with their progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lean_journal.model import Goal, GoalStatus, JournalEntry
from lean_journal.pdca.rechecks import Recheck
from lean_journal.review.heatmap import Heatmap, build_heatmap, window_of
from lean_journal.review.pdca_figures import pdca_figures
from lean_journal.review.period import Period
from lean_journal.review.stats import Review, ReviewData
from lean_journal.review.trends import (
    Means,
    Totals,
    month_starts,
    ratings_by_week,
    totals_by_month,
    words_per_day,
)


@dataclass(frozen=True, slots=True)
class Overview:
    """What the Review area draws for one period (see the module docstring)."""

    review: Review
    heatmap: Heatmap
    month_totals: dict[date, Totals]
    week_ratings: dict[date, Means]
    throughput: dict[date, int]
    """Cards finished (adopted, adapted or abandoned) in each month of the grid's months."""
    rechecks: tuple[Recheck, ...]
    goals: tuple[Goal, ...]

    @property
    def period(self) -> Period:
        """The period shown."""
        return self.review.current.period


def rechecks_to_show(rechecks: list[Recheck], period: Period, today: date) -> tuple[Recheck, ...]:
    """Unrecorded re-checks whose day has come, and every re-check dated in the period, by day."""
    return tuple(check for check in rechecks if check.is_due(today) or check.due in period)


def throughput(data: ReviewData, window: Period) -> dict[date, int]:
    """Cards finished in each month overlapping `window`, keyed by its first day."""
    out: dict[date, int] = {}
    for first in month_starts(window):
        month = Period.month(first.year, first.month)
        out[first] = pdca_figures(data.cards, month).finished
    return out


def overview(data: ReviewData, period: Period, today: date) -> Overview:
    """Everything the area shows for `period`, as seen on `today`."""
    window = window_of(period)
    active = tuple(goal for goal in data.goals if goal.status is GoalStatus.ACTIVE)
    return Overview(
        review=data.review(period, today),
        heatmap=build_heatmap(words_per_day(data.journal, window), window, today),
        month_totals=totals_by_month(data.journal, window),
        week_ratings=ratings_by_week(data.journal, window),
        throughput=throughput(data, window),
        rechecks=rechecks_to_show(data.rechecks, period, today),
        goals=tuple(sorted(active, key=lambda goal: (goal.target or date.max, goal.title))),
    )


def entries_of(data: ReviewData, day: date) -> list[JournalEntry]:
    """The entries written on `day`, in the order they were written."""
    return sorted(data.journal.within(Period.range(day, day)), key=lambda entry: entry.created)
