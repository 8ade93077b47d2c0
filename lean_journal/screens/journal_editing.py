"""Writing and editing journal entries: the Journal screen's editing keys, saves and drafts (a mixin)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.css.query import NoMatches

from lean_journal.entry_draft import EntryDraft
from lean_journal.model import JournalEntry, ValidationError, new_id
from lean_journal.screens.area import error_notice
from lean_journal.screens.debounce import Debounce
from lean_journal.screens.journal_editor_host import EditorHost
from lean_journal.store import NotFoundError, Store, StoreError

if TYPE_CHECKING:
    from lean_journal.clock import Clock
    from lean_journal.store.prompts import Prompt
    from lean_journal.widgets.entry_editor import EntryEditor

DRAFT_DELAY, DRAFT_MAX_WAIT = 1.0, 5.0  # a draft is kept once typing pauses 1 s, at most 5 s after a change

EDITING_BINDINGS = [
    Binding("n", "new_entry", "New", tooltip="Write today's entry from the default prompt"),
    Binding("p", "pick_prompt", "Prompt", show=False, tooltip="Pick a reflection prompt (and edit prompts)"),
    Binding("e", "edit_entry", "Edit", tooltip="Edit the selected entry"),
    Binding("ctrl+s", "save_entry", "Save", show=False),
    Binding("ctrl+o", "external_editor", "$EDITOR", show=False, tooltip="Write the body in $EDITOR"),
]


class EditingMixin(EditorHost):
    """Editing for a screen with `store`, `clock`, `selected_entry()`, `show_pane()`, `entry_saved()` and
    `mount_editor()`.

    Every use of the editor goes through `with_editor` (see EditorHost): it is mounted on first use.
    """

    store: Store
    clock: Clock
    _draft_key: str | None = None
    _draft_debounce: Debounce | None = None
    _draft_error_shown: bool = False
    _last_state: tuple[EntryDraft, bool] | None = None

    if TYPE_CHECKING:
        app: Any
        query_one: Any
        notify: Any

        def selected_entry(self) -> JournalEntry | None: ...
        def show_pane(self, name: str) -> None: ...
        def entry_saved(self, entry: JournalEntry) -> None: ...

    @property
    def is_editing(self) -> bool:
        """Whether an entry is open in the editor."""
        return self._draft_key is not None

    def start_editing(self, draft: EntryDraft, original: EntryDraft | None = None, key: str = "") -> None:
        """Open `draft` in the editor; its draft is kept under `key` (default: the entry id or a new one)."""
        self._draft_key = key or draft.entry_id or f"new-{new_id()}"
        self.with_editor(lambda editor: self._load_editor(editor, draft, original))

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
            from lean_journal.screens.prompt_picker import PromptPickerScreen  # on first use: start-up

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
        original = EntryDraft.from_entry(entry)
        kept = self.store.drafts.get(entry.id)
        self.start_editing(kept or original, original)
        if kept is not None and kept != original:
            self.notify("Your unsaved changes to this entry were kept; here they are.", markup=False)

    def maybe_resume_draft(self) -> bool:
        """Reopen the draft a crashed or closed session left, with a notification; return whether one was."""
        latest = self.store.drafts.latest()
        if latest is None or self.is_editing:
            return False
        key, draft = latest
        original = EntryDraft(day=draft.day)
        if draft.entry_id is not None:
            try:
                original = EntryDraft.from_entry(self.store.entries.get(draft.entry_id))
            except NotFoundError:
                draft = draft.with_changes(entry_id=None)
        self.start_editing(draft, original, key=key)
        self.notify(
            "Resumed the entry you were writing: ctrl+s saves it, escape discards it.",
            title="Unsaved draft",
            markup=False,
            timeout=8,
        )
        return True

    def on_entry_editor_changed(self, event: EntryEditor.Changed) -> None:
        """Keep the draft now if focus moved on, else when typing pauses (at the latest DRAFT_MAX_WAIT)."""
        if not self.is_editing:
            return
        self._last_state = (event.draft, event.dirty)
        if event.settled:
            self.keep_draft()
        else:
            if self._draft_debounce is None:
                self._draft_debounce = Debounce(self, self.keep_draft, DRAFT_DELAY, DRAFT_MAX_WAIT)
            self._draft_debounce.poke()

    def keep_draft(self) -> None:
        """Save the editor's state as the session's draft (or forget it if nothing changed)."""
        self._stop_draft_timer()
        if self._draft_key is None:
            return
        state = self._editor_state()
        if state is None:
            return
        draft, dirty = state
        try:
            if dirty:
                self.store.drafts.save(self._draft_key, draft)
            else:
                self.store.drafts.delete(self._draft_key)
        except (StoreError, OSError) as error:
            if not self._draft_error_shown:
                self._draft_error_shown = True
                self.notify(f"Draft not kept: {error}", severity="error", markup=False, timeout=10)

    def _editor_state(self) -> tuple[EntryDraft, bool] | None:
        """What the editor holds and whether it differs from the entry (last reported, once it is gone)."""
        if not self._editor_ready:
            return self._last_state
        try:
            editor = self.entry_editor
        except NoMatches:
            return self._last_state
        return editor.draft, editor.is_dirty

    def _stop_draft_timer(self) -> None:
        """Cancel a pending draft save."""
        if self._draft_debounce is not None:
            self._draft_debounce.cancel()

    def on_screen_suspend(self) -> None:
        """Leaving the area (or the app closing): keep the draft now."""
        if self.is_editing:
            self.keep_draft()

    on_unmount = on_screen_suspend

    def on_entry_editor_save_requested(self, event: EntryEditor.SaveRequested) -> None:
        """Save what the editor holds."""
        event.stop()
        self.save_draft(event.draft)

    def action_save_entry(self) -> None:
        """Save the entry being written (ctrl+s)."""
        if self.is_editing:
            self.with_editor(lambda editor: self.save_draft(editor.draft))

    def save_draft(self, draft: EntryDraft) -> JournalEntry | None:
        """Add or update the entry and forget its draft, in one save; on failure, say why and keep typing."""
        try:
            with self.store.batch():
                entry = self._store_entry(draft)
                if self._draft_key is not None:
                    self.store.drafts.delete(self._draft_key)
        except (ValidationError, StoreError, OSError) as error:
            message = error_notice(error)[1] if isinstance(error, StoreError) else str(error)
            self.notify(message, title="Not saved", severity="error", markup=False, timeout=10)
            return None
        self._finish_editing()
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

    def _finish_editing(self) -> None:
        """Close the editing session (its draft is already saved or discarded)."""
        self._stop_draft_timer()
        self._draft_key = None
        self._draft_error_shown = False
        self._last_state = None

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
            self.discard_draft()
            return
        from lean_journal.screens.confirm import ConfirmScreen  # on first use: start-up

        self.keep_draft()
        question = ConfirmScreen("Discard the changes you have not saved?", yes="Discard", no="Keep writing")
        self.app.push_screen(question, self._discard_answered)

    def _discard_answered(self, discard: bool | None) -> None:
        """Discard if the user said so; otherwise go back to writing."""
        if discard:
            self.discard_draft()
        elif self.is_editing:
            self.with_editor(lambda editor: editor.call_after_refresh(editor.focus_start))

    def discard_draft(self) -> None:
        """Forget the session's draft and show the entry again."""
        key = self._draft_key
        self._finish_editing()
        try:
            if key is not None:
                self.store.drafts.delete(key)
        except (StoreError, OSError) as error:
            self.notify(f"Draft not removed: {error}", severity="error", markup=False)
        self.show_pane("viewer")
