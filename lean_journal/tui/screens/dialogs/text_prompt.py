"""A small dialog asking for one line of text, checked before it closes (ModalScreen returning the value)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from lean_journal.model import ValidationError
from lean_journal.pdca import describe_error
from lean_journal.store import Store, StoreError
from lean_journal.text import user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen
from lean_journal.tui.widgets.safe_editors import SafeInput


def problem_text(error: ValidationError) -> str:
    """One line naming the field and what is wrong with it."""
    return describe_error(error)


class TextPromptScreen(DialogScreen[Any]):
    """Ask one question; enter or OK returns the checked answer, escape or Cancel returns None."""

    DEFAULT_CSS = """
    TextPromptScreen > Vertical { width: 70; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        question: str,
        *,
        value: str = "",
        placeholder: str = "",
        ok: str = "OK",
        check: Callable[[str], Any] | None = None,
    ) -> None:
        """Ask `question` (literally); `check` turns the text into the answer or raises ValidationError."""
        super().__init__()
        self.question = question
        self.value = value
        self.placeholder = placeholder
        self.ok_label = ok
        self.check = check or (lambda text: text.strip())

    def compose(self) -> ComposeResult:
        """The question, the input, a line for problems, and the buttons."""
        with Vertical():
            yield Static(user_text(self.question, multiline=True), classes="question", markup=False)
            yield SafeInput(self.value, placeholder=self.placeholder, id="answer")
            yield Static("", classes="problem", id="problem", markup=False)
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button(self.ok_label, id="ok", variant="primary")

    @unless_closing
    def on_mount(self) -> None:
        """Start typing straight away."""
        self.query_one("#answer", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        """Close with the checked answer, or say what is wrong and stay open."""
        try:
            answer = self.check(self.query_one("#answer", Input).value)
        except ValidationError as error:
            self.query_one("#problem", Static).update(problem_text(error))
            return
        self.dismiss(answer)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)


class SettingsHost(Protocol):
    """A screen that asks for a setting: its app, its store, and how it reports a failed save."""

    @property
    def app(self) -> App[Any]: ...

    store: Store

    def report_error(self, error: Exception) -> None: ...


async def ask_setting(
    screen: SettingsHost, question: str, key: str, current: object, check: Callable[[str], Any]
) -> bool:
    """Ask for a setting's new value (starting from `current`) and keep it in the file; whether it was
    kept (not when the dialog was cancelled, nor when the save failed, which the area reports)."""
    answer = await screen.app.push_screen_wait(TextPromptScreen(question, value=str(current), check=check))
    if answer is None:
        return False
    try:
        screen.store.settings.set(key, answer)
    except (StoreError, OSError) as error:
        screen.report_error(error)
        return False
    return True
