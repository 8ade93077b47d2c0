"""The goal form: title, why, target date, status, milestones (one a line) and evidence (short ids)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

from textual.widget import Widget
from textual.widgets import Select

from lean_journal.growth.links import links_from, links_text
from lean_journal.model.growth import Goal, GoalStatus, Milestone
from lean_journal.tui.screens.growth.form import FormScreen, day_from
from lean_journal.tui.widgets.safe_editors import SafeInput, SafeTextArea


def milestones_from(text: str, old: tuple[Milestone, ...]) -> tuple[Milestone, ...]:
    """One milestone a line; a line naming an old milestone keeps the day it was done."""
    done = {milestone.text: milestone.done_on for milestone in old}
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(Milestone(line, done.get(line)) for line in lines)


class GoalForm(FormScreen[Goal]):
    """A new goal, or an existing one to edit."""

    HEADING = "A way I am growing"

    def __init__(
        self, today: date, now: datetime, resolve: Callable[[str], str], item: Goal | None = None
    ) -> None:
        """Edit `item` or make a new one; `resolve` turns a short id into a typed link (or raises)."""
        super().__init__(today)
        self.now = now
        self.item = item
        self.resolve = resolve

    def fields(self) -> Iterator[Widget]:
        """Title, why, target, status, milestones, evidence, tags."""
        item = self.item
        yield self.label("Title")
        yield SafeInput(item.title if item else "", placeholder="Be the leader I want to be", id="title")
        yield self.label("Why it matters")
        yield SafeTextArea(item.why if item else "", id="why")
        yield self.label("Target date (empty: none)")
        target = item.target.isoformat() if item and item.target else ""
        yield SafeInput(target, placeholder="2027-06-30", id="target")
        yield self.label("Status")
        status = item.status.value if item else GoalStatus.ACTIVE.value
        yield Select([(s.value, s.value) for s in GoalStatus], value=status, allow_blank=False, id="status")
        yield self.label("Milestones, one a line (tick them with m in the area)")
        yield SafeTextArea("\n".join(m.text for m in item.milestones) if item else "", id="milestones")
        yield self.label("Evidence: short ids of entries, cards and shares (card:1a2b3c4d)")
        yield SafeInput(links_text(item.links) if item else "", id="evidence")
        yield self.label("Tags")
        yield SafeInput(" ".join(item.tags) if item else "", id="tags")

    def build(self) -> Goal:
        """The goal the fields describe."""
        status = GoalStatus(self.select_value("status"))
        old = self.item
        done_on = old.done_on if old and old.status is GoalStatus.DONE else None
        changes = {
            "title": self.text("title"),
            "why": self.text("why"),
            "target": day_from(self.text("target"), self.today, "target", optional=True),
            "status": status,
            "milestones": milestones_from(self.text("milestones"), old.milestones if old else ()),
            "links": links_from(self.text("evidence"), old.links if old else (), self.resolve),
            "tags": self.text("tags"),
            "done_on": (done_on or self.today) if status is GoalStatus.DONE else None,
        }
        if old is None:
            return Goal(created=self.now, updated=self.now, **changes)  # type: ignore[arg-type]
        return old.with_changes(**changes)
