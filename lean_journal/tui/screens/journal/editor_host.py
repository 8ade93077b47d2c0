"""The Journal screen's editor, mounted on first use, and the hand-over to $EDITOR (a mixin)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual.app import SuspendNotSupported

from lean_journal.tui.screens.area import AreaScreen

if TYPE_CHECKING:
    from textual.await_complete import AwaitComplete
    from textual.widget import AwaitMount

    from lean_journal.tui.widgets.journal.entry_editor import EntryEditor


class EditorHost(AreaScreen):
    """Holds the entry editor for a screen that provides `mount_editor()`, `is_editing` and `keep_draft()`.

    The editor is mounted on first use (or in idle time after the first frame), not with the screen: every
    use of it goes through `with_editor`, which waits for the mount when it has not finished yet.
    """

    _editor_ready: bool = False
    _editor_waiting: list[Callable[[EntryEditor], object]] | None = None

    if TYPE_CHECKING:  # provided by DraftMixin and by the screen

        @property
        def is_editing(self) -> bool: ...
        def keep_draft(self, *, durable: bool = False) -> None: ...
        def mount_editor(self) -> AwaitMount | AwaitComplete: ...

    @property
    def entry_editor(self) -> EntryEditor:
        """The editor widget (id 'editor'); only once it is mounted (see `with_editor`)."""
        return cast("EntryEditor", self.query_one("#editor"))

    def with_editor(self, then: Callable[[EntryEditor], object]) -> None:
        """Call `then` with the editor: now if it is mounted, else once it is (mounting it if need be)."""
        if self._editor_ready:
            then(self.entry_editor)
            return
        if self._editor_waiting is None:
            self._editor_waiting = []
            self.call_later(self._mount_editor)
        self._editor_waiting.append(then)

    def prepare_editor(self) -> None:
        """Mount the editor ahead of need, so the first `n` opens it at once."""
        self.with_editor(lambda _editor: None)

    async def _mount_editor(self) -> None:
        """Mount the editor (hidden), then run what waited for it."""
        await self.mount_editor()
        self._editor_ready = True
        waiting, self._editor_waiting = self._editor_waiting or [], None
        for then in waiting:
            then(self.entry_editor)

    def on_entry_editor_external_editor_requested(self, event: EntryEditor.ExternalEditorRequested) -> None:
        """ctrl+o in the editor: write the body in $EDITOR."""
        event.stop()
        self.action_external_editor()

    def action_external_editor(self) -> None:
        """Write the body in $VISUAL/$EDITOR and bring the text back."""
        if not self.is_editing:
            self.notify("Open an entry first (n or e), then ctrl+o edits its body in $EDITOR.", markup=False)
            return
        self.keep_draft()
        self.with_editor(self._edit_body_outside)

    def _edit_body_outside(self, editor: EntryEditor) -> None:
        """Hand the body in `editor` to $EDITOR and put back what comes back."""
        from lean_journal.journal.external_editor import ExternalEditorError  # on first use: start-up

        before = editor.draft.body
        try:
            after = self.run_external_editor(before)
        except ExternalEditorError as error:
            self.notify(str(error), title="$EDITOR", severity="error", markup=False, timeout=10)
            return
        if after != before:
            editor.set_body(after)

    def run_external_editor(self, text: str) -> str:
        """Suspend the app, edit `text` in the user's editor, and return the result (tests replace this)."""
        from lean_journal.journal.external_editor import ExternalEditorError, edit_text, editor_argv

        argv = editor_argv(os.environ)
        try:
            with self.app.suspend():
                return edit_text(text, argv)
        except SuspendNotSupported:
            raise ExternalEditorError("This terminal cannot hand over to an external editor") from None
