"""Review's re-checks: enter on one due asks held or slipped and a note, and records it on the card."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.screen import Screen

from lean_journal.clock import Clock
from lean_journal.pdca.rechecks import record
from lean_journal.store import NotFoundError, Store, StoreError
from lean_journal.tui.widgets.review.lists import RecheckList


class RecheckingMixin(Screen[None]):
    """Recording a re-check from the Review area, over its `store`, `clock`, `load` and `report_error`."""

    store: Store
    clock: Clock

    if TYPE_CHECKING:  # provided by the Review area

        def load(self, quiet: bool = False) -> None: ...
        def report_error(self, error: Exception) -> None: ...

    @on(RecheckList.RecordRecheck)
    def _record_recheck(self, event: RecheckList.RecordRecheck) -> None:
        """Ask held or slipped, and a note."""
        from lean_journal.tui.screens.review.recheck_dialog import RecheckScreen

        try:
            card = self.store.cards.get(event.card_id)
        except NotFoundError:
            self.load(quiet=True)
            return
        question = RecheckScreen(card.title, event.due)
        self.app.push_screen(question, partial(self.save_recheck, card.id, event.due))

    def save_recheck(self, card_id: str, due: date, answer: object) -> None:
        """Record the answer on the card (nothing when the dialog was cancelled)."""
        from lean_journal.tui.screens.review.recheck_dialog import RecheckAnswer

        if not isinstance(answer, RecheckAnswer):
            return
        try:
            card = self.store.cards.get(card_id)
            self.store.cards.update(record(card, due, answer.held, self.clock.today(), answer.note))
        except (StoreError, OSError, ValueError) as error:
            self.report_error(error)
            return
        verdict = "held" if answer.held else "slipped"
        self.notify(f"Re-check of {due.isoformat()} recorded: {verdict}.", title=card.title, markup=False)
        self.load(quiet=True)
