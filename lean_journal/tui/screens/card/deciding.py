"""The card page's Act decisions: adopt or adapt at once, abandon once asked why; both cards in one save."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on

from lean_journal import pdca
from lean_journal.model import Card, Decision, Stage, ValidationError
from lean_journal.store import StoreError
from lean_journal.tui.screens.area import show_error
from lean_journal.tui.screens.card.keep_lesson import KeepLessonMixin, offer_lesson
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen
from lean_journal.tui.widgets.card.a3_act import DecisionButtons


class DecidingMixin(KeepLessonMixin):
    """Act's decision buttons on the card page, over its `edited_card`, `refuse` and `take`."""

    if TYPE_CHECKING:  # provided by the card page

        def edited_card(self) -> Card: ...
        def refuse(self, error: ValidationError) -> None: ...
        def take(self, card: Card, keep: tuple[str, ...] = ()) -> None: ...

    @on(DecisionButtons.Decided)
    def _decided(self, event: DecisionButtons.Decided) -> None:
        """Adopt or adapt at once; abandon asks for the reason first."""
        try:
            self.edited_card()
        except ValidationError as error:
            self.refuse(error)
            return
        if event.decision is Decision.ABANDON:
            ask = TextPromptScreen("Abandon this experiment? Why?", ok="Abandon", check=pdca.required_reason)
            self.app.push_screen(ask, self._abandon_with)
        else:
            self.decide(event.decision)

    def _abandon_with(self, reason: str | None) -> None:
        """Abandon with the reason given (nothing happens if the dialog was cancelled)."""
        if reason:
            self.decide(Decision.ABANDON, reason)

    def decide(self, decision: Decision, reason: str = "") -> None:
        """Apply the decision to the edited card and save it (and the next-cycle card) in one save."""
        try:
            card = self.edited_card()
            decided, follow_up = pdca.decide(card, decision, self.clock.now(), reason=reason)
            decided = decided.with_changes(position=pdca.bottom_of(self.store.cards, decided.stage))
            follow_up = follow_up and follow_up.with_changes(
                position=pdca.bottom_of(self.store.cards, Stage.PLAN)
            )
        except (ValidationError, ValueError) as error:
            self.notify(str(error), title="Not decided", severity="warning", markup=False)
            return
        try:
            with self.store.batch():
                saved = self.store.cards.update(decided)
                if follow_up is not None:
                    self.store.cards.add(follow_up)
        except (StoreError, OSError) as error:
            show_error(self, error)
            return
        self.take(saved)
        self.query_one("#decision", DecisionButtons).set_class(False, "-missing")
        self.notify(pdca.decision_notice(saved, follow_up), markup=False)
        offer_lesson(self, self.store, self.clock, saved, then=lambda _item: self.show_back_links())
