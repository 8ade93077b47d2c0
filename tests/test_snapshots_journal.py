"""Snapshots of the Journal area: the list with an entry shown, and search results with matches marked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from textual.pilot import Pilot
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.widgets.journal.entry_view import EntryView

SIZE = (120, 36)
TODAY = date(2026, 11, 24)
TITLES = [
    ("Pull, not push", "Kanban cards moved by demand today. The #flow felt calmer.", ("kanban",), 4),
    ("Gemba walk on line 2", "Went to see. The pallet in the walkway was a symptom.", ("gemba",), 3),
    ("[/] [@click=app.quit]x[/]", "[b]not bold, and [i]not italic", (), 2),
    ("Five whys went sideways", "Stopped at the third why; went back to the floor.", ("a3",), 3),
    ("Standard work draft", "Wrote it with Hiro, not for Hiro.", ("standard-work",), 5),
    ("Quiet day", "Nothing to report. Rested.", (), None),
]


def make_store(store: Store, clock: FixedClock) -> Store:
    """Eighteen entries over three weeks (two days skipped), some starred, bodies with Markdown."""
    entries = []
    for back in range(20):
        if back in (3, 9):
            continue
        title, text, tags, mood = TITLES[back % len(TITLES)]
        moment = datetime(2026, 11, 24, 9, 30, tzinfo=UTC) - timedelta(days=back)
        body = f"## What I saw\n\n{text}\n\n- one small step\n- **ask why** once more\n"
        entries.append(
            JournalEntry(
                day=TODAY - timedelta(days=back),
                title=title,
                body=body,
                tags=tags,
                mood=mood,
                energy=3,
                starred=back % 4 == 1,
                created=moment,
                updated=moment,
                id=f"00000000-0000-4000-8000-{back:012d}",
            )
        )
    store.entries.add_many(entries)
    return store


def journal_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The app on the snapshot store."""
    return LeanJournalApp(make_store(store, clock), clock, file_label="journal.json", watch_interval=3600)


async def settle(pilot: Pilot, *, marked: bool = False) -> None:
    """Wait until the entry under the cursor is shown (its render is put off while the cursor moves)."""
    screen = pilot.app.screen
    assert isinstance(screen, JournalScreen)
    view = screen.query_one("#viewer", EntryView)

    def rendered() -> bool:
        """The selected entry is shown (with its matches marked, when searching)."""
        entry = screen.selected_entry()
        return entry is not None and view.shown_id == entry.id and view.has_class("-marked") == marked

    await until(pilot, rendered, "the selected entry was shown")


def test_journal_list_with_entry_shown(snap_compare, store: Store, clock: FixedClock) -> None:
    """Calendar with days written, the list newest first with the cursor on yesterday, the entry rendered."""

    async def down(pilot: Pilot) -> None:
        """Move to yesterday's entry and wait for it to be shown."""
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)

    assert snap_compare(journal_app(store, clock), terminal_size=SIZE, run_before=down)


def test_journal_search_results(snap_compare, store: Store, clock: FixedClock) -> None:
    """Search for 'kanban': only the matches are listed, and the match is marked in the shown entry."""

    async def search(pilot: Pilot) -> None:
        """Type the query and go to the results."""
        await pilot.press("slash", *"kanban", "enter")
        await settle(pilot, marked=True)

    assert snap_compare(journal_app(store, clock), terminal_size=SIZE, run_before=search)
