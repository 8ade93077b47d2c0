"""Helpers of the Learn · Share · Grow Pilot tests: the app on area 3, items put straight in a store."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static, TextArea
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.model.growth import Goal, Learning, Milestone, Share
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.growth.evidence_picker import EvidencePicker
from lean_journal.tui.screens.growth.growth import GrowthScreen

SIZE = (140, 40)
HOSTILE_TITLE = "[/] [@click=app.quit]x[/]"
ESCAPE_TITLE = "\x1b]0;x\x07 owned"


def make_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The real app on `store`, its watcher out of the way."""
    return LeanJournalApp(store, clock, file_label="journal.json", watch_interval=3600)


def growth(app: LeanJournalApp) -> GrowthScreen:
    """The Learn · Share · Grow screen (whatever is on top)."""
    screen = app.areas["growth"]
    assert isinstance(screen, GrowthScreen)
    return screen


async def open_area(app: LeanJournalApp, pilot: Pilot[Any]) -> GrowthScreen:
    """Press 3 and wait until the area is the screen shown."""
    await pilot.press("3")
    await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "the area shows")
    await pilot.pause()
    return growth(app)


async def open_learn_form(app: LeanJournalApp, pilot: Pilot[Any]) -> None:
    """Area 3, then n on the Learn pane: wait until the new learn item's form is shown."""
    from lean_journal.tui.screens.growth.learn_form import LearnForm

    await open_area(app, pilot)
    await pilot.press("n")
    await until(pilot, lambda: isinstance(app.screen, LearnForm), "the learn form opened")


def titles(app: LeanJournalApp, kind: str) -> list[str]:
    """The titles a pane lists, top to bottom (each row's first line)."""
    listing = growth(app).pane(kind).item_list
    rows = [listing.get_option_at_index(i) for i in range(listing.option_count)]
    return [str(row.prompt).split("\n")[0] for row in rows if row.id is not None]


def header(app: LeanJournalApp, kind: str) -> str:
    """A pane's header line."""
    return growth(app).pane(kind)._header


def detail(app: LeanJournalApp, kind: str) -> str:
    """The plain text of a pane's detail."""
    return str(growth(app).pane(kind).query_one(".pane-detail").render())


async def fill(pilot: Pilot[Any], widget_id: str, text: str) -> None:
    """Clear a form field, then type `text` into it, key by key."""
    widget = pilot.app.screen.query_one(f"#{widget_id}")
    widget.focus()
    if isinstance(widget, Input):
        widget.value = ""
    elif isinstance(widget, TextArea):
        widget.text = ""
    await pilot.press(*("enter" if character == "\n" else character for character in text))


async def save_form(pilot: Pilot[Any], app: LeanJournalApp) -> None:
    """ctrl+s in a form, and wait until the area is back."""
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "the form closed")
    await pilot.pause()


def learning(store: Store, clock: FixedClock, title: str, days_ago: int = 0, **fields: object) -> Learning:
    """A learn item put straight into the store, `days_ago` days before today."""
    now = clock.now()
    day = clock.today() - timedelta(days=days_ago)
    return store.learnings.add(Learning(title=title, day=day, created=now, updated=now, **fields))  # type: ignore[arg-type]


def share(store: Store, clock: FixedClock, title: str, **fields: object) -> Share:
    """A share item put straight into the store, dated today."""
    now = clock.now()
    return store.shares.add(Share(title=title, day=clock.today(), created=now, updated=now, **fields))  # type: ignore[arg-type]


def goal(
    store: Store, clock: FixedClock, title: str, milestones: tuple[str, ...] = (), **fields: object
) -> Goal:
    """A goal put straight into the store."""
    now = clock.now()
    steps = tuple(Milestone(text) for text in milestones)
    return store.goals.add(Goal(title=title, created=now, updated=now, milestones=steps, **fields))  # type: ignore[arg-type]


def day(text: str) -> date:
    """An ISO day."""
    return date.fromisoformat(text)


def entry(store: Store, clock: FixedClock, title: str, days_ago: int = 0, body: str = "") -> JournalEntry:
    """A journal entry `days_ago` days before today."""
    now = clock.now() - timedelta(days=days_ago)
    return store.entries.add(JournalEntry(day=now.date(), title=title, created=now, updated=now, body=body))


async def press_link(app: LeanJournalApp, pilot: Pilot[Any]) -> EvidencePicker:
    """l in the focused pane: wait for the picker and its rows."""
    await pilot.press("l")
    await until(pilot, lambda: isinstance(app.screen, EvidencePicker), "the picker opened")
    await pilot.pause()
    assert isinstance(app.screen, EvidencePicker)
    return app.screen


def rows(picker: EvidencePicker) -> list[str]:
    """The rows the picker lists, as plain text."""
    listing = picker.query_one("#evidence-list", OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


def line(picker: EvidencePicker, widget_id: str) -> str:
    """The text of one line of the picker (the "more" line, the problem)."""
    return str(picker.query_one(f"#{widget_id}", Static).render())


async def closed(app: LeanJournalApp, pilot: Pilot[Any]) -> None:
    """Wait until the picker has closed and the area is back."""
    await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "back in the area")
    await pilot.pause()
