"""The dialog for the Do column's WIP limit."""

from __future__ import annotations

from lean_journal import pdca
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen


class WipLimitScreen(TextPromptScreen):
    """Ask for a new WIP limit; returns a whole number from 1 to 99, or None."""

    def __init__(self, current: int) -> None:
        """Start from the current limit."""
        super().__init__(
            "How many cards may be in Do at once (WIP limit)?",
            value=str(current),
            ok="Set",
            check=pdca.parse_wip_limit,
        )
