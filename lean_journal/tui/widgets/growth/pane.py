"""One pane of Learn · Share · Grow: a header with counts, an OptionList of rows, and the detail under it."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist


class ItemList(OptionList):
    """The rows of one pane: a click selects, a double click or enter opens."""

    BINDING_GROUP_TITLE = "This area: Learn · Share · Grow"
    BINDINGS = [Binding("enter", "select", "Open", show=False, tooltip="Open and edit the selected item")]

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
        self._drawn: object = None

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
        return option.id if option is not None else None

    def set_header(self, text: str) -> None:
        """The header line (counts); unchanged text costs nothing."""
        if text != self._header:
            self._header = text
            self.query_one(".pane-header", Static).update(text)

    def is_drawn(self, drawn: object) -> bool:
        """Whether the rows shown were made from `drawn` (what `show` was last given)."""
        return drawn == self._drawn

    def show(self, rows: Sequence[tuple[str, Text]], drawn: object, keep: str | None = None) -> None:
        """Show these (id, row) pairs, keeping the cursor on `keep` (or the same item, else the same place).

        `drawn` says what the rows were made from (see `is_drawn`).
        """
        self._drawn = drawn
        keep = keep or self.selected_id
        index = self.item_list.highlighted
        self.item_ids = tuple(item_id for item_id, _ in rows)
        options = [Option(row, id=item_id) for item_id, row in rows]
        if not options:
            options = [Option(Text(self.empty, style="dim italic"), id=None, disabled=True)]
            self.item_ids = ()
        self.item_list.set_options(options)
        if not self.item_ids:
            self.post_message(self.Highlighted(self, None))
            return
        if not (keep and self.select(keep)):
            self.item_list.highlighted = min(index or 0, len(options) - 1)

    def select(self, item_id: str) -> bool:
        """Put the cursor on the item with this id; return whether it is shown."""
        try:
            self.item_list.highlighted = self.item_list.get_option_index(item_id)
        except OptionDoesNotExist:
            return False
        return True

    def show_detail(self, detail: Text) -> None:
        """The detail of the highlighted item (built by the screen, which can look up links)."""
        self.query_one(".pane-detail", Static).update(detail)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The cursor moved: say which item is under it."""
        event.stop()
        self.post_message(self.Highlighted(self, event.option_id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or double click on a row: ask to open it."""
        event.stop()
        if event.option_id:
            self.post_message(self.OpenRequested(self, event.option_id))
