"""The editor and the editing mixin inside a small host screen: typing, saving, drafts, prompts, $EDITOR."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from journal_editor_support import MARKUP, HostApp, pane
from textual.widgets import Input, OptionList, Static, TextArea
from waiting import until

from lean_journal.journal.external_editor import ExternalEditorError
from lean_journal.model import JournalEntry
from lean_journal.model.draft import EntryDraft
from lean_journal.store import SaveError, Store
from lean_journal.store.prompts import GEMBA_WALK
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.journal.prompt_edit import PromptEditScreen
from lean_journal.tui.screens.journal.prompt_picker import PromptPickerScreen
from lean_journal.tui.widgets.journal.rating import Rating
from lean_journal.tui.widgets.journal.tag_input import complete_last_tag


def test_completion_rules() -> None:
    """The last word completes to the most used known tag not yet given; a finished word does not."""
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
    """Escape with nothing changed leaves without asking."""
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", "escape")
        await pilot.pause()
        assert pane(app) == "viewer"
        assert not isinstance(app.screen, ConfirmScreen)


async def test_save_error_is_one_notification_and_keeps_the_text(store: Store, clock, monkeypatch) -> None:
    """A failed save is one error notification; the editor stays open with the text."""

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
    """An empty title is refused with one line naming the field; nothing is saved."""
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
    """ctrl+o brings the editor's text back; an editor error is one notification and keeps the text."""
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
    """p lists the prompts: e edits one, d makes it the default, enter starts from it; n then uses it."""
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
    """Markup typed in title, body and tags is saved exactly as typed and runs nothing."""
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
    """Mood takes digits, arrows, 0 to clear, and a click on a dot."""
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
    """The draft is saved after a pause in typing, and at once when focus leaves a field."""
    monkeypatch.setattr("lean_journal.tui.screens.journal.drafts.DRAFT_DELAY", 0.01)
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"still typing")
        await until(pilot, lambda: store.drafts.all(), "the draft was kept after a pause in typing")
        [(_, kept)] = store.drafts.all()
        assert "still typing" in kept.body
        await pilot.press("tab", *"gemba")  # no pause: leaving the body kept it at once
        await pilot.press("tab")
        await pilot.pause()
        [(_, kept)] = store.drafts.all()
        assert kept.tags == "gemba"


async def test_unsaved_edit_of_an_entry_is_resumed_as_an_edit(db_path: Path, clock) -> None:
    """Unsaved changes to an entry reopen as an edit of that entry and save onto it."""
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
    """Two entries can be written on the same day."""
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", "ctrl+s", "n", *"second", "ctrl+s")
        await pilot.pause()
    assert [e.day for e in store.entries.all()] == [clock.today(), clock.today()]


async def test_n_while_writing_keeps_the_open_entry(store: Store, clock) -> None:
    """n while an entry is open keeps it and says how to finish it."""
    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"mine")
        app.screen.set_focus(None)
        await pilot.press("n")
        await pilot.pause()
        assert "mine" in app.screen.query_one(TextArea).text
        assert "Finish this entry first" in list(app._notifications)[-1].message


