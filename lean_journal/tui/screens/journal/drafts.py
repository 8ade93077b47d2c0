"""Keeping the entry being written as a draft: while typing, on leaving, on a hang-up; resuming, undoing a
discard, and leaving drafts other apps are editing alone (a mixin of the Journal screen's editing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.css.query import NoMatches

from lean_journal.model.draft import EntryDraft
from lean_journal.store import NotFoundError, StoreError
from lean_journal.tui.screens.debounce import Debounce
from lean_journal.tui.screens.journal.editor_host import EditorHost

if TYPE_CHECKING:
    from lean_journal.tui.widgets.journal.entry_editor import EntryEditor

DRAFT_DELAY, DRAFT_MAX_WAIT = 0.3, 1.0  # seconds: kept once typing pauses, at the latest
OPEN_ELSEWHERE = "This entry is open in another lean-journal window: finish it there first."
DISCARDED = "Discarded. Press u to bring it back (until you save another entry)."
RESUMED = "Resumed the entry you were writing: ctrl+s saves it, escape discards it."
RESTORED = "Brought back the entry you discarded: ctrl+s saves it."


class DraftMixin(EditorHost):
    """Drafts for an editing screen with `store`, `start_editing()` and `show_pane()`.

    The draft of the entry being written is kept under `_draft_key`, which this app owns (holds the
    draft's lock) from `claim_draft` until the editing ends, so no other app offers it.
    """

    _draft_key: str | None = None
    _draft_debounce: Debounce | None = None
    _draft_error_shown: bool = False
    _last_state: tuple[EntryDraft, bool] | None = None
    _drafts_final: bool = False
    """Set once the app is ending and the live editor's text is kept: later saves (on unmount, from
    messages still queued) could only write an older state over it."""
    last_undo: str = ""
    """What u undoes, of what this screen can undo: 'discard' after a discard, else ''."""

    if TYPE_CHECKING:  # provided by EditingMixin and by the screen

        def start_editing(
            self, draft: EntryDraft, original: EntryDraft | None = None, key: str = ""
        ) -> bool: ...
        def show_pane(self, name: str) -> None: ...

    @property
    def is_editing(self) -> bool:
        """Whether an entry is open in the editor."""
        return self._draft_key is not None

    def claim_draft(self, key: str) -> bool:
        """Own the draft `key` for this app; if another live app edits it, say so and return False."""
        if self.store.drafts.claim(key):
            return True
        self.notify(OPEN_ELSEWHERE, severity="warning", markup=False)
        return False

    def maybe_resume_draft(self) -> bool:
        """Reopen the draft a crashed or closed session left, with a notification; return whether one was.

        Drafts another running app is editing are left to it.
        """
        if self.is_editing:
            return False
        claimed = self.store.drafts.claim_latest()
        if claimed is None:
            if self.store.drafts.discarded():
                self.last_undo = "discard"
            return False
        self._reopen(*claimed)
        self.notify(RESUMED, title="Unsaved draft", markup=False, timeout=8)
        return True

    def restore_discarded(self) -> bool:
        """Reopen the draft discarded last (u); return whether there was one."""
        claimed = None if self.is_editing else self.store.drafts.restore_discarded()
        if claimed is None:
            return False
        self.last_undo = ""
        self._reopen(*claimed)
        self.notify(RESTORED, markup=False)
        return True

    def has_discarded(self) -> bool:
        """Whether a discarded draft waits to be brought back."""
        return self.last_undo == "discard"

    def _reopen(self, key: str, draft: EntryDraft) -> None:
        """Open a kept draft under its key, compared with its entry (or as new if the entry is gone)."""
        original = EntryDraft(day=draft.day)
        if draft.entry_id is not None:
            try:
                original = EntryDraft.from_entry(self.store.entries.get(draft.entry_id))
            except NotFoundError:
                draft = draft.with_changes(entry_id=None)
        self.start_editing(draft, original, key=key)

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

    def keep_draft(self, *, durable: bool = False) -> None:
        """Save the editor's state as the session's draft (or forget it if nothing changed).

        `durable`: on disk even after a power cut (the app is ending); saves while typing need not be.
        """
        self._stop_draft_timer()
        if self._draft_key is None or self._drafts_final:
            return
        state = self._editor_state()
        if state is None:
            return
        draft, dirty = state
        try:
            if dirty:
                self.store.drafts.save(self._draft_key, draft, durable=durable)
            else:
                self.store.drafts.delete(self._draft_key)
        except (StoreError, OSError) as error:
            if not self._draft_error_shown:
                self._draft_error_shown = True
                self.notify(f"Draft not kept: {error}", severity="error", markup=False, timeout=10)

    def keep_final_draft(self) -> None:
        """The app is ending: keep what the editor holds now, on disk, and nothing after it."""
        if self.is_editing:
            self.keep_draft(durable=True)
            self._drafts_final = True

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
        """Leaving the area: keep the draft now."""
        if self.is_editing:
            self.keep_draft()

    def on_unmount(self) -> None:
        """The app is closing: keep the draft and let other apps have it."""
        if self._draft_key is not None:
            self.keep_draft(durable=True)
            self.store.drafts.release(self._draft_key)

    def end_drafting(self, *, saved: bool) -> None:
        """Close the editing session: its entry was `saved` (forget its draft and any discarded one)."""
        key = self._draft_key
        self._stop_draft_timer()
        self._draft_key = None
        self._draft_error_shown = False
        self._last_state = None
        if key is None:
            return
        try:
            if saved:
                self.store.drafts.delete(key)
                self.store.drafts.forget_discarded()
                self.last_undo = ""
        except (StoreError, OSError) as error:
            self.notify(f"Draft not removed: {error}", severity="error", markup=False)
        finally:
            self.store.drafts.release(key)

    def discard_draft(self, *, undoable: bool = False) -> None:
        """Leave the editor without saving: put the draft aside if `undoable`, else forget it."""
        key = self._draft_key
        put_aside = False
        try:
            if key is not None and undoable:
                put_aside = self.store.drafts.discard(key)
            elif key is not None:
                self.store.drafts.delete(key)
        except (StoreError, OSError) as error:
            self.notify(f"Draft not removed: {error}", severity="error", markup=False)
        self.end_drafting(saved=False)
        if put_aside:
            self.last_undo = "discard"
            self.notify(DISCARDED, markup=False, timeout=8)
        self.show_pane("viewer")
