"""A dialog to write a prompt's name and text; returns (name, body), or None when left."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static, TextArea

from lean_journal.text import user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen
from lean_journal.tui.widgets.journal.entry_editor import body_area
from lean_journal.tui.widgets.safe_editors import SafeInput


class PromptEditScreen(DialogScreen[tuple[str, str] | None]):
    """Edit a prompt's name and Markdown text; ctrl+s keeps it, escape leaves it unchanged."""

    DEFAULT_CSS = """
    PromptEditScreen > Vertical { width: 90; height: 32; max-height: 95%; padding: 0 1; }
    PromptEditScreen #prompt-edit-heading { text-style: bold; height: 1; }
    PromptEditScreen #editor-body { height: 1fr; }
    PromptEditScreen #prompt-edit-hint { height: 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "keep", "Save prompt"),
        Binding("escape", "leave", "Cancel"),
    ]

    def __init__(self, heading: str, name: str, body: str) -> None:
        """A dialog titled `heading`, starting from `name` and `body`."""
        super().__init__()
        self.heading = heading
        self.prompt_name = name
        self.prompt_body = body

    def compose(self) -> ComposeResult:
        """Heading, name, body and the keys."""
        with Vertical():
            yield Static(user_text(self.heading), id="prompt-edit-heading", markup=False)
            placeholder = "Name (the title of entries made from it)"
            yield SafeInput(self.prompt_name, placeholder=placeholder, id="prompt-name")
            yield body_area(self.prompt_body)
            yield Static("ctrl+s save · esc cancel", id="prompt-edit-hint", markup=False)

    @unless_closing
    def on_mount(self) -> None:
        """Start in the name field."""
        self.query_one("#prompt-name", Input).focus()

    def action_keep(self) -> None:
        """Return the name and text; an empty name is refused here with one line."""
        name = self.query_one("#prompt-name", Input).value
        if not name.strip():
            self.notify("A prompt needs a name.", severity="error", markup=False)
            return
        self.dismiss((name, self.query_one(TextArea).text))

    def action_leave(self) -> None:
        """Leave without changing the prompt."""
        self.dismiss(None)
