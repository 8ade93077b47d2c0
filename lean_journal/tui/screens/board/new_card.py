"""The dialog for a new card's title."""

from __future__ import annotations

from lean_journal.model import Stage
from lean_journal.model.validation import check_title
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen


class NewCardScreen(TextPromptScreen):
    """Ask for the title of a new card in `stage`; returns the cleaned title or None."""

    def __init__(self, stage: Stage) -> None:
        """Ask for a title for a card in `stage`."""
        super().__init__(
            f"New card in {stage.label}: what is it about?",
            placeholder="e.g. Mornings are swallowed by e-mail",
            ok="Add",
            check=lambda text: check_title("title", text),
        )
