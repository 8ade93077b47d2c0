"""The demo PDCA board: years of finished cards and a lived-in board of active ones."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from lean_journal.demo.card_fields import CardPlan, write_card
from lean_journal.demo.problems import Problem
from lean_journal.demo.problems_more import PROBLEMS
from lean_journal.demo.rng import DemoRandom, Span
from lean_journal.model import FLOW, Card, Decision, Stage

CARDS_PER_YEAR = 150
ACTIVE = {Stage.STRUGGLE: 6, Stage.PLAN: 4, Stage.DO: 3, Stage.CHECK: 3, Stage.ACT: 2}
# Days a card usually takes to move into each stage from the one before.
GAPS = {
    Stage.PLAN: (1, 30),
    Stage.DO: (2, 14),
    Stage.CHECK: (7, 35),
    Stage.ACT: (1, 6),
    Stage.DONE: (1, 10),
    Stage.DROPPED: (2, 45),
}
# How long a card has been sitting in its current active column.
DWELL = {
    Stage.STRUGGLE: (0, 60),
    Stage.PLAN: (1, 20),
    Stage.DO: (1, 12),
    Stage.CHECK: (0, 6),
    Stage.ACT: (0, 4),
}
RECENT_DAYS = 120  # finished threads start before this many days ago
MAX_CYCLES = 3
WORK_MINUTES = (7 * 60 + 30, 17 * 60 + 30)


def build_cards(rng: DemoRandom, span: Span, years: int) -> list[Card]:
    """All demo cards, positions numbered within each stage."""
    active = _active_cards(rng, span)
    finished = _finished_cards(rng, span, CARDS_PER_YEAR * years - len(active))
    return _numbered(finished + active)


def _path(first: Stage, last: Stage, dropped: bool = False) -> tuple[Stage, ...]:
    """The stages a card passes through from `first` to `last`, then Dropped if it was dropped."""
    path = FLOW[FLOW.index(first) : FLOW.index(last) + 1]
    return (*path, Stage.DROPPED) if dropped else path


def _finished_outcome(rng: DemoRandom, first: Stage, cycle: int) -> tuple[tuple[Stage, ...], Decision]:
    """How a card that is no longer on the board ended: dropped somewhere, or decided in Act."""
    roll = rng.random()
    for limit, stage in ((0.14, Stage.STRUGGLE), (0.2, Stage.PLAN), (0.24, Stage.DO), (0.27, Stage.CHECK)):
        if roll < limit and FLOW.index(stage) >= FLOW.index(first):
            return _path(first, stage, dropped=True), Decision.ABANDON
    weights = (0.7, 0.2 if cycle < MAX_CYCLES else 0.0, 0.1)
    decision = rng.choices((Decision.ADOPT, Decision.ADAPT, Decision.ABANDON), weights)[0]
    if decision is Decision.ABANDON:
        return _path(first, Stage.ACT, dropped=True), decision
    return _path(first, Stage.DONE), decision


def _threads(rng: DemoRandom, wanted: int) -> list[list[tuple[tuple[Stage, ...], Decision]]]:
    """Problems worked on in one or more cycles, until there are `wanted` cards in all."""
    threads, count = [], 0
    while count < wanted:
        thread = [_finished_outcome(rng, Stage.STRUGGLE, 1)]
        while (
            thread[-1][0][-1] is Stage.DONE
            and thread[-1][1] is Decision.ADAPT
            and count + len(thread) < wanted
        ):
            thread.append(_finished_outcome(rng, Stage.PLAN, len(thread) + 1))
        threads.append(thread)
        count += len(thread)
    return threads


def _finished_cards(rng: DemoRandom, span: Span, wanted: int) -> list[Card]:
    """Cards that are done or dropped, their threads started evenly over the years."""
    threads = _threads(rng, max(0, wanted))
    last_start = max(1, span.days - RECENT_DAYS)
    starts = sorted(rng.randint(0, last_start) for _ in threads)
    limit = span.today - timedelta(days=1)
    cards: list[Card] = []
    for thread, offset in zip(threads, starts, strict=True):
        day, previous, problem = span.day(offset), None, rng.choice(PROBLEMS)
        for cycle, (path, decision) in enumerate(thread, 1):
            if day > limit:
                break
            times = _times(rng, span, day, _gaps(rng, path), limit)
            previous = write_card(rng, span, CardPlan(problem, path, decision, times, previous, cycle))
            cards.append(previous)
            day = previous.history[-1].at.date() + timedelta(days=rng.randint(1, 7))
    return cards


def _active_cards(rng: DemoRandom, span: Span) -> list[Card]:
    """The board today: a handful of cards in each active column, two of them second cycles."""
    cards: list[Card] = []
    yesterday = span.today - timedelta(days=1)
    problems = rng.sample(PROBLEMS, len(PROBLEMS)) * 2  # no problem twice among the first dozen
    for stage, count in ACTIVE.items():
        for index in range(count):
            follows = stage in (Stage.PLAN, Stage.DO) and index == 0
            path = _path(Stage.PLAN if follows else Stage.STRUGGLE, stage)
            gaps = _gaps(rng, path)
            start = yesterday - timedelta(days=sum(gaps) + rng.randint(*DWELL[stage]))
            problem = problems.pop()
            previous = _earlier_cycle(rng, span, problem, start) if follows else None
            outcome = rng.choices((Decision.ADOPT, Decision.ADAPT, Decision.ABANDON), (0.6, 0.3, 0.1))[0]
            times = _times(rng, span, start, gaps, yesterday)
            plan = CardPlan(problem, path, outcome, times, previous, cycle=2 if previous else 1)
            cards.append(write_card(rng, span, plan))
            if previous is not None:
                cards.append(previous)
    return cards


def _earlier_cycle(rng: DemoRandom, span: Span, problem: Problem, before: date) -> Card:
    """A finished first cycle, decided 'adapt', that an active card continues."""
    path = _path(Stage.STRUGGLE, Stage.DONE)
    gaps = _gaps(rng, path)
    start = before - timedelta(days=sum(gaps) + rng.randint(1, 5))
    times = _times(rng, span, start, gaps, before)
    return write_card(rng, span, CardPlan(problem, path, Decision.ADAPT, times))


def _gaps(rng: DemoRandom, path: tuple[Stage, ...]) -> list[int]:
    """Days between the card's moves, drawn for each stage it moves into."""
    return [rng.randint(*GAPS[stage]) for stage in path[1:]]


