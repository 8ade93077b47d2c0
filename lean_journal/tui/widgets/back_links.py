"""The lines that link back to what is shown (an entry, a card): learn and share items, goals."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import Static

from lean_journal.text import printable, user_text


class BackLinks(Static):
    """One plain line per back-link (given by the screen), hidden when there are none."""

    DEFAULT_CSS = """
    BackLinks { color: $text-muted; height: auto; margin-bottom: 1; display: none; }
    BackLinks.-shown { display: block; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        """Empty and hidden."""
        super().__init__("", id=id, markup=False)
        self.lines: tuple[str, ...] = ()

    def show(self, lines: Sequence[str]) -> None:
        """Show `lines` (user text: each sanitised, never markup); none hides the widget."""
        self.lines = tuple(printable(line, multiline=False) for line in lines)
        self.update(user_text("\n".join(self.lines), multiline=True))
        self.set_class(bool(self.lines), "-shown")
