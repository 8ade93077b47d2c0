"""A hand-made month for the kaizen deck's tests: November 2026, with fixed ids and moments."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from lean_journal.clock import FixedClock
from lean_journal.model import Card, Decision, JournalEntry, Stage
from lean_journal.model import StageChange as Move
from lean_journal.model.card import RecheckResult, StruggleFrom
from lean_journal.model.growth import Goal, GoalStatus, Learning, Milestone, Share
from lean_journal.model.report import MonthNotes
from lean_journal.store import Store

MONTH = date(2026, 11, 1)
TODAY = date(2026, 12, 2)
CLOCK_AT = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
AUTHOR = "Dana Lee"
HEADLINE = "Changeovers on line 1 are down by half."
ASK = "Two hours with maintenance on line 1 in December."


def at(month: int, day: int, hour: int = 9) -> datetime:
    """A moment in 2026."""
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def card_id(letter: str) -> str:
    """A fixed card id ending in `letter`."""
    return f"{letter}0000000-0000-4000-8000-000000000000"


def cards(title_a: str = "Changeovers on line 1") -> list[Card]:
    """Eight cards: adopted, adapted, moved forward, abandoned in November; adopted in October; two adopted in
    August whose 90-day re-checks fall in November (one slipped, one not looked at yet); one idle."""
    a3 = {"created": at(9, 1), "updated": at(11, 20)}
    summer = {"created": at(7, 1), "updated": at(11, 12)}
    return [
        Card(
            id=card_id("a"),
            title=title_a,
            stage=Stage.DONE,
            source="my boss: Karen",
            struggle_from=StruggleFrom.BOSS,
            problem="A changeover takes 42 minutes.",
            baseline=42,
            actual=20,
            unit="min",
            target_value=22,
            hypothesis="Stage the tools on a cart.",
            standard="Cart checklist before every stop.",
            learned="Most of the time was searching.",
            next_step="Teach the night shift.",
            decision=Decision.ADOPT,
            impact=30,
            impact_unit="min/week",
            rechecks=(date(2026, 12, 20), date(2027, 2, 18)),
            history=(
                Move(Stage.STRUGGLE, at(9, 1)),
                Move(Stage.PLAN, at(10, 1)),
                Move(Stage.DO, at(10, 10)),
                Move(Stage.CHECK, at(11, 2)),
                Move(Stage.ACT, at(11, 15)),
                Move(Stage.DONE, at(11, 20)),
            ),
            **a3,
        ),
        Card(
            id=card_id("b"),
            title="Huddle runs long",
            stage=Stage.DONE,
            source="team: Ana",
            struggle_from=StruggleFrom.TEAM,
            problem="The huddle takes 37 minutes.",
            baseline=37,
            actual=24,
            unit="min",
            target_value=15,
            hypothesis="Stand at the board.",
            learned="The agenda matters more than standing.",
            next_step="A fixed agenda.",
            decision=Decision.ADAPT,
            history=(
                Move(Stage.PLAN, at(9, 1)),
                Move(Stage.DO, at(10, 5)),
                Move(Stage.CHECK, at(10, 25)),
                Move(Stage.ACT, at(11, 10)),
                Move(Stage.DONE, at(11, 12)),
            ),
            **a3,
        ),
        Card(
            id=card_id("c"),
            title="Searching for tools",
            stage=Stage.DO,
            source="me",
            problem="We search 78 minutes a day.",
            baseline=78,
            unit="min/day",
            target_value=17,
            hypothesis="A shadow board.",
            history=(Move(Stage.PLAN, at(9, 1)), Move(Stage.DO, at(11, 5))),
            **a3,
        ),
        Card(
            id=card_id("d"),
            title="Night shift checklist",
            stage=Stage.DROPPED,
            source="customer: Acme",
            struggle_from=StruggleFrom.CUSTOMER,
            decision=Decision.ABANDON,
            drop_reason="The night shift already had one.",
            learned="Ask the people who do the work first.",
            history=(Move(Stage.PLAN, at(9, 1)), Move(Stage.DO, at(10, 1)), Move(Stage.DROPPED, at(11, 25))),
            **a3,
        ),
        Card(
            id=card_id("e"),
            title="Label the gauges",
            stage=Stage.DONE,
            source="gemba walk",
            struggle_from=StruggleFrom.GEMBA,
            baseline=12,
            actual=3,
            unit="lookups",
            decision=Decision.ADOPT,
            impact=15,
            impact_unit="min/week",
            rechecks=(date(2026, 11, 2), date(2027, 1, 1)),
            recheck_results=(RecheckResult(date(2026, 11, 2), date(2026, 11, 3), True, "Still labelled."),),
            history=(Move(Stage.PLAN, at(9, 1)), Move(Stage.DONE, at(10, 3))),
            **a3,
        ),
        Card(
            id=card_id("7"),
            title="Kanban for the stores",
            stage=Stage.DONE,
            struggle_from=StruggleFrom.TEAM,
            decision=Decision.ADOPT,
            rechecks=(date(2026, 9, 11), date(2026, 11, 10)),
            recheck_results=(
                RecheckResult(date(2026, 11, 10), date(2026, 11, 12), False, "Back to old habits."),
            ),
            history=(Move(Stage.PLAN, at(7, 1)), Move(Stage.DONE, at(8, 12))),
            **summer,
        ),
        Card(
            id=card_id("8"),
            title="Visual board at the press",
            stage=Stage.DONE,
            decision=Decision.ADOPT,
            rechecks=(date(2026, 9, 19), date(2026, 11, 18)),
            history=(Move(Stage.PLAN, at(7, 1)), Move(Stage.DONE, at(8, 20))),
            **summer,
        ),
        Card(
            id=card_id("f"),
            title="Inbox before the floor",
            stage=Stage.STRUGGLE,
            source="me",
            history=(Move(Stage.STRUGGLE, at(9, 1)),),
            **a3,
        ),
    ]


def entries() -> list[JournalEntry]:
    """Written on 1-5, 10, 29 and 30 November (a five-day streak, two at the month's end)."""
    days = [1, 2, 3, 4, 5, 10, 29, 30]
    return [
        JournalEntry(
            id=f"00000000-0000-4000-9000-0000000000{day:02d}",
            day=date(2026, 11, day),
            title=f"Day {day}",
            body=" ".join(["word"] * (day * 10)),
            created=at(11, day),
            updated=at(11, day),
        )
        for day in days
    ]


def growth() -> tuple[list[Learning], list[Share], list[Goal]]:
    """Learned and shared in November, and one active goal with a milestone ticked in November."""
    made = {"created": at(11, 1), "updated": at(11, 1)}
    learned = [
        Learning(
            id="00000000-0000-4000-a000-000000000001", title="Read Toyota Kata", day=date(2026, 11, 8), **made
        )
    ]
    shared = [
        Share(
            id="00000000-0000-4000-a000-000000000002",
            title="A3 talk",
            audience="plant managers",
            day=date(2026, 11, 18),
            **made,
        )
    ]
    steps = (
        Milestone("Sit in on a coaching session", done_on=date(2026, 11, 20)),
        Milestone("Coach a whole cycle"),
    )
    goals = [
        Goal(
            id="00000000-0000-4000-a000-000000000003",
            title="Coach Femi",
            status=GoalStatus.ACTIVE,
            milestones=steps,
            **made,
        )
    ]
    return learned, shared, goals


def fixture_store(path: Path, *, title_a: str = "Changeovers on line 1", notes: bool = True) -> Store:
    """A journal file at `path` holding the fixture month, its notes and its author."""
    store = Store(path, FixedClock(CLOCK_AT))
    with store.batch():
        store.cards.add_many(cards(title_a))
        store.entries.add_many(entries())
        learned, shared, goals = growth()
        store.learnings.add_many(learned)
        store.shares.add_many(shared)
        store.goals.add_many(goals)
        if notes:
            store.reports.put(MonthNotes(month="2026-11", headline=HEADLINE, ask=ASK))
            store.reports.set_author(AUTHOR)
    return store
