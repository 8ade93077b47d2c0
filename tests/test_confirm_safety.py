"""Destructive questions: typing never confirms them, the safe answer is the default; undoing a discard."""

from __future__ import annotations

from test_card_detail import SIZE, add_card, fill, make_app, show
from test_journal_editor import journal, journal_app, pane
from textual.widgets import Button, TextArea

from lean_journal.clock import FixedClock
from lean_journal.model import Stage
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

WORDS = [*"quality yes yes y Y", "space", "enter"]
"""Ordinary typing that hit a destructive dialog: words, a space, then enter on the focused button."""


def editor_text(app: LeanJournalApp) -> str:
    """The body the journal's editor holds."""
    return journal(app).query_one("#editor-body", TextArea).text


async def test_typing_quality_on_an_a3_page_never_quits(store: Store, clock: FixedClock) -> None:
    """Focus on a button of the A3 page, typing "quality": q asks, the y that follows does not quit."""
    card = add_card(store, Stage.ACT)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, problem="Unsaved")
        screen.query_one("#decide-adopt").focus()
        await pilot.press(*"quality")
        await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press(*WORDS)
        await pilot.pause()
        assert app.is_running and app.screen is screen
        assert screen.edited_values()["problem"] == "Unsaved"


async def test_escape_then_yes_in_the_editor_keeps_the_entry(store: Store, clock: FixedClock) -> None:
    """Escape by mistake, then "yes" and enter: the entry stays open with its text and its draft."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"words I need", "escape", *WORDS)
        await pilot.pause()
        assert pane(app) == "editor" and "words I need" in editor_text(app)
        assert not isinstance(app.screen, ConfirmScreen)
    [(_, kept)] = store.drafts.all()
    assert "words I need" in kept.body


async def test_the_safe_answer_is_focused_and_the_key_is_shown(store: Store, clock: FixedClock) -> None:
    """The dialog focuses the safe button and names the deliberate key of the destructive one."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"words", "escape")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert app.focused is not None and app.focused.id == "no"
        shown = " ".join(str(s.render()) for s in dialog.query("Static"))
        yes = dialog.query_one("#yes", Button)
        assert "ctrl+d" in shown or "ctrl+d" in str(yes.label)


async def test_the_destructive_answer_needs_a_deliberate_choice(store: Store, clock: FixedClock) -> None:
    """ctrl+d, or tab to the destructive button then enter, discards; space on it does not."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"first", "escape", "ctrl+d")
        await pilot.pause()
        assert pane(app) == "viewer"
        await pilot.press("n", *"second", "escape", "tab", "space")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert pane(app) == "viewer" and not isinstance(app.screen, ConfirmScreen)
    assert len(store.entries) == 0


async def test_a_discard_can_be_undone_until_the_next_save(store: Store, clock: FixedClock) -> None:
    """After a discard a notification says u brings it back; u reopens the text; a save then forgets it."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"precious words", "escape", "ctrl+d")
        await pilot.pause()
        assert pane(app) == "viewer"
        assert any("u" in n.message and "back" in n.message for n in app._notifications)
        await pilot.press("u")
        await pilot.pause()
        assert pane(app) == "editor" and "precious words" in editor_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pane(app) == "viewer"
    [entry] = store.entries.all()
    assert "precious words" in entry.body
    assert len(store.drafts) == 0


async def test_a_discarded_draft_is_forgotten_once_another_entry_is_saved(
    store: Store, clock: FixedClock
) -> None:
    """Discard, then write and save another entry: u no longer brings the discarded text back."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"thrown away", "escape", "ctrl+d", "n", *"kept", "ctrl+s")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert pane(app) == "viewer"
    assert ["\nkept\n" in e.body for e in store.entries.all()] == [True]
    assert len(store.drafts) == 0


async def test_a_discarded_draft_is_never_resumed_at_start(db_path, clock: FixedClock) -> None:
    """A discarded draft is not offered as "resume" by the next app (only u brings it back)."""
    app = journal_app(Store(db_path, clock), clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"thrown away", "escape", "ctrl+d")
        await pilot.pause()
    app = journal_app(Store(db_path, clock), clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert pane(app) == "viewer"
        await pilot.press("u")
        await pilot.pause()
        assert pane(app) == "editor" and "thrown away" in editor_text(app)


async def test_quit_from_an_a3_page_needs_the_deliberate_key(store: Store, clock: FixedClock) -> None:
    """q with unsaved edits, then ctrl+d: the app quits (the destructive answer still works)."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, problem="Unsaved")
        app.set_focus(None)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert not app.is_running
        assert isinstance(screen, CardDetailScreen)
