"""`lean-journal export`: everything as JSON (lossless), or the journal as Markdown (one file or a tree by
month) or as jrnl's text journal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from lean_journal.cli.commands import note_set_aside, open_to_read
from lean_journal.cli.errors import EXIT_OK, CliError
from lean_journal.cli.output import write_private_file, write_stdout
from lean_journal.cli.transfer import store_repos
from lean_journal.clock import Clock
from lean_journal.exchange.ours import PROMPTS_KEY, SET_ASIDE_KEY, export_document, markdown_journal
from lean_journal.store import Store
from lean_journal.store.own_files import journal_file
from lean_journal.store.set_aside import export_form
from lean_journal.text import json_printable, printable

MARKDOWN_SUFFIXES = (".md", ".markdown")
FORMAT_NAMES = {"markdown": "md"}
"""Other names a format is known by (`--format markdown` is `md`)."""


def export_format(args: argparse.Namespace) -> str:
    """The format asked for, else md for a *.md file or a folder, else json."""
    if args.format:
        return FORMAT_NAMES.get(args.format, args.format)
    if args.out and (Path(args.out).suffix.lower() in MARKDOWN_SUFFIXES or is_folder(args.out)):
        return "md"
    return "json"


def is_folder(out: str) -> bool:
    """Whether `-o` names a folder: one that exists, or a path ending in a slash."""
    return out.endswith(os.sep) or Path(out).expanduser().is_dir()


def stored_prompts(store: Store) -> list[Any]:
    """The prompts the file holds, as they are (never seeding the defaults: an export writes nothing)."""
    repo = store.prompts
    made = (repo.decode(doc_id, doc) for doc_id, doc in repo.raw_documents().items())
    return [prompt for prompt in made if prompt is not None]


def json_text(store: Store, clock: Clock) -> str:
    """The whole store as JSON: every kind, the prompts, the settings, and the documents set aside."""
    kinds: dict[str, Any] = {name: repo.all() for name, repo in store_repos(store)}
    kinds[PROMPTS_KEY] = stored_prompts(store)
    doc = export_document(kinds, clock.now(), store.settings.all())
    set_aside = [problem for _name, repo in store_repos(store) for problem in repo.set_aside()]
    set_aside += store.prompts.set_aside_so_far()
    if set_aside:
        doc[SET_ASIDE_KEY] = [export_form(problem) for problem in set_aside]
    return json_printable(orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode()) + "\n"


def export_text(store: Store, fmt: str, clock: Clock) -> str:
    """The export in one text: json, md or jrnl."""
    if fmt == "md":
        return markdown_journal(store.entries.all())
    if fmt == "jrnl":
        from lean_journal.exchange.jrnl_export import jrnl_journal

        return jrnl_journal(store.entries.all())
    return json_text(store, clock)


def write_markdown_tree(folder: Path, store: Store, *, force: bool) -> int:
    """One Markdown file per month under `folder` (`2026/2026-11.md`); nothing written if one exists
    and not `force`. Returns how many files were written."""
    from lean_journal.exchange.ours import markdown_months

    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file, not a folder")
    if not folder.parent.is_dir():
        raise CliError(f"{folder}: the folder {folder.parent} does not exist")
    months = markdown_months(store.entries.all())
    clash = next((folder / name for name in months if (folder / name).exists()), None)
    if clash is not None and not force:
        raise CliError(f"{clash} already exists (use --force to overwrite the tree's files)")
    folder.mkdir(mode=0o700, exist_ok=True)
    for name, text in months.items():
        path = folder / name
        path.parent.mkdir(mode=0o700, exist_ok=True)
        write_private_file(path, text.encode(), force=True)
    return len(months)


def cmd_export(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Write the export to -o (mode 0600, never over a file unless --force) or to stdout."""
    fmt = export_format(args)
    store = open_to_read(args, clock, environ)
    out = Path(args.out).expanduser() if args.out else None
    what = journal_file(out, store.path) if out is not None else None
    if what is not None:
        raise CliError(f"{out} is {what}; export to another file")
    if out is not None and fmt == "md" and is_folder(args.out):
        written = write_markdown_tree(out, store, force=args.force)
        write_stdout(printable(f"wrote {written} month file{'s' if written != 1 else ''} under {out}\n"))
    else:
        text = export_text(store, fmt, clock)
        if out is not None:
            write_private_file(out, text.encode(), force=args.force)
        else:
            write_stdout(printable(text) if sys.stdout.isatty() else text)  # a terminal never obeys the data
    where = f"in this export as stored, under {SET_ASIDE_KEY}" if fmt == "json" else "not in this export"
    note_set_aside(store, where)
    return EXIT_OK
