"""The framed sections of the A3 page, and the read-only facts shown in them (never as markup)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rich.text import Text
from textual.containers import Vertical
from textual.widgets import Static

from lean_journal.widgets.a3_form import show_number


class A3Section(Vertical):
    """One framed part of the A3 (Struggle, Plan, Do, Check, Act, Timeline)."""

    DEFAULT_CSS = """
    A3Section {
        height: auto; margin: 0 1; padding: 0 1;
        border: round $primary 50%; border-title-color: $primary; border-title-style: bold;
    }
    A3Section:focus-within { border: round $accent; border-title-color: $accent; }
    A3Section .a3-hint { color: $text-muted; padding-left: 1; }
    """

    def __init__(self, title: str, *children: object, section_id: str) -> None:
        """A section called `title` (our own words, never user text)."""
        super().__init__(*children, id=section_id)  # type: ignore[arg-type]
        self.border_title = title


def describe_duration(span: timedelta | None) -> str:
    """A span as people say it: '3 days', '5 h', '12 min'; '-' for None."""
    if span is None:
        return "-"
    seconds = max(0, int(span.total_seconds()))
    if seconds >= 86_400:
        days = seconds // 86_400
        return f"{days} day" if days == 1 else f"{days} days"
    if seconds >= 3600:
        return f"{seconds // 3600} h"
    return f"{seconds // 60} min"


@dataclass(frozen=True, slots=True)
class Facts:
    """What the header states about a card's life."""

    short_id: str
    stage: str
    days_in_stage: int
    cycle_time: timedelta | None
    age: timedelta
    previous_cycle: str | None = None


class CardFacts(Static):
    """Stage, days in stage and total cycle time, in one line."""

    DEFAULT_CSS = "CardFacts { padding: 0 1; color: $text-muted; }"

    def show(self, facts: Facts) -> None:
        """Show the facts about the card."""
        line = Text()
        line.append(facts.stage, style="bold")
        days = "day" if facts.days_in_stage == 1 else "days"
        line.append(f" for {facts.days_in_stage} {days}")
        if facts.cycle_time is None:
            line.append(f" · open for {describe_duration(facts.age)}")
        else:
            line.append(f" · total cycle time {describe_duration(facts.cycle_time)}")
        line.append(f" · id {facts.short_id}")
        if facts.previous_cycle:
            line.append(f" · follows {facts.previous_cycle[:8]}")
        self.update(line)


@dataclass(frozen=True, slots=True)
class Numbers:
    """Baseline, target and actual as entered (None when empty or not a number), with the unit."""

    baseline: float | None
    target: float | None
    actual: float | None
    unit: str


class Comparison(Static):
    """Predicted versus actual: baseline, target and actual side by side, with the unit."""

    DEFAULT_CSS = "Comparison { padding: 0 1; margin-bottom: 1; }"

    def show(self, numbers: Numbers) -> None:
        """Show the three numbers and how far the actual got towards the target."""
        line = Text("Predicted vs actual:  ", style="bold")
        for label, value in (("baseline", numbers.baseline), ("target", numbers.target)):
            line.append(f"{label} {_amount(value, numbers.unit)}   ")
        line.append(f"actual {_amount(numbers.actual, numbers.unit)}", style="bold")
        progress = _progress(numbers)
        if progress:
            line.append(f"   ({progress})", style="italic")
        self.update(line)


def _amount(value: float | None, unit: str) -> str:
    """A number with its unit, or '-'."""
    return "-" if value is None else f"{show_number(value)} {unit}".strip()


def _progress(numbers: Numbers) -> str:
    """How much of the planned change the actual achieved, e.g. '75% of the planned change'."""
    if None in (numbers.baseline, numbers.target, numbers.actual) or numbers.target == numbers.baseline:
        return ""
    planned = numbers.target - numbers.baseline  # type: ignore[operator]
    achieved = numbers.actual - numbers.baseline  # type: ignore[operator]
    return f"{round(100 * achieved / planned)}% of the planned change"


class RecheckDates(Static):
    """The decision taken, the re-check dates and any drop reason."""

    DEFAULT_CSS = "RecheckDates { padding: 0 1; }"

    def show(self, decision: str, rechecks: tuple[date, ...], drop_reason: str, today: date) -> None:
        """Show what was decided and when to look again."""
        line = Text()
        line.append("Decision: ", style="bold")
        line.append(decision or "not yet decided")
        if rechecks:
            line.append("   Re-checks: ", style="bold")
            line.append(", ".join(_recheck(day, today) for day in rechecks))
        if drop_reason:
            line.append("   Dropped because: ", style="bold")
            line.append(drop_reason)
        self.update(line)


def _recheck(day: date, today: date) -> str:
    """A re-check date, marked when it is due."""
    return f"{day.isoformat()} (due)" if day <= today else day.isoformat()
