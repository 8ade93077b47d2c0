"""Act's decision dialog: adopt, adapt or abandon a card, with the standard, next step or reason."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from lean_journal.model import Card, Decision
from lean_journal.pdca import DECISION_HELP
from lean_journal.text import printable
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen
from lean_journal.tui.widgets.safe_editors import SafeInput


@dataclass(frozen=True)
class DecisionChoice:
    """What the user decided, with the texts that go with it."""

    decision: Decision
    standard: str = ""
    next_step: str = ""
    reason: str = ""


EXPLAIN = "\n".join(DECISION_HELP.values())


class DecideCardScreen(DialogScreen[DecisionChoice | None]):
    """Ask what to do with a card leaving Act; returns a DecisionChoice, or None on escape."""

    DEFAULT_CSS = """
    DecideCardScreen > Vertical { width: 84; }
    DecideCardScreen .question { text-style: bold; margin-bottom: 0; }
    DecideCardScreen .explain { color: $text-muted; margin-bottom: 1; }
    DecideCardScreen Button { margin-left: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, card: Card) -> None:
        """Decide about `card` (its title is shown literally; its standard and next step prefill)."""
        super().__init__()
        self.card = card

    def compose(self) -> ComposeResult:
        """The question, three inputs and the decision buttons."""
        with Vertical():
            yield Static(f"Decide: {printable(self.card.title)}", classes="question", markup=False)
            yield Static(EXPLAIN, classes="explain", markup=False)
            yield SafeInput(
                self.card.standard, placeholder="The standard, written down (adopt)", id="standard"
            )
            yield SafeInput(
                self.card.next_step, placeholder="Next step (adapt: what to try next)", id="next-step"
            )
            yield SafeInput(
                self.card.drop_reason, placeholder="Why abandon it? (required to abandon)", id="reason"
            )
            yield Static("", classes="problem", id="problem", markup=False)
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Abandon", id="abandon", variant="error")
                yield Button("Adapt", id="adapt", variant="warning")
                yield Button("Adopt", id="adopt", variant="success")

    @unless_closing
    def on_mount(self) -> None:
        """Start in the standard."""
        self.query_one("#standard", Input).focus()

    def _text(self, input_id: str) -> str:
        """The stripped text of one input."""
        return self.query_one(f"#{input_id}", Input).value.strip()

    @on(Button.Pressed, "#adopt, #adapt, #abandon")
    def _decided(self, event: Button.Pressed) -> None:
        """Return the decision; abandoning without a reason asks for one instead."""
        decision = Decision(event.button.id or "")
        reason = self._text("reason")
        if decision is Decision.ABANDON and not reason:
            self.query_one("#problem", Static).update("Say why you abandon it first.")
            self.query_one("#reason", Input).focus()
            return
        self.dismiss(DecisionChoice(decision, self._text("standard"), self._text("next-step"), reason))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without deciding."""
        self.dismiss(None)
