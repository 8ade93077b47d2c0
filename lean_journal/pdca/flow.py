"""Moving cards along the flow: stage moves with gates, drops, and Act's decision."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from lean_journal.model import CLOSED, FLOW, Card, Decision, Stage, StageChange
from lean_journal.model.validation import MAX_TITLE
from lean_journal.pdca.gates import GateBlocked, label_list, missing_fields
from lean_journal.pdca.wording import required_reason

RECHECK_DAYS = (30, 90)
CYCLE_SUFFIX = re.compile(r"\s*\(cycle (\d+)\)$")


def next_stage(stage: Stage) -> Stage | None:
    """The stage after `stage` along the flow (None at Done, and for Dropped)."""
    if stage not in FLOW or stage is FLOW[-1]:
        return None
    return FLOW[FLOW.index(stage) + 1]


def previous_stage(stage: Stage) -> Stage | None:
    """The stage before `stage` along the flow (None at Struggles, and for Dropped)."""
    if stage not in FLOW or stage is FLOW[0]:
        return None
    return FLOW[FLOW.index(stage) - 1]


def is_forward(source: Stage, target: Stage) -> bool:
    """Whether going from `source` to `target` moves forward along the flow."""
    return source in FLOW and target in FLOW and FLOW.index(target) > FLOW.index(source)


def gates_between(card: Card, target: Stage) -> tuple[str, ...]:
    """Every gate field still missing on the way from the card's stage forward to `target`."""
    if not is_forward(card.stage, target):
        return ()
    passed = FLOW[FLOW.index(card.stage) : FLOW.index(target)]
    return tuple(name for stage in passed for name in missing_fields(card, stage))


def new_card(title: str, stage: Stage, now: datetime, position: float = 0.0) -> Card:
    """A fresh card in `stage`, its history starting with its creation."""
    change = StageChange(stage=stage, at=now, note="created")
    return Card(title=title, created=now, updated=now, stage=stage, position=position, history=(change,))


def _stamp(card: Card, now: datetime) -> datetime:
    """`now`, or the card's last recorded moment if the clock went backwards (history stays ordered)."""
    latest = card.history[-1].at if card.history else card.created
    return max(now, latest)


def _enter(card: Card, target: Stage, now: datetime, note: str, **changes: object) -> Card:
    """A copy of the card in `target`, with the move recorded in its history."""
    change = StageChange(stage=target, at=_stamp(card, now), note=note)
    return card.with_changes(stage=target, history=(*card.history, change), **changes)


def move(card: Card, to: Stage, now: datetime, *, note: str = "", override: bool = False) -> Card:
    """Move a card to `to`; a forward move past empty gate fields raises GateBlocked unless overridden."""
    target = Stage(to)
    if target == card.stage:
        raise ValueError(f"The card is already in {target.label}")
    missing = gates_between(card, target)
    if missing and not override:
        raise GateBlocked(card, target, missing)
    notes = [note] if note else []
    if missing:
        notes.append(f"gate overridden: missing {label_list(missing)}")
    changes: dict[str, object] = {}
    if card.stage is Stage.DROPPED:
        notes.append(f"restored (dropped because: {card.drop_reason})" if card.drop_reason else "restored")
        changes["drop_reason"] = ""
    return _enter(card, target, now, "; ".join(notes), **changes)


def drop(card: Card, reason: str, now: datetime) -> Card:
    """Move a card to Dropped, recording why (the reason is required)."""
    text = required_reason(reason)
    if card.stage is Stage.DROPPED:
        raise ValueError("The card is already dropped")
    return _enter(card, Stage.DROPPED, now, "dropped", drop_reason=text)


def cycle_title(title: str, number: int) -> str:
    """`title` with its '(cycle n)' suffix replaced by `number`, kept within the title limit."""
    base = CYCLE_SUFFIX.sub("", title).strip()
    suffix = f" (cycle {number})"
    return base[: MAX_TITLE - len(suffix)].rstrip() + suffix


def cycle_number(title: str) -> int:
    """Which cycle a card's title says it is (1 when it has no suffix)."""
    found = CYCLE_SUFFIX.search(title)
    return int(found.group(1)) if found else 1


def next_cycle(card: Card, now: datetime, next_step: str = "") -> Card:
    """The linked card in Plan that continues `card`, carrying its problem, target and learning."""
    number = cycle_number(card.title) + 1
    change = StageChange(stage=Stage.PLAN, at=now, note=f"cycle {number}, continues {card.short_id}")
    return Card(
        title=cycle_title(card.title, number),
        created=now,
        updated=now,
        stage=Stage.PLAN,
        tags=card.tags,
        source=card.source,
        struggle_from=card.struggle_from,
        struggle=card.struggle,
        evidence=card.evidence,
        problem=card.problem,
        current_condition=card.learned or card.result,
        baseline=card.actual if card.actual is not None else card.baseline,
        unit=card.unit,
        target=card.target,
        target_value=card.target_value,
        measure=card.measure,
        hypothesis=next_step,
        impact_unit=card.impact_unit,
        previous_cycle=card.id,
        history=(change,),
    )


def decide(
    card: Card,
    decision: Decision,
    now: datetime,
    *,
    standard: str = "",
    next_step: str = "",
    reason: str = "",
) -> tuple[Card, Card | None]:
    """Act's decision: adopt (Done + re-checks), adapt (Done + a next-cycle card) or abandon (Dropped)."""
    choice = Decision(decision)
    if card.stage in CLOSED:
        raise ValueError(f"The card is already {card.stage.label.lower()}")
    texts = {"standard": standard or card.standard, "next_step": next_step or card.next_step}
    if choice is Decision.ABANDON:
        why = required_reason(reason)
        return _enter(card, Stage.DROPPED, now, "abandoned", decision=choice, drop_reason=why, **texts), None
    if choice is Decision.ADOPT:
        today = now.date()
        rechecks = tuple(today + timedelta(days=days) for days in RECHECK_DAYS)
        return _enter(card, Stage.DONE, now, "adopted", decision=choice, rechecks=rechecks, **texts), None
    done = _enter(card, Stage.DONE, now, "adapted into a next cycle", decision=choice, **texts)
    return done, next_cycle(done, _stamp(card, now), texts["next_step"])


def restore_stage(card: Card) -> Stage:
    """Where a dropped card goes back to: the stage it was in before it was dropped."""
    earlier = [change.stage for change in card.history if change.stage is not Stage.DROPPED]
    return earlier[-1] if earlier else Stage.STRUGGLE
