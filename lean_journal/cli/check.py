"""`lean-journal check`: list the documents set aside because they do not validate (a minimal check)."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence

from lean_journal.cli.commands import open_store
from lean_journal.cli.errors import EXIT_FAILED, EXIT_OK
from lean_journal.cli.output import write_stdout
from lean_journal.clock import Clock
from lean_journal.store.set_aside import SetAside
from lean_journal.text import printable

HEALTHY = "no problems"
WHAT_SET_ASIDE_MEANS = (
    "kept unchanged in the file; left out of the app, `list` and Markdown exports; "
    "a JSON export holds them as they are"
)


def problem_lines(problems: Sequence[SetAside]) -> list[str]:
    """One line per document set aside, `table  id  field  reason`, in aligned columns."""
    rows = [(p.table, p.doc_id, p.field, p.reason) for p in problems]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[3]])
        for row in rows
    ]
    return [printable(line.replace("\t", " ")) for line in lines]


def cmd_check(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Print every document set aside and exit 1, or `no problems` and exit 0."""
    store = open_store(args, clock, environ)
    problems = store.set_aside()
    if not problems:
        write_stdout(f"{HEALTHY}\n")
        return EXIT_OK
    count = f"{len(problems)} document{'s' if len(problems) != 1 else ''} set aside"
    write_stdout(
        "".join(f"{line}\n" for line in problem_lines(problems)) + f"{count}: {WHAT_SET_ASIDE_MEANS}\n"
    )
    return EXIT_FAILED
