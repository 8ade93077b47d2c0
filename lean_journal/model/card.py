"""A PDCA experiment: a struggle that becomes Plan, Do, Check, Act and ends as a standard or is dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from lean_journal.model.serial import Identified, nested
from lean_journal.model.validation import (
    ValidationError,
    check_day,
    check_enum,
    check_id,
    check_number,
    check_optional_day,
    check_tags,
    check_text,
    check_timestamp,
    check_title,
    new_id,
)

MAX_WHYS = 5


class Stage(StrEnum):
    """Where a card stands; the first five are the board's columns."""

    STRUGGLE = "struggle"
    PLAN = "plan"
    DO = "do"
    CHECK = "check"
    ACT = "act"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        """How the stage is named on screen."""
        return "Struggles" if self is Stage.STRUGGLE else self.value.capitalize()


FLOW = (Stage.STRUGGLE, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT, Stage.DONE)
CLOSED = (Stage.DONE, Stage.DROPPED)
"""The stages a card's cycle ends in; the board shows them only on demand."""
OPEN = tuple(stage for stage in Stage if stage not in CLOSED)
"""The stages a card is worked in, in board order."""


class StruggleFrom(StrEnum):
    """Whose struggle a card works on (the kaizen deck puts the boss's first)."""

    ME = "me"
    BOSS = "boss"
    TEAM = "team"
    CUSTOMER = "customer"
    GEMBA = "gemba"


STRUGGLE_WORDS = (
    (StruggleFrom.BOSS, re.compile(r"\b(boss|manager|director|supervisor|head of|vp)\b")),
    (StruggleFrom.CUSTOMER, re.compile(r"\b(customers?|clients?)\b")),
    (StruggleFrom.GEMBA, re.compile(r"\b(gemba|shop floor|the floor|the line)\b")),
    (StruggleFrom.TEAM, re.compile(r"\b(team|colleagues?|crew|peers?|huddle|we|our)\b")),
)
"""Words in the free-text source that name whose struggle it is, checked in this order."""


@dataclass(frozen=True, slots=True)
class RecheckResult:
    """What a re-check found: whether the improvement still held on the day it was looked at."""

    due: date
    on: date
    held: bool
    note: str = ""

    def __post_init__(self) -> None:
        """Validate the days and the note."""
        object.__setattr__(self, "due", check_day("recheck_results.due", self.due))
        object.__setattr__(self, "on", check_day("recheck_results.on", self.on))
        object.__setattr__(self, "held", bool(self.held))
        object.__setattr__(self, "note", check_text("recheck_results.note", self.note))


def guess_struggle_from(source: str) -> StruggleFrom:
    """Whose struggle a card's free-text source names ("my boss: Karen" → boss; nothing → me)."""
    text = source.lower()
    for kind, words in STRUGGLE_WORDS:
        if words.search(text):
            return kind
    return StruggleFrom.ME


class Decision(StrEnum):
    """What Act decides about a countermeasure."""

    ADOPT = "adopt"
    ADAPT = "adapt"
    ABANDON = "abandon"


@dataclass(frozen=True, slots=True)
class StageChange:
    """One move of a card into a stage, with when it happened."""

    stage: Stage
    at: datetime
    note: str = ""

    def __post_init__(self) -> None:
        """Validate the stage and timestamp."""
        object.__setattr__(self, "stage", check_enum("history.stage", self.stage, Stage))
        object.__setattr__(self, "at", check_timestamp("history.at", self.at))
        object.__setattr__(self, "note", check_text("history.note", self.note))


@dataclass(frozen=True, slots=True)
class ActionLog:
    """One dated line in the Do log."""

    day: date
    text: str

    def __post_init__(self) -> None:
        """Validate the day and text."""
        object.__setattr__(self, "day", check_day("actions.day", self.day))
        object.__setattr__(self, "text", check_title("actions.text", self.text))


@dataclass(frozen=True, slots=True)
class Card(Identified):
    """A personal improvement experiment, with the fields of an A3."""

    title: str
    created: datetime
    updated: datetime
    stage: Stage = Stage.STRUGGLE
    position: float = 0.0
    tags: tuple[str, ...] = ()
    # Struggle: whose it is, what hurts, how we know.
    source: str = ""
    struggle_from: StruggleFrom = StruggleFrom.ME
    struggle: str = ""
    evidence: str = ""
    # Plan.
    problem: str = ""
    current_condition: str = ""
    baseline: float | None = None
    unit: str = ""
    target: str = ""
    target_value: float | None = None
    root_cause: str = ""
    whys: tuple[str, ...] = ()
    hypothesis: str = ""
    measure: str = ""
    check_date: date | None = None
    # Do.
    actions: tuple[ActionLog, ...] = ()
    # Check.
    result: str = ""
    actual: float | None = None
    learned: str = ""
    # Act.
    decision: Decision | None = None
    standard: str = ""
    next_step: str = ""
    # Life of the card.
    history: tuple[StageChange, ...] = ()
    drop_reason: str = ""
    previous_cycle: str | None = None
    rechecks: tuple[date, ...] = ()
    recheck_results: tuple[RecheckResult, ...] = ()
    impact: float | None = None
    impact_unit: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Validate and normalise every field, naming the field on error."""
        set_ = object.__setattr__
        set_(self, "id", check_id("id", self.id))
        set_(self, "title", check_title("title", self.title))
        set_(self, "stage", check_enum("stage", self.stage, Stage))
        set_(self, "position", check_number("position", self.position) or 0.0)
        set_(self, "tags", check_tags("tags", self.tags))
        set_(self, "struggle_from", check_enum("struggle_from", self.struggle_from, StruggleFrom))
        for name in TEXT_FIELDS:
            set_(self, name, check_text(name, getattr(self, name)))
        for name in ("baseline", "target_value", "actual", "impact"):
            set_(self, name, check_number(name, getattr(self, name)))
        set_(self, "whys", tuple(check_text("whys", w) for w in self.whys or ()))
        if len(self.whys) > MAX_WHYS:
            raise ValidationError("whys", f"at most {MAX_WHYS} whys, not {len(self.whys)}")
        set_(self, "check_date", check_optional_day("check_date", self.check_date))
        set_(self, "actions", nested(ActionLog, "actions", self.actions))
        set_(self, "history", nested(StageChange, "history", self.history))
        set_(self, "rechecks", tuple(check_day("rechecks", d) for d in self.rechecks or ()))
        set_(self, "recheck_results", nested(RecheckResult, "recheck_results", self.recheck_results))
        if self.decision not in (None, ""):
            set_(self, "decision", check_enum("decision", self.decision, Decision))
        else:
            set_(self, "decision", None)
        if self.previous_cycle not in (None, ""):
            set_(self, "previous_cycle", check_id("previous_cycle", self.previous_cycle))
        else:
            set_(self, "previous_cycle", None)
        set_(self, "created", check_timestamp("created", self.created))
        set_(self, "updated", check_timestamp("updated", self.updated))

    def entered_stage_at(self) -> datetime:
        """When the card moved into its current stage (its creation if never moved)."""
        for change in reversed(self.history):
            if change.stage == self.stage:
                return change.at
        return self.created


TEXT_FIELDS = (
    "source",
    "struggle",
    "evidence",
    "problem",
    "current_condition",
    "unit",
    "target",
    "root_cause",
    "hypothesis",
    "measure",
    "result",
    "learned",
    "standard",
    "next_step",
    "drop_reason",
    "impact_unit",
)