async def test_external_editor_without_a_terminal(store: Store, clock, monkeypatch) -> None:
    """When the terminal cannot be handed over, one notification; the text stays."""
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
    """Prompt names and texts with markup show literally in the picker and the editor."""
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
    """Failing draft saves warn once; typing goes on and the entry can still be saved."""
    monkeypatch.setattr("lean_journal.tui.screens.journal.drafts.DRAFT_DELAY", 0.01)

    tried: list[str] = []

    def disk_full(key: str, draft: EntryDraft, **_options: object) -> None:
        tried.append(draft.body)
        raise SaveError(store.path, "could not be saved (No space left on device); the last save is intact")

    app = HostApp(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n")
        monkeypatch.setattr(store.drafts, "save", disk_full)
        await pilot.press(*"one")
        await until(pilot, lambda: any("one" in body for body in tried), "a draft save after a pause")
        await pilot.press(*" two", "tab")
        await until(pilot, lambda: any("one two" in body for body in tried), "a draft save as focus left")
        assert [n.title for n in app._notifications] == [""]
        assert "Draft not kept" in next(iter(app._notifications)).message
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "one two" in store.entries.all()[0].body


def test_body_falls_back_to_plain_text_without_the_markdown_grammar(monkeypatch) -> None:
    """Without tree-sitter's Markdown grammar the body is plain text, not an error."""
    from textual.widgets.text_area import LanguageDoesNotExist

    from lean_journal.tui.widgets.journal import entry_editor
    from lean_journal.tui.widgets.safe_editors import SafeTextArea

    class NoMarkdown(SafeTextArea):
        """A TextArea as it behaves with tree-sitter but without its Markdown grammar."""

        def __init__(self, text: str = "", *, language: str | None = None, **options: object) -> None:
            if language == "markdown":
                raise LanguageDoesNotExist("no markdown")
            super().__init__(text, language=language, **options)

    monkeypatch.setattr(entry_editor, "SafeTextArea", NoMarkdown)
    area = entry_editor.body_area("# hi")
    assert (area.text, area.language) == ("# hi", None)


def test_debounce_waits_for_a_pause_but_never_past_the_deadline(monkeypatch) -> None:
    """Each poke restarts the wait; near the deadline the wait shrinks so the save is never postponed."""
    from lean_journal.tui.screens import debounce

    now = [100.0]
    waits: list[float] = []

    class Owner:
        """Records the timers asked for."""

        def set_timer(self, wait: float, callback: object, name: str) -> Timer:
            """Remember the wait; return a stoppable timer."""
            waits.append(wait)
            return Timer()

    class Timer:
        """A timer that does nothing."""

        def stop(self) -> None:
            """Nothing to stop."""

    monkeypatch.setattr(debounce.time, "monotonic", lambda: now[0])
    ran: list[bool] = []
    keeper = debounce.Debounce(Owner(), lambda: ran.append(True), delay=1.0, max_wait=5.0)
    for _ in range(6):
        keeper.poke()
        now[0] += 0.9
    assert waits == [1.0, 1.0, 1.0, 1.0, 1.0, pytest.approx(0.5)]
    assert keeper.pending
    keeper._run()
    assert ran == [True] and not keeper.pending


def test_a_change_after_the_deadline_runs_the_callback_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typing on past the longest wait, a save still pending: it runs now, no timer of 0 s is asked for
    (Textual's timer divides by its interval, so such a timer dies and the save never runs)."""
    from lean_journal.tui.screens import debounce

    now = [100.0]
    waits: list[float] = []

    class Owner:
        """Records the timers asked for."""

        def set_timer(self, wait: float, callback: object, name: str) -> object:
            """Remember the wait; return a stoppable timer."""
            waits.append(wait)
            return SimpleNamespace(stop=lambda: None)

    monkeypatch.setattr(debounce.time, "monotonic", lambda: now[0])
    ran: list[bool] = []
    keeper = debounce.Debounce(Owner(), lambda: ran.append(True), delay=1.0, max_wait=5.0)
    keeper.poke()
    now[0] += 6.0  # the timer due at 101 has not run yet (a loaded machine), and a key comes
    keeper.poke()
    assert ran == [True] and not keeper.pending
    assert waits == [1.0]  # never a wait of 0
    keeper.poke()  # the next change starts a new wait
    assert waits == [1.0, 1.0] and keeper.pending


def test_markdown_is_highlighted_when_tree_sitter_is_installed() -> None:
    """With the `syntax` extra (installed with the test extras) the body is a Markdown TextArea."""
    pytest.importorskip("tree_sitter_markdown")
    from lean_journal.tui.widgets.journal.entry_editor import body_area

    area = body_area("# Gemba\n**saw** it")
    assert area.language == "markdown"
    assert "markdown" in area.available_languages
