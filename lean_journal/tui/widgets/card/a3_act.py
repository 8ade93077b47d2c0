"""Act's decision: adopt, adapt or abandon, as three buttons that ask the screen to decide."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Label

from lean_journal.model import Card, Decision

DECISION_HELP = {
    Decision.ADOPT: "Adopt: the countermeasure works; it becomes the standard (re-checks in 30 and 90 days).",
    Decision.ADAPT: "Adapt: close this cycle and start a linked next cycle in Plan.",
    Decision.ABANDON: "Abandon: it did not help; drop the card with a reason.",
}

DONE_NOTICES = {
    Decision.ADOPT: "Adopted: the card is Done; re-check it on {rechecks}.",
    Decision.ADAPT: "Adapted: the card is Done and its next cycle {next} is in Plan.",
    Decision.ABANDON: "Abandoned: the card is Dropped.",
}


def decision_notice(card: Card, follow_up: Card | None) -> str:
    """What a decision did, in one line: where the card went, its re-checks or its next cycle."""
    rechecks = ", ".join(day.isoformat() for day in card.rechecks)
    next_id = follow_up.short_id if follow_up else ""
    return DONE_NOTICES[card.decision or Decision.ADOPT].format(rechecks=rechecks, next=next_id)


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
