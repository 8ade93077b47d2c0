"""Every dialog is drawn in the one shared frame (DialogScreen), keeping only its differences."""

from __future__ import annotations

import importlib
import pkgutil

from textual.screen import ModalScreen

import lean_journal.tui.screens as screens
from lean_journal.tui.screens.dialogs.base import DialogScreen


def modal_screens() -> list[type]:
    """Every ModalScreen class defined in lean_journal's screens."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(screens.__path__, prefix=f"{screens.__name__}."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, ModalScreen) and value.__module__ == info.name:
                found[f"{info.name}.{value.__name__}"] = value
    return list(found.values())


def test_every_dialog_subclasses_the_shared_frame() -> None:
    """No dialog writes its own frame: each ModalScreen is a DialogScreen."""
    dialogs = modal_screens()
    names = {cls.__name__ for cls in dialogs}
    assert {"ConfirmScreen", "TextPromptScreen", "DecideCardScreen", "HelpScreen"} <= names
    assert {"PromptEditScreen", "PromptPickerScreen", "NewCardScreen", "WipLimitScreen"} <= names
    assert "DropCardScreen" in names
    strays = [cls.__name__ for cls in dialogs if not issubclass(cls, DialogScreen)]
    assert strays == []


def test_no_dialog_repeats_the_frame() -> None:
    """The border and background are written once, in the base."""
    for cls in modal_screens():
        if cls is not DialogScreen:
            css = cls.__dict__.get("DEFAULT_CSS", "")
            assert "border:" not in css and "align: center middle" not in css, cls.__name__
