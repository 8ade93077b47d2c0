"""The journal entry editor: title, Markdown body, tags with completion, mood and energy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static, TextArea

from lean_journal.model.draft import EntryDraft
from lean_journal.text import day_label
from lean_journal.tui.widgets.journal.rating import Rating
from lean_journal.tui.widgets.journal.tag_input import TagInput
from lean_journal.tui.widgets.safe_editors import SafeInput, SafeTextArea

HINT = "→ accepts a suggested tag · 1-5 or ←/→ rate"


def body_area(text: str = "") -> TextArea:
    """A TextArea for Markdown, highlighted when tree-sitter's Markdown grammar is installed."""
    options = {"soft_wrap": True, "show_line_numbers": False, "tab_behavior": "focus", "id": "editor-body"}
    try:
        return SafeTextArea(text, language="markdown", **options)  # type: ignore[arg-type]
    except Exception:  # tree-sitter present without its Markdown grammar: plain text is fine
        return SafeTextArea(text, language=None, **options)  # type: ignore[arg-type]


class EntryEditor(Vertical):
    """Edits one EntryDraft; posts Changed while typing, SaveRequested and CancelRequested."""

    DEFAULT_CSS = """
    EntryEditor { height: 1fr; padding: 0 1; }
    EntryEditor #editor-heading { height: 1; color: $text-muted; text-style: bold; }
    EntryEditor Input, EntryEditor TextArea { border-title-color: $text-muted; }
    EntryEditor #editor-body { height: 1fr; min-height: 5; }
    EntryEditor #editor-meta { height: 1; }
    EntryEditor #editor-hint { width: 1fr; height: 1; color: $text-muted; text-wrap: nowrap; }
    """
    BINDINGS = [
        Binding("ctrl+s", "request_save", "Save", priority=False),
        Binding("escape", "request_cancel", "Leave"),
        Binding("ctrl+o", "request_external_editor", "$EDITOR"),
    ]

    @dataclass
    class EditorMessage(Message):
        """Something the editor tells its screen (never posted itself); `control` is the editor."""

        editor: EntryEditor

        @property
        def control(self) -> EntryEditor:
            """The editor that sent it."""
            return self.editor

    @dataclass
    class Changed(EditorMessage):
        """The user changed something; `settled` means focus moved on, so keep the draft now."""

        draft: EntryDraft
        dirty: bool
        settled: bool = False

    @dataclass
    class SaveRequested(EditorMessage):
        """The user asked to save (ctrl+s)."""

        draft: EntryDraft

    @dataclass
    class CancelRequested(EditorMessage):
        """The user asked to leave the editor (escape)."""

        draft: EntryDraft

    class ExternalEditorRequested(EditorMessage):
        """The user asked to write the body in $VISUAL/$EDITOR (ctrl+o)."""

    def __init__(self, known_tags: Iterable[str] = (), *, id: str | None = None) -> None:
        """An empty editor completing tags from `known_tags`."""
        super().__init__(id=id)
        self._known_tags = list(known_tags)
        self._loaded = EntryDraft(day=date.min)
        self._original = self._loaded
        self._reported = self._loaded

    def compose(self) -> ComposeResult:
        """Heading with the day, title, body, then tags, mood and energy, and a hint line."""
        yield Static("", id="editor-heading", markup=False)
        title = SafeInput(placeholder="Title", id="editor-title")
        title.border_title = "Title"
        yield title
        body = body_area()
        body.border_title = "Markdown"
        yield body
        tags = TagInput(self._known_tags, id="editor-tags")
        tags.border_title = "Tags"
        yield tags
        with Horizontal(id="editor-meta"):
            yield Rating("Mood", id="editor-mood")
            yield Rating("Energy", id="editor-energy")
            yield Static(HINT, id="editor-hint", markup=False)

    @property
    def known_tags(self) -> list[str]:
        """The tags the tags field completes from, most used first."""
        return self._known_tags

    @known_tags.setter
    def known_tags(self, tags: Iterable[str]) -> None:
        """Complete tags from a new list."""
        self._known_tags = list(tags)
        if self.is_mounted:
            self.query_one(TagInput).set_known_tags(self._known_tags)

    @property
    def draft(self) -> EntryDraft:
        """What the fields hold now."""
        return self._loaded.with_changes(
            title=self.query_one("#editor-title", Input).value,
            body=self.query_one(TextArea).text,
            tags=self.query_one(TagInput).value,
            mood=self.query_one("#editor-mood", Rating).value,
            energy=self.query_one("#editor-energy", Rating).value,
        )

    @property
    def is_dirty(self) -> bool:
        """Whether the fields differ from the entry as it was (or from nothing, for a resumed draft)."""
        return self.draft != self._original

    def load(self, draft: EntryDraft, original: EntryDraft | None = None) -> None:
        """Show `draft`; `original` is what counts as unchanged (default: `draft` itself)."""
        self._loaded = self._reported = draft
        self._original = original if original is not None else draft
        kind = "New entry" if draft.entry_id is None else "Editing entry"
        self.query_one("#editor-heading", Static).update(f"{kind} · {day_label(draft.day)}")
        self.query_one("#editor-title", Input).value = draft.title
        self.query_one(TextArea).load_text(draft.body)
        self.query_one(TagInput).value = draft.tags
        self.query_one("#editor-mood", Rating).value = draft.mood
        self.query_one("#editor-energy", Rating).value = draft.energy

    def set_body(self, text: str) -> None:
        """Replace the body (text brought back from $EDITOR), keeping it undoable."""
        area = self.query_one(TextArea)
        area.replace(text, (0, 0), area.document.end)

    def focus_start(self) -> None:
        """Focus where writing starts: an empty title, else under the body's first heading."""
        title = self.query_one("#editor-title", Input)
        if not title.value.strip():
            title.focus()
            return
        area = self.query_one(TextArea)
        first_line = area.document.get_line(0) if area.document.line_count else ""
        area.focus()
        if first_line.startswith("#") and area.document.line_count > 1:
            area.move_cursor((1, 0))
        else:
            area.move_cursor(area.document.end)

    def _report(self, settled: bool = False) -> None:
        """Post Changed if the fields differ from what was last reported (or focus moved on)."""
        draft = self.draft
        if draft != self._reported or settled:
            self._reported = draft
            self.post_message(self.Changed(self, draft, draft != self._original, settled))

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Rating.Changed)
    def _field_changed(self, event: Message) -> None:
        """A field changed: report it."""
        event.stop()
        self._report()

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        """Enter in a one-line field moves on, like tab."""
        event.stop()
        self.screen.focus_next()

    def on_descendant_blur(self) -> None:
        """Focus left a field: the draft is worth keeping now."""
        if self.is_mounted and self._loaded.day != date.min:
            self._report(settled=True)

    def action_request_save(self) -> None:
        """Ask the screen to save."""
        self.post_message(self.SaveRequested(self, self.draft))

    def action_request_cancel(self) -> None:
        """Ask the screen to leave the editor."""
        self.post_message(self.CancelRequested(self, self.draft))

    def action_request_external_editor(self) -> None:
        """Ask the screen to open the body in the user's own editor."""
        self.post_message(self.ExternalEditorRequested(self))
