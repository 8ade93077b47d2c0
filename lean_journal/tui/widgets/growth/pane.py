"""One pane of Learn · Share · Grow: a header with counts, an OptionList of rows, and the detail under it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from lean_journal.tui.area_names import area_group

FIRST_PAGE = 16
"""Rows made at least when a pane is filled (OptionList measures each row it holds, so not many more
than a screenful): half the terminal's height, as an item takes two lines and the list less than half."""
PAGE = 200
"""Rows added each time the cursor reaches the '… more' row."""
MORE_ID = "more-items"
HEADER_SEPARATOR = " · "
NEXT_PANE = "Next pane"
PREVIOUS_PANE = "Previous pane"


class ItemList(OptionList):
    """The rows of one pane: a click selects, a double click or enter opens, ←/→ go to another pane."""

    BINDING_GROUP_TITLE = area_group("growth")  # help lists its keys with the area's own
    BINDINGS = [
        Binding("enter", "select", "Open", show=False, tooltip="Open and edit the selected item"),
        Binding("right", "pane(1)", NEXT_PANE, show=False),
        Binding("left", "pane(-1)", PREVIOUS_PANE, show=False),
    ]

    class PaneStep(Message):
        """← or → in the list: move `offset` panes to the right (or left)."""

        def __init__(self, offset: int) -> None:
            """Remember which way."""
            super().__init__()
            self.offset = offset

    class LastWanted(Message):
        """End in the list: the last item, even one not listed yet."""

    def action_pane(self, offset: int) -> None:
        """Ask the screen for the pane `offset` places away."""
        self.post_message(self.PaneStep(offset))

    def action_last(self) -> None:
        """Ask the pane for its last item (it lists the rows still to come first)."""
        self.post_message(self.LastWanted())

    def on_click(self, event: events.Click) -> None:
        """Select the clicked row, opening it only on a double click."""
        event.prevent_default()
        clicked = event.style.meta.get("option")
        if clicked is None:
            return
        self.highlighted = clicked
        if event.chain >= 2:
            self.action_select()


