"""A small dialog that asks for a reason (abandoning an experiment needs one); returns it or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class ReasonScreen(ModalScreen[str | None]):
    """Ask `question`; enter with a reason answers it, escape cancels (None)."""

    DEFAULT_CSS = """
    ReasonScreen { align: center middle; }
    ReasonScreen > Vertical {
        width: 70; height: auto; padding: 1 2; border: thick $warning; background: $surface;
    }
    ReasonScreen Input { margin: 1 0; }
    ReasonScreen Horizontal { height: auto; align-horizontal: right; }
    ReasonScreen Button { margin-left: 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str) -> None:
        """Ask `question` (our own words, shown literally)."""
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        """The question, the reason input and two buttons."""
        with Vertical():
            yield Static(self.question, markup=False)
            yield Input(placeholder="The reason (required)", id="reason")
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("OK", id="ok", variant="warning")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _answer(self) -> None:
        """Answer with the reason, or say that one is needed."""
        reason = self.query_one("#reason", Input).value.strip()
        if reason:
            self.dismiss(reason)
        else:
            self.notify("Please write a reason.", severity="warning", markup=False)
            self.query_one("#reason", Input).focus()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Give up without a reason."""
        self.dismiss(None)
