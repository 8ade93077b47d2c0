"""`lean-journal check`: schema and tables, ids unique across tables, links that resolve, and documents
set aside because they do not validate; a summary line, exit 1 when something is wrong."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence

from lean_journal.cli.commands import db_path
from lean_journal.cli.errors import EXIT_FAILED, EXIT_OK, CliError
from lean_journal.cli.output import write_stdout
from lean_journal.clock import Clock
from lean_journal.store.integrity import KINDS_IN_ORDER, SET_ASIDE, Problem, Report, check, is_current
from lean_journal.store.parsing import read_journal_file
from lean_journal.store.schema import CURRENT_SCHEMA
from lean_journal.text import printable

HEALTHY = "no problems"
WHAT_SET_ASIDE_MEANS = (
    "kept unchanged in the file; left out of the app, `list` and Markdown exports; "
    "a JSON export holds them as they are"
)
NOUNS = {
    "table": ("unknown table", "unknown tables"),
    "duplicate id": ("duplicate id", "duplicate ids"),
    "broken link": ("broken link", "broken links"),
    SET_ASIDE: ("document set aside", "documents set aside"),
}


def problem_lines(problems: Sequence[Problem]) -> list[str]:
    """One line per problem, `table  id  field  reason`, in aligned columns."""
    rows = [(p.table, p.doc_id, p.field, p.reason) for p in problems]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[3]])
        for row in rows
    ]
    return [printable(line.replace("\t", " ")) for line in lines]


def summary(report: Report) -> str:
    """`3 problems: 1 broken link, 2 documents set aside (…what that means)`."""
    parts = []
    for kind in KINDS_IN_ORDER:
        count = report.count(kind)
        if count:
            singular, several = NOUNS[kind]
            parts.append(f"{count} {singular if count == 1 else several}")
    total = len(report.problems)
    text = f"{total} problem{'' if total == 1 else 's'}: {', '.join(parts)}"
    return f"{text} ({WHAT_SET_ASIDE_MEANS})" if report.count(SET_ASIDE) else text


def upgrade_note(schema: int) -> str:
    """What checking an older file says: it was checked as it will be once upgraded."""
    return f"schema {schema}: upgraded to schema {CURRENT_SCHEMA} the next time the journal is saved"


def cmd_check(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Print every problem and a summary and exit 1, or `no problems` and exit 0; write nothing."""
    path = db_path(args, environ)
    if not os.path.lexists(path):
        raise CliError(f"{path}: no such journal")
    report = check(read_journal_file(path))
    note = "" if is_current(report) else f"{upgrade_note(report.schema)}\n"
    if not report.problems:
        write_stdout(f"{note}{HEALTHY}\n")
        return EXIT_OK
    lines = problem_lines(report.problems)
    write_stdout(note + "".join(f"{line}\n" for line in lines) + summary(report) + "\n")
    return EXIT_FAILED
