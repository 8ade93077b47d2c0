"""A row of buttons under the board, so the mouse can do what the keys do to the selected card."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

ACTIONS = (
    ("new", "+ New"),
    ("back", "◀ Back"),
    ("open", "Open"),
    ("forward", "Forward ▶"),
    ("up", "▲ Up"),
    ("down", "▼ Down"),
    ("drop", "✕ Drop"),
    ("closed", "Done/Dropped"),
)


class BoardActions(Horizontal):
    """Buttons for the selected card; they never take the keyboard focus from the columns."""

    DEFAULT_CSS = """
    BoardActions { height: 1; width: 1fr; padding: 0 1; }
    BoardActions Button { margin-right: 1; min-width: 8; }
    """

    class Requested(Message):
        """A button asked for a board action: one of the names in ACTIONS."""

        def __init__(self, action: str) -> None:
            """Remember which action."""
            super().__init__()
            self.action = action

    def compose(self) -> ComposeResult:
        """One compact, unfocusable button per action."""
        for name, label in ACTIONS:
            button = Button(label, id=f"bar-{name}", compact=True)
            button.can_focus = False
            yield button

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        """Turn a button press into a Requested message for the screen."""
        event.stop()
        if event.button.id:
            self.post_message(self.Requested(event.button.id.removeprefix("bar-")))
