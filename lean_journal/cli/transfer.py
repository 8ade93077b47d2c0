"""Commands that move whole journals: `import` and `demo` (`export` is in cli/export.py)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from lean_journal.cli.commands import note_set_aside, open_store
from lean_journal.cli.errors import EXIT_OK, CliError, say_warning
from lean_journal.cli.output import write_stdout
from lean_journal.clock import Clock
from lean_journal.exchange.ours import (
    KINDS,
    Bundle,
    ImportFormatError,
)
from lean_journal.model import ValidationError
from lean_journal.store import Store
from lean_journal.text import printable

JRNL_TEXT = re.compile(rb"\s*\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def read_json_file(path: Path) -> Any:
    """The parsed JSON of a file to import, or one clear error."""
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path} is a folder, not a file") from None
    if JRNL_TEXT.match(content):
        raise CliError(f"{path} is a jrnl journal; import its JSON export instead (jrnl --export json)")
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError as error:
        raise CliError(f"{path} is not valid JSON ({error})") from None


def read_bundle(path: Path, fmt: str) -> Bundle:
    """What `path` holds, as model objects; `fmt` is auto, lean-journal or jrnl."""
    from lean_journal.exchange.jrnl import is_jrnl_export, read_jrnl
    from lean_journal.exchange.ours import is_lean_journal, read_lean_journal

    data = read_json_file(path)
    try:
        if fmt == "lean-journal" or (fmt == "auto" and is_lean_journal(data)):
            return read_lean_journal(data)
        if fmt == "jrnl" or (fmt == "auto" and is_jrnl_export(data)):
            return Bundle(entries=tuple(read_jrnl(data)))
    except (ImportFormatError, ValidationError) as error:
        raise CliError(f"{path}: {error}") from None
    raise CliError(f"{path} is neither a lean-journal export nor a jrnl JSON export (jrnl --export json)")


def store_repos(store: Store) -> list[tuple[str, Any]]:
    """Each kind's key and the store's repository of it, in KINDS order."""
    return [(name, getattr(store, name)) for name, _cls, _noun in KINDS]


def new_only(bundle: Bundle, store: Store) -> tuple[Bundle, int]:
    """The part of `bundle` whose ids (or setting keys) the store does not have yet, and how many
    documents were left out."""
    kept: dict[str, Any] = {}
    skipped = 0
    for name, repo in [*store_repos(store), ("prompts", store.prompts)]:
        present = set(repo.raw_documents())  # documents set aside too: an import never replaces them
        unique = {item.id: item for item in getattr(bundle, name)}
        kept[name] = tuple(item for item_id, item in unique.items() if item_id not in present)
        if name != "prompts":
            skipped += len(getattr(bundle, name)) - len(kept[name])
    settings = store.settings.all()
    kept["settings"] = tuple((key, value) for key, value in bundle.settings if key not in settings)
    return Bundle(**kept), skipped


def add_bundle(store: Store, bundle: Bundle) -> None:
    """Add everything in `bundle` in one save (settings first: they say whether prompts were seeded)."""
    from lean_journal.store.prompts import SEEDED_SETTING

    with store.batch():
        for key, value in bundle.settings:
            store.settings.set(key, value)
        if bundle.prompts:
            store.settings.set(SEEDED_SETTING, True)  # the export's prompts replace the defaults
            store.prompts.add_many(bundle.prompts)
        for name, items in bundle.parts():
            if items:
                getattr(store, name).add_many(items)


def counts(bundle: Bundle) -> str:
    """'3 entries, 1 card, 0 learn items, 0 share items, 0 goals'."""
    nouns = {name: noun for name, _cls, noun in KINDS}
    return ", ".join(_plural(len(items), nouns[name]) for name, items in bundle.parts())


def _plural(count: int, noun: str) -> str:
    """'1 entry', '2 entries', '2 cards'."""
    if count == 1:
        return f"1 {noun}"
    return f"{count} {noun[:-1]}ies" if noun.endswith("y") else f"{count} {noun}s"


def cmd_import(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Add what the file holds that the journal lacks, in one save; print the counts."""
    path = Path(args.file).expanduser()
    bundle = read_bundle(path, args.format)
    store = open_store(args, clock, environ)
    fresh, skipped = new_only(bundle, store)
    if not args.dry_run and fresh:
        add_bundle(store, fresh)
    verb = "would import" if args.dry_run else "imported"
    note = " (dry run: nothing written)" if args.dry_run else ""
    write_stdout(f"{verb} {counts(fresh)}; {skipped} already in the journal{note}\n")
    if bundle.set_aside:
        say_warning(
            f"{path}: {_plural(bundle.set_aside, 'document')} under set_aside not imported (fix them by hand)"
        )
    note_set_aside(store)
    return EXIT_OK


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
