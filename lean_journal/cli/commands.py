"""The quick commands: `add` an entry and `list` entries (no Textual, nothing slow imported)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from lean_journal.cli.errors import EXIT_OK, CliError, UsageError, say_note, say_warning
from lean_journal.cli.output import write_stdout
from lean_journal.clock import Clock
from lean_journal.paths import may_create, resolve_db_path
from lean_journal.store import Store

NOT_YET = "no such journal yet, so there is nothing in it (nothing was created)"
"""What a command that only reads says of a journal file not there yet."""


def db_path(args: argparse.Namespace, environ: Mapping[str, str]) -> Path:
    """The journal file these arguments and this environment name."""
    return resolve_db_path(getattr(args, "db", None), environ)


def open_store(
    args: argparse.Namespace, clock: Clock, environ: Mapping[str, str], *, looks_up: str = ""
) -> Store:
    """Open the journal file (StoreError if it cannot be used; it is then left untouched).

    A new journal is created only at the default location or in a folder that exists, and said so; never
    for a command that `looks_up` something in it (`learn item 'c6a9'`): a new journal holds nothing, so
    that command is refused in one line and no file is created.
    """
    path = db_path(args, environ)
    if looks_up and not os.path.lexists(path):
        raise CliError(f"{path}: no such journal, so no {looks_up} in it (nothing was created)")
    if not os.path.lexists(path) and not may_create(path):
        raise CliError(
            f"{path}: no such journal, and its folder {path.parent} does not exist; "
            "a new journal is created only in an existing folder (or at the default location)"
        )
    store = Store(path, clock)
    if store.storage.created:
        say_note(f"created a new, empty journal: {store.path}")
    return store


def open_to_read(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> Store:
    """Open the journal for a command that only reads: one not there yet is read as empty, said so in
    one line, and never created (StoreError if the file cannot be used, as for `open_store`)."""
    path = db_path(args, environ)
    if not os.path.lexists(path):
        say_note(f"{path}: {NOT_YET}")
    return Store(path, clock, create=False)


def note_backup_problem(store: Store) -> None:
    """Say on stderr if the save went ahead without today's backup."""
    if store.storage.backup_problem:
        say_warning(store.storage.backup_problem)


def note_on_terminal(message: str) -> None:
    """Say `message` on stderr when a person reads it (stderr a terminal); a script's output stays empty."""
    if sys.stderr is not None and sys.stderr.isatty():
        say_note(message)


def note_set_aside(store: Store, consequence: str = "") -> None:
    """One warning line if the command met documents set aside (`consequence`: what that means here)."""
    from lean_journal.store.set_aside import summary

    problems = store.set_aside_so_far()
    if problems:
        say_warning(summary(problems) + (f"; {consequence}" if consequence else ""))


def utf8_text(text: str, what: str) -> str:
    """`text` if it can be saved as UTF-8 (undecodable bytes in arguments or stdin cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{what} is not valid UTF-8 text") from None
    return text


def entry_text(
    args: argparse.Namespace, store: Callable[[], Store], environ: Mapping[str, str]
) -> tuple[str, str]:
    """The new entry's title and body: from --body and TEXT, piped stdin, TEXT, or the editor."""
    from lean_journal.cli.capture import (
        NOTHING_TO_ADD,
        read_stdin_body,
        split_title,
        stdin_is_terminal,
        text_from_editor,
    )

    words = utf8_text(" ".join(args.text), "the text")
    if args.body is not None:
        return fit(words, utf8_text(args.body, "--body")) if words.strip() else split_title(args.body)
    piped = read_stdin_body()
    if piped.strip():
        return fit(words, piped) if words.strip() else split_title(piped)
    if words.strip():
        return split_title(words)
    if not stdin_is_terminal():
        raise UsageError(NOTHING_TO_ADD)
    return split_title(text_from_editor(lambda: editor_start(args, store, environ), environ))


def editor_start(args: argparse.Namespace, store: Callable[[], Store], environ: Mapping[str, str]) -> str:
    """What the editor opens on: the default prompt, its name as a heading (the title, if kept).

    A new file or one whose prompts were never used starts on the daily reflection, nothing written.
    """
    from lean_journal.store.prompts import DAILY_REFLECTION, SEEDED_SETTING

    prompt = DAILY_REFLECTION
    if os.path.lexists(db_path(args, environ)) and store().settings.get(SEEDED_SETTING):
        prompt = store().prompts.default()  # type: ignore[assignment]
    return f"# {prompt.name}\n\n{prompt.body}" if prompt is not None else ""


def fit(title: str, body: str) -> tuple[str, str]:
    """A title given whole (not split), and its body without trailing blank lines."""
    from lean_journal.exchange.ours import fit_title

    return fit_title(title, body.rstrip().strip("\n"))


def cmd_add(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Add one journal entry and print its short id (an editor left empty or unchanged adds nothing)."""
    from lean_journal.cli.capture import NothingAdded
    from lean_journal.exchange.ours import fit_title
    from lean_journal.model import JournalEntry, ValidationError

    opened: list[Store] = []

    def store() -> Store:
        """The journal, opened once, when first needed."""
        if not opened:
            opened.append(open_store(args, clock, environ))
        return opened[0]

    try:
        title, body = fit_title(*entry_text(args, store, environ))
    except NothingAdded:
        say_note("nothing added: the editor was left empty or unchanged")
        return EXIT_OK
    now = clock.now()
    try:
        entry = JournalEntry(
            day=args.day or clock.today(),
            title=title,
            body=body,
            tags=tuple(args.tag),
            mood=args.mood,
            energy=args.energy,
            starred=args.star,
            created=now,
            updated=now,
        )
    except ValidationError as error:  # made only of what was typed: a bad value on the command line
        raise UsageError(str(error)) from None
    journal = store()
    journal.entries.add(entry)
    note_backup_problem(journal)
    write_stdout(f"{entry.short_id}\n")
    note_set_aside(journal)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Print the entries that match, newest first (oldest with --reverse), as text, JSON or Markdown."""
    from lean_journal.cli.listing import day_range, list_entries, listed_text

    day_range(args)  # a bad range is refused before the file is opened (or created)
    fmt = "json" if args.json else args.format or "text"
    if args.json and args.format not in (None, "json"):
        raise UsageError(f"--json is --format json; it does not go with --format {args.format}")
    store = open_to_read(args, clock, environ)
    found = list_entries(store, args)
    write_stdout(listed_text(found, fmt, environ))
    note_set_aside(store)
    return EXIT_OK
