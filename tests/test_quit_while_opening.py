"""Quitting the moment a screen opens ends the app cleanly: no traceback from a half-composed screen."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest
from textual.pilot import Pilot

from lean_journal.clock import FixedClock
from lean_journal.model import Card
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.help import HelpScreen, keys_in_effect

Opener = Callable[[LeanJournalApp, Store, FixedClock, str], object]

OPENERS: dict[str, Opener] = {
    "card page": lambda app, store, clock, card_id: app.push_screen(CardDetailScreen(store, clock, card_id)),
    "board": lambda app, store, clock, card_id: app.switch_mode("board"),
    "growth": lambda app, store, clock, card_id: app.switch_mode("growth"),
    "help": lambda app, store, clock, card_id: app.push_screen(HelpScreen(keys_in_effect(app.screen), "f")),
    "confirm": lambda app, store, clock, card_id: app.push_screen(ConfirmScreen("Delete?", yes="Y", no="N")),
}


@asynccontextmanager
async def opening(
    store: Store, clock: FixedClock, opened: str
) -> AsyncIterator[tuple[LeanJournalApp, Pilot[object]]]:
    """The app with the screen `opened` being opened this moment; the test then ends the app."""
    card = store.cards.add(Card(title="A card", created=clock.now(), updated=clock.now()))
    app = LeanJournalApp(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        OPENERS[opened](app, store, clock, card.id)
        yield app, pilot


@pytest.mark.parametrize("opened", OPENERS)
async def test_quitting_as_a_screen_opens_raises_nothing(
    store: Store, clock: FixedClock, opened: str
) -> None:
    """The screen is opened and the app told to quit in the same moment: it quits, with status 0."""
    async with opening(store, clock, opened) as (app, pilot):
        app.exit()
        await pilot.pause()
    assert app.return_code == 0


@pytest.mark.parametrize("opened", OPENERS)
async def test_shutting_down_as_a_screen_opens_raises_nothing(
    store: Store, clock: FixedClock, opened: str
) -> None:
    """The app is shut down (as at a hang-up, or the end of a test) without `exit`, as a screen opens."""
    async with opening(store, clock, opened):
        pass  # leaving run_test shuts the app down without exit
