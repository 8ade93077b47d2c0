"""Helpers shared by the journal-browse tests: the app, its journal screen, entries and what is on screen."""

from __future__ import annotations

import html
import re
from datetime import date

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.widgets.journal.entry_list import EntryList

TODAY = date(2026, 11, 24)


def journal_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The whole app on `store`, opening on the Journal (no file watcher timer)."""
    return LeanJournalApp(store, clock, file_label="journal.json", watch_interval=3600)


def journal(app: LeanJournalApp) -> JournalScreen:
    """The Journal screen (even under a dialog)."""
    return next(s for s in app.screen_stack if isinstance(s, JournalScreen))


def add(store: Store, clock: FixedClock, day: date, title: str, **fields: object) -> JournalEntry:
    """Store an entry written on `day`."""
    now = clock.now()
    return store.entries.add(JournalEntry(day=day, title=title, created=now, updated=now, **fields))  # type: ignore[arg-type]


def visible_titles(app: LeanJournalApp) -> list[str]:
    """The titles of the entries the list shows, top to bottom."""
    return [entry.title for entry in journal(app).query_one(EntryList).entries]


def selected(app: LeanJournalApp) -> JournalEntry | None:
    """The entry under the list's cursor."""
    return journal(app).selected_entry()


def screen_text(app: LeanJournalApp) -> str:
    """All the text on screen, as a user would read it."""
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")
