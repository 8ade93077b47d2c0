"""Commands that move whole journals: `export` and `demo` (`import` is in cli/importing.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from lean_journal.cli.commands import note_set_aside, open_store
from lean_journal.cli.errors import EXIT_OK, CliError
from lean_journal.cli.output import write_private_file, write_stdout
from lean_journal.clock import Clock
from lean_journal.exchange.ours import (
    KINDS,
    SET_ASIDE_KEY,
    Bundle,
    export_document,
    markdown_journal,
)
from lean_journal.store import Store
from lean_journal.store.set_aside import export_form
from lean_journal.text import json_printable, printable

MARKDOWN_SUFFIXES = (".md", ".markdown")


def export_format(args: argparse.Namespace) -> str:
    """The format asked for, else markdown for a *.md file, else json."""
    if args.format:
        return str(args.format)
    if args.out and Path(args.out).suffix.lower() in MARKDOWN_SUFFIXES:
        return "markdown"
    return "json"


def export_text(store: Store, fmt: str, clock: Clock) -> str:
    """The whole store as JSON (with the documents set aside, as stored), or the journal as Markdown."""
    if fmt == "markdown":
        return markdown_journal(store.entries.all())
    doc = export_document({name: repo.all() for name, repo in store_repos(store)}, clock.now())
    set_aside = [problem for _name, repo in store_repos(store) for problem in repo.set_aside()]
    if set_aside:
        doc[SET_ASIDE_KEY] = [export_form(problem) for problem in set_aside]
    return json_printable(orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode()) + "\n"


def cmd_export(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Write the export to --out (mode 0600, never over a file unless --force) or to stdout."""
    store = open_store(args, clock, environ)
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.resolve() == store.path.resolve():
        raise CliError(f"{out} is the journal itself; export to another file")
    text = export_text(store, export_format(args), clock)
    if out is not None:
        write_private_file(out, text.encode(), force=args.force)
    else:
        write_stdout(printable(text) if sys.stdout.isatty() else text)  # a terminal never obeys the data
    markdown = export_format(args) == "markdown"
    note_set_aside(
        store, "not in this export" if markdown else f"in this export as stored, under {SET_ASIDE_KEY}"
    )
    return EXIT_OK


def store_repos(store: Store) -> list[tuple[str, Any]]:
    """Each kind's key and the store's repository of it, in KINDS order."""
    return [(name, getattr(store, name)) for name, _cls, _noun in KINDS]


def counts(bundle: Bundle) -> str:
    """'3 entries, 1 card, 0 learn items, 0 share items, 0 goals'."""
    nouns = {name: noun for name, _cls, noun in KINDS}
    return ", ".join(plural(len(items), nouns[name]) for name, items in bundle.parts())


def plural(count: int, noun: str) -> str:
    """'1 entry', '2 entries', '2 cards'."""
    if count == 1:
        return f"1 {noun}"
    return f"{count} {noun[:-1]}ies" if noun.endswith("y") else f"{count} {noun}s"


def cmd_demo(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Write a demo journal of --years years to a new file --out."""
    from lean_journal.demo import write_demo

    out = Path(args.out).expanduser()
    if out.exists():
        raise CliError(f"{out} already exists; demo writes only new files")
    store = Store(out, clock)
    write_demo(store, years=args.years, seed=args.seed)
    write_stdout(printable(f"wrote a {args.years}-year demo journal to {out}: {counts(_contents(store))}\n"))
    return EXIT_OK


def _contents(store: Store) -> Bundle:
    """Everything in the store, as a Bundle (for counting)."""
    return Bundle(**{name: tuple(repo.all()) for name, repo in store_repos(store)})  # type: ignore[arg-type]
