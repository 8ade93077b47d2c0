"""The editor and the editing mixin inside a small host screen: typing, saving, drafts, prompts, $EDITOR."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import ContentSwitcher, Input, OptionList, Static, TextArea

from lean_journal.clock import FixedClock
from lean_journal.external_editor import ExternalEditorError
from lean_journal.model import JournalEntry
from lean_journal.screens.area import AreaScreen
from lean_journal.screens.confirm import ConfirmScreen
from lean_journal.screens.journal_editing import EDITING_BINDINGS, EditingMixin
from lean_journal.screens.prompt_edit import PromptEditScreen
from lean_journal.screens.prompt_picker import PromptPickerScreen
from lean_journal.store import SaveError, Store
from lean_journal.store.prompts import GEMBA_WALK
from lean_journal.widgets.entry_editor import EntryEditor
from lean_journal.widgets.rating import Rating
from lean_journal.widgets.tag_input import complete_last_tag

MARKUP = "[/] [@click=app.quit]x[/]"


class HostScreen(AreaScreen, EditingMixin):
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
            yield EntryEditor(id="editor")

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


def test_completion_rules() -> None:
    known = ["kaizen", "kanban", "gemba"]
    assert complete_last_tag("k", known) == "kaizen"
    assert complete_last_tag("kaizen ka", known) == "kaizen kanban"
    assert complete_last_tag("#Ge", known) == "#Gemba"
    assert complete_last_tag("gemba ", known) is None
    assert complete_last_tag("kaizen", known) is None
    assert complete_last_tag("", known) is None
    assert complete_last_tag("gemba,ka", known) == "gemba,kaizen"
    assert complete_last_tag("kaizen,", known) is None


async def test_escape_without_changes_leaves_at_once(store: Store, clock) -> None:
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", "escape")
        await pilot.pause()
        assert pane(app) == "viewer"
        assert not isinstance(app.screen, ConfirmScreen)


async def test_save_error_is_one_notification_and_keeps_the_text(store: Store, clock, monkeypatch) -> None:
    def fail(entry: JournalEntry) -> JournalEntry:
        raise SaveError(store.path, "could not be saved (No space left on device); the last save is intact")

    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"precious")
        monkeypatch.setattr(store.entries, "add", fail)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pane(app) == "editor"
        assert "precious" in app.screen.query_one(TextArea).text
        [note] = app._notifications
        assert note.severity == "error" and "No space left" in note.message


async def test_empty_title_is_refused_with_one_line(store: Store, clock) -> None:
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n")
        app.screen.query_one("#editor-title", Input).value = "  "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pane(app) == "editor"
        assert [n.message for n in app._notifications] == ["title: must not be empty"]
    assert len(store.entries) == 0


async def test_external_editor_round_trip_and_errors(store: Store, clock) -> None:
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        screen = app.screen
        screen.run_external_editor = lambda text: text + "written in vim\n"
        await pilot.press("n", "ctrl+o")
        await pilot.pause()
        assert screen.query_one(TextArea).text.endswith("written in vim\n")

        def broken(text: str) -> str:
            raise ExternalEditorError("Editor not found: nvim")

        screen.run_external_editor = broken
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert screen.query_one(TextArea).text.endswith("written in vim\n")
        assert app._notifications and list(app._notifications)[-1].message == "Editor not found: nvim"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert store.entries.all()[0].body.endswith("written in vim\n")


async def test_pick_another_prompt_and_edit_a_prompt(store: Store, clock) -> None:
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PromptPickerScreen)
        app.screen.query_one(OptionList).highlighted = 1  # Gemba walk notes
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, PromptEditScreen)
        app.screen.query_one(TextArea).load_text("## Where did I stand?\n")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("d", "enter")
        await pilot.pause()
        assert pane(app) == "editor"
        await pilot.press(*"at the line", "ctrl+s", "n", "ctrl+s")
        await pilot.pause()
    assert store.prompts.get(GEMBA_WALK.id).body == "## Where did I stand?\n"
    assert store.prompts.default().id == GEMBA_WALK.id
    bodies = [e.body for e in store.entries.all()]
    assert sorted(bodies) == ["## Where did I stand?\n", "## Where did I stand?\nat the line"]


async def test_markup_title_is_saved_and_shown_literally(store: Store, clock) -> None:
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n")
        app.screen.query_one("#editor-title", Input).value = MARKUP
        await pilot.press(*"[b]not bold", "tab", *"[i]", "ctrl+s")
        await pilot.pause()
        assert app.is_running
    entry = store.entries.all()[0]
    assert (entry.title, entry.tags) == (MARKUP, ("[i]",))
    assert "[b]not bold" in entry.body


async def test_rating_keys(store: Store, clock) -> None:
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n")
        mood = app.screen.query_one("#editor-mood", Rating)
        mood.focus()
        await pilot.press("3", "right", "right", "right", "left")
        assert mood.value == 4
        await pilot.press("0")
        assert mood.value is None
        await pilot.click("#editor-mood", offset=(8, 0))  # padding, "Mood ", then the third dot
        assert mood.value == 3


async def test_draft_is_kept_while_typing_and_when_focus_moves_on(store: Store, clock, monkeypatch) -> None:
    monkeypatch.setattr("lean_journal.screens.journal_editing.DRAFT_DELAY", 0.01)
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"still typing")
        await pilot.pause(0.1)
        [(_, kept)] = store.drafts.all()
        assert "still typing" in kept.body
        await pilot.press("tab", *"gemba")  # no pause: leaving the body kept it at once
        await pilot.press("tab")
        await pilot.pause()
        [(_, kept)] = store.drafts.all()
        assert kept.tags == "gemba"


async def test_unsaved_edit_of_an_entry_is_resumed_as_an_edit(db_path: Path, clock) -> None:
    store = Store(db_path, clock)
    entry = store.entries.add(
        JournalEntry(day=clock.today(), title="Kept", body="old", created=clock.now(), updated=clock.now())
    )
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        app.screen.selected = entry
        await pilot.press("e", "end", *" and new")
        await pilot.pause()
    app = HostApp(Store(db_path, clock), clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert pane(app) == "editor"
        assert "Editing entry" in str(app.screen.query_one("#editor-heading", Static).render())
        await pilot.press("ctrl+s")
        await pilot.pause()
    reopened = Store(db_path, clock)
    assert [(e.id, e.body) for e in reopened.entries.all()] == [(entry.id, "old and new")]
    assert len(reopened.drafts) == 0


async def test_several_entries_on_one_day(store: Store, clock) -> None:
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", "ctrl+s", "n", *"second", "ctrl+s")
        await pilot.pause()
    assert [e.day for e in store.entries.all()] == [clock.today(), clock.today()]


async def test_n_while_writing_keeps_the_open_entry(store: Store, clock) -> None:
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"mine")
        app.screen.set_focus(None)
        await pilot.press("n")
        await pilot.pause()
        assert "mine" in app.screen.query_one(TextArea).text
        assert "Finish this entry first" in list(app._notifications)[-1].message


async def test_external_editor_without_a_terminal(store: Store, clock, monkeypatch) -> None:
    monkeypatch.setenv("VISUAL", "")
    monkeypatch.setenv("EDITOR", "nano")
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"kept", "ctrl+o")
        await pilot.pause()
        assert "kept" in app.screen.query_one(TextArea).text
        [note] = app._notifications
        assert note.severity == "error" and "cannot hand over" in note.message


async def test_prompt_names_are_shown_literally_in_the_picker(store: Store, clock) -> None:
    store.prompts.new(MARKUP, "## [b]q[/b]\n")
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("p")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert str(options.get_option_at_index(0).prompt) == MARKUP
        options.highlighted = 0
        await pilot.pause()
        assert str(app.screen.query_one("#prompt-preview", Static).render()) == "## [b]q[/b]\n"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#editor-title", Input).value == MARKUP


async def test_failing_draft_saves_warn_once_and_typing_goes_on(store: Store, clock, monkeypatch) -> None:
    monkeypatch.setattr("lean_journal.screens.journal_editing.DRAFT_DELAY", 0.01)

    def disk_full(key: str, draft: object) -> None:
        raise SaveError(store.path, "could not be saved (No space left on device); the last save is intact")

    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n")
        monkeypatch.setattr(store.drafts, "save", disk_full)
        await pilot.press(*"one")
        await pilot.pause(0.1)
        await pilot.press(*" two", "tab")
        await pilot.pause(0.1)
        assert [n.title for n in app._notifications] == [""]
        assert "Draft not kept" in next(iter(app._notifications)).message
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "one two" in store.entries.all()[0].body


def test_body_falls_back_to_plain_text_without_the_markdown_grammar(monkeypatch) -> None:
    from textual.widgets.text_area import LanguageDoesNotExist

    from lean_journal.widgets import entry_editor

    class NoMarkdown(TextArea):
        """A TextArea as it behaves with tree-sitter but without its Markdown grammar."""

        def __init__(self, text: str = "", *, language: str | None = None, **options: object) -> None:
            if language == "markdown":
                raise LanguageDoesNotExist("no markdown")
            super().__init__(text, language=language, **options)

    monkeypatch.setattr(entry_editor, "TextArea", NoMarkdown)
    area = entry_editor.body_area("# hi")
    assert (area.text, area.language) == ("# hi", None)
