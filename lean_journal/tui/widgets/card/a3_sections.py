"""The framed sections of the A3 page, and the read-only facts shown in them (never as markup)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rich.text import Text
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Static

from lean_journal import pdca
from lean_journal.model import Card
from lean_journal.pdca.a3_form import preview_number, show_number
from lean_journal.pdca.rechecks import rechecks_of, result_text
from lean_journal.text import printable


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


def jump_section(sections: list[A3Section], focused: Widget | None, step: int) -> None:
    """Focus the first focusable widget of the section `step` away from the focused one, and show it."""
    current = next((s for s in sections if focused is not None and focused in s.walk_children()), None)
    index = sections.index(current) + step if current else 0
    target = sections[index % len(sections)]
    focusable = [w for w in target.walk_children(Widget) if w.focusable]
    if focusable:
        focusable[0].focus()
    target.scroll_visible(top=True, animate=False)


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


class CardFacts(Static):
    """Stage, days in stage and total cycle time, in one line."""

    DEFAULT_CSS = "CardFacts { padding: 0 1; color: $text-muted; }"

    def show(self, card: Card, now: datetime) -> None:
        """Show the facts about the card as of `now`."""
        line = Text()
        line.append(card.stage.label, style="bold")
        days = pdca.days_in_stage(card, now)
        line.append(f" for {days} {'day' if days == 1 else 'days'}")
        cycle = pdca.cycle_time(card, now)
        if cycle is None:
            line.append(f" · open for {describe_duration(now - card.created)}")
        else:
            line.append(f" · total cycle time {describe_duration(cycle)}")
        line.append(f" · id {card.short_id}")
        if card.previous_cycle:
            line.append(f" · follows {card.previous_cycle[:8]}")
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

    def show_typed(self, values: Mapping[str, str]) -> None:
        """Show the numbers as typed in the form (anything not a number shows as '-')."""
        baseline, target, actual = (preview_number(values[k]) for k in ("baseline", "target_value", "actual"))
        self.show(Numbers(baseline, target, actual, values["unit"].strip()))

    def show(self, numbers: Numbers) -> None:
        """Show the three numbers and how far the actual got towards the target."""
        line = Text.assemble(("Predicted vs actual:  ", "bold"))
        for label, value in (("baseline", numbers.baseline), ("target", numbers.target)):
            line.append(f"{label} {_amount(value, numbers.unit)}   ")
        line.append(f"actual {_amount(numbers.actual, numbers.unit)}", style="bold")
        progress = _progress(numbers)
        if progress:
            line.append(f"   ({progress})", style="italic")
        self.update(line)


def _amount(value: float | None, unit: str) -> str:
    """A number with its unit, or '-'."""
    return "-" if value is None else printable(f"{show_number(value)} {unit}".strip(), multiline=False)


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

    def show(self, card: Card, today: date) -> None:
        """Show what was decided, when to look again, and what each recorded re-check found."""
        line = Text()
        line.append("Decided: ", style="bold")
        line.append(card.decision.value if card.decision else "not yet")
        if card.rechecks:
            line.append("   Re-checks: ", style="bold")
            line.append(", ".join(result_text(check, today) for check in rechecks_of(card)))
        if card.drop_reason:
            line.append("   Dropped because: ", style="bold")
            line.append(printable(card.drop_reason, multiline=False))
        for check in rechecks_of(card):
            if check.result is not None and check.result.note.strip():
                line.append(f"\n  {result_text(check, today)} (looked on {check.result.on.isoformat()}): ")
                line.append(printable(check.result.note, multiline=False))
        self.update(line)
