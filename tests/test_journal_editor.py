"""Writing in the real app: prompts, edits, tag completion, drafts across restarts, discard, $EDITOR."""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual.widgets import ContentSwitcher, Input, TextArea

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store
from lean_journal.store.prompts import GEMBA_WALK
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.screens.journal.prompt_picker import PromptPickerScreen

MARKUP_TITLE = "[/] [@click=app.quit]x[/]"


def journal_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The whole app on `store`, opening on the Journal."""
    return LeanJournalApp(store, clock, file_label="journal.json", watch_interval=3600)


def journal(app: LeanJournalApp) -> JournalScreen:
    """The Journal screen (even under a dialog)."""
    return next(s for s in app.screen_stack if isinstance(s, JournalScreen))


def pane(app: LeanJournalApp) -> str | None:
    """Which pane the journal shows on the right: 'viewer' or 'editor'."""
    return journal(app).query_one("#journal-right", ContentSwitcher).current


def add_entry(store: Store, clock: FixedClock, title: str, **fields: object) -> JournalEntry:
    """Store an entry for today."""
    now = clock.now()
    return store.entries.add(JournalEntry(day=clock.today(), title=title, created=now, updated=now, **fields))


def screen_text(app: LeanJournalApp) -> str:
    """The text on screen, as a user would read it."""
    svg = app.export_screenshot()
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape("".join(texts)).replace("\xa0", " ")


async def test_write_from_a_picked_prompt_and_save(store: Store, clock: FixedClock) -> None:
    """p, pick Gemba walk notes, answer, tag, rate, ctrl+s: the entry holds the questions and answers."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PromptPickerScreen)
        await pilot.press("down", "enter")  # the list is by name: Daily reflection, Gemba walk notes, ...
        await pilot.pause()
        assert pane(app) == "editor"
        await pilot.press(*"the packing line", "tab", *"gemba", "tab", "3", "tab", "5", "ctrl+s")
        await pilot.pause()
        assert pane(app) == "viewer"
    [entry] = store.entries.all()
    assert entry.title == GEMBA_WALK.name
    assert entry.body.startswith("## Where did I go?\nthe packing line\n")
    assert "## What surprised me?" in entry.body
    assert (entry.tags, entry.mood, entry.energy, entry.day) == (("gemba",), 3, 5, clock.today())


async def test_n_uses_the_default_prompt(store: Store, clock: FixedClock) -> None:
    """n starts today's entry from the daily reflection."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"tidied the bench", "ctrl+s")
        await pilot.pause()
    [entry] = store.entries.all()
    assert entry.title == "Daily reflection"
    assert "## What did I improve today?\ntidied the bench\n" in entry.body
    assert "## Who did I help?" in entry.body


async def test_edit_the_selected_entry(store: Store, clock: FixedClock) -> None:
    """e edits the selected entry; ctrl+s updates it in place (same id, created kept)."""
    entry = add_entry(store, clock, "Before", body="first thought", tags=("kaizen",))
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert pane(app) == "editor"
        assert journal(app).query_one("#editor-title", Input).value == "Before"
        await pilot.press("end", *", then a second", "shift+tab", "ctrl+a", "ctrl+k", *"After", "ctrl+s")
        await pilot.pause()
    [saved] = store.entries.all()
    assert (saved.id, saved.title, saved.body, saved.tags) == (
        entry.id,
        "After",
        "first thought, then a second",
        ("kaizen",),
    )


async def test_tag_completion(store: Store, clock: FixedClock) -> None:
    """Typing a tag prefix offers a known tag; right accepts it and the saved tags are right."""
    add_entry(store, clock, "Earlier", tags=("kaizen", "gemba"))
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", "tab", *"gemba ka")
        await pilot.pause()
        await pilot.press("right", *"5s", "ctrl+s")
        await pilot.pause()
    [written] = [e for e in store.entries.all() if e.title == "Daily reflection"]
    assert written.tags == ("gemba", "kaizen", "5s")


async def test_draft_survives_an_app_that_exits_without_saving(db_path: Path, clock: FixedClock) -> None:
    """Text typed in an app that exits unsaved is offered again by the next app on the file."""
    app = journal_app(Store(db_path, clock), clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"an idea I must not lose")
        await pilot.pause()
    app = journal_app(Store(db_path, clock), clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert pane(app) == "editor"
        assert "an idea I must not lose" in journal(app).query_one(TextArea).text
        assert any("Resumed" in n.message for n in app._notifications)
        await pilot.press("ctrl+s")
        await pilot.pause()
    reopened = Store(db_path, clock)
    assert "an idea I must not lose" in reopened.entries.all()[0].body
    assert len(reopened.drafts) == 0


async def test_escape_asks_before_discarding(store: Store, clock: FixedClock) -> None:
    """Escape with changes asks; no keeps writing, ctrl+d discards the entry."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"words", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert pane(app) == "editor" and "words" in journal(app).query_one(TextArea).text
        await pilot.press("escape", "ctrl+d")
        await pilot.pause()
        assert pane(app) == "viewer"
    assert len(store.entries) == 0 and len(store.drafts) == 0


async def test_external_editor_round_trip(store: Store, clock: FixedClock) -> None:
    """ctrl+o sends the body to $EDITOR (stubbed) and saves what comes back."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        seen: list[str] = []

        def stub_editor(text: str) -> str:
            """Stand in for $EDITOR: remember the text and append a line."""
            seen.append(text)
            return text + "Written in my own editor.\n"

        journal(app).run_external_editor = stub_editor
        await pilot.press("n", "ctrl+o")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert seen and seen[0].startswith("## What did I improve today?")
    assert store.entries.all()[0].body.endswith("Written in my own editor.\n")


async def test_markup_title_is_saved_and_shown_literally(store: Store, clock: FixedClock) -> None:
    """Markup typed in title, body and tags is saved exactly as typed and runs nothing."""
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(
            "n", "shift+tab", "ctrl+a", "ctrl+k", *MARKUP_TITLE, "tab", *"[b]not bold", "ctrl+s"
        )
        await pilot.pause()
        assert app.is_running
        await pilot.press("e")
        await pilot.pause()
        assert journal(app).query_one("#editor-title", Input).value == MARKUP_TITLE
        assert MARKUP_TITLE in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert MARKUP_TITLE in screen_text(app)
    [entry] = store.entries.all()
    assert entry.title == MARKUP_TITLE and "[b]not bold" in entry.body
