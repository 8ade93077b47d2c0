"""`lean-journal merge OTHER_FILE`: fold a second copy of the journal (a sync tool's conflict copy, the
laptop's file) into this one, and say what came in."""

from __future__ import annotations

import argparse
import copy
from collections.abc import Mapping
from pathlib import Path

from lean_journal.cli.commands import note_backup_problem, open_store, open_to_read
from lean_journal.cli.errors import EXIT_OK, CliError
from lean_journal.cli.output import write_stdout
from lean_journal.clock import Clock
from lean_journal.store import StoreError
from lean_journal.store.fold import CONFLICT, NEW, UPDATED, Folded
from lean_journal.store.location import journal_path
from lean_journal.store.parsing import read_journal_file
from lean_journal.store.schema import META_ID, META_TABLE, Tables, migrate
from lean_journal.text import printable

NOUNS = {
    "entries": ("entry", "entries"),
    "cards": ("card", "cards"),
    "learnings": ("learn item", "learn items"),
    "shares": ("share item", "share items"),
    "goals": ("goal", "goals"),
    "prompts": ("prompt", "prompts"),
    "settings": ("setting", "settings"),
    "reports": ("month of deck notes", "months of deck notes"),
}


def read_other(path: Path) -> Tables:
    """The other copy's tables, upgraded to the current schema in memory; one clear error otherwise."""
    try:
        tables = read_journal_file(path)
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except StoreError as error:
        raise CliError(
            f"{error}; merge folds in another lean-journal file (`import` reads exports)"
        ) from None
    tables = copy.deepcopy(tables)
    migrate(tables, tables[META_TABLE][META_ID]["schema"])
    return tables


def summary(folded: Folded) -> str:
    """`3 new entries, 1 new card, 2 updated, 1 conflict kept in history`, or that nothing came in."""
    parts = []
    for table, outcome in sorted(folded.counts):
        if outcome == NEW:
            count = folded.counts[table, outcome]
            singular, several = NOUNS.get(table, (f"{table} document", f"{table} documents"))
            parts.append(f"{count} new {singular if count == 1 else several}")
    updated = sum(count for (_table, outcome), count in folded.counts.items() if outcome == UPDATED)
    conflicts = sum(count for (_table, outcome), count in folded.counts.items() if outcome == CONFLICT)
    if updated:
        parts.append(f"{updated} updated")
    if conflicts:
        parts.append(f"{conflicts} conflict{'' if conflicts == 1 else 's'} kept in history")
    return ", ".join(parts) if parts else "nothing new"


def cmd_merge(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Fold OTHER_FILE into the journal in one save (or, with --dry-run, only say what would come in)."""
    other = Path(args.other).expanduser()
    tables = read_other(other)
    store = (open_to_read if args.dry_run else open_store)(args, clock, environ)
    if journal_path(other) == store.path:
        raise CliError(f"{other} is the journal itself; merge another copy into it")
    folded = store.fold_in(tables, str(other), dry_run=args.dry_run)
    if args.dry_run:
        line = f"would merge from {other}: {summary(folded)} (dry run: nothing written)"
    elif folded.changed:
        line = f"merged {other}: {summary(folded)}"
        note_backup_problem(store)
    else:
        line = f"nothing to merge: every document of {other} is already here"
    write_stdout(printable(line) + "\n")
    return EXIT_OK
