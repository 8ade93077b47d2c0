"""The milestones of one goal: tick and untick, add, move and delete them (growth/goals.py changes)."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from lean_journal.growth import goals
from lean_journal.model import ValidationError
from lean_journal.model.growth import Goal
from lean_journal.text import printable, user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen
from lean_journal.tui.screens.growth.details import bar_line

KEYS_HINT = "space: tick/untick · a: add · [ ]: move · delete: remove · esc: done"
FIELD = "milestone"
"""How the add dialog names the field in a problem ('Milestone: is 600 characters long; …')."""


def milestone_row(number: int, text: str, done_on: date | None) -> Text:
    """'2. ✔ Run a gemba walk  2026-11-20' (the text literal)."""
    row = Text(f"{number}. {'✔' if done_on else '○'} ", style="green" if done_on else "")
    row.append(printable(text, multiline=False))
    if done_on:
        row.append(f"  {done_on.isoformat()}", style="dim")
    return row


class MilestonesScreen(DialogScreen[Goal | None]):
    """Change a goal's milestones; escape closes with the changed goal (None if nothing changed)."""

    DEFAULT_CSS = """
    MilestonesScreen > Vertical { width: 80; }
    MilestonesScreen OptionList { height: auto; max-height: 16; }
    MilestonesScreen .keys { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [
        Binding("space,x", "tick", "Tick/untick"),
        Binding("a", "add", "Add milestone"),
        Binding("left_square_bracket,ctrl+up", "move(-1)", "Move up"),
        Binding("right_square_bracket,ctrl+down", "move(1)", "Move down"),
        Binding("delete,d", "remove", "Remove milestone"),
        Binding("escape", "done", "Done"),
    ]

    def __init__(self, goal: Goal, today: date) -> None:
        """Change `goal`'s milestones as of `today`."""
        super().__init__()
        self.original = goal
        self.goal = goal
        self.today = today

    def compose(self) -> ComposeResult:
        """The goal's title and progress, the milestones and the keys."""
        with Vertical():
            yield Static(user_text(self.goal.title), classes="question", markup=False)
            yield Static("", id="milestone-progress", markup=False)
            yield OptionList(id="milestone-list")
            yield Static(KEYS_HINT, classes="keys", markup=False)

    @unless_closing
    def on_mount(self) -> None:
        """Show the milestones."""
        self.show(0)
        self.query_one(OptionList).focus()

    @property
    def number(self) -> int | None:
        """The 1-based number of the highlighted milestone, if any."""
        highlighted = self.query_one(OptionList).highlighted
        return None if highlighted is None or not self.goal.milestones else highlighted + 1

    def show(self, index: int | None) -> None:
        """Redraw the list with the cursor at `index`, and the progress line."""
        rows = [milestone_row(n, m.text, m.done_on) for n, m in enumerate(self.goal.milestones, 1)]
        options = [Option(row) for row in rows] or [Option("No milestones yet: press a to add one.")]
        listing = self.query_one(OptionList)
        listing.set_options(options)
        listing.highlighted = min(index or 0, len(options) - 1)
        self.query_one("#milestone-progress", Static).update(bar_line(self.goal))

    def action_tick(self) -> None:
        """Mark the highlighted milestone done today, or not done if it was."""
        if self.number is not None:
            self.goal = goals.tick(self.goal, self.number, self.today)
            self.show(self.number - 1)

    def action_move(self, by: int) -> None:
        """Move the highlighted milestone up or down."""
        number = self.number
        if number is not None:
            self.goal = goals.move_milestone(self.goal, number, by)
            self.show(max(0, min(len(self.goal.milestones) - 1, number - 1 + by)))

    def with_milestone(self, text: str) -> Goal | None:
        """The goal with `text` added last (None for blank text), or the model's ValidationError."""
        if not text.strip():
            return None
        try:
            return goals.add_milestone(self.goal, text)
        except ValidationError as error:
            raise ValidationError(FIELD, error.problem) from error

    @work(group="milestone-add", exclusive=True)
    async def action_add(self) -> None:
        """Ask for a milestone's text and add it last (the dialog stays open on a problem)."""
        from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen

        prompt = TextPromptScreen("A new milestone:", ok="Add", check=self.with_milestone)
        changed = await self.app.push_screen_wait(prompt)
        if isinstance(changed, Goal):
            self.goal = changed
            self.show(len(self.goal.milestones) - 1)

    @work(group="milestone-remove", exclusive=True)
    async def action_remove(self) -> None:
        """Ask, then remove the highlighted milestone."""
        from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

        number = self.number
        if number is None:
            return
        text = self.goal.milestones[number - 1].text
        if await self.app.push_screen_wait(ConfirmScreen(f"Remove the milestone '{text}'?", yes="Remove")):
            if number <= len(self.goal.milestones):  # never raise out of the worker
                self.goal = goals.remove_milestone(self.goal, number)
            self.show(number - 1)

    def action_done(self) -> None:
        """Close with the changed goal (None if nothing changed)."""
        self.dismiss(None if self.goal == self.original else self.goal)
