"""The PDCA board: Struggles, Plan, Do, Check, Act (Done and Dropped on demand), moved by keys or mouse."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal

from lean_journal import pdca
from lean_journal.clock import Clock
from lean_journal.model import CLOSED, OPEN, Card, Stage, ValidationError
from lean_journal.store import NotFoundError, Store, StoreError
from lean_journal.tui.screens.area import AreaScreen, unless_closing
from lean_journal.tui.screens.board.flow import BoardFlow
from lean_journal.tui.widgets.board.board_actions import BoardActions
from lean_journal.tui.widgets.board.board_column import BoardColumn
from lean_journal.tui.widgets.key_bar import KeyBar
from lean_journal.tui.widgets.title_bar import TitleBar

OPEN_STAGES = OPEN
BAR_ACTIONS = {
    "new": "new_card",
    "back": "move(-1)",
    "open": "open_card",
    "forward": "move(1)",
    "up": "reorder(-1)",
    "down": "reorder(1)",
    "drop": "drop",
    "closed": "toggle_closed",
}


def newest_first(cards: Sequence[Card]) -> list[Card]:
    """Closed cards, the most recently closed first."""
    return sorted(cards, key=lambda card: card.entered_stage_at(), reverse=True)


class BoardScreen(BoardFlow, AreaScreen):
    """PDCA board: Improvement experiments from Struggles through Plan, Do, Check and Act to Done."""

    AREA = "board"
    AUTO_FOCUS = "#cards-struggle"
    DEFAULT_CSS = "BoardScreen #board-columns { height: 1fr; }"
    BINDINGS = [
        Binding("n", "new_card", "New", tooltip="A new card in the focused column"),
        Binding("h,shift+left", "move(-1)", "Back", tooltip="Move the card back a stage"),
        Binding("l,shift+right", "move(1)", "Forward", tooltip="Move the card forward a stage (gates apply)"),
        Binding("ctrl+l", "force_forward", "Forward, overriding the gate", show=False),
        Binding("J", "reorder(1)", "Card down in column", show=False),
        Binding("K", "reorder(-1)", "Card up in column", show=False),
        Binding("d", "drop", "Drop", tooltip="Drop the card, saying why"),
        Binding("a", "toggle_closed", "Done/Dropped", tooltip="Show or hide the Done and Dropped columns"),
        Binding("w", "wip_limit", "WIP limit", show=False, tooltip="How many cards Do may hold"),
        Binding("left", "focus_column(-1)", "Column to the left", show=False),
        Binding("right", "focus_column(1)", "Column to the right", show=False),
    ]

    def __init__(self, store: Store, clock: Clock) -> None:
        """Start with Done and Dropped hidden and Struggles focused."""
        super().__init__(store, clock)
        self.show_closed = False
        self.current_stage = Stage.STRUGGLE

    def compose(self) -> ComposeResult:
        """Header, the seven columns (two hidden), the action bar and the footer."""
        yield TitleBar()
        with Horizontal(id="board-columns"):
            for stage in (*OPEN_STAGES, *CLOSED):
                yield BoardColumn(stage)
        yield BoardActions(id="board-actions")
        yield KeyBar()

    @unless_closing
    def on_mount(self) -> None:
        """Hide Done and Dropped, and fill the columns."""
        for stage in CLOSED:
            self.column(stage).display = False
        self.refresh_from_store()

    @unless_closing
    def on_screen_resume(self) -> None:
        """Shown (maybe long after it was built in idle time) or back from a card: show what changed."""
        self.refresh_from_store()

    def column(self, stage: Stage) -> BoardColumn:
        """The column of `stage`."""
        return self.query_one(f"#column-{stage.value}", BoardColumn)

    def refresh_from_store(self) -> None:
        """Re-read the cards and show them in their columns (Done and Dropped only when shown)."""
        now = self.clock.now()
        by_stage: dict[Stage, list[Card]] = {stage: [] for stage in Stage}
        shown = (*OPEN_STAGES, *CLOSED) if self.show_closed else OPEN_STAGES
        for card in self.store.cards.in_stages(shown):  # the closed ones need not be loaded yet
            by_stage[card.stage].append(card)
        for stage in OPEN_STAGES:
            limit = self.wip_limit if stage is Stage.DO else None
            self.column(stage).show(by_stage[stage], now, wip_limit=limit)
        if self.show_closed:
            for stage in CLOSED:
                self.column(stage).show(newest_first(by_stage[stage]), now)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Remember which column has the focus."""
        for node in event.widget.ancestors_with_self:
            if isinstance(node, BoardColumn):
                self.current_stage = node.stage
                return

    def visible_columns(self) -> list[BoardColumn]:
        """The columns on screen, left to right."""
        return [column for column in self.query(BoardColumn) if column.display]

    def action_focus_column(self, offset: int) -> None:
        """Move the focus to the column `offset` places to the right (or left)."""
        columns = self.visible_columns()
        stages = [column.stage for column in columns]
        index = stages.index(self.current_stage) if self.current_stage in stages else 0
        columns[min(max(index + offset, 0), len(columns) - 1)].card_list.focus()

    def action_toggle_closed(self) -> None:
        """Show or hide the Done and Dropped columns."""
        self.show_closed = not self.show_closed
        for stage in CLOSED:
            self.column(stage).display = self.show_closed
        if self.show_closed:
            self.refresh_from_store()
        elif self.current_stage in CLOSED:
            self.column(Stage.ACT).card_list.focus()

    def selected_card(self) -> Card | None:
        """The highlighted card of the focused column (a warning if there is none)."""
        card_id = self.column(self.current_stage).selected_card_id
        if card_id is None:
            self.notify("Select a card first.", severity="warning")
            return None
        try:
            return self.store.cards.get(card_id)
        except NotFoundError:
            self.refresh_from_store()
            return None

    def show_card(self, card: Card) -> None:
        """Refresh, then put the focus on `card` in its column (if that column is shown)."""
        self.refresh_from_store()
        column = self.column(card.stage)
        if column.display:
            column.card_list.focus()
            column.select_card(card.id)

    def save(self, *changed: Card, added: Sequence[Card] = ()) -> bool:
        """Write changed and new cards in one save; a failure is shown and the board re-read."""
        try:
            with self.store.batch():
                for card in changed:
                    self.store.cards.update(card)
                for card in added:
                    self.store.cards.add(card)
        except (StoreError, OSError, ValidationError) as error:
            self.report_error(error)
            self.refresh_from_store()
            return False
        return True

    def action_open_card(self) -> None:
        """Open the selected card's detail."""
        card = self.selected_card()
        if card is not None:
            self.open_card(card.id)

    def open_card(self, card_id: str, focus_fields: Sequence[str] = ()) -> None:
        """Show the card's A3 detail, with `focus_fields` marked as missing."""
        from lean_journal.tui.screens.card.card_detail import CardDetailScreen

        self.app.push_screen(CardDetailScreen(self.store, self.clock, card_id, focus_fields=focus_fields))

    @on(BoardColumn.OpenRequested)
    def _open_requested(self, event: BoardColumn.OpenRequested) -> None:
        """Enter or a double click on a card opens it."""
        self.open_card(event.card_id)

    @on(BoardActions.Requested)
    async def _bar_requested(self, event: BoardActions.Requested) -> None:
        """A button of the action bar: run the same action as its key."""
        await self.run_action(BAR_ACTIONS[event.action])

    @work(group="board-wip", exclusive=True)
    async def action_wip_limit(self) -> None:
        """Ask for a new WIP limit for Do and store it."""
        from lean_journal.tui.screens.board.wip_limit import WipLimitScreen

        limit = await self.app.push_screen_wait(WipLimitScreen(self.wip_limit))
        if limit is None:
            return
        try:
            self.store.settings.set(pdca.WIP_LIMIT_KEY, limit)
        except (StoreError, OSError) as error:
            self.report_error(error)
        self.refresh_from_store()
