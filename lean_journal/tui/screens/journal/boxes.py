"""The Journal screen's search and go-to boxes: hidden Inputs mounted after the first frame (a mixin)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from lean_journal.tui.screens.area import AreaScreen

if TYPE_CHECKING:
    from lean_journal.tui.widgets.journal.jump_box import JumpBox
    from lean_journal.tui.widgets.journal.search_box import SearchBox


class BoxesMixin(AreaScreen):
    """The boxes are not part of the first frame: mounted in idle time after it, or on first use."""

    @property
    def search_box(self) -> SearchBox:
        """The search box (hidden until opened)."""
        self.mount_boxes()
        return cast("SearchBox", self.query_one("#search"))

    @property
    def jump_box(self) -> JumpBox:
        """The box to type a date to go to (hidden until opened)."""
        self.mount_boxes()
        return cast("JumpBox", self.query_one("#jump"))

    def mount_boxes(self) -> None:
        """Mount the hidden search and jump boxes under the calendar (after the first frame, or on use)."""
        if not self.query("#search"):
            from lean_journal.tui.widgets.journal.jump_box import JumpBox  # not needed for the first frame
            from lean_journal.tui.widgets.journal.search_box import SearchBox

            boxes = (SearchBox(id="search"), JumpBox(id="jump"))
            self.query_one("#journal-left").mount(*boxes, after="#calendar")
