"""Learn · Share · Grow review figures on hand-made items, each answer worked out by hand in the test."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from lean_journal.model import Goal, GoalStatus, Learning, Milestone, Share
from lean_journal.review.growth_figures import GrowthFigures, growth_figures
from lean_journal.review.period import Period

D = date
NOVEMBER, DECEMBER = Period.month(2026, 11), Period.month(2026, 12)
TODAY = D(2026, 12, 10)


def moment(day: date) -> datetime:
    """9:00 UTC on `day`."""
    return datetime.combine(day, time(9), UTC)


def lesson(day: date, worth_sharing: bool = True) -> Learning:
    """A lesson learned on `day`."""
    return Learning(title="l", day=day, created=moment(day), updated=moment(day), worth_sharing=worth_sharing)


def share(day: date, *lessons: Learning) -> Share:
    """A share on `day` passing on `lessons`."""
    return Share(
        title="s", day=day, created=moment(day), updated=moment(day), passes=tuple(x.id for x in lessons)
    )


def goal(created: date, status: GoalStatus = GoalStatus.ACTIVE, **fields: object) -> Goal:
    """A goal created on `created`."""
    return Goal(title="g", created=moment(created), updated=moment(created), status=status, **fields)  # type: ignore[arg-type]


L1, L2, L3, L4 = (
    lesson(D(2026, 11, 4)),
    lesson(D(2026, 10, 1)),
    lesson(D(2026, 10, 20)),
    lesson(D(2026, 11, 25), False),
)
LESSONS = [L1, L2, L3, L4]
SHARES = [share(D(2026, 11, 6), L1), share(D(2026, 12, 5), L3)]
GOALS = [
    goal(
        D(2026, 9, 1),
        milestones=(Milestone("a", D(2026, 11, 10)), Milestone("b", D(2026, 10, 2)), Milestone("c")),
    ),
    goal(D(2026, 8, 1), GoalStatus.DONE, done_on=D(2026, 11, 20)),
    goal(D(2026, 12, 2)),
    goal(D(2026, 1, 1), GoalStatus.IDEA),
]


def test_november_counts_what_was_dated_in_it_and_the_debt_on_its_last_day() -> None:
    # Debt on 30 November: L2 (60 days old) and L3 (41 days; its share came on 5 December). L1 was
    # passed on; L4 is not worth sharing.
    assert growth_figures(LESSONS, SHARES, GOALS, NOVEMBER, TODAY) == GrowthFigures(
        learned=2, shared=1, share_debt=2, goals_active=1, goals_done=1, milestones_done=1
    )


def test_the_current_month_counts_the_debt_today() -> None:
    # On 10 December only L2 is owed (L3 was passed on on the 5th); the goal of 2 December is active.
    assert growth_figures(LESSONS, SHARES, GOALS, DECEMBER, TODAY) == GrowthFigures(
        learned=0, shared=1, share_debt=1, goals_active=2, goals_done=0, milestones_done=0
    )


def test_the_debt_threshold_is_the_setting() -> None:
    assert growth_figures(LESSONS, SHARES, GOALS, NOVEMBER, TODAY, debt_days=50).share_debt == 1  # L2 only
    assert growth_figures(LESSONS, SHARES, GOALS, NOVEMBER, TODAY, debt_days=65).share_debt == 0


def test_nothing_at_all_is_an_empty_period() -> None:
    figures = growth_figures([], [], [], NOVEMBER, TODAY)
    assert figures == GrowthFigures() and figures.empty
