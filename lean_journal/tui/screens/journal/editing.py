"""Writing and editing journal entries: the Journal screen's editing keys, saves and drafts (a mixin)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

from lean_journal.model import JournalEntry, ValidationError, new_id
from lean_journal.model.draft import EntryDraft
from lean_journal.store import NotFoundError, StoreError
from lean_journal.tui.screens.area import error_notice
from lean_journal.tui.screens.journal.drafts import DraftMixin

if TYPE_CHECKING:
    from lean_journal.store.prompts import Prompt
    from lean_journal.tui.widgets.journal.entry_editor import EntryEditor

EDITING_BINDINGS = [
    Binding("n", "new_entry", "New", tooltip="Write today's entry from the default prompt"),
    Binding("p", "pick_prompt", "Prompt", show=False, tooltip="Pick a reflection prompt (and edit prompts)"),
    Binding("e", "edit_entry", "Edit", tooltip="Edit the selected entry"),
    Binding("ctrl+s", "save_entry", "Save", show=False),
    Binding("ctrl+o", "external_editor", "$EDITOR", show=False, tooltip="Write the body in $EDITOR"),
]


class EditingMixin(DraftMixin):
    """Editing for a screen with `store`, `clock`, `selected_entry()`, `show_pane()`, `entry_saved()` and
    `mount_editor()`.

    Every use of the editor goes through `with_editor` (see EditorHost): it is mounted on first use.
    What is typed is kept as a draft (see DraftMixin).
    """

    if TYPE_CHECKING:  # provided by the screen (show_pane: see DraftMixin)

        def selected_entry(self) -> JournalEntry | None: ...
        def entry_saved(self, entry: JournalEntry) -> None: ...

    def start_editing(self, draft: EntryDraft, original: EntryDraft | None = None, key: str = "") -> bool:
        """Open `draft` in the editor; its draft is kept under `key` (default: the entry id or a new one).

        Returns False (and says why) if another running app is editing that draft.
        """
        key = key or draft.entry_id or f"new-{new_id()}"
        if not self.claim_draft(key):
            return False
        self._draft_key = key
        self.with_editor(lambda editor: self._load_editor(editor, draft, original))
        return True

    def _load_editor(self, editor: EntryEditor, draft: EntryDraft, original: EntryDraft | None) -> None:
        """Fill the editor with `draft`, show it and put the cursor in it."""
        counts = self.store.entries.tags()
        editor.known_tags = sorted(counts, key=lambda tag: (-counts[tag], tag))
        editor.load(draft, original)
        self.show_pane("editor")
        editor.call_after_refresh(editor.focus_start)

    def _busy(self) -> bool:
        """If an entry is open, say so (once) and return True."""
        if not self.is_editing:
            return False
        self.notify("Finish this entry first: ctrl+s saves it, escape leaves it.", markup=False)
        self.with_editor(lambda editor: editor.focus_start())
        return True

    def draft_from_prompt(self, prompt: Prompt | None) -> EntryDraft:
        """A new entry for today, titled and shaped by `prompt`."""
        if prompt is None:
            return EntryDraft(day=self.clock.today())
        return EntryDraft(day=self.clock.today(), title=prompt.name, body=prompt.body)

    def action_new_entry(self) -> None:
        """Start today's entry from the default prompt."""
        if not self._busy():
            self.start_editing(self.draft_from_prompt(self.store.prompts.default()))

    def action_pick_prompt(self) -> None:
        """Pick a prompt, then start today's entry from it."""
        if not self._busy():
            from lean_journal.tui.screens.journal.prompt_picker import (
                PromptPickerScreen,  # on first use: start-up
            )

            self.app.push_screen(PromptPickerScreen(self.store.prompts), self._prompt_picked)

    def _prompt_picked(self, prompt_id: str | None) -> None:
        """Start an entry from the prompt picked (None: the picker was closed)."""
        if prompt_id is None or self.is_editing:
            return
        try:
            prompt = self.store.prompts.get(prompt_id)
        except NotFoundError:
            prompt = None
        self.start_editing(self.draft_from_prompt(prompt))

    def action_edit_entry(self) -> None:
        """Edit the selected entry (resuming unsaved changes to it, if a draft was kept)."""
        if self._busy():
            return
        entry = self.selected_entry()
        if entry is None:
            self.notify("No entry selected to edit.", markup=False)
            return
        if not self.claim_draft(entry.id):
            return
        original = EntryDraft.from_entry(entry)
        kept = self.store.drafts.get(entry.id)
        self.start_editing(kept or original, original)
        if kept is not None and kept != original:
            self.notify("Your unsaved changes to this entry were kept; here they are.", markup=False)

    def on_entry_editor_save_requested(self, event: EntryEditor.SaveRequested) -> None:
        """Save what the editor holds."""
        event.stop()
        self.save_draft(event.draft)

    def action_save_entry(self) -> None:
        """Save the entry being written (ctrl+s)."""
        if self.is_editing:
            self.with_editor(lambda editor: self.save_draft(editor.draft))

    def save_draft(self, draft: EntryDraft) -> JournalEntry | None:
        """Add or update the entry, then forget its draft; on failure, say why and keep typing."""
        try:
            entry = self._store_entry(draft)
        except (ValidationError, StoreError, OSError) as error:
            message = error_notice(error)[1] if isinstance(error, StoreError) else str(error)
            self.notify(message, title="Not saved", severity="error", markup=False, timeout=10)
            return None
        self.end_drafting(saved=True)
        self.entry_saved(entry)
        self.notify("Entry saved.", markup=False)
        return entry

    def _store_entry(self, draft: EntryDraft) -> JournalEntry:
        """Add a new entry, or update the edited one (added anew if it was deleted meanwhile)."""
        if draft.entry_id is not None:
            try:
                current = self.store.entries.get(draft.entry_id)
            except NotFoundError:
                self.notify("The entry was deleted meanwhile; saved as a new entry.", markup=False)
            else:
                return self.store.entries.update(draft.applied_to(current))
        return self.store.entries.add(draft.new_entry(self.clock.now()))

    def on_entry_editor_cancel_requested(self, event: EntryEditor.CancelRequested) -> None:
        """Escape in the editor: leave it."""
        event.stop()
        self.action_leave_editor()

    def action_leave_editor(self) -> None:
        """Leave the editor, asking first if unsaved changes would be discarded."""
        if self.is_editing:
            self.with_editor(self._leave_editor)

    def _leave_editor(self, editor: EntryEditor) -> None:
        """Leave `editor`: at once if nothing changed, else after the user confirms."""
        if not editor.is_dirty:
            self.discard_draft(undoable=False)
            return
        from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen  # on first use: start-up

        self.keep_draft()
        question = ConfirmScreen("Discard the changes you have not saved?", yes="Discard", no="Keep writing")
        self.app.push_screen(question, self._discard_answered)

    def _discard_answered(self, discard: bool | None) -> None:
        """Discard if the user said so; otherwise go back to writing."""
        if discard:
            self.discard_draft(undoable=True)
        elif self.is_editing:
            self.with_editor(lambda editor: editor.call_after_refresh(editor.focus_start))
