"""The dialog asking why a card is dropped (a reason is required)."""

from __future__ import annotations

from lean_journal.model import ValidationError
from lean_journal.text import printable
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen


def required_reason(text: str) -> str:
    """The reason, stripped; a blank one is refused."""
    reason = text.strip()
    if not reason:
        raise ValidationError("drop_reason", "a reason is required")
    return reason


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
