"""The Review area's two lists: the chosen day's entries and the re-checks to look at (OptionLists)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.style import Style
from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from lean_journal.model import JournalEntry
from lean_journal.pdca.rechecks import Recheck, result_text
from lean_journal.text import printable

DIM = Style(dim=True)


def entry_row(entry: JournalEntry) -> Text:
    """An entry's title, and its words and mood (a title is user text: never markup)."""
    words = len(entry.body.split())
    mood = f" · mood {entry.mood}" if entry.mood is not None else ""
    return Text.assemble(printable(entry.title, multiline=False), (f"  {words:,} words{mood}", DIM))


def recheck_row(check: Recheck, today: date) -> Text:
    """A re-check's day and state, the card's title, and the note of a recorded one."""
    state = result_text(check, today)
    style = Style(color="red") if check.is_overdue(today) else Style(color="green") if check.result else None
    row = Text.assemble((f"{state:<24}", style or Style()), printable(check.card.title, multiline=False))
    if check.result is not None and check.result.note.strip():
        row.append(f"  {printable(check.result.note, multiline=False)}", DIM)
    return row


class DayEntries(OptionList):
    """The entries of the day under the heatmap's cursor; enter posts `OpenEntry`."""

    DEFAULT_CSS = "DayEntries { height: 6; border: round $primary 40%; }"

    class OpenEntry(Message):
        """Open the entry `entry_id` in the journal."""

        def __init__(self, entry_id: str) -> None:
            """About the entry `entry_id`."""
            super().__init__()
            self.entry_id = entry_id

    def show(self, day: date, entries: Sequence[JournalEntry], heading: str) -> None:
        """List `entries` of `day` under the border title `heading`."""
        self.clear_options()
        self.add_options([Option(entry_row(entry), id=entry.id) for entry in entries])
        self.border_title = heading
        if entries:
            self.highlighted = 0

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click on an entry: ask for it to be opened."""
        event.stop()
        if event.option.id:
            self.post_message(self.OpenEntry(event.option.id))


class RecheckList(OptionList):
    """The re-checks due, overdue or dated in the period; enter posts `RecordRecheck`."""

    DEFAULT_CSS = "RecheckList { height: auto; max-height: 8; border: round $primary 40%; }"

    class RecordRecheck(Message):
        """Record the re-check of `card_id` dated `due`."""

        def __init__(self, card_id: str, due: date) -> None:
            """About the card's re-check of `due`."""
            super().__init__()
            self.card_id = card_id
            self.due = due

    def __init__(self, *, id: str | None = None) -> None:
        """An empty list."""
        super().__init__(id=id)
        self.checks: list[Recheck] = []

    def show(self, checks: Sequence[Recheck], today: date) -> None:
        """List `checks` as of `today`."""
        self.checks = list(checks)
        self.clear_options()
        self.add_options([Option(recheck_row(check, today)) for check in checks])
        if checks:
            self.highlighted = 0
        else:
            self.add_option(Option(Text("No re-check due.", style=DIM), disabled=True))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click on a re-check: ask to record it."""
        event.stop()
        if 0 <= event.option_index < len(self.checks):
            check = self.checks[event.option_index]
            self.post_message(self.RecordRecheck(check.card.id, check.due))
