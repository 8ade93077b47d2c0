"""What `add` adds: its text from the arguments, piped stdin or the editor, split into title and body as
jrnl does (the first line, or with one line only its first sentence, becomes the title)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping

from lean_journal.cli.commands import utf8_text
from lean_journal.cli.errors import CliError, UsageError

MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
SENTENCE_END = re.compile(
    r"[.!?\u2026\u203c\u203d\u2047\u2048\u2049\u22ef\ufe52\ufe57]['\u2019\"\u201d]?[\])]*\s+"
    r"|[\uff01\uff0e\uff1f\uff61\u3002]"
)
"""Where jrnl 4.6 ends a first sentence (jrnl.journals.Entry.SENTENCE_SPLITTER)."""
NOTHING_TO_ADD = (
    "nothing to add: give the text as arguments, pipe it on stdin, "
    "or set $VISUAL or $EDITOR to write it in an editor"
)


class NothingAdded(Exception):
    """The editor was closed with nothing written (empty, or the prompt unchanged)."""


def stdin_is_terminal() -> bool:
    """Whether stdin is a terminal (or missing): then `add` does not wait for piped text."""
    return sys.stdin is None or sys.stdin.isatty()


def read_stdin_body() -> str:
    """The text piped on stdin, or '' when stdin is a terminal (or missing)."""
    if stdin_is_terminal():
        return ""
    try:
        return utf8_text(sys.stdin.read(), "the text on stdin")
    except UnicodeDecodeError:
        raise UsageError("the text on stdin is not valid UTF-8") from None


def split_title(text: str) -> tuple[str, str]:
    """The title and body of an entry's text: its first line, or with one line only its first sentence
    (jrnl's rule); a Markdown heading's `#` marks are left out of the title."""
    text = text.strip()
    first, newline, rest = text.partition("\n")
    if not newline:
        end = SENTENCE_END.search(text)
        first, rest = (text[: end.end()], text[end.end() :]) if end else (text, "")
    first = first.strip()
    return MARKDOWN_HEADING.sub("", first) or first, rest.strip("\n")


def text_from_editor(start: Callable[[], str], environ: Mapping[str, str]) -> str:
    """The text written in $VISUAL or $EDITOR, opened on `start()`; NothingAdded if the user left it
    empty or unchanged. With no editor set, says how else to give the text."""
    from lean_journal.journal.external_editor import ExternalEditorError, edit_text, editor_argv

    try:
        argv = editor_argv(environ)
    except ExternalEditorError:
        raise UsageError(NOTHING_TO_ADD) from None
    started = start()
    try:
        written = edit_text(started, argv)
    except ExternalEditorError as error:
        raise CliError(str(error)) from None
    if not written.strip() or written.strip() == started.strip():
        raise NothingAdded
    return utf8_text(written, "the text from the editor")
