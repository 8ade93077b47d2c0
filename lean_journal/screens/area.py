"""The base of the four areas: a screen that is given the store and the clock."""

from __future__ import annotations

from textual import on
from textual.screen import Screen

from lean_journal.clock import Clock
from lean_journal.messages import StoreChanged
from lean_journal.store import Store


class AreaScreen(Screen[None]):
    """One of the app's areas (Journal, PDCA board, Learn · Share · Grow, Review)."""

    AREA = ""
    TITLE_TEXT = ""

    def __init__(self, store: Store, clock: Clock) -> None:
        """Keep the store and the clock this area reads and writes through."""
        super().__init__(id=f"area-{self.AREA}")
        self.store = store
        self.clock = clock

    def refresh_from_store(self) -> None:
        """Re-read whatever this area shows from the store (after an outside change)."""

    @on(StoreChanged)
    def _store_changed(self) -> None:
        """Another process saved the file: show its changes."""
        self.refresh_from_store()
