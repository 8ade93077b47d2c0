"""`lean-journal list`: choosing the entries, and printing them as text lines, JSON or Markdown."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from datetime import date

from lean_journal.cli.errors import UsageError
from lean_journal.cli.output import colour_wanted, entry_line
from lean_journal.model import JournalEntry
from lean_journal.store import Store
from lean_journal.text import json_printable, printable


def day_range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """The first and last day asked for (--on is both), or a UsageError for a range that is empty."""
    if args.on and (args.since or args.until):
        raise UsageError("--on names one day; it does not go with --from or --to")
    since, until = (args.on, args.on) if args.on else (args.since, args.until)
    if since and until and since > until:
        raise UsageError(f"--from {since} is later than --to {until}")
    return since, until


def list_entries(store: Store, args: argparse.Namespace) -> list[JournalEntry]:
    """The entries matching every filter, newest first (oldest first with --reverse), at most -n."""
    since, until = day_range(args)
    tags = list(dict.fromkeys(args.tag))
    phrases = [phrase.lower() for phrase in args.contains if len(phrase.split()) > 1]
    words = " ".join([*args.words, *args.contains]) or None
    narrowed = len(tags) > 1 or bool(phrases)  # filters the store does not apply: -n comes after them
    found = store.entries.list(
        since=since,
        until=until,
        tag=tags[0] if tags else None,
        text=words,
        starred=True if args.starred else None,
        limit=None if narrowed else args.n,
    )
    if narrowed:
        found = [e for e in found if set(tags) <= set(e.all_tags) and _has_phrases(store, e, phrases)]
        found = found[: args.n] if args.n else found
    return found[::-1] if args.reverse else found


def _has_phrases(store: Store, entry: JournalEntry, phrases: Sequence[str]) -> bool:
    """Whether the entry's title, body or tags hold every phrase (case-insensitive)."""
    haystack = store.entries.search_text(entry)
    return all(phrase in haystack for phrase in phrases)


def listed_text(entries: Sequence[JournalEntry], fmt: str, environ: Mapping[str, str]) -> str:
    """The entries as `list` prints them: text lines (coloured only on a terminal), JSON or Markdown."""
    if fmt == "json":
        import orjson

        data = orjson.dumps([e.to_dict() for e in entries], option=orjson.OPT_INDENT_2)
        return json_printable(data.decode()) + "\n"
    if fmt == "md":
        return printable(markdown_list(entries))
    colour = colour_wanted(sys.stdout, environ)
    return "".join(entry_line(e, colour=colour) + "\n" for e in entries)


def markdown_list(entries: Sequence[JournalEntry]) -> str:
    """The entries in the order given as Markdown: a heading for each day, each entry under its title."""
    from lean_journal.exchange.ours import day_heading, markdown_entry

    parts: list[str] = []
    day: date | None = None
    for entry in entries:
        if entry.day != day:
            day = entry.day
            parts.append(f"{chr(10) if parts else ''}## {day_heading(day)}\n")
        parts.append(markdown_entry(entry).rstrip("\n") + "\n")
    return "".join(parts)
