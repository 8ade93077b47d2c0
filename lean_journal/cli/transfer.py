"""What the commands that move whole journals share (`import` is in cli/importing.py, `export` in
cli/export.py), and `demo`."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lean_journal.cli.errors import EXIT_OK, CliError
from lean_journal.cli.output import write_stdout
from lean_journal.clock import Clock
from lean_journal.exchange.ours import KINDS, Bundle
from lean_journal.store import Store
from lean_journal.text import printable


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
