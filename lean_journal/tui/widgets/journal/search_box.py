"""The journal's search box: an Input, hidden until opened, that says what its query may hold."""

from __future__ import annotations

from textual.binding import Binding

from lean_journal.tui.widgets.safe_editors import SafeInput

SEARCH_HINT = "words  #tag  from:2026-03-01  to:yesterday  starred"


class SearchBox(SafeInput):
    """Typed text filters the list as it changes (the screen listens to Input.Changed)."""

    DEFAULT_CSS = """
    SearchBox { display: none; border: tall $accent; }
    SearchBox.-open { display: block; }
    """
    BINDINGS = [Binding("down", "app.focus_next", "To the results", show=False)]

    def __init__(self, *, id: str | None = None) -> None:
        """A closed, empty search box."""
        super().__init__(placeholder=SEARCH_HINT, id=id)

    @property
    def is_open(self) -> bool:
        """Whether the box is shown."""
        return self.has_class("-open")

    def open(self) -> None:
        """Show the box and focus it."""
        self.add_class("-open")
        self.focus()

    def close(self) -> None:
        """Empty and hide the box."""
        self.value = ""
        self.remove_class("-open")
