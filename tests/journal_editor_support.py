"""A minimal screen hosting the entry editor and the editing mixin, for tests that need no journal list."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widget import AwaitMount
from textual.widgets import ContentSwitcher, Static

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store
from lean_journal.tui.screens.journal.editing import EDITING_BINDINGS, EditingMixin
from lean_journal.tui.widgets.journal.entry_editor import EntryEditor

MARKUP = "[/] [@click=app.quit]x[/]"


class HostScreen(EditingMixin):
    """The least a screen must provide to the editing mixin."""

    AREA = "journal"
    AUTO_FOCUS = ""
    BINDINGS = EDITING_BINDINGS

    def __init__(self, store: Store, clock: FixedClock) -> None:
        """A host with nothing selected yet."""
        super().__init__(store, clock)
        self.selected: JournalEntry | None = None
        self.saved: list[JournalEntry] = []

    def compose(self) -> ComposeResult:
        """A viewer and the editor, one shown at a time."""
        with ContentSwitcher(id="journal-right", initial="viewer"):
            yield Static("viewer", id="viewer")

    def mount_editor(self) -> AwaitMount:
        """Add the editor beside the viewer (the mixin does so on first use)."""
        editor = EntryEditor(id="editor")
        editor.display = False
        return self.query_one(ContentSwitcher).mount(editor)

    def on_mount(self) -> None:
        """Offer a left-over draft."""
        self.maybe_resume_draft()

    def selected_entry(self) -> JournalEntry | None:
        """The entry 'selected' by the test."""
        return self.selected

    def show_pane(self, name: str) -> None:
        """Show the viewer or the editor."""
        self.query_one(ContentSwitcher).current = name

    def entry_saved(self, entry: JournalEntry) -> None:
        """Remember the saved entry and show it."""
        self.saved.append(entry)
        self.selected = entry
        self.show_pane("viewer")


class HostApp(App[None]):
    """An app showing only the host screen."""

    def __init__(self, store: Store, clock: FixedClock) -> None:
        """Keep the store and clock for the screen."""
        super().__init__()
        self.store = store
        self.clock = clock

    def get_default_screen(self) -> HostScreen:
        """The host is the only screen."""
        return HostScreen(self.store, self.clock)


def pane(app: App) -> str | None:
    """Which pane the host shows."""
    return app.screen.query_one(ContentSwitcher).current
