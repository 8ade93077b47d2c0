"""The frame of the Learn · Share · Grow forms: labelled fields, a problem line, Save and Cancel.

A form returns the item it built (or None) and never saves: the area does. Leaving a changed form
without saving asks first (the one ConfirmScreen), so nothing typed is lost by a stray escape.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Select, SelectionList, Static, TextArea

from lean_journal.growth.links import LinkError
from lean_journal.journal.dates import DateParseError, parse_day
from lean_journal.model import ValidationError
from lean_journal.text import user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen

T = TypeVar("T")
FORM_PROBLEMS = (ValidationError, DateParseError, LinkError, ValueError)


def problem_line(error: Exception) -> str:
    """One line saying what is wrong, naming the field when the error knows it."""
    if isinstance(error, ValidationError):
        return f"{error.field.replace('_', ' ').capitalize()}: {error.problem}"
    return str(error)


def day_from(text: str, today: date, field: str, *, optional: bool = False) -> date | None:
    """A day typed as the journal reads days (2026-03-05, yesterday, 3 days ago, 5 march)."""
    if not text.strip():
        if optional:
            return None
        raise ValidationError(field, "a day is required")
    try:
        return parse_day(text, today)
    except DateParseError as error:
        raise ValidationError(field, str(error)) from error


class FormScreen(DialogScreen[T | None]):
    """A form over one item; subclasses give `fields()` and `build()`."""

    DEFAULT_CSS = """
    FormScreen > Vertical { width: 84; height: 90%; }
    FormScreen VerticalScroll { height: 1fr; }
    FormScreen .form-label { margin-top: 1; color: $text-muted; }
    FormScreen TextArea { height: 3; }
    FormScreen SelectionList { height: 8; }
    FormScreen .form-keys { color: $text-muted; text-align: right; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Save and close"),
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving (asks if something changed)"),
    ]
    HEADING = ""

    def __init__(self, today: date) -> None:
        """A form as of `today` (for days typed as 'yesterday')."""
        super().__init__()
        self.today = today
        self._first_values: tuple[object, ...] = ()

    def compose(self) -> ComposeResult:
        """Heading, the fields, a problem line, the buttons and the keys."""
        with Vertical():
            yield Static(user_text(self.HEADING), classes="question", markup=False)
            with VerticalScroll():
                yield from self.fields()
            yield Static("", classes="problem", id="problem", markup=False)
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Save", id="save", variant="primary")
            yield Static("ctrl+s: Save · esc: Cancel", classes="form-keys", markup=False)

    def fields(self) -> Iterator[Widget]:
        """The labelled fields of this form."""
        raise NotImplementedError

    def build(self) -> T:
        """The item the fields describe, or a ValidationError / LinkError naming what is wrong."""
        raise NotImplementedError

    @staticmethod
    def label(text: str) -> Static:
        """A field's label."""
        return Static(text, classes="form-label", markup=False)

    @unless_closing
    def on_mount(self) -> None:
        """Remember the values shown, and start typing in the first field."""
        self._first_values = self.values()
        self.query(Input).first().focus()

    def values(self) -> tuple[object, ...]:
        """Every field's value, to tell whether anything changed."""
        found: list[object] = []
        for widget in self.query("Input, TextArea, Select, Checkbox, SelectionList"):
            if isinstance(widget, TextArea):
                found.append(widget.text)
            elif isinstance(widget, SelectionList):
                found.append(tuple(widget.selected))
            elif isinstance(widget, (Input, Select, Checkbox)):
                found.append(widget.value)
        return tuple(found)

    def text(self, widget_id: str) -> str:
        """The text of an Input or TextArea."""
        widget = self.query_one(f"#{widget_id}")
        return widget.text if isinstance(widget, TextArea) else str(getattr(widget, "value", ""))

    def select_value(self, widget_id: str) -> Any:
        """The value of a Select."""
        return self.query_one(f"#{widget_id}", Select).value

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Close with the item built, or say what is wrong and stay open."""
        try:
            item = self.build()
        except FORM_PROBLEMS as error:
            self.query_one("#problem", Static).update(problem_line(error))
            return
        self.dismiss(item)

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        """The Cancel button: as escape."""
        self.action_cancel()

    @work(group="growth-form-leave", exclusive=True)
    async def action_cancel(self) -> None:
        """Close without saving; if something was changed, ask first."""
        if self.values() != self._first_values:
            from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

            question = ConfirmScreen("Leave without saving what you changed?", yes="Leave", no="Stay")
            if not await self.app.push_screen_wait(question):
                return
        self.dismiss(None)
