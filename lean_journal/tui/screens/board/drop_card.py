"""The dialog asking why a card is dropped (a reason is required)."""

from __future__ import annotations

from lean_journal.pdca import required_reason
from lean_journal.text import printable
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen


class DropCardScreen(TextPromptScreen):
    """Ask why the card titled `title` is dropped; returns the reason or None."""

    def __init__(self, title: str) -> None:
        """Name the card (literally) in the question."""
        super().__init__(
            f"Drop “{printable(title)}”? Why?",
            placeholder="e.g. not my problem to solve after all",
            ok="Drop",
            check=required_reason,
        )
