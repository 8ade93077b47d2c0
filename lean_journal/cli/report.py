"""`report`: the month's kaizen deck as Marp Markdown, one HTML file or a PowerPoint file.

The report is sent at the start of a month for the month before, so without --month it is the previous
calendar month's. The format is --format's, else the one -o's ending names (.md, .html, .pptx), else
Markdown; --format and an ending naming another format are refused. Markdown and HTML go to stdout unless
-o names a file; PowerPoint always goes to a file (-o, or kaizen-YYYY-MM.pptx in the current folder). An
existing file is replaced only with --force, and the journal and the files beside it never.
--author NAME signs this deck and the next ones (the `author` setting).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

from lean_journal.cli.commands import note_set_aside, open_store, open_to_read, utf8_text
from lean_journal.cli.errors import EXIT_OK, CliError, UsageError, say_note
from lean_journal.cli.output import write_private_file, write_stdout
from lean_journal.clock import Clock
from lean_journal.review.deck.formats import DEFAULT_FORMAT, deck_bytes, default_name, format_of
from lean_journal.text import printable

NO_AUTHOR_NOTE = "no author set: the deck is not signed; sign it with --author NAME (kept for the next decks)"


def typed_author(name: str | None) -> str:
    """The author given on the command line, as kept ('' when none), or a usage error if it is blank."""
    if name is None:
        return ""
    kept = " ".join(utf8_text(name, "--author").split())
    if not kept:
        raise UsageError("--author needs a name")
    return kept


def report_format(given: str | None, out: Path | None) -> str:
    """--format if given, else the format -o's ending names, else md; a usage error when the two differ."""
    named = format_of(out.name) if out is not None else None
    if given and named and given != named and out is not None:
        ending = out.name.rsplit(".", 1)[-1]
        raise UsageError(
            f"--format {given}, but {out} ends in .{ending} ({named}); drop --format or rename the file"
        )
    return given or named or DEFAULT_FORMAT


def cmd_report(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Build the month's deck; write it to stdout or a file (mode 0600, not over a file unless --force)."""
    from lean_journal.cli.periods import report_month
    from lean_journal.model.report import month_key
    from lean_journal.review.deck.content import build_deck
    from lean_journal.store.own_files import journal_file

    month = report_month(args, clock.today()).start
    key = month_key(month)
    out = Path(args.out).expanduser() if args.out else None
    fmt = report_format(args.format, out)
    author = typed_author(args.author)
    if out is None and fmt == "pptx":
        out = Path(default_name(key, "pptx"))
        say_note(f"no -o given: writing the PowerPoint deck to {out} in the current folder")
    store = (open_store if author else open_to_read)(args, clock, environ)  # only --author writes
    what = journal_file(out, store.path) if out is not None else None
    if what is not None:
        raise CliError(f"{out} is {what}; write the deck to another file")
    if author:
        store.reports.set_author(author)
    data = deck_bytes(build_deck(store, month, clock.today()), fmt, clock.now())
    if out is None:
        text = data.decode()
        write_stdout(printable(text) if sys.stdout.isatty() else text)
    else:
        write_private_file(out, data, force=args.force)
        write_stdout(f"{printable(str(out.absolute()), multiline=False)}\n")
    if not store.reports.author():
        say_note(NO_AUTHOR_NOTE)
    note_set_aside(store, "not in this deck")
    return EXIT_OK
