"""A hand-made journal for the Review area's tests, the app on it, and ways to read what the area shows."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from textual.pilot import Pilot
from textual.widgets import Static
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model import Card, Decision, JournalEntry, Stage, StageChange
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.review.review import ReviewScreen

HOSTILE = "[/] [@click=app.quit]x[/] \x1b]0;x\x07"
RECHECK_DAY = date(2026, 11, 20)
"""The adopted card's first re-check: before today (24 Nov 2026), so due and overdue."""
ENTRIES = (
    # day, title, body: November 2026 has 3 entries on 22-24 Nov (2 + 3 + 4 = 9 words, a 3-day streak);
    # October 2026 has 2 entries on 10 and 11 Oct (5 + 5 = 10 words); September has none.
    (date(2026, 11, 22), "Sunday notes", "two words"),
    (date(2026, 11, 23), "Gemba walk", "three whole words"),
    (date(2026, 11, 24), "Standup", "four words right here"),
    (date(2026, 10, 10), "October one", "one two three four five"),
    (date(2026, 10, 11), "October two", "six seven eight nine ten"),
)


def at(day: date, hour: int = 12) -> datetime:
    """Noon (or `hour`) of `day` in UTC."""
    return datetime.combine(day, time(hour), UTC)


def adopted_card(title: str = "Shadow board") -> Card:
    """A card adopted on 1 Nov 2026 (created 1 Oct, in Plan from 2 Oct), re-checks on 20 Nov and 30 Jan."""
    history = (
        StageChange(Stage.STRUGGLE, at(date(2026, 10, 1)), "created"),
        StageChange(Stage.PLAN, at(date(2026, 10, 2))),
        StageChange(Stage.DONE, at(date(2026, 11, 1)), "adopted"),
    )
    return Card(
        title=title,
        created=history[0].at,
        updated=history[-1].at,
        stage=Stage.DONE,
        history=history,
        decision=Decision.ADOPT,
        impact=30.0,
        impact_unit="minutes a day",
        rechecks=(RECHECK_DAY, date(2027, 1, 30)),
    )


def fill(store: Store, card_title: str = "Shadow board", entry_title: str | None = None) -> Card:
    """Write the entries and the adopted card; `entry_title` replaces the 23 Nov entry's title."""
    with store.batch():
        for day, title, body in ENTRIES:
            shown = entry_title if entry_title is not None and day == date(2026, 11, 23) else title
            made = at(day)
            store.entries.add(JournalEntry(day=day, title=shown, body=body, created=made, updated=made))
        card = store.cards.add(adopted_card(card_title))
    return card


def review_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The app on `store`, its file watcher out of the way."""
    return LeanJournalApp(store, clock, file_label="journal.json", watch_interval=3600)


def review_screen(app: LeanJournalApp) -> ReviewScreen:
    """The Review area's screen."""
    screen = app.areas["review"]
    assert isinstance(screen, ReviewScreen)
    return screen


def settled(screen: ReviewScreen) -> bool:
    """Whether the figures shown are those of the period shown (the worker is done)."""
    return screen.shown is not None and screen.shown.period == screen.period and not screen.loading_figures


async def open_review(pilot: Pilot[None]) -> ReviewScreen:
    """Press 4 and wait for the figures."""
    await pilot.press("4")
    screen = review_screen(pilot.app)  # type: ignore[arg-type]
    await until(pilot, lambda: settled(screen), "the review figures shown")
    return screen


async def press_and_settle(pilot: Pilot[None], screen: ReviewScreen, *keys: str) -> None:
    """Press `keys` and wait for the figures of the period they lead to."""
    await pilot.press(*keys)
    await until(pilot, lambda: settled(screen), f"the figures after {keys}")


def panel(screen: ReviewScreen, name: str) -> str:
    """The plain text of one panel (journal, growth, impact, bars, pdca, goals)."""
    return str(screen.query_one(f"#{name}", Static).render())
