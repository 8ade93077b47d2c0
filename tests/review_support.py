"""Hand-made journal entries and cards for the review statistics tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from lean_journal.model import Card, Decision, JournalEntry, RecheckResult, Stage, StageChange

UTC13 = timezone(timedelta(hours=13))


def entry(
    day: date,
    body: str = "",
    *,
    mood: int | None = None,
    energy: int | None = None,
    tags: tuple[str, ...] = (),
    created: datetime | None = None,
) -> JournalEntry:
    """An entry of `day`, written at noon UTC that day unless `created` says otherwise."""
    at = created or datetime.combine(day, time(12), UTC)
    return JournalEntry(
        day=day, title="t", body=body, mood=mood, energy=energy, tags=tags, created=at, updated=at
    )


def at(day: date, hour: int = 12) -> datetime:
    """A moment of `day` in UTC."""
    return datetime.combine(day, time(hour), UTC)


def card(
    created: datetime,
    moves: list[tuple[Stage, datetime]],
    *,
    decision: Decision | None = None,
    first: Stage = Stage.STRUGGLE,
    impact: float | None = None,
    unit: str = "",
    rechecks: tuple[date, ...] = (),
    results: tuple[RecheckResult, ...] = (),
    title: str = "card",
) -> Card:
    """A card created in `first` at `created`, then moved as `moves` say (its stage is the last move's)."""
    history = (StageChange(first, created, "created"), *(StageChange(s, when) for s, when in moves))
    return Card(
        title=title,
        created=created,
        updated=history[-1].at,
        stage=history[-1].stage,
        history=history,
        decision=decision,
        impact=impact,
        impact_unit=unit,
        rechecks=rechecks,
        recheck_results=results,
    )
