""" "Save a rescue copy…": the journal as held in memory, failed saves included, written to a new file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App

from lean_journal.model import ValidationError
from lean_journal.store import Store, StoreError

RESCUE_COMMAND = "Save a rescue copy…"
RESCUE_HELP = "Write the journal as held here, unsaved changes included, to a new file elsewhere"
RESCUE_HINT = f"To keep your changes in another file: ctrl+p, {RESCUE_COMMAND}"
QUESTION = "Save a rescue copy of the journal (a new file; an existing one is never replaced) to:"


def suggested_path(store: Store) -> str:
    """A new name in the home folder, beside nothing that exists."""
    folder, stem = Path.home(), f"{store.path.stem}-rescue"
    candidate = folder / f"{stem}.json"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.json"
        number += 1
    return str(candidate)


def checked_path(text: str) -> Path:
    """The path typed, if a new file can go there; otherwise a ValidationError saying why."""
    if not text.strip():
        raise ValidationError("path", "type where the copy should go")
    path = Path(text.strip()).expanduser()
    if path.exists() or path.is_symlink():
        raise ValidationError("path", "a file of that name exists; a rescue copy never replaces one")
    if not path.parent.is_dir():
        raise ValidationError("path", "that folder does not exist")
    return path


def ask_for_rescue_copy(app: App[Any], store: Store) -> None:
    """Ask where, then write the copy and say where it went (or, in one line, why it could not)."""
    from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen

    def write(path: Path | None) -> None:
        """Write the copy to the chosen path."""
        if path is None:
            return
        try:
            written = store.save_copy(path)
        except (StoreError, OSError) as error:
            app.notify(str(error), title="Rescue copy not saved", severity="error", markup=False, timeout=10)
            return
        app.notify(str(written), title="Rescue copy saved", markup=False, timeout=10)

    prompt = TextPromptScreen(QUESTION, value=suggested_path(store), ok="Save copy", check=checked_path)
    app.push_screen(prompt, write)
