"""A virtual list of journal entries: renders only the visible rows, so a new list of 3,650 costs nothing."""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from lean_journal.model import JournalEntry
from lean_journal.tui.widgets.journal.entry_rows import NO_STYLE, RowStyles, row_parts


class EntryList(ScrollView, can_focus=True, inherit_bindings=False):
    """Entries, one per row (star, date, mood, title, tags), with a cursor; posts Highlighted and Selected."""

    COMPONENT_CLASSES = {
        "entry-list--cursor",
        "entry-list--date",
        "entry-list--star",
        "entry-list--mood",
        "entry-list--tags",
        "entry-list--empty",
    }
    DEFAULT_CSS = """
    EntryList {
        width: 100%;
        height: 1fr;
        overflow-x: hidden;
        overflow-y: auto;
        background: $surface;
        & > .entry-list--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
        }
        &:focus > .entry-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .entry-list--date { color: $text-muted; }
        & > .entry-list--star { color: $warning; }
        & > .entry-list--mood { color: $accent; }
        & > .entry-list--tags { color: $secondary; }
        & > .entry-list--empty { color: $text-muted; text-style: italic; }
    }
    """
    BINDINGS = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("enter", "select", "Show", show=False),
    ]

    class Highlighted(Message):
        """The cursor moved to `entry` (None: the list is empty)."""

        def __init__(self, entry_list: EntryList, entry: JournalEntry | None) -> None:
            """From `entry_list`, about `entry`."""
            super().__init__()
            self.entry_list = entry_list
            self.entry = entry

        @property
        def control(self) -> EntryList:
            """The list whose cursor moved."""
            return self.entry_list

    class Selected(Message):
        """The user chose `entry` (enter or a click)."""

        def __init__(self, entry_list: EntryList, entry: JournalEntry) -> None:
            """From `entry_list`, about `entry`."""
            super().__init__()
            self.entry_list = entry_list
            self.entry = entry

        @property
        def control(self) -> EntryList:
            """The list chosen from."""
            return self.entry_list

    def __init__(self, *, empty_text: str = "No entries", id: str | None = None) -> None:
        """An empty list; `empty_text` is shown while it has no entries."""
        super().__init__(id=id)
        self._entries: list[JournalEntry] = []
        self._cursor = 0
        self._reported: str | None = None
        self._row_cache: LRUCache[tuple[JournalEntry, int], tuple[str, str, str, str, str]] = LRUCache(512)
        self._pass_styles: RowStyles | None = None
        self.empty_text = empty_text

    @property
    def entries(self) -> Sequence[JournalEntry]:
        """The entries shown, in order."""
        return self._entries

    @property
    def cursor(self) -> int:
        """The index of the highlighted row."""
        return self._cursor

    @property
    def highlighted(self) -> JournalEntry | None:
        """The entry under the cursor, if any."""
        return self._entries[self._cursor] if self._entries else None

    def set_entries(self, entries: list[JournalEntry], keep_id: str | None = None) -> None:
        """Show `entries`; the cursor stays on `keep_id` if present, else at the same row (clamped)."""
        self._entries = entries
        index = self.index_of(keep_id) if keep_id else None
        self.virtual_size = Size(0, len(entries))
        self.move_cursor(self._cursor if index is None else index, force=True)
        self.refresh()

    def index_of(self, entry_id: str | None) -> int | None:
        """The row of the entry with this id, if shown."""
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)

    def move_cursor(self, index: int, force: bool = False) -> None:
        """Highlight row `index` (clamped), scroll it into view, and report a new entry."""
        previous = self._cursor
        self._cursor = max(0, min(index, len(self._entries) - 1))
        top = round(self.scroll_y)
        self._scroll_to_cursor()
        if force or round(self.scroll_y) != top:
            self.refresh()
        else:
            self._refresh_row(previous)
            self._refresh_row(self._cursor)
        entry = self.highlighted
        key = entry.id if entry else None
        if force or key != self._reported:
            self._reported = key
            self.post_message(self.Highlighted(self, entry))

    def _refresh_row(self, row: int) -> None:
        """Repaint one row, if it is visible."""
        y = row - round(self.scroll_y)
        if 0 <= y < self.scrollable_content_region.height:
            self.refresh(Region(0, y, self.scrollable_content_region.width, 1))

    def _scroll_to_cursor(self) -> None:
        """Scroll just enough to show the cursor's row."""
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False, immediate=True)
        elif self._cursor >= top + height:
            self.scroll_to(y=self._cursor - height + 1, animate=False, immediate=True)

    def render_lines(self, crop: Region) -> list[Strip]:
        """Render the visible rows, with their styles worked out once for them all, not once per row."""
        self._pass_styles = self._row_styles()
        try:
            return super().render_lines(crop)
        finally:
            self._pass_styles = None

    def _row_styles(self) -> RowStyles:
        """The styles rows are painted with now (they follow the theme, focus and hover)."""
        style = self.get_component_rich_style
        return RowStyles(
            self.rich_style,
            style("entry-list--cursor"),
            style("entry-list--star"),
            style("entry-list--date"),
            style("entry-list--mood"),
            style("entry-list--tags"),
            style("entry-list--empty"),
        )

    def render_line(self, y: int) -> Strip:
        """One visible row."""
        styles = self._pass_styles or self._row_styles()
        width = self.scrollable_content_region.width
        row = y + round(self.scroll_y)
        base = styles.base
        if not self._entries:
            if y != 0:
                return Strip.blank(width, base)
            return Strip([Segment(f" {self.empty_text}", base + styles.empty)]).crop_extend(0, width, base)
        if row >= len(self._entries):
            return Strip.blank(width, base)
        over = styles.cursor if row == self._cursor else NO_STYLE
        parts = self._row_parts(self._entries[row], width)
        kinds = (styles.star, styles.date, styles.mood, NO_STYLE, styles.tags)
        segments = [
            Segment(text, base + kind + over) for text, kind in zip(parts, kinds, strict=True) if text
        ]
        return Strip(segments).crop_extend(0, width, base + over)

    def _row_parts(self, entry: JournalEntry, width: int) -> tuple[str, str, str, str, str]:
        """Star, date, mood, title with the gap after it, and tags of one row, fitted to `width` cells."""
        key = (entry, width)
        cached = self._row_cache.get(key)
        if cached is None:
            cached = self._row_cache[key] = row_parts(entry, width)
        return cached

    def on_resize(self) -> None:
        """Keep the cursor visible when the size changes."""
        self._scroll_to_cursor()

    def on_click(self, event: events.Click) -> None:
        """Highlight and choose the clicked row."""
        offset = event.get_content_offset(self)
        if offset is None or not self._entries:
            return
        row = offset.y + round(self.scroll_y)
        if row < len(self._entries):
            self.move_cursor(row)
            self.post_message(self.Selected(self, self._entries[row]))

    def action_cursor_up(self) -> None:
        """One row up (newer)."""
        self.move_cursor(self._cursor - 1)

    def action_cursor_down(self) -> None:
        """One row down (older)."""
        self.move_cursor(self._cursor + 1)

    def action_first(self) -> None:
        """The first (newest) row."""
        self.move_cursor(0)

    def action_last(self) -> None:
        """The last (oldest) row."""
        self.move_cursor(len(self._entries) - 1)

    def action_page_up(self) -> None:
        """One page up."""
        self.move_cursor(self._cursor - max(1, self.scrollable_content_region.height - 1))

    def action_page_down(self) -> None:
        """One page down."""
        self.move_cursor(self._cursor + max(1, self.scrollable_content_region.height - 1))

    def action_select(self) -> None:
        """Choose the highlighted entry."""
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))