class GrowthPane(Vertical):
    """The pane of one kind (learn, share, grow); posts Highlighted and OpenRequested."""

    DEFAULT_CSS = """
    GrowthPane { width: 1fr; height: 1fr; border: round $primary 40%; }
    GrowthPane:focus-within { border: round $accent; }
    GrowthPane .pane-header { width: 1fr; padding: 0 1; text-style: bold; background: $boost; }
    GrowthPane .pane-header { text-wrap: nowrap; text-overflow: ellipsis; }
    GrowthPane ItemList { height: 1fr; border: none; padding: 0; background: transparent; }
    GrowthPane ItemList:focus { border: none; }
    GrowthPane .pane-detail-box { height: 45%; min-height: 6; border-top: solid $primary 40%; }
    GrowthPane .pane-detail { padding: 0 1; }
    """

    class Highlighted(Message):
        """The row under the cursor changed (None: the pane is empty)."""

        def __init__(self, pane: GrowthPane, item_id: str | None) -> None:
            """Remember which pane and which item."""
            super().__init__()
            self.pane = pane
            self.item_id = item_id

        @property
        def control(self) -> GrowthPane:
            """The pane the row is in."""
            return self.pane

    class OpenRequested(Message):
        """The user asked to open an item (enter or double click)."""

        def __init__(self, pane: GrowthPane, item_id: str) -> None:
            """Remember which pane and which item."""
            super().__init__()
            self.pane = pane
            self.item_id = item_id

        @property
        def control(self) -> GrowthPane:
            """The pane the item is in."""
            return self.pane

    def __init__(self, kind: str, empty: str) -> None:
        """A pane for `kind`; `empty` is said when it shows nothing."""
        super().__init__(id=f"pane-{kind}", classes="growth-pane")
        self.kind = kind
        self.empty = empty
        self.item_ids: tuple[str, ...] = ()
        self._header = ""
        self._header_parts: tuple[str, ...] = ()
        self._drawn: object = None
        self._row: Callable[[int], Text] = lambda index: Text()
        self._shown = 0
        self._detail_of: str | None = None

    def compose(self) -> ComposeResult:
        """The header line, the rows and the detail."""
        yield Static("", classes="pane-header", markup=False)
        yield ItemList(id=f"list-{self.kind}")
        with VerticalScroll(classes="pane-detail-box"):
            yield Static("", classes="pane-detail", markup=False)

    @property
    def item_list(self) -> ItemList:
        """The OptionList holding the rows."""
        return self.query_one(ItemList)

    @property
    def selected_id(self) -> str | None:
        """The id of the highlighted item, if any."""
        option = self.item_list.highlighted_option
        return option.id if option is not None and option.id != MORE_ID else None

    def set_header(self, parts: Sequence[str]) -> None:
        """The header line: its parts, most important first, as many as fit the pane's width."""
        self._header_parts = tuple(parts)
        self._fit_header()

    def _fit_header(self) -> None:
        """Show the header parts that fit (the first always; all before the width is known)."""
        box = self.query_one(".pane-header", Static)
        width = box.content_size.width
        first, *rest = self._header_parts or ("",)
        text = first
        for part in rest:
            longer = f"{text}{HEADER_SEPARATOR}{part}"
            if width and cell_len(longer) > width:
                break
            text = longer
        if text != self._header:  # unchanged text costs nothing
            self._header = text
            box.update(text)

    def on_resize(self) -> None:
        """A new width: fit the header again."""
        self._fit_header()

    def is_drawn(self, drawn: object) -> bool:
        """Whether the rows shown were made from `drawn` (what `show` was last given)."""
        return drawn == self._drawn

    def show(
        self, ids: Sequence[str], row: Callable[[int], Text], drawn: object, keep: str | None = None
    ) -> None:
        """Show the items `ids`, the row of the i-th made by `row(i)`, keeping the cursor on `keep` (or the
        same item, else the same place). `drawn` says what the rows were made from (see `is_drawn`).

        Rows are made and measured a page at a time (OptionList measures every option it is given, and
        again at every resize): the first page now, the next when the cursor reaches the '… more' row at
        the end, every one at End.
        """
        self._drawn = drawn
        keep = keep or self.selected_id
        index = self.item_list.highlighted
        self.item_ids = tuple(ids)
        self._row = row
        if not self.item_ids:
            self._shown = 0
            self.item_list.set_options([Option(Text(self.empty, style="dim italic"), disabled=True)])
            self.post_message(self.Highlighted(self, None))
            return
        at = self.item_ids.index(keep) if keep in self.item_ids else -1
        first = max(FIRST_PAGE, self.app.size.height // 2)
        self._shown = min(len(self.item_ids), max(first, at + 1, (index or 0) + 1))
        self.item_list.set_options([*self.rows_between(0, self._shown), *self.more_row()])
        if not (keep and self.select(keep)):
            self.item_list.highlighted = min(index or 0, self._shown - 1)

    def rows_between(self, start: int, stop: int) -> list[Option]:
        """The options of items `start` to `stop` (not included)."""
        return [Option(self._row(i), id=self.item_ids[i]) for i in range(start, stop)]

    def more_row(self) -> list[Option]:
        """The '… N more' row, when not every item is shown."""
        hidden = len(self.item_ids) - self._shown
        return [Option(Text(f"… {hidden:,} more", style="italic"), id=MORE_ID)] if hidden > 0 else []

    def show_more(self, upto: int | None = None) -> None:
        """Show the next page of rows (or every row up to index `upto`)."""
        if self._shown >= len(self.item_ids):
            return
        stop = min(len(self.item_ids), max(self._shown + PAGE, (upto or 0) + 1))
        listing = self.item_list
        listing.remove_option(MORE_ID)
        start, self._shown = self._shown, stop
        listing.add_options([*self.rows_between(start, stop), *self.more_row()])

    def select(self, item_id: str) -> bool:
        """Put the cursor on the item with this id; return whether it is listed."""
        if item_id not in self.item_ids:
            return False
        position = self.item_ids.index(item_id)
        if position >= self._shown:
            self.show_more(position)
        try:
            self.item_list.highlighted = self.item_list.get_option_index(item_id)
        except OptionDoesNotExist:
            return False
        return True

    def show_detail(self, detail: Text) -> None:
        """The detail of the highlighted item (built by the screen, which can look up links), from its top
        when the item is another."""
        self.query_one(".pane-detail", Static).update(detail)
        if self.selected_id != self._detail_of:
            self._detail_of = self.selected_id
            self.detail_box.scroll_home(animate=False)

    @property
    def detail_box(self) -> VerticalScroll:
        """The scrolling box holding the detail."""
        return self.query_one(".pane-detail-box", VerticalScroll)

    def scroll_detail(self, lines: int = 0, pages: int = 0) -> None:
        """Scroll the detail `lines` lines or `pages` pages down (negative: up)."""
        box = self.detail_box
        box.scroll_relative(y=lines + pages * box.scrollable_content_region.height, animate=False)

    @on(ItemList.LastWanted)
    def _last_wanted(self, event: ItemList.LastWanted) -> None:
        """End: list every row still to come, then put the cursor on the last."""
        event.stop()
        if self.item_ids:
            self.show_more(len(self.item_ids) - 1)
            self.item_list.highlighted = self.item_list.option_count - 1

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The cursor moved: say which item is under it."""
        event.stop()
        if event.option_id == MORE_ID:
            self.show_more()  # the cursor stays put: on the first of the rows just added
            return
        self.post_message(self.Highlighted(self, event.option_id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or double click on a row: ask to open it."""
        event.stop()
        if event.option_id and event.option_id != MORE_ID:
            self.post_message(self.OpenRequested(self, event.option_id))
