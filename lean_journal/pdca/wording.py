"""One home for the PDCA wording shown in more than one place: field labels, decisions, the reason rule."""

from __future__ import annotations

from lean_journal.model import Card, Decision, Stage, StruggleFrom, ValidationError
from lean_journal.text import printable

FIELD_LABELS: dict[str, str] = {
    "title": "Title",
    "tags": "Tags",
    "struggle_from": "Whose struggle",
    "source": "Raised by",
    "struggle": "What hurts",
    "evidence": "How we know",
    "problem": "Problem statement",
    "current_condition": "Current condition",
    "baseline": "Baseline",
    "unit": "Unit",
    "target": "Target",
    "target_value": "Target value",
    "root_cause": "Root cause",
    "whys": "Five whys",
    "hypothesis": "Hypothesis / countermeasure",
    "measure": "How it will be measured",
    "check_date": "Check date",
    "actions": "Do log",
    "result": "Result",
    "actual": "Actual",
    "learned": "What I learned",
    "decision": "Decision",
    "standard": "Standard",
    "next_step": "Next step",
    "drop_reason": "Reason for dropping",
    "impact": "Impact",
    "impact_unit": "Impact unit",
    "rechecks": "Re-check dates",
    "previous_cycle": "Previous cycle",
    "wip_limit": "WIP limit",
}
"""The A3 field labels, used by the gates' messages, the A3 form and every validation message."""

STRUGGLE_FROM_LABELS: dict[StruggleFrom, str] = {
    StruggleFrom.ME: "Mine",
    StruggleFrom.BOSS: "My boss's",
    StruggleFrom.TEAM: "The team's",
    StruggleFrom.CUSTOMER: "A customer's",
    StruggleFrom.GEMBA: "Seen at the gemba",
}
"""Whose struggle a card works on, as the A3 form offers it (the deck words it for the boss)."""

DECISION_HELP: dict[Decision, str] = {
    Decision.ADOPT: "Adopt: it works; write the standard down (re-checks in 30 and 90 days).",
    Decision.ADAPT: "Adapt: partly; a linked next cycle starts in Plan with the next step.",
    Decision.ABANDON: "Abandon: it did not help; say why (the card is dropped).",
}
"""What each decision does, shown in the board's decide dialog and as the card page's button tooltips."""


def field_label(name: str) -> str:
    """The label of a card field (or a readable form of an unknown name)."""
    return FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()


def describe_error(error: ValidationError) -> str:
    """One clear line naming the field: 'Check date: '2026-13-01' is not a date (use YYYY-MM-DD)'."""
    return f"{field_label(error.field)}: {error.problem}"


def required_reason(reason: str | None) -> str:
    """The reason, stripped, or a ValidationError if it is blank."""
    text = (reason or "").strip()
    if not text:
        raise ValidationError("drop_reason", "a reason is required")
    return text


def decision_notice(closed: Card, follow_up: Card | None) -> str:
    """One line saying what the decision did."""
    if follow_up is not None:
        return f"Adapted. Next cycle in Plan: {printable(follow_up.title)} ({follow_up.short_id})"
    if closed.stage is Stage.DROPPED:
        return f"Abandoned: {printable(closed.title)}"
    days = " and ".join(f"{day.day} {day:%b %Y}" for day in closed.rechecks)
    return f"Adopted. Re-check on {days}."


DECISION_OUTCOME: dict[Decision, str] = {
    Decision.ADOPT: "Adopted",
    Decision.ADAPT: "Adapted",
    Decision.ABANDON: "Abandoned",
}
"""What a decided card is called once it is decided (the kaizen deck's outcome column)."""


def moved_to(stage: Stage) -> str:
    """How a forward move is named: 'Moved to Check'."""
    return f"Moved to {stage.label}"
