"""Moving through the journal (days, today, a date, 'on this day', escape); star, delete, undo (a mixin)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from lean_journal.journal.dates import DateParseError, parse_day
from lean_journal.store import StoreError
from lean_journal.text import day_label
from lean_journal.tui.screens.area import AreaScreen

if TYPE_CHECKING:
    from lean_journal.growth.unlinking import Deletion
    from lean_journal.model import JournalEntry
    from lean_journal.tui.widgets.journal.entry_list import EntryList
    from lean_journal.tui.widgets.journal.jump_box import JumpBox


class BrowseMixin(AreaScreen):
    """Navigation and in-place changes for the Journal screen, over its `entry_list` (newest first)."""

    mode: str
    last_deleted: Deletion[JournalEntry] | None = None
    """The entry deleted last and the links taken out with it, for u."""
    last_undo: str

    if TYPE_CHECKING:  # provided by the screen, its BoxesMixin and its EditingMixin

        @property
        def entry_list(self) -> EntryList: ...
        @property
        def is_editing(self) -> bool: ...
        @property
        def jump_box(self) -> JumpBox: ...

        def reload_list(self, keep_id: str | None = None) -> None: ...
        def restore_discarded(self) -> bool: ...
        def leave_filter(self) -> None: ...
        def selected_entry(self) -> JournalEntry | None: ...
        def action_leave_editor(self) -> None: ...
        def render_selected(self) -> None: ...

    def select_day(self, day: date, announce: bool = True) -> None:
        """Select the newest entry of `day`, else of the nearest earlier day written (saying so)."""
        entries = self.entry_list.entries
        index = next((i for i, e in enumerate(entries) if e.day <= day), len(entries) - 1)
        if not entries:
            return
        self.entry_list.move_cursor(index)
        landed = entries[index].day
        if announce and landed != day:
            self.notify(f"Nothing written on {day_label(day)}; showing {day_label(landed)}.", markup=False)

    def action_today(self) -> None:
        """Go to today's entry (or the latest before it)."""
        self.select_day(self.clock.today())

    def action_previous_day(self) -> None:
        """Go to the newest entry of the day before the selected one's (older)."""
        entries, cursor = self.entry_list.entries, self.entry_list.cursor
        if not entries:
            return
        day = entries[cursor].day
        index = next((i for i in range(cursor, len(entries)) if entries[i].day < day), None)
        if index is None:
            self.notify("No earlier day written.", markup=False)
        else:
            self.entry_list.move_cursor(index)

    def action_next_day(self) -> None:
        """Go to the newest entry of the day after the selected one's (newer)."""
        entries, cursor = self.entry_list.entries, self.entry_list.cursor
        if not entries:
            return
        day = entries[cursor].day
        later = next((i for i in range(cursor, -1, -1) if entries[i].day > day), None)
        if later is None:
            self.notify("No later day written.", markup=False)
            return
        while later > 0 and entries[later - 1].day == entries[later].day:
            later -= 1
        self.entry_list.move_cursor(later)

    def action_jump(self) -> None:
        """Open the jump box to type a date."""
        self.jump_box.open()

    def jump_to_text(self, text: str) -> None:
        """Go to the date `text` names; a bad date gives one clear notification and keeps the box open."""
        try:
            day = parse_day(text, self.clock.today())
        except DateParseError as error:
            self.notify(str(error), title="Go to date", severity="error", markup=False)
            return
        self.jump_box.close()
        self.entry_list.focus()
        self.select_day(day)

    def action_on_this_day(self) -> None:
        """List the entries written on today's date in earlier years (again: list everything)."""
        if self.mode == "on-this-day":
            self.leave_filter()
            self.reload_list()
            return
        self.leave_filter()
        self.mode = "on-this-day"
        self.reload_list()
        self.entry_list.move_cursor(0)
        self.entry_list.focus()
        if not self.entry_list.entries:
            today = self.clock.today()
            self.notify(f"Nothing written on {today.day} {today:%B} in earlier years.", markup=False)

    def action_back(self) -> None:
        """Escape: close the jump box, leave the editor, or leave search / 'on this day'."""
        jump = self.jump_box
        if jump.is_open:
            jump.close()
            self.entry_list.focus()
        elif self.is_editing:
            self.action_leave_editor()
        elif self.mode != "all":
            self.leave_filter()
            self.reload_list()
            self.entry_list.focus()

    def entry_deleted(self, deletion: Deletion[JournalEntry]) -> None:
        """After a delete: remember it for undo and re-list."""
        entry = deletion.item
        self.last_deleted = deletion
        self.last_undo = "delete"
        self.reload_list()
        self.render_selected()
        self.refresh_bindings()
        self.notify(f"Deleted '{entry.title}'. Press u to undo.", title="Deleted", markup=False)

    def action_star(self) -> None:
        """Star or unstar the selected entry."""
        entry = self.selected_entry()
        if entry is None:
            return
        try:
            self.store.entries.update(entry.with_changes(starred=not entry.starred))
        except (StoreError, OSError) as error:
            self.report_error(error)
            return
        self.reload_list(keep_id=entry.id)
        self.render_selected()

    def action_delete(self) -> None:
        """Ask, then delete the selected entry."""
        entry = self.selected_entry()
        if entry is None:
            return
        from lean_journal.growth.unlinking import linked_text, links_in_store  # on first use: quick start
        from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

        links = linked_text(links_in_store(self.store, "entry", entry.id))
        question = f"Delete '{entry.title}' of {entry.day}?" + (f"\n{links}" if links else "")
        self.app.push_screen(
            ConfirmScreen(question, yes="Delete", no="Keep"), partial(self._delete_answered, entry)
        )

    def _delete_answered(self, entry: JournalEntry, delete: bool | None) -> None:
        """Delete if the user said yes, with every link to the entry (one save)."""
        from lean_journal.growth.unlinking import delete_with_links

        if not delete:
            return
        try:
            deletion = delete_with_links(self.store, "entry", entry.id)
        except (StoreError, OSError, ValueError, LookupError) as error:
            self.report_error(error)
            return
        self.entry_deleted(deletion)

    def action_undo(self) -> None:
        """u: bring back what went last, the draft just discarded or the entry just deleted."""
        if self.last_undo == "discard" and self.restore_discarded():
            return
        self.undo_delete()

    def undo_delete(self) -> None:
        """Bring back the entry deleted last, with its id and the links to it."""
        from lean_journal.growth.unlinking import undo_deletion

        deletion = self.last_deleted
        if deletion is None:
            return
        entry = deletion.item
        try:
            undo_deletion(self.store, deletion)
        except (StoreError, OSError, ValueError) as error:
            self.report_error(error)
            return
        self.last_deleted = None
        self.last_undo = "discard" if self.store.drafts.discarded() else ""
        self.reload_list(keep_id=entry.id)
        self.render_selected()
        self.refresh_bindings()
        self.notify(f"Restored '{entry.title}'.", markup=False)
