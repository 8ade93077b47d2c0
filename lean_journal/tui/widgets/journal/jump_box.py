"""The jump box: type a date (`2026-03-05`, `yesterday`, `3 days ago`, `last monday`) and press enter."""

from __future__ import annotations

from lean_journal.tui.widgets.safe_editors import SafeInput

JUMP_HINT = "go to: 2026-03-05, yesterday, 3 days ago, last monday"


class JumpBox(SafeInput):
    """An Input, hidden until opened; the screen reads Input.Submitted."""

    DEFAULT_CSS = """
    JumpBox { display: none; border: tall $accent; }
    JumpBox.-open { display: block; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        """A closed, empty jump box."""
        super().__init__(placeholder=JUMP_HINT, id=id)

    @property
    def is_open(self) -> bool:
        """Whether the box is shown."""
        return self.has_class("-open")

    def open(self) -> None:
        """Show the box, empty, and focus it."""
        self.value = ""
        self.add_class("-open")
        self.focus()

    def close(self) -> None:
        """Hide the box."""
        self.remove_class("-open")