def _times(rng: DemoRandom, span: Span, start: date, gaps: list[int], limit: date) -> tuple[datetime, ...]:
    """Working-hours moments for each move, squeezed to end by `limit` and strictly increasing."""
    room = max(0, (limit - start).days)
    total = sum(gaps)
    if total > room:
        gaps = [gap * room // total for gap in gaps]
    days = [start]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    moments: list[datetime] = []
    for day in days:
        low = WORK_MINUTES[0]
        if moments and moments[-1].date() == day:
            low = moments[-1].hour * 60 + moments[-1].minute + 1
        minute = rng.randint(low, max(low, WORK_MINUTES[1]))
        moments.append(datetime.combine(day, time(minute // 60, minute % 60), tzinfo=span.tz))
    return tuple(moments)


def _numbered(cards: list[Card]) -> list[Card]:
    """Cards with positions 0, 1, 2... within each stage: oldest first on the board, newest first after."""
    by_stage: dict[Stage, list[Card]] = {}
    for card in cards:
        by_stage.setdefault(card.stage, []).append(card)
    numbered = []
    for stage, group in by_stage.items():
        newest_first = stage in (Stage.DONE, Stage.DROPPED)
        group.sort(key=lambda c: (c.entered_stage_at(), c.id), reverse=newest_first)
        numbered += [card.with_changes(position=float(i)) for i, card in enumerate(group)]
    return numbered
