"""The dialog that records a re-check: did the improvement hold or slip, and a note. It never saves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from lean_journal.text import day_label, user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen
from lean_journal.tui.widgets.safe_editors import SafeInput

CHOOSE = "Choose Held or Slipped (tab to the buttons); escape records nothing."


@dataclass(frozen=True, slots=True)
class RecheckAnswer:
    """What the user found: whether the improvement held, and a note."""

    held: bool
    note: str


class RecheckScreen(DialogScreen[RecheckAnswer | None]):
    """Ask whether the card's improvement still holds; escape or Cancel records nothing (None)."""

    DEFAULT_CSS = "RecheckScreen .keys { color: $text-muted; margin-top: 1; }"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, due: date) -> None:
        """Ask about the re-check of the card `title` dated `due`."""
        super().__init__()
        self.card_title = title
        self.due = due

    def compose(self) -> ComposeResult:
        """The question, the note, a line for problems, and Cancel, Slipped and Held."""
        question = f"Re-check of {day_label(self.due)}: does '{self.card_title}' still hold?"
        with Vertical():
            yield Static(user_text(question, multiline=True), classes="question", markup=False)
            yield SafeInput(placeholder="A note: what you saw (optional)", id="note")
            yield Static("", classes="problem", id="problem", markup=False)
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Slipped", id="slipped", variant="warning")
                yield Button("Held", id="held", variant="success")
            yield Static("tab: the buttons · esc: record nothing", classes="keys", markup=False)

    @unless_closing
    def on_mount(self) -> None:
        """Start with the note."""
        self.query_one("#note", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        """Enter in the note decides nothing: say how to answer."""
        self.query_one("#problem", Static).update(CHOOSE)

    @on(Button.Pressed, "#held, #slipped")
    def _answered(self, event: Button.Pressed) -> None:
        """Held or Slipped: return the answer with the note."""
        note = self.query_one("#note", Input).value.strip()
        self.dismiss(RecheckAnswer(held=event.button.id == "held", note=note))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Record nothing."""
        self.dismiss(None)
