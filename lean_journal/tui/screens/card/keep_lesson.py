"""A card's lesson (Check's "What I learned") kept as a learn item: on request, or offered after a decision.

The offer after adopt or adapt is a harmless question whose focused answer is "Not now": enter or escape
close it and lose nothing (the lesson stays on the card; ctrl+l on the card page keeps it later); y or
"Keep it" saves the learn item. A lesson already kept (same card, same text) is not offered again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import SystemCommand
from textual.screen import Screen
from textual.widgets import Button

from lean_journal.clock import Clock
from lean_journal.growth import capture
from lean_journal.model import Card, Decision
from lean_journal.model.growth import Learning, link
from lean_journal.store import Store, StoreError
from lean_journal.text import printable
from lean_journal.tui.screens.area import show_error
from lean_journal.tui.widgets.back_links import BackLinks

KEEP_KEY = "ctrl+l"
KEEP_HELP = "Keep Check's “What I learned” as a learn item linked to this card"
OFFERED_AFTER = (Decision.ADOPT, Decision.ADAPT)
OFFER = "Keep what you learned as a learn item?"
NO_LESSON = "Nothing to keep yet: write what you learned under Check first."


def keep_lesson(screen: Screen[Any], store: Store, clock: Clock, card: Card) -> Learning | None:
    """Save the card's lesson as a learn item (unless kept before); one notification says what happened."""
    item = capture.card_learning(card, clock.today(), clock.now())
    if item is None:
        screen.notify(NO_LESSON, severity="warning", markup=False)
        return None
    before = capture.already_captured(store.learnings.all(), item)
    if before is not None:
        screen.notify(capture.already_notice(before), markup=False)
        return None
    try:
        store.learnings.add(item)
    except (StoreError, OSError, ValueError) as error:
        show_error(screen, error)
        return None
    screen.notify(capture.captured_notice(item), title="Learn item from the card", markup=False)
    return item


def offer_lesson(screen: Screen[Any], store: Store, clock: Clock, card: Card, then: Any = None) -> None:
    """After adopt or adapt, ask whether to keep a lesson not yet kept; `then(item)` runs after a yes."""
    from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

    item = capture.card_learning(card, clock.today(), clock.now())
    if card.decision not in OFFERED_AFTER or item is None:
        return
    if capture.already_captured(store.learnings.all(), item) is not None:
        return
    question = f"{OFFER}\n“{printable(item.title, multiline=False)}”"

    def answered(keep: bool | None) -> None:
        """Keep the lesson on a yes; a no just closes."""
        if keep:
            kept = keep_lesson(screen, store, clock, card)
            if kept is not None and then is not None:
                then(kept)

    dialog = ConfirmScreen(question, yes="Keep it", no="Not now", destructive=False)
    screen.app.push_screen(dialog, answered)


class KeepLessonMixin(Screen[None]):
    """The card page's lesson keeping and back-links, over its `store`, `clock`, `card` and form."""

    store: Store
    clock: Clock
    card: Card

    if TYPE_CHECKING:  # provided by the card page

        def edited_values(self) -> dict[str, str]: ...
        def fresh_card(self) -> Card: ...

    def show_back_links(self) -> None:
        """The learn items, shares and goals that link back to this card."""
        from lean_journal.growth.backlinks import back_link_lines

        store, reference = self.store, link("card", self.card.id)
        lines = back_link_lines(reference, store.learnings.all(), store.shares.all(), store.goals.all())
        self.query_one("#card-links", BackLinks).show(lines)

    def action_keep_lesson(self) -> None:
        """Keep the lesson as typed under Check as a learn item linked to this card."""
        lesson = self.edited_values().get("learned", self.card.learned)
        if keep_lesson(self, self.store, self.clock, self.fresh_card().with_changes(learned=lesson)):
            self.show_back_links()

    @on(Button.Pressed, "#keep-lesson")
    def _keep_pressed(self, event: Button.Pressed) -> None:
        """The Check section's button: keep the lesson."""
        event.stop()
        self.action_keep_lesson()

    def palette_commands(self) -> Iterator[SystemCommand]:
        """The card page's own command in the palette."""
        yield SystemCommand("Keep lesson as learn item", KEEP_HELP, self.action_keep_lesson)
