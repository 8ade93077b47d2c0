"""Act's decision: adopt, adapt or abandon, as three buttons that ask the screen to decide."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Label

from lean_journal.model import Decision
from lean_journal.pdca import DECISION_HELP


class DecisionButtons(Horizontal):
    """Adopt / Adapt / Abandon; disabled once the card is closed."""

    DEFAULT_CSS = """
    DecisionButtons { height: auto; border-left: blank; padding: 0 0 1 0; }
    DecisionButtons.-missing { border-left: thick $warning; }
    DecisionButtons > Label { padding: 0 1; color: $text-muted; }
    DecisionButtons Button { margin-right: 1; }
    """

    class Decided(Message):
        """The user chose a decision."""

        def __init__(self, buttons: DecisionButtons, decision: Decision) -> None:
            """Remember the decision."""
            super().__init__()
            self.buttons = buttons
            self.decision = decision

        @property
        def control(self) -> DecisionButtons:
            """The buttons that were pressed."""
            return self.buttons

    def compose(self) -> ComposeResult:
        """A label and one compact button per decision."""
        yield Label("Decision", markup=False)
        yield Button(
            "Adopt", id="decide-adopt", variant="success", compact=True, tooltip=DECISION_HELP[Decision.ADOPT]
        )
        yield Button(
            "Adapt", id="decide-adapt", variant="primary", compact=True, tooltip=DECISION_HELP[Decision.ADAPT]
        )
        yield Button(
            "Abandon",
            id="decide-abandon",
            variant="error",
            compact=True,
            tooltip=DECISION_HELP[Decision.ABANDON],
        )

    def set_open(self, is_open: bool) -> None:
        """Enable the buttons while the card can still be decided."""
        for button in self.query(Button):
            button.disabled = not is_open

    def focus_first(self) -> None:
        """Focus Adopt and bring it into view."""
        self.query_one("#decide-adopt", Button).focus()
        self.call_after_refresh(self.scroll_visible, animate=False)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        """Turn a button press into a decision."""
        event.stop()
        name = (event.button.id or "").removeprefix("decide-")
        self.post_message(self.Decided(self, Decision(name)))
