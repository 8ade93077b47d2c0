"""Pick a reflection prompt to start an entry from; add, edit, delete prompts and choose the default."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from lean_journal.model import ValidationError
from lean_journal.store import StoreError
from lean_journal.store.prompts import Prompt, PromptRepository
from lean_journal.text import printable, user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.journal.prompt_edit import PromptEditScreen

HINT = "enter start · e edit · a add · d make default · delete remove · esc close"


class PromptPickerScreen(DialogScreen[str | None]):
    """Lists the prompts; dismisses with the id of the one to start from, or None."""

    DEFAULT_CSS = """
    PromptPickerScreen > Vertical { width: 84; height: 30; max-height: 90%; padding: 0 1; }
    PromptPickerScreen #prompt-heading { text-style: bold; height: 1; margin-bottom: 1; }
    PromptPickerScreen OptionList { height: 8; }
    PromptPickerScreen #prompt-preview { height: 1fr; margin-top: 1; color: $text-muted; overflow-y: auto; }
    PromptPickerScreen #prompt-hint { height: 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("e", "edit_prompt", "Edit prompt"),
        Binding("a", "add_prompt", "Add prompt"),
        Binding("d", "make_default", "Make default"),
        Binding("delete", "delete_prompt", "Delete prompt"),
    ]

    def __init__(self, prompts: PromptRepository) -> None:
        """Show the prompts of `prompts` (and change them there)."""
        super().__init__()
        self.prompts = prompts
        self._listed: list[Prompt] = []

    def compose(self) -> ComposeResult:
        """Heading, the list, a preview of the highlighted prompt and the keys."""
        with Vertical():
            yield Static("Start from a prompt", id="prompt-heading", markup=False)
            yield OptionList(id="prompt-list")
            yield Static("", id="prompt-preview", markup=False)
            yield Static(HINT, id="prompt-hint", markup=False)

    @unless_closing
    def on_mount(self) -> None:
        """Fill the list, highlighting the default prompt."""
        self.refresh_list()

    def refresh_list(self, highlight: str | None = None) -> None:
        """Re-read the prompts, keeping `highlight` (an id; default: the default prompt) highlighted."""
        self._listed = self.prompts.list()
        default = self.prompts.default()
        options = [Option(_label(p, default), id=p.id) for p in self._listed]
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        wanted = highlight or (default.id if default else None)
        ids = [p.id for p in self._listed]
        option_list.highlighted = ids.index(wanted) if wanted in ids else (0 if ids else None)
        self._show_preview()

    @property
    def highlighted_prompt(self) -> Prompt | None:
        """The prompt under the cursor."""
        index = self.query_one(OptionList).highlighted
        return self._listed[index] if index is not None and index < len(self._listed) else None

    @on(OptionList.OptionHighlighted)
    def _show_preview(self) -> None:
        """Show the highlighted prompt's text."""
        prompt = self.highlighted_prompt
        text = prompt.body if prompt else "No prompts: press a to add one."
        self.query_one("#prompt-preview", Static).update(user_text(text, multiline=True))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """Start from the prompt chosen."""
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        """Close without starting an entry."""
        self.dismiss(None)

    def action_make_default(self) -> None:
        """Make the highlighted prompt the one `n` uses."""
        prompt = self.highlighted_prompt
        if prompt is not None and self._changed(lambda: self.prompts.set_default(prompt.id)):
            self.refresh_list(prompt.id)
            self.notify(f"n now starts from: {prompt.name}", markup=False)

    def action_edit_prompt(self) -> None:
        """Edit the highlighted prompt's name and text."""
        prompt = self.highlighted_prompt
        if prompt is None:
            return

        def edited(result: tuple[str, str] | None) -> None:
            """Store the edited prompt."""
            if result is not None:
                name, body = result
                if self._changed(lambda: self.prompts.update(prompt.with_changes(name=name, body=body))):
                    self.refresh_list(prompt.id)

        self.app.push_screen(PromptEditScreen("Edit prompt", prompt.name, prompt.body), edited)

    def action_add_prompt(self) -> None:
        """Add a new prompt."""

        def added(result: tuple[str, str] | None) -> None:
            """Store the new prompt."""
            if result is not None:
                made: list[Prompt] = []
                if self._changed(lambda: made.append(self.prompts.new(*result))):
                    self.refresh_list(made[0].id)

        self.app.push_screen(PromptEditScreen("New prompt", "", "## \n"), added)

    def action_delete_prompt(self) -> None:
        """Delete the highlighted prompt, after asking."""
        prompt = self.highlighted_prompt
        if prompt is None:
            return

        def answered(yes: bool | None) -> None:
            """Delete if confirmed."""
            if yes and self._changed(lambda: self.prompts.delete(prompt.id)):
                self.refresh_list()

        self.app.push_screen(ConfirmScreen(f"Delete the prompt {prompt.name!r}?", yes="Delete"), answered)

    def _changed(self, change: object) -> bool:
        """Run a change to the prompts; on a bad value or a failed save, say so in one line."""
        try:
            change()  # type: ignore[operator]
        except (ValidationError, StoreError, OSError) as error:
            self.notify(str(error), title="Prompt not saved", severity="error", markup=False, timeout=10)
            return False
        return True


def _label(prompt: Prompt, default: Prompt | None) -> Content:
    """A prompt's name (literal text), marked if it is the default."""
    mark = "  (default, n)" if default is not None and prompt.id == default.id else ""
    return Content(printable(prompt.name, multiline=False) + mark)
