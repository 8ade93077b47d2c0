"""A yes/no question that returns the answer (ModalScreen[bool]); a destructive yes needs a deliberate key."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from lean_journal.text import user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen

DESTRUCTIVE_KEY = "ctrl+d"
"""The key that gives a destructive answer (discard, delete): no word typed by mistake holds it."""
PLAIN_KEY = "y"
"""The key that gives a harmless yes (go over a WIP limit, move a card anyway)."""


class ConfirmScreen(DialogScreen[bool]):
    """Ask a question; dismiss with True for yes and False for no or escape.

    The safe answer is focused, so enter gives it. A destructive question (the default)
    takes its yes only from ctrl+d, a click, or tab to its button then enter: letters typed into the
    dialog by mistake do nothing. A harmless question (`destructive=False`) also takes y.
    """

    DEFAULT_CSS = """
    ConfirmScreen > Vertical { width: 60; }
    ConfirmScreen .keys { margin-top: 1; color: $text-muted; text-align: right; }
    ConfirmScreen Horizontal { margin-top: 0; }
    """
    BINDINGS = [
        Binding(DESTRUCTIVE_KEY, f"key_yes('{DESTRUCTIVE_KEY}')", "Yes", show=False),
        Binding(PLAIN_KEY, f"key_yes('{PLAIN_KEY}')", "Yes", show=False),
        Binding("n,escape", "answer(False)", "No", show=False),
        Binding("left", "app.focus_previous", "Previous button", show=False),
        Binding("right", "app.focus_next", "Next button", show=False),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No", *, destructive: bool = True) -> None:
        """Ask `question` (shown literally, never as markup); `destructive`: yes loses something."""
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no
        self.destructive = destructive
        self.yes_key = DESTRUCTIVE_KEY if destructive else PLAIN_KEY

    def compose(self) -> ComposeResult:
        """The question, two buttons (the safe one first and focused) and the keys that answer."""
        with Vertical():
            yield Static(user_text(self.question, multiline=True), classes="question", markup=False)
            with Horizontal():
                yield Button(self.no_label, id="no", variant="primary" if self.destructive else "default")
                yield Button(self.yes_label, id="yes", variant="error" if self.destructive else "primary")
            yield Static(self.keys_hint(), classes="keys", markup=False)

    def keys_hint(self) -> str:
        """The line naming the keys: the deliberate one for yes, escape for the safe answer."""
        return f"{self.yes_key}: {self.yes_label} · esc: {self.no_label}"

    @unless_closing
    def on_mount(self) -> None:
        """Focus the safe answer."""
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer with the button pressed."""
        self.dismiss(event.button.id == "yes")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only this question's own yes key answers yes."""
        if action == "key_yes":
            return parameters == (self.yes_key,)
        return True

    def action_key_yes(self, key: str) -> None:
        """The yes key of this question: answer yes."""
        if key == self.yes_key:
            self.dismiss(True)

    def action_answer(self, answer: bool) -> None:
        """Answer from a key."""
        self.dismiss(answer)
