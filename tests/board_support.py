"""Helpers shared by the board's Pilot tests: the app, its columns, and cards put straight into a store."""

from __future__ import annotations

from textual.pilot import Pilot

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Card, Stage
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.board.board import BoardScreen
from lean_journal.tui.widgets.board.board_actions import BoardActions
from lean_journal.tui.widgets.board.board_column import BoardColumn

SIZE = (120, 36)
MARKUP_TITLE = "[/] [b]bold[/b] [@click=app.quit]x[/]"


def make_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The real app on `store`."""
    return LeanJournalApp(store, clock, file_label="journal.json")


def board(app: LeanJournalApp) -> BoardScreen:
    """The board screen (whatever is on top)."""
    screen = app.areas["board"]
    assert isinstance(screen, BoardScreen)
    return screen


def column(app: LeanJournalApp, stage: Stage) -> BoardColumn:
    """One column of the board."""
    return board(app).column(stage)


async def click_bar(app: LeanJournalApp, pilot: Pilot[None], action: str) -> None:
    """Click the label of `action` on the board's action bar."""
    bar = app.screen.query_one("#board-actions", BoardActions)
    await pilot.click("#board-actions", offset=bar.offset_of(action))


def titles(app: LeanJournalApp, stage: Stage) -> list[str]:
    """The card titles a column shows, top to bottom (the row's first line)."""
    card_list = column(app, stage).card_list
    rows = [card_list.get_option_at_index(i) for i in range(card_list.option_count)]
    return [str(row.prompt).split("\n")[0].removeprefix("! ") for row in rows]


def add_card(store: Store, clock: FixedClock, title: str, stage: Stage, **fields: object) -> Card:
    """A card put straight into the store at the bottom of `stage`."""
    position = pdca.append_position(store.cards.list(stage=stage))
    card = pdca.new_card(title, stage, clock.now(), position).with_changes(**fields)
    return store.cards.add(card)


PLANNED = {"problem": "45 min a day on mail", "target": "15 min", "hypothesis": "two fixed mail slots"}
