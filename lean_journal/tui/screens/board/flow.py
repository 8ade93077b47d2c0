"""The board's card flows: new, move (with gates and the WIP limit), decide, drop and reorder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from lean_journal import pdca
from lean_journal.model import CLOSED, Card, Stage, ValidationError
from lean_journal.pdca.flow import restore_stage
from lean_journal.store import NotFoundError
from lean_journal.text import printable
from lean_journal.tui.screens.board.decide_card import DecideCardScreen
from lean_journal.tui.screens.board.drop_card import DropCardScreen
from lean_journal.tui.screens.board.new_card import NewCardScreen
from lean_journal.tui.screens.card.keep_lesson import offer_lesson
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

if TYPE_CHECKING:
    from lean_journal.clock import Clock
    from lean_journal.store import Store
    from lean_journal.tui.widgets.board.board_column import BoardColumn


class BoardFlow(Screen[None]):
    """The board's actions on one card; the screen supplies the store, the columns and `save`."""

    store: Store
    clock: Clock
    current_stage: Stage

    if TYPE_CHECKING:

        def column(self, stage: Stage) -> BoardColumn: ...
        def selected_card(self) -> Card | None: ...
        def save(self, *changed: Card, added: Sequence[Card] = ()) -> bool: ...
        def show_card(self, card: Card) -> None: ...
        def open_card(self, card_id: str, focus_fields: Sequence[str] = ()) -> None: ...

    def current(self, card: Card) -> Card | None:
        """The stored version of `card` if it is still in the same stage (it may have changed meanwhile)."""
        try:
            fresh = self.store.cards.get(card.id)
        except NotFoundError:
            fresh = None
        if fresh is None or fresh.stage is not card.stage:
            self.notify("That card was changed elsewhere meanwhile; nothing was done.", severity="warning")
            self.show_card(fresh or card)
            return None
        return fresh

    @property
    def wip_limit(self) -> int:
        """The Do column's WIP limit from the settings."""
        return pdca.wip_limit_from(self.store.settings.get(pdca.WIP_LIMIT_KEY, pdca.DEFAULT_WIP_LIMIT))

    async def wip_allows(self) -> bool:
        """Whether one more card may enter Do: yes under the limit, else the user is asked."""
        count = len(self.store.cards.list(stage=Stage.DO))
        limit = self.wip_limit
        if not pdca.wip_exceeded(count + 1, limit):
            return True
        question = f"Do already holds {count} cards and the WIP limit is {limit}. Start another one anyway?"
        answer: bool = await self.app.push_screen_wait(
            ConfirmScreen(question, yes="Go over", no="Not now", destructive=False)
        )
        return answer

    def action_new_card(self) -> None:
        """Ask for a title and add a card to the focused column."""
        if self.current_stage in CLOSED:
            self.notify("New cards go into Struggles, Plan, Do, Check or Act.", severity="warning")
            return
        self._add_card(self.current_stage)

    @work(group="board-flow", exclusive=True)
    async def _add_card(self, stage: Stage) -> None:
        """The new-card dialog, then the save."""
        title = await self.app.push_screen_wait(NewCardScreen(stage))
        if title is None or (stage is Stage.DO and not await self.wip_allows()):
            return
        card = pdca.new_card(title, stage, self.clock.now(), pdca.bottom_of(self.store.cards, stage))
        if self.save(added=[card]):
            self.show_card(card)

    def action_move(self, offset: int) -> None:
        """Move the selected card a stage forward (offset 1) or back (-1)."""
        card = self.selected_card()
        if card is not None:
            self._move(card, offset > 0, override=False)

    def action_force_forward(self) -> None:
        """Move the selected card forward even if its gate fields are empty (after confirming)."""
        card = self.selected_card()
        if card is not None:
            self._move(card, True, override=True)

    @work(group="board-flow", exclusive=True)
    async def _move(self, card: Card, forward: bool, *, override: bool) -> None:
        """Work out where the card goes and move it there, asking whatever must be asked."""
        if not forward:
            back = restore_stage(card) if card.stage is Stage.DROPPED else pdca.previous_stage(card.stage)
            if back is None:
                self.notify(f"{card.stage.label} is the first stage.", severity="warning")
                return
            await self.move_to(card, back)
            return
        target = pdca.next_stage(card.stage)
        if target is None:
            self.notify(f"A {card.stage.label.lower()} card has nowhere further to go.", severity="warning")
        elif card.stage is Stage.ACT:
            await self.decide(card)
        elif await self.gate_allows(card, target, override):
            await self.move_to(card, target, override=override)

    async def gate_allows(self, card: Card, target: Stage, override: bool) -> bool:
        """Whether the gate lets the card through; else open the missing fields (or confirm an override)."""
        missing = pdca.gates_between(card, target)
        if not missing:
            return True
        names = pdca.label_list(missing)
        if not override:
            hint = f"Not moved to {target.label}: {names} still empty. On the board, ctrl+l moves it anyway."
            self.notify(hint, severity="warning", markup=False)
            self.open_card(card.id, missing)
            return False
        question = f"“{printable(card.title)}” has no {names}. Move it to {target.label} anyway?"
        answer: bool = await self.app.push_screen_wait(
            ConfirmScreen(question, yes="Move anyway", destructive=False)
        )
        return answer

    async def move_to(self, card: Card, target: Stage, *, override: bool = False) -> None:
        """Move the card to `target` (asking first if that puts Do over its WIP limit) and save."""
        if target is Stage.DO and not await self.wip_allows():
            return
        fresh = self.current(card)
        if fresh is None:
            return
        try:
            moved = pdca.move(fresh, target, self.clock.now(), override=override)
        except pdca.GateBlocked as blocked:
            self.open_card(fresh.id, blocked.missing)
            return
        moved = moved.with_changes(position=pdca.bottom_of(self.store.cards, target))
        if self.save(moved):
            self.show_card(moved)

    async def decide(self, card: Card) -> None:
        """Act's decision: adopt, adapt (with a next-cycle card) or abandon, then save."""
        choice = await self.app.push_screen_wait(DecideCardScreen(card))
        fresh = self.current(card) if choice is not None else None
        if choice is None or fresh is None:
            return
        try:
            closed, follow = pdca.decide(
                fresh,
                choice.decision,
                self.clock.now(),
                standard=choice.standard,
                next_step=choice.next_step,
                reason=choice.reason,
            )
        except (ValidationError, ValueError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        closed = closed.with_changes(position=pdca.bottom_of(self.store.cards, closed.stage))
        added = [follow.with_changes(position=pdca.bottom_of(self.store.cards, Stage.PLAN))] if follow else []
        if self.save(closed, added=added):
            self.notify(pdca.decision_notice(closed, follow), markup=False)
            self.show_card(added[0] if added else closed)
            offer_lesson(self, self.store, self.clock, closed)

    def action_drop(self) -> None:
        """Ask why, then drop the selected card."""
        card = self.selected_card()
        if card is not None and card.stage is Stage.DROPPED:
            self.notify("That card is already dropped.", severity="warning")
        elif card is not None:
            self._drop(card)

    @work(group="board-flow", exclusive=True)
    async def _drop(self, card: Card) -> None:
        """The reason dialog, then the save."""
        reason = await self.app.push_screen_wait(DropCardScreen(card.title))
        fresh = self.current(card) if reason is not None else None
        if reason is None or fresh is None:
            return
        dropped = pdca.drop(fresh, reason, self.clock.now()).with_changes(
            position=pdca.bottom_of(self.store.cards, Stage.DROPPED)
        )
        if self.save(dropped):
            self.notify(f"Dropped: {printable(card.title)}", markup=False)
            self.show_card(dropped)

    def action_reorder(self, offset: int) -> None:
        """Move the selected card up (-1) or down (1) within its column; the order is saved."""
        card = self.selected_card()
        if card is None:
            return
        if card.stage in CLOSED:
            self.notify("Done and Dropped are listed newest first.", severity="warning")
            return
        changed = pdca.swap_positions(self.store.cards.list(stage=card.stage), card.id, offset)
        if changed and self.save(*changed):
            self.show_card(card)
