"""Editing text in the user's own editor ($VISUAL or $EDITOR), launched without a shell."""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

Runner = Callable[..., Any]


class ExternalEditorError(Exception):
    """The editor could not be used; the message is one line for the user."""


def editor_argv(environ: Mapping[str, str]) -> list[str]:
    """The editor command from $VISUAL, else $EDITOR, split like a shell would (but never run by one)."""
    name = "VISUAL" if (environ.get("VISUAL") or "").strip() else "EDITOR"
    command = (environ.get(name) or "").strip()
    if not command:
        raise ExternalEditorError("No editor set: set $VISUAL or $EDITOR (for example EDITOR=nano)")
    try:
        argv = shlex.split(command)
    except ValueError as error:
        raise ExternalEditorError(f"${name} cannot be read ({error}): {command}") from None
    if not argv:
        raise ExternalEditorError(f"${name} names no program")
    return argv


def write_private(folder: Path, text: str) -> Path:
    """Write `text` to a new file readable only by the user (0600) in `folder`."""
    path = folder / "entry.md"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    return path


def edit_text(text: str, argv: Sequence[str], run: Runner = subprocess.run) -> str:
    """Open `text` in the editor `argv` and return what the user saved; raises ExternalEditorError."""
    import tempfile  # only when an editor is opened

    with tempfile.TemporaryDirectory(prefix="lean-journal-") as folder:
        path = write_private(Path(folder), text)
        program = argv[0]
        try:
            result = run([*argv, str(path)], check=False)
        except FileNotFoundError:
            raise ExternalEditorError(f"Editor not found: {program}") from None
        except OSError as error:
            raise ExternalEditorError(f"Could not start {program}: {error.strerror or error}") from None
        if result.returncode != 0:
            status = result.returncode
            raise ExternalEditorError(f"{program} exited with status {status}; text kept as it was")
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ExternalEditorError(f"Could not read the edited text back: {error}") from None
