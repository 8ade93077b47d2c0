"""Demo goals: a handful a year, with why, a target date, milestones ticked over time, and evidence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from lean_journal.demo.growth_share_text import GOALS
from lean_journal.demo.growth_text import GROWTH_TAGS
from lean_journal.demo.rng import DemoRandom, Span, fill
from lean_journal.model import Card, Goal, GoalStatus, JournalEntry, Milestone, Share
from lean_journal.model.growth import link

GOALS_PER_YEAR = 5
TARGET_DAYS = (90, 120, 180, 270, 365)
IDEA_DAYS = 30  # goals set this recently may still be ideas (the newest one always is)
OVERDUE_DAYS = 90  # a goal still active this long after its target is, by now, done or dropped


def build_goals(
    rng: DemoRandom,
    span: Span,
    years: int,
    evidence: tuple[Sequence[JournalEntry], Sequence[Card], Sequence[Share]],
) -> list[Goal]:
    """The demo's goals, oldest first, spread evenly over the years, with evidence from their time; each
    title comes back only once the whole bank has been used (a goal set again, years later), and "Be the
    leader you want" is always one of this year's."""
    count = GOALS_PER_YEAR * years
    others = rng.sample(GOALS[1:], len(GOALS) - 1)
    newest_first = [others[0], GOALS[0], *others[1:]]  # the article's goal is under way this year
    while len(newest_first) < count:
        newest_first += _round(rng.sample(GOALS, len(GOALS)), newest_first[-3:])
    order = newest_first[:count][::-1]
    goals = []
    for number, bank in enumerate(order):
        offset = int((number + rng.random()) * (span.days - 2) / count)
        age = count - number  # 1 for the newest
        goals.append(_goal(rng, span, span.day(offset), bank, evidence, newest=age == 1, on=age in (2, 3)))
    return goals


def _round(banks: list[Any], recent: list[Any]) -> list[Any]:
    """One pass through the bank, with the goals nearest to it in time moved to its far end."""
    return [bank for bank in banks if bank not in recent] + [bank for bank in banks if bank in recent]


def _goal(
    rng: DemoRandom,
    span: Span,
    day: date,
    bank: tuple[str, str, tuple[str, ...]],
    evidence: tuple[Sequence[JournalEntry], Sequence[Card], Sequence[Share]],
    *,
    newest: bool = False,
    on: bool = False,
) -> Goal:
    """One goal set on `day`, as far along as the time since allows (`on`: still under way today)."""
    values: dict[str, Any] = span.slots(rng, day)
    title, why, steps = bank
    target = day + timedelta(days=rng.choice(TARGET_DAYS))
    if on and target <= span.today:
        target = span.today + (target - day) // 3
    yesterday = span.today - timedelta(days=1)
    texts = [fill(step, values) for step in steps[: rng.randint(3, len(steps))]]
    status, done_count = (GoalStatus.IDEA, 0) if newest else _status(rng, span, day, target, len(texts))
    last = min(yesterday, target + timedelta(days=20))
    done_days = sorted(
        day + timedelta(days=rng.randint(1, max(1, (last - day).days))) for _ in range(done_count)
    )
    milestones = tuple(
        Milestone(text, done_days[n] if n < done_count else None) for n, text in enumerate(texts)
    )
    done_on = done_days[-1] if status is GoalStatus.DONE else None
    created = rng.moment(day, span.tz, 20 * 60, 22 * 60 + 30)
    changed = datetime.combine(done_days[-1], time(21, 0), tzinfo=span.tz) if done_days else created
    return Goal(
        title=fill(title, values),
        created=created,
        updated=max(created, changed),
        why=fill(why, values),
        target=target,
        status=status,
        milestones=milestones,
        links=_evidence(rng, day, done_on or yesterday, evidence),
        tags=tuple(rng.some(GROWTH_TAGS["grow"], 1, 2)),
        done_on=done_on,
        id=rng.uuid(),
    )


def _status(rng: DemoRandom, span: Span, day: date, target: date, total: int) -> tuple[GoalStatus, int]:
    """The goal's status and how many milestones are done: old goals mostly done, new ones under way."""
    age = (span.today - day).days
    if age <= IDEA_DAYS and rng.chance(0.5):
        return GoalStatus.IDEA, 0
    if target < span.today:
        roll = rng.random()
        if roll < 0.7:
            return GoalStatus.DONE, total
        if roll < 0.85:
            return GoalStatus.DROPPED, rng.randint(0, total - 1)
        done = rng.randint(1, total - 1)
        if (span.today - target).days > OVERDUE_DAYS:
            return GoalStatus.DONE, total  # long past its target: finished late
        return GoalStatus.ACTIVE, done  # overdue, still on it
    share = age / max(1, (target - day).days)
    return GoalStatus.ACTIVE, min(total - 1, round(total * share * rng.uniform(0.6, 1.2)))


def _evidence(
    rng: DemoRandom,
    first: date,
    last: date,
    evidence: tuple[Sequence[JournalEntry], Sequence[Card], Sequence[Share]],
) -> tuple[str, ...]:
    """Typed links to entries, cards and share items from the days the goal was worked on."""
    entries, cards, shares = evidence
    found: list[str] = []
    for kind, items, day_of, most in (
        ("entry", entries, lambda e: e.day, 3),
        ("card", cards, lambda c: c.created.date(), 2),
        ("share", shares, lambda s: s.day, 3),
    ):
        pool = _within(items, first, last, day_of)
        found += [link(kind, item.id) for item in rng.sample(pool, min(len(pool), rng.randint(0, most)))]
    return tuple(found)


def _within(items: Sequence[Any], first: date, last: date, day_of: Any) -> list[Any]:
    """The items dated from `first` to `last`."""
    return [item for item in items if first <= day_of(item) <= last]
