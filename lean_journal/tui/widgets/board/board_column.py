"""One column of the PDCA board: a header with counts and an OptionList of card rows (no widget per card)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from lean_journal import pdca
from lean_journal.model import CLOSED, Card, Stage
from lean_journal.text import printable, shortened
from lean_journal.tui.area_names import area_group

MORE_ID = "more-cards"
PAGE_SIZE = 200
REASON_WIDTH = 28
TITLE_WIDTH = 90


def short_day(day: date, today: date) -> str:
    """A date as '1 Dec', with the year only when it is not this year."""
    return f"{day.day} {day:%b}" if day.year == today.year else f"{day.day} {day:%b %Y}"


def clipped(text: str, width: int = REASON_WIDTH) -> str:
    """The first line of `text`, sanitised, cut to `width` cells with an ellipsis (never inside an emoji)."""
    line = printable(text.strip().split("\n")[0].strip(), multiline=False)
    return shortened(line, width)


def detail_line(card: Card, now: datetime) -> Text:
    """The second line of a card row: days in stage and check date, or when and why it closed."""
    if card.stage in CLOSED:
        closed = f"{card.stage.value} {short_day(card.entered_stage_at().date(), now.date())}"
        done = card.decision and card.stage is Stage.DONE
        extra = card.decision.value if done and card.decision else clipped(card.drop_reason)
        return Text(f"{closed} · {extra}" if extra else closed, style="dim")
    line = Text(f"{pdca.days_in_stage(card, now)}d", style="dim")
    if card.check_date:
        overdue = card.check_date < now.date() and card.stage in (Stage.PLAN, Stage.DO, Stage.CHECK)
        line.append(" · check ", style="dim")
        line.append(short_day(card.check_date, now.date()), style="bold red" if overdue else "dim")
    return line


def card_prompt(card: Card, now: datetime) -> Text:
    """A card row: a '!' mark when its gate fields are missing, its title (literal text), then the details."""
    row = Text()
    if card.stage not in CLOSED and pdca.missing_to_leave(card):
        row.append("! ", style="bold yellow")
    row.append(clipped(card.title, TITLE_WIDTH))
    row.append("\n")
    row.append_text(detail_line(card, now))
    return row


class CardList(OptionList):
    """The cards of one column: a click selects, a double click or enter opens."""

    BINDING_GROUP_TITLE = area_group("board")  # help lists its keys with the board's own
    BINDINGS = [
        Binding("enter", "select", "Open card", show=False, tooltip="Open the selected card"),
        Binding("left", "screen.focus_column(-1)", "Column to the left", show=False),
        Binding("right", "screen.focus_column(1)", "Column to the right", show=False),
    ]

    def on_click(self, event: events.Click) -> None:
        """Select the clicked card, opening it only on a double click (not on OptionList's single click)."""
        event.prevent_default()
        clicked = event.style.meta.get("option")
        if clicked is None or self.get_option_at_index(clicked).disabled:
            return
        self.highlighted = clicked
        if event.chain >= 2:
            self.action_select()


class BoardColumn(Vertical):
    """A stage's column: header (name, count, WIP) and its cards; posts OpenRequested."""

    DEFAULT_CSS = """
    BoardColumn { width: 1fr; height: 1fr; border: round $primary 40%; }
    BoardColumn:focus-within { border: round $accent; }
    BoardColumn .column-header { width: 1fr; padding: 0 1; text-style: bold; background: $boost; }
    BoardColumn.over-wip { border: round $error; }
    BoardColumn.over-wip .column-header { color: $error; }
    BoardColumn CardList { height: 1fr; border: none; padding: 0; background: transparent; }
    BoardColumn CardList:focus { border: none; }
    """

    class OpenRequested(Message):
        """The user asked to open a card (enter or double click)."""

        def __init__(self, column: BoardColumn, card_id: str) -> None:
            """Remember which card in which column."""
            super().__init__()
            self.column = column
            self.card_id = card_id

        @property
        def control(self) -> BoardColumn:
            """The column the card is in."""
            return self.column

    def __init__(self, stage: Stage) -> None:
        """A column for `stage` (cards are given later with `show`)."""
        super().__init__(id=f"column-{stage.value}", classes=f"column-{stage.value}")
        self.stage = stage
        self.cards: list[Card] = []
        self.now: datetime | None = None
        self._drawn: tuple[object, ...] = ()
        self._header_text = ""
        self.limit = PAGE_SIZE if stage in CLOSED else None

    def compose(self) -> ComposeResult:
        """The header line and the card list."""
        yield Static(self.stage.label, classes="column-header", markup=False)
        yield CardList(id=f"cards-{self.stage.value}")

    @property
    def card_list(self) -> CardList:
        """The OptionList holding the rows."""
        return self.query_one(CardList)

    @property
    def selected_card_id(self) -> str | None:
        """The id of the highlighted card, if any."""
        option = self.card_list.highlighted_option
        return option.id if option is not None and option.id != MORE_ID else None

    def show(self, cards: Sequence[Card], now: datetime, *, wip_limit: int | None = None) -> None:
        """Show these cards (keeping the selection on the same card), with the count in the header."""
        self.cards = list(cards)
        self.now = now
        self._show_header(wip_limit)
        shown = self.cards if self.limit is None else self.cards[: self.limit]
        hour = now.replace(minute=0, second=0, microsecond=0)
        drawn = (hour, len(self.cards), tuple(shown))
        if drawn == self._drawn:
            return
        self._drawn = drawn
        keep, index = self.selected_card_id, self.card_list.highlighted
        options = [Option(card_prompt(card, now), id=card.id) for card in shown]
        hidden = len(self.cards) - len(shown)
        if hidden > 0:
            options.append(Option(Text(f"… {hidden:,} more (enter)", style="italic"), id=MORE_ID))
        self.card_list.set_options(options)
        if not (keep and self.select_card(keep)) and options:
            self.card_list.highlighted = min(index or 0, len(options) - 1)

    def _show_header(self, wip_limit: int | None) -> None:
        """The stage name, how many cards it holds, and the WIP limit for Do."""
        count = len(self.cards)
        text = f"{self.stage.label} · {count:,}"
        over = False
        if wip_limit is not None:
            text = f"{self.stage.label} · {count}/{wip_limit} WIP"
            over = pdca.wip_exceeded(count, wip_limit)
            text += "  over!" if over else ""
        if text != self._header_text:  # an unchanged header costs no new layout
            self._header_text = text
            self.query_one(".column-header", Static).update(text)
        self.set_class(over, "over-wip")

    def select_card(self, card_id: str) -> bool:
        """Highlight the card with this id; return whether it is shown."""
        try:
            self.card_list.highlighted = self.card_list.get_option_index(card_id)
        except OptionDoesNotExist:
            return False
        return True

    @on(OptionList.OptionSelected)
    def _option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or double click: open the card, or show the next page for the 'more' row."""
        event.stop()
        if event.option_id == MORE_ID:
            first_new = self.limit or 0
            self.limit = first_new + PAGE_SIZE
            if self.now is not None:
                self.show(self.cards, self.now)
            self.card_list.highlighted = first_new
            return
        if event.option_id:
            self.post_message(self.OpenRequested(self, event.option_id))
