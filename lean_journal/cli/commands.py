"""The quick commands: `add` an entry and `list` entries (no Textual, nothing slow imported)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from lean_journal.cli.errors import EXIT_OK, CliError, UsageError, say_note, say_warning
from lean_journal.cli.output import entry_line, write_stdout
from lean_journal.clock import Clock
from lean_journal.paths import may_create, resolve_db_path
from lean_journal.store import Store
from lean_journal.text import json_printable

MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def db_path(args: argparse.Namespace, environ: Mapping[str, str]) -> Path:
    """The journal file these arguments and this environment name."""
    return resolve_db_path(getattr(args, "db", None), environ)


def open_store(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> Store:
    """Open the journal file (StoreError if it cannot be used; it is then left untouched).

    A new journal is created only at the default location or in a folder that exists, and said so.
    """
    path = db_path(args, environ)
    if not os.path.lexists(path) and not may_create(path):
        raise CliError(
            f"{path}: no such journal, and its folder {path.parent} does not exist; "
            "a new journal is created only in an existing folder (or at the default location)"
        )
    store = Store(path, clock)
    if store.storage.created:
        say_note(f"created a new, empty journal: {store.path}")
    return store


def note_backup_problem(store: Store) -> None:
    """Say on stderr if the save went ahead without today's backup."""
    if store.storage.backup_problem:
        say_warning(store.storage.backup_problem)


def note_set_aside(store: Store, consequence: str = "") -> None:
    """One warning line if the command met documents set aside (`consequence`: what that means here)."""
    from lean_journal.store.set_aside import summary

    problems = store.set_aside_so_far()
    if problems:
        say_warning(summary(problems) + (f"; {consequence}" if consequence else ""))


def read_stdin_body() -> str:
    """The text piped on stdin, or '' when stdin is a terminal (or missing)."""
    stream = sys.stdin
    if stream is None or stream.isatty():
        return ""
    try:
        return utf8_text(stream.read(), "the text on stdin")
    except UnicodeDecodeError:
        raise UsageError("the text on stdin is not valid UTF-8") from None


def utf8_text(text: str, what: str) -> str:
    """`text` if it can be saved as UTF-8 (undecodable bytes in arguments or stdin cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{what} is not valid UTF-8 text") from None
    return text


def title_and_body(title: str | None, body: str) -> tuple[str, str]:
    """The entry's title and body; with no title, the body's first line becomes it."""
    from lean_journal.exchange.ours import fit_title

    if title and title.strip():
        return fit_title(title, body)
    first, _, rest = body.strip().partition("\n")
    if not first.strip():
        raise UsageError("nothing to add: give a title, --body, or text on stdin")
    heading = MARKDOWN_HEADING.sub("", first.strip()) or first.strip()
    return fit_title(heading, rest.strip("\n"))


def cmd_add(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Add one journal entry and print its short id."""
    from lean_journal.model import JournalEntry, ValidationError

    body = utf8_text(args.body, "--body") if args.body is not None else read_stdin_body()
    title, body = title_and_body(args.title and utf8_text(args.title, "the title"), body.rstrip())
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
    store = open_store(args, clock, environ)
    store.entries.add(entry)
    note_backup_problem(store)
    write_stdout(f"{entry.short_id}\n")
    note_set_aside(store)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Print entries newest first, one line each, or as a JSON array."""
    if args.since and args.until and args.since > args.until:
        raise UsageError(f"--from {args.since} is later than --to {args.until}")
    store = open_store(args, clock, environ)
    found = store.entries.list(
        since=args.since,
        until=args.until,
        tag=args.tag,
        text=" ".join(args.words) or None,
        starred=True if args.starred else None,
        limit=args.n,
    )
    if args.json:
        import orjson

        data = orjson.dumps([e.to_dict() for e in found], option=orjson.OPT_INDENT_2)
        write_stdout(json_printable(data.decode()) + "\n")
    else:
        write_stdout("".join(entry_line(e) + "\n" for e in found))
    note_set_aside(store)
    return EXIT_OK
