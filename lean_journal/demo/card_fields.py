"""Writing the A3 of one demo card: every field its stages call for, filled from the phrase banks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from lean_journal.demo.cards_text import (
    DROP_REASONS,
    HISTORY_NOTES,
    LEARNED_EXTRA,
    NEXT_STEPS,
    OBSERVATIONS,
    PLAIN_ACTIONS,
    PLAIN_SOURCES,
    RESULTS,
)
from lean_journal.demo.problems import Problem
from lean_journal.demo.rechecks import with_recheck_results
from lean_journal.demo.rng import DemoRandom, Span, fill
from lean_journal.model import ActionLog, Card, Decision, Stage, StageChange
from lean_journal.model.card import guess_struggle_from


@dataclass(frozen=True)
class CardPlan:
    """Everything decided about a card before its text is written."""

    problem: Problem
    path: tuple[Stage, ...]
    outcome: Decision  # what Check will show; it becomes the card's decision once Act is reached
    times: tuple[datetime, ...]
    previous: Card | None = None
    cycle: int = 1  # which attempt at the problem this card is


def tidy(value: float) -> float:
    """A number as a person would write it down: whole above ten, one decimal below."""
    return float(round(value)) if abs(value) >= 10 else round(value, 1)


def numbers(rng: DemoRandom, plan: CardPlan) -> dict[str, float]:
    """Baseline, target and actual for a card, the actual matching how the experiment went."""
    problem, previous, outcome = plan.problem, plan.previous, plan.outcome
    baseline = tidy(rng.uniform(*problem.baseline))
    target = tidy(min(baseline * rng.uniform(*problem.target_factor), 99.5 if "%" in problem.unit else 1e9))
    if previous is not None and previous.actual is not None and previous.target_value is not None:
        baseline, target = previous.actual, previous.target_value
    share = {Decision.ADOPT: (0.85, 1.15), Decision.ADAPT: (0.35, 0.7), Decision.ABANDON: (-0.1, 0.15)}
    actual = tidy(baseline + (target - baseline) * rng.uniform(*share[outcome]))
    return {"baseline": baseline, "target_value": target, "actual": actual}


def write_card(rng: DemoRandom, span: Span, plan: CardPlan) -> Card:
    """The card described by `plan`, with its history and every field its stages need."""
    problem, path = plan.problem, plan.path
    values: dict[str, Any] = {**span.slots(rng, plan.times[0].date()), "unit": problem.unit}
    values["area"] = rng.choice(problem.areas)
    nums = numbers(rng, plan)
    values.update({k: f"{v:g}" for k, v in nums.items()}, weeks=str(rng.randint(2, 6)))
    fields = _struggle(rng, plan, values)
    entered = {stage: at.date() for stage, at in zip(path, plan.times, strict=True)}
    if Stage.PLAN in entered:
        fields |= _plan(rng, plan, values, nums, entered)
    if Stage.DO in entered:
        fields["actions"] = _actions(rng, plan, values, entered, span.today)
    if Stage.CHECK in entered:
        fields |= _check(rng, plan, values, nums)
    if Stage.ACT in entered:
        fields |= _act(rng, plan, values, nums, entered)
    if path[-1] is Stage.DROPPED:
        fields["drop_reason"] = fill(rng.choice(DROP_REASONS[path[-2].value]), values)
    history = _history(rng, plan)
    updated = max([history[-1].at, *_action_moments(fields.get("actions", ()), span)])
    card = Card(
        id=rng.uuid(), stage=path[-1], created=plan.times[0], updated=updated, history=history, **fields
    )
    return with_recheck_results(card, span)


def _struggle(rng: DemoRandom, plan: CardPlan, values: dict[str, Any]) -> dict[str, Any]:
    """Title, tags, source, struggle and evidence: what every card has."""
    problem = plan.problem
    title = fill(rng.choice(problem.titles), values)
    from_boss = plan.previous is None and rng.chance(0.2)
    if plan.previous is not None:
        first_title = plan.previous.title.removesuffix(f" (cycle {plan.cycle - 1})")
        title = f"{first_title} (cycle {plan.cycle})"
        source = plan.previous.source
    else:
        source = f"my boss: {values['boss']}" if from_boss else fill(rng.choice(PLAIN_SOURCES), values)
    fields: dict[str, Any] = {
        "title": title,
        "tags": problem.tags + (("boss",) if source.startswith("my boss") else ()),
        "source": source,
        "struggle_from": guess_struggle_from(source),
        "struggle": fill(problem.boss_struggle if from_boss else problem.struggle, values),
        "previous_cycle": plan.previous.id if plan.previous else None,
    }
    if rng.chance(0.8) or plan.path[0] is not Stage.STRUGGLE:
        fields["evidence"] = fill(problem.evidence, values)
    return fields


def _plan(rng: DemoRandom, plan: CardPlan, values: dict, nums: dict, entered: dict) -> dict[str, Any]:
    """The left side of the A3 and the plan; a card still in Plan may be only part-way written."""
    problem = plan.problem
    check_on = entered.get(Stage.CHECK) or entered[Stage.PLAN] + timedelta(days=rng.randint(14, 35))
    values["check_date"] = check_on.strftime("%d %b %Y")
    fields: dict[str, Any] = {
        "problem": fill(problem.struggle + " The gap: {baseline} {unit} now, {target_value} needed.", values),
        "current_condition": fill("Now: {baseline} {unit}. ", values) + fill(problem.evidence, values),
        "baseline": nums["baseline"],
        "unit": problem.unit,
        "target": fill("{target_value} {unit} by {check_date}", values),
        "target_value": nums["target_value"],
        "hypothesis": fill(problem.hypothesis, values),
    }
    if plan.path[-1] is not Stage.PLAN or rng.chance(0.5):
        fields["root_cause"] = problem.root_cause
        fields["whys"] = tuple(problem.whys[: rng.randint(3, 5)])
    if plan.path[-1] is not Stage.PLAN or rng.chance(0.5):
        fields["measure"] = problem.measure
        fields["check_date"] = check_on
    return fields


def _actions(rng: DemoRandom, plan: CardPlan, values: dict, entered: dict, today: date) -> tuple:
    """Dated lines of the Do log, between the start of Do and the next move (or yesterday)."""
    first = entered[Stage.DO]
    after_do = plan.path[plan.path.index(Stage.DO) + 1 :]
    last = entered[after_do[0]] if after_do else today - timedelta(days=1)
    texts = list(plan.problem.actions[: rng.randint(2, len(plan.problem.actions))])
    if rng.chance(0.4):
        texts.append(rng.choice(PLAIN_ACTIONS))
    span_days = max(0, (last - first).days - 1)
    days = sorted(first + timedelta(days=rng.randint(0, span_days)) for _ in texts)
    return tuple(ActionLog(day=d, text=fill(t, values)) for d, t in zip(days, texts, strict=True))


def _action_moments(actions: tuple[ActionLog, ...], span: Span) -> list[datetime]:
    """When each action was logged (late afternoon of its day)."""
    return [datetime.combine(a.day, time(16, 30), tzinfo=span.tz) for a in actions]


def _check(rng: DemoRandom, plan: CardPlan, values: dict, nums: dict) -> dict[str, Any]:
    """What the numbers said and what I learned."""
    outcome = plan.outcome.value
    learned = fill(plan.problem.learned, values) if outcome != "abandon" else rng.choice(LEARNED_EXTRA)
    if rng.chance(0.4):
        learned += " " + rng.choice(LEARNED_EXTRA)
    return {
        "result": " ".join(
            fill(t, values) for t in [rng.choice(RESULTS[outcome]), *rng.some(OBSERVATIONS, 0, 2)]
        ),
        "actual": nums["actual"],
        "learned": learned,
    }


def _act(rng: DemoRandom, plan: CardPlan, values: dict, nums: dict, entered: dict) -> dict[str, Any]:
    """The decision, the standard it leads to, the next step, and for adopted ones impact and rechecks."""
    decision = plan.outcome
    fields: dict[str, Any] = {
        "decision": decision,
        "next_step": fill(rng.choice(NEXT_STEPS[decision.value]), values),
    }
    if decision is Decision.ADOPT:
        fields["standard"] = fill(plan.problem.standard, values)
    done_on = entered.get(Stage.DONE)
    if done_on and decision is Decision.ADOPT:
        fields["rechecks"] = (done_on + timedelta(days=30), done_on + timedelta(days=90))
    if done_on and ((decision is Decision.ADOPT and rng.chance(0.75)) or rng.chance(0.15)):
        saved = abs(nums["baseline"] - nums["actual"]) * plan.problem.impact_rate
        if saved:
            fields |= {"impact": tidy(saved), "impact_unit": plan.problem.impact_unit}
    return fields


def _history(rng: DemoRandom, plan: CardPlan) -> tuple[StageChange, ...]:
    """The chain of stage changes, the first one noting a previous cycle if there was one."""
    notes = [rng.choice(HISTORY_NOTES[stage.value]) for stage in plan.path]
    if plan.previous is not None:
        notes[0] = f"Next cycle of {plan.previous.short_id}."
    return tuple(
        StageChange(stage=s, at=at, note=n) for s, at, n in zip(plan.path, plan.times, notes, strict=True)
    )
