"""`lean-journal import`: jrnl's journal file or JSON export, Day One's export, or our own JSON.

The kind is detected when `--from` does not say it; what the journal already has (by id) is left out, so
importing the same file twice adds nothing; everything new goes in with one save.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import orjson

from lean_journal.cli.commands import note_set_aside, open_store, open_to_read
from lean_journal.cli.errors import EXIT_OK, CliError, say_warning
from lean_journal.cli.output import write_stdout
from lean_journal.cli.transfer import counts, plural, store_repos
from lean_journal.clock import Clock
from lean_journal.exchange.jrnl import Each, as_is
from lean_journal.exchange.ours import Bundle, ImportFormatError
from lean_journal.model import ValidationError
from lean_journal.store import Store

T = TypeVar("T")
SOURCES = ("jrnl", "dayone", "json")
"""What `--from` accepts: jrnl (its journal file or JSON export), Day One (JSON or zip), our JSON."""
OLD_NAMES = {"auto": "auto", "lean-journal": "json", "jrnl": "jrnl"}
"""`--format`, the older spelling of `--from`, and what each of its values means now."""
SOURCE_NAMES = {"jrnl": "a jrnl journal or jrnl JSON export", "dayone": "a Day One export", "json": ""}
PROGRESS_FROM = 500
"""Imports of at least this many documents show a progress bar (on a terminal only)."""


def walker() -> Each[Any]:
    """How readers walk their items: through a progress bar on stderr when it is a terminal."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return as_is

    def each(items: Sequence[T]) -> Iterable[T]:
        """`items`, with a bar when there are many."""
        return _with_bar(items) if len(items) >= PROGRESS_FROM else items

    return each


def _with_bar(items: Sequence[T]) -> Iterator[T]:
    """Yield `items` while a transient Rich progress bar on stderr counts them."""
    from rich.console import Console
    from rich.progress import track

    yield from track(items, description="reading", console=Console(stderr=True), transient=True)


def read_file(path: Path) -> bytes:
    """The bytes of the file to import, or one clear error."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path} is a folder, not a file") from None


def read_bundle(path: Path, source: str, each: Each[Any] = as_is) -> Bundle:
    """What `path` holds, as model objects; `source` is auto, jrnl, dayone or json."""
    content = read_file(path)
    try:
        return Bundle(entries=tuple(_read_text_kinds(content, source, each)))
    except _NotText:
        pass
    except (ImportFormatError, ValidationError) as error:
        raise CliError(f"{path}: {error}") from None
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        raise CliError(f"{path} is not valid JSON ({error}){_expected(source)}") from None
    try:
        return _read_json(data, source, each)
    except (ImportFormatError, ValidationError) as error:
        raise CliError(f"{path}: {error}") from None


class _NotText(Exception):
    """The file is neither a zip nor a jrnl journal file: it is read as JSON."""


def _read_text_kinds(content: bytes, source: str, each: Each[Any]) -> list[Any]:
    """The entries of a Day One zip or a jrnl journal file, or _NotText for anything else."""
    from lean_journal.exchange import dayone, jrnl_text

    if dayone.is_zip(content):
        if source not in ("auto", "dayone"):
            raise ImportFormatError(f"is a zip archive, not {SOURCE_NAMES[source] or 'JSON'}")
        return dayone.read_dayone_zip(content, each)
    text = content[:512].decode("utf-8", errors="replace")
    if not jrnl_text.is_jrnl_text(text):
        raise _NotText
    if source not in ("auto", "jrnl"):
        raise ImportFormatError(f"is a jrnl journal file, not {SOURCE_NAMES[source] or 'JSON'}")
    try:
        decoded = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"is not valid UTF-8 text (byte {error.start})") from None
    return jrnl_text.read_jrnl_text(decoded, each)


def _read_json(data: Any, source: str, each: Each[Any]) -> Bundle:
    """A JSON file's documents: our export or file, jrnl's JSON export, or Day One's."""
    from lean_journal.exchange.dayone import is_dayone_export, read_dayone
    from lean_journal.exchange.jrnl import is_jrnl_export, read_jrnl
    from lean_journal.exchange.ours import is_lean_journal, read_lean_journal

    if source == "json" or (source == "auto" and is_lean_journal(data)):
        return read_lean_journal(data)
    if source == "jrnl" or (source == "auto" and is_jrnl_export(data)):
        if not is_jrnl_export(data):
            raise ImportFormatError("is not a jrnl journal or jrnl JSON export (jrnl --export json)")
        return Bundle(entries=tuple(read_jrnl(data, each)))
    if source == "dayone" or is_dayone_export(data):
        return Bundle(entries=tuple(read_dayone(data, each)))
    raise ImportFormatError(
        "is neither a lean-journal export nor a jrnl journal, jrnl JSON export or Day One export"
    )


def _expected(source: str) -> str:
    """`; expected …` when --from named what the file should be."""
    return f"; expected {SOURCE_NAMES[source]}" if SOURCE_NAMES.get(source) else ""


def new_only(bundle: Bundle, present: Mapping[str, set[str]]) -> tuple[Bundle, int]:
    """The part of `bundle` whose ids (or setting keys) are not `present` yet, and how many documents
    were left out (prompts and settings are not counted)."""
    kept: dict[str, Any] = {}
    skipped = 0
    for name, items in (*bundle.parts(), ("prompts", bundle.prompts)):
        unique = {item.id: item for item in items}
        kept[name] = tuple(item for item_id, item in unique.items() if item_id not in present.get(name, ()))
        if name != "prompts":
            skipped += len(items) - len(kept[name])
    known = present.get("settings", set())
    kept["settings"] = tuple((key, value) for key, value in bundle.settings if key not in known)
    return Bundle(**kept), skipped


def present_ids(store: Store) -> dict[str, set[str]]:
    """Every id (and setting key) the store holds, per kind (documents set aside too: an import never
    replaces them)."""
    present = {name: set(repo.raw_documents()) for name, repo in store_repos(store)}
    present["prompts"] = set(store.prompts.raw_documents())
    present["settings"] = set(store.settings.all())
    return present


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


def import_source(args: argparse.Namespace) -> str:
    """What `--from` (or the older `--format`) says the file is: auto, jrnl, dayone or json."""
    return OLD_NAMES.get(args.source, args.source)


def cmd_import(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Add what the file holds that the journal lacks, in one save; print the counts."""
    path = Path(args.file).expanduser()
    bundle = read_bundle(path, import_source(args), walker())
    store = (open_to_read if args.dry_run else open_store)(args, clock, environ)  # a dry run creates nothing
    fresh, skipped = new_only(bundle, present_ids(store))
    if not args.dry_run and fresh:
        add_bundle(store, fresh)
    verb = "would import" if args.dry_run else "imported"
    note = " (dry run: nothing written)" if args.dry_run else ""
    write_stdout(f"{verb} {counts(fresh)}; {skipped} already in the journal{note}\n")
    if bundle.set_aside:
        say_warning(
            f"{path}: {plural(bundle.set_aside, 'document')} under set_aside not imported (fix them by hand)"
        )
    note_set_aside(store)
    return EXIT_OK
