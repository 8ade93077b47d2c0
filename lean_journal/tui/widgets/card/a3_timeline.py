"""The card's timeline: time spent per stage, total cycle time, and a virtualised list of events."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from lean_journal.model import JournalEntry, Stage
from lean_journal.pdca import TimelineItem
from lean_journal.text import printable, shortened
from lean_journal.tui.widgets.card.a3_sections import describe_duration

KIND_LABELS = {"created": "Card", "stage": "Stage", "action": "Do", "journal": "Journal"}
KIND_STYLES = {"created": "bold", "stage": "bold", "action": "", "journal": "italic"}


def stage_times_line(spent: Mapping[Stage, timedelta], cycle: timedelta | None) -> Text:
    """'Time per stage: Struggles 3 days · Plan 5 days … Total cycle time: 12 days'."""
    line = Text.assemble(("Time per stage: ", "bold"))
    parts = [f"{stage.label} {describe_duration(span)}" for stage, span in spent.items()]
    line.append(" · ".join(parts) or "-")
    line.append("\nTotal cycle time: ", style="bold")
    line.append(describe_duration(cycle) if cycle is not None else "still open")
    return line


def timeline_row(item: TimelineItem) -> Text:
    """One event: when (Do-log actions have a day only), what kind, and its text (plain, never markup)."""
    when = f"{item.at:%Y-%m-%d}        " if item.kind == "action" else f"{item.at:%Y-%m-%d %H:%M}  "
    row = Text.assemble((when, "dim"))
    row.append(
        f"{KIND_LABELS.get(item.kind, item.kind.capitalize()):<8}", style=KIND_STYLES.get(item.kind, "")
    )
    row.append(printable(item.text, multiline=False))
    return row


def entry_preview(entry: JournalEntry, limit: int = 400) -> str:
    """A journal entry's title and the start of its text, for a notice (shown without markup)."""
    body = shortened(entry.body, limit)
    return f"{entry.title}\n\n{body}".strip()


class TimelineView(Vertical):
    """Stage times and the list of dated events; selecting a journal entry asks to show it."""

    DEFAULT_CSS = """
    TimelineView { height: auto; }
    TimelineView #stage-times { padding: 0 1; margin-bottom: 1; }
    TimelineView OptionList { height: auto; max-height: 14; border: none; background: $boost; }
    """

    class EntrySelected(Message):
        """The user chose a journal entry in the timeline."""

        def __init__(self, view: TimelineView, entry_id: str) -> None:
            """Remember the entry."""
            super().__init__()
            self.view = view
            self.entry_id = entry_id

        @property
        def control(self) -> TimelineView:
            """The timeline that asked."""
            return self.view

    def compose(self) -> ComposeResult:
        """The stage times, then the events."""
        yield Static(id="stage-times", markup=False)
        yield OptionList(id="timeline-events", markup=False)

    def show(
        self, items: Sequence[TimelineItem], spent: Mapping[Stage, timedelta], cycle: timedelta | None
    ) -> None:
        """Show the stage times and the events, oldest first."""
        self.query_one("#stage-times", Static).update(stage_times_line(spent, cycle))
        events = self.query_one("#timeline-events", OptionList)
        events.clear_options()
        events.add_options(
            Option(timeline_row(item), id=f"t{n}-{item.entry_id or ''}") for n, item in enumerate(items)
        )

    @on(OptionList.OptionSelected, "#timeline-events")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """Ask to show a journal entry when one is chosen."""
        event.stop()
        entry_id = (event.option.id or "").partition("-")[2]
        if entry_id:
            self.post_message(self.EntrySelected(self, entry_id))
