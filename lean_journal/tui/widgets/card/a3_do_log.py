"""The Do log: a dated list of actions taken (virtualised) and an input to log one more."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from lean_journal.model import ActionLog
from lean_journal.text import printable
from lean_journal.tui.widgets.safe_editors import SafeInput


def action_line(action: ActionLog) -> Text:
    """One action as a list row: its day, then its text (plain, never markup)."""
    return Text.assemble((action.day.isoformat(), "bold"), "  ", printable(action.text, multiline=False))


class DoLog(Vertical):
    """Actions taken, newest last, and an input that asks the screen to log a new one for today."""

    DEFAULT_CSS = """
    DoLog { height: auto; }
    DoLog OptionList { height: auto; max-height: 10; border: none; background: $boost; }
    DoLog .do-empty { color: $text-muted; padding-left: 1; }
    DoLog Input { margin-top: 1; background: $boost; }
    """

    class ActionAdded(Message):
        """The user wrote an action to log for today."""

        def __init__(self, do_log: DoLog, text: str) -> None:
            """Remember the text."""
            super().__init__()
            self.do_log = do_log
            self.text = text

        @property
        def control(self) -> DoLog:
            """The Do log that asked."""
            return self.do_log

    def compose(self) -> ComposeResult:
        """The list, a line shown while it is empty, and the input."""
        yield OptionList(id="do-actions", markup=False)
        yield Static("No actions logged yet.", classes="do-empty", markup=False)
        yield SafeInput(placeholder="What did you do today? (enter logs it)", id="do-new", compact=True)

    def show(self, actions: Sequence[ActionLog]) -> None:
        """Show these actions, oldest first, with the newest highlighted and in view."""
        options = self.query_one("#do-actions", OptionList)
        options.clear_options()
        options.add_options(Option(action_line(a)) for a in actions)
        options.display = bool(actions)
        self.query_one(".do-empty", Static).display = not actions
        if actions:
            options.highlighted = len(actions) - 1

    @on(Input.Submitted, "#do-new")
    def _submitted(self, event: Input.Submitted) -> None:
        """Ask for the written action to be logged, and empty the input."""
        event.stop()
        text = event.value.strip()
        if text:
            self.post_message(self.ActionAdded(self, text))
            event.input.clear()

    @on(Input.Changed, "#do-new")
    def _typing(self, event: Input.Changed) -> None:
        """Typing a new action is not an edit of the card's fields."""
        event.stop()
