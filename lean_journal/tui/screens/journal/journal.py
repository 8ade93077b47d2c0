"""The Journal area: a month calendar and the entry list on the left, the entry or the editor on the right."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Input, Static

from lean_journal.clock import Clock
from lean_journal.journal.links import card_id_of, link_cards
from lean_journal.journal.search import SearchQuery, find_entries, match_spans, on_this_day, parse_query
from lean_journal.model import JournalEntry
from lean_journal.store import Store
from lean_journal.text import user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.journal.boxes import BoxesMixin
from lean_journal.tui.screens.journal.browse import BrowseMixin
from lean_journal.tui.screens.journal.capture import CAPTURE_ACTIONS, CAPTURE_BINDINGS, CaptureMixin
from lean_journal.tui.screens.journal.editing import EDITING_BINDINGS, EditingMixin
from lean_journal.tui.widgets.journal.entry_list import EntryList
from lean_journal.tui.widgets.journal.entry_view import EntryView
from lean_journal.tui.widgets.journal.month_calendar import MonthCalendar
from lean_journal.tui.widgets.key_bar import KeyBar
from lean_journal.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from textual.widget import AwaitMount


EMPTY_JOURNAL = "Nothing written yet: press n to write today's entry."
EMPTY_TEXTS = {
    "search": "No entry matches this search.",
    "on-this-day": "Nothing written on this date in earlier years.",
}
FIRST_PAGE = 100
"""Entries listed for the first frame; the rest (built from the file) follow right after it."""
RENDER_DELAY = 0.12
"""Seconds the cursor must rest on an entry before its Markdown is rendered."""

DAY = Binding.Group("Day", compact=True)
BROWSE_BINDINGS = [
    Binding("slash", "search", "Search", tooltip="Filter: words, #tag, from:DATE, to:DATE, starred"),
    Binding("g", "jump", "Go to", tooltip="Go to a date: 2026-03-05, yesterday, 3 days ago, last monday"),
    Binding("t", "today", "Today", show=False),
    Binding("left_square_bracket", "previous_day", "Day", group=DAY, tooltip="The day before", show=False),
    Binding("right_square_bracket", "next_day", "Day", group=DAY, tooltip="The day after", show=False),
    Binding("o", "on_this_day", "On this day", tooltip="Entries of this date in earlier years"),
    Binding("s", "star", "Star", show=False),
    Binding("d", "delete", "Delete", show=False),
    Binding("u", "undo", "Undo", tooltip="Bring back the entry just deleted or the draft just discarded"),
    Binding("escape", "back", "Back", show=False),
]
BROWSE_ACTIONS = frozenset(b.action for b in BROWSE_BINDINGS) - {"back"}


class JournalScreen(CaptureMixin, BrowseMixin, BoxesMixin, EditingMixin):
    """Daily reflections: write, search and revisit them, with prompts and 'on this day'."""

    AREA = "journal"
    BINDINGS = [*BROWSE_BINDINGS, *EDITING_BINDINGS, *CAPTURE_BINDINGS]
    DEFAULT_CSS = """
    JournalScreen #journal-body { height: 1fr; }
    JournalScreen #journal-left { width: 48; border-right: vkey $primary 40%; }
    JournalScreen #calendar { margin: 0 0 0 12; }
    JournalScreen #list-heading { height: 1; padding: 0 1; color: $text-muted; background: $panel; }
    JournalScreen #journal-right { width: 1fr; }
    """

    def __init__(self, store: Store, clock: Clock) -> None:
        """Nothing shown yet; the list fills on mount."""
        super().__init__(store, clock)
        self.mode = "all"
        self.search_query = SearchQuery()
        self._render_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        """Calendar, search and jump boxes and the list on the left; viewer or editor on the right."""
        yield TitleBar()
        with Horizontal(id="journal-body"):
            with Vertical(id="journal-left"):
                yield MonthCalendar(self.clock.today(), id="calendar")
                yield Static("", id="list-heading", markup=False)
                yield EntryList(empty_text=EMPTY_JOURNAL, id="entries")
            with ContentSwitcher(initial="viewer", id="journal-right"):
                yield EntryView(id="viewer")
        yield KeyBar()

    @unless_closing
    def on_mount(self) -> None:
        """Show the newest entries, today's selected; list the rest after the first frame; resume a draft."""
        first = self.store.entries.list(limit=FIRST_PAGE)
        self.entry_list.set_entries(first)
        self.query_one("#list-heading", Static).update(user_text(self.heading(len(first))))
        self.query_one("#calendar", MonthCalendar).show(None, frozenset(e.day for e in first))
        self.select_day(self.clock.today(), announce=False)
        self.after_first_frame(self.render_selected)
        if len(first) == FIRST_PAGE:
            self.after_first_frame(self.reload_list)
        self.after_first_frame(self.mount_boxes)
        self.after_first_frame(self.prepare_editor)  # the slowest, and needed only to write
        self.after_first_frame(self.back_links_ready)  # last: the goals and learn items are not needed sooner
        self.entry_list.focus()
        self.maybe_resume_draft()

    @property
    def entry_list(self) -> EntryList:
        """The list of entries."""
        return self.query_one("#entries", EntryList)

    # The seam with EditingMixin ------------------------------------------------------------------

    def selected_entry(self) -> JournalEntry | None:
        """The entry under the list's cursor."""
        return self.entry_list.highlighted

    def mount_editor(self) -> AwaitMount:
        """Add the (hidden) editor beside the viewer; it is first needed after the first frame."""
        from lean_journal.tui.widgets.journal.entry_editor import EntryEditor

        editor = EntryEditor(id="editor")
        editor.display = False  # a ContentSwitcher hides only the children it had when it mounted
        return self.query_one("#journal-right", ContentSwitcher).mount(editor)

    def show_pane(self, name: str) -> None:
        """Show the 'viewer' or the 'editor' on the right."""
        self.query_one("#journal-right", ContentSwitcher).current = name
        if name == "viewer":
            self.entry_list.focus()
            self.render_selected()
        self.refresh_bindings()

    def entry_saved(self, entry: JournalEntry) -> None:
        """After a save: list the entry (leaving a filter that hides it), select it and show it."""
        if self.mode != "all" and all(e.id != entry.id for e in self.current_entries()):
            self.leave_filter()
        self.reload_list(keep_id=entry.id)
        self.show_pane("viewer")

    def show_entry(self, entry_id: str) -> None:
        """Select the entry `entry_id` and show it (leaving a search that hides it); not while writing."""
        if self.is_editing:
            self.notify("Finish or leave the entry being written first.", markup=False)
            return
        if self.mode != "all":
            self.leave_filter()
        self.reload_list(keep_id=entry_id)
        self.entry_list.focus()
        self.render_selected()

    # Listing -------------------------------------------------------------------------------------

    def current_entries(self) -> list[JournalEntry]:
        """The entries the current mode shows: all, a search's results, or on this day."""
        if self.mode == "search":
            return find_entries(self.store.entries, self.search_query)
        if self.mode == "on-this-day":
            return on_this_day(self.store.entries.all(), self.clock.today())
        return self.store.entries.list()

    def reload_list(self, keep_id: str | None = None) -> None:
        """Re-read the entries from the store; the cursor stays on `keep_id` (default: the selection)."""
        selected = self.selected_entry()
        keep = keep_id or (selected.id if selected else None)
        entries = self.current_entries()
        self.entry_list.empty_text = EMPTY_TEXTS.get(self.mode, EMPTY_JOURNAL)
        self.entry_list.set_entries(entries, keep_id=keep)
        self.query_one("#list-heading", Static).update(user_text(self.heading(len(entries))))
        calendar = self.query_one("#calendar", MonthCalendar)
        calendar.today = self.clock.today()
        calendar.show(calendar.selected, frozenset(e.day for e in self.store.entries.all()))

    def heading(self, found: int) -> str:
        """The line above the list: what it shows and how many."""
        if self.mode == "on-this-day":
            today = self.clock.today()
            return f"On this day, {today.day} {today:%B}: {found} from earlier years · esc: all"
        if self.mode == "search" and not self.search_query.is_empty:
            problems = "; ".join(self.search_query.problems)
            return f"Found {found:,} · {self.search_query.describe()}" + (
                f" · {problems}" if problems else ""
            )
        count = f"{found:,}" if found != FIRST_PAGE or self.store.entries.is_built() else "…"
        return f"All entries · {count}" + (" · esc: all" if self.mode == "search" else "")

    @on(EntryList.Highlighted)
    def _highlighted(self, event: EntryList.Highlighted) -> None:
        """The cursor moved: mark its day in the calendar and render the entry once the cursor rests."""
        if event.entry is not None:
            self.query_one("#calendar", MonthCalendar).show(event.entry.day)
        if self._render_timer is not None:
            self._render_timer.stop()
        self._render_timer = self.set_timer(RENDER_DELAY, self.render_selected, name="render entry")

    @on(EntryList.Selected)
    def _selected(self) -> None:
        """Enter or a click: render at once."""
        self.render_selected()

    def render_selected(self) -> None:
        """Show the selected entry on the right, matches marked while searching."""
        if self._render_timer is not None:
            self._render_timer.stop()
            self._render_timer = None
        view = self.query_one("#viewer", EntryView)
        entry = self.selected_entry()
        terms = self.search_query.highlight_terms if self.mode == "search" else ()
        if entry is None:
            view.show(None, placeholder="No entry here." if self.store.entries.all() else "")
        elif terms:
            view.show_marked(entry, match_spans(entry.title, terms), match_spans(entry.body, terms))
        else:
            view.show(entry, link_cards(entry.body, self.card_id))
        self.show_back_links()

    def card_id(self, short_id: str) -> str | None:
        """The full id of the card with this short id, if there is one."""
        card = self.store.cards.find(short_id)
        return card.id if card else None

    def refresh_from_store(self) -> None:
        """Another process changed the file: re-list, keeping the selection where possible."""
        self.reload_list()
        self.render_selected()

    # Search ----------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open (or focus) the search box."""
        self.jump_box.close()
        if self.mode == "on-this-day":
            self.mode = "all"
        self.search_box.open()
        self.store.entries.prepare_search()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Filter the list as the query is typed."""
        if not self.search_box.is_open:
            return
        self.mode = "search"
        self.search_query = parse_query(event.value, self.clock.today())
        self.reload_list()
        self.render_selected()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        """Enter: go to the results."""
        self.entry_list.focus()

    @on(Input.Submitted, "#jump")
    def _jump_submitted(self, event: Input.Submitted) -> None:
        """Enter in the jump box: go to the date typed."""
        self.jump_to_text(event.value)

    @on(MonthCalendar.DayClicked)
    def _day_clicked(self, event: MonthCalendar.DayClicked) -> None:
        """A day clicked in the calendar: go to it."""
        self.select_day(event.day)

    def leave_filter(self) -> None:
        """Close search or 'on this day' and list every entry again, keeping the selection."""
        self.mode = "all"
        self.search_query = SearchQuery()
        self.search_box.close()

    @on(EntryView.LinkClicked)
    def _link_clicked(self, event: EntryView.LinkClicked) -> None:
        """Open a card link as the card's page; web links in the browser."""
        event.stop()
        card_id = card_id_of(event.href)
        if card_id is not None:
            self.open_card(card_id)
        elif event.href.startswith(("https://", "http://")):
            self.app.open_url(event.href)

    def open_card(self, card_id: str) -> None:
        """Show the card's page."""
        from lean_journal.tui.screens.card.card_detail import CardDetailScreen

        self.app.push_screen(CardDetailScreen(self.store, self.clock, card_id))

    def palette_commands(self) -> Iterator[SystemCommand]:
        """This area's own commands in the palette: the capture keys."""
        return self.capture_commands()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Browsing keys rest while an entry is being written; undo only after a delete."""
        if action in BROWSE_ACTIONS | CAPTURE_ACTIONS and self.is_editing:
            return False
        if action == "undo" and self.last_deleted is None and not self.has_discarded():
            return False
        return super().check_action(action, parameters)
