"""The one frame every dialog is drawn in: centred, bordered, a question line and a row of buttons."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class DialogScreen(ModalScreen[ResultType]):
    """A modal dialog in the shared frame; a subclass's DEFAULT_CSS holds only what differs."""

    DEFAULT_CSS = """
    DialogScreen { align: center middle; }
    DialogScreen > Vertical {
        width: 70; height: auto; padding: 1 2;
        border: thick $accent; background: $surface;
    }
    DialogScreen .question { margin-bottom: 1; }
    DialogScreen .problem { color: $error; height: auto; }
    DialogScreen Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    DialogScreen Button { margin-left: 2; }
    """
