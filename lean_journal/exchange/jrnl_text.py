"""Reading jrnl's plain-text journal file, split into entries exactly as jrnl 4.x splits it.

Each entry starts on a line `[2026-11-24 02:35:48 PM] Title…` (jrnl's default `%F %r`), or with the
24-hour `[2026-11-24 14:35]`, with or without seconds. As jrnl does: a trailing `*` on the first line stars
the entry, the first sentence (or the first line) is the title, `#` and `@` words anywhere are tags. The
entries get the same ids as the same journal's JSON export (exchange/jrnl.py), so the text and the JSON
export of one journal import as the same entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from lean_journal.exchange.jrnl import Each, as_is, build_entry, store_tags
from lean_journal.exchange.ours import ImportFormatError
from lean_journal.model import JournalEntry

FIRST_BLOB = re.compile(r"\[([^\]\n]+)\] ")
LATER_BLOB = re.compile(r"\n\[([^\]\n]+)\] ")
"""A `[…] ` stamp at the very start of the file, or at the start of a later line (as jrnl finds them)."""
STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?")
"""`%F %r` (jrnl's default, `2026-11-24 02:35:48 PM`), 24-hour `%Y-%m-%d %H:%M`, with or without seconds."""
LEADING_STAMP = re.compile(r"\A\ufeff?\s*\[(\d{4}-\d{2}-\d{2} [^\]\n]+)\] ")
TAG = re.compile(r"[#@][-+*#/\w]+")
"""jrnl's tag pattern for its default tag symbols `#@`; that a tag starts a word is checked by hand."""
NEWLINE = re.compile("\n")
SENTENCE_END = re.compile(
    r"([.!?\u2026\u203C\u203D\u2047\u2048\u2049\u22EF\uFE52\uFE57]['\u2019\"\u201D]?[\])]*\s+)"
    r"|[\uFF01\uFF0E\uFF1F\uFF61\u3002]"
)
"""jrnl's sentence splitter: a sentence terminal, an optional closing quote and bracket, then spaces."""


@dataclass(frozen=True)
class Raw:
    """One entry as found in the file: its stamp, its text and the line it starts on."""

    moment: datetime
    text: str
    line: int


def stamp(text: str) -> datetime | None:
    """The moment in a `[…]` stamp, in any of the formats read, or None."""
    found = STAMP.fullmatch(text.strip())
    if found is None:
        return None
    year, month, day, hour, minute = (int(found[n]) for n in range(1, 6))
    second = int(found[6] or 0)
    if found[7]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if found[7].lower() == "pm" else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _blobs(text: str) -> Iterator[re.Match[str]]:
    """Every `[…] ` at the start of the text or of a line, in order."""
    first = FIRST_BLOB.match(text)
    if first is not None:
        yield first
    yield from LATER_BLOB.finditer(text)


def is_jrnl_text(text: str) -> bool:
    """Whether `text` starts as a jrnl journal file does: with a dated first entry."""
    found = LEADING_STAMP.match(text)
    return found is not None and stamp(found[1]) is not None


def split_entries(text: str) -> list[Raw]:
    """The entries of a journal file, in file order (jrnl sorts them by date; the ids do not care)."""
    text = text.removeprefix("\ufeff")
    raws: list[Raw] = []
    start = 0
    line, counted = 1, 0
    for found in _blobs(text):
        moment = stamp(found[1])
        if moment is None:
            continue  # `[brackets] ` in a body that are not a date stay text, as in jrnl
        if raws:
            raws[-1] = Raw(raws[-1].moment, text[start : found.start()], raws[-1].line)
        elif text[: found.start()].strip():
            raise ImportFormatError("has text before its first dated entry, so it is not a jrnl journal")
        start = found.end()
        line += text.count("\n", counted, start)
        counted = start
        raws.append(Raw(moment, "", line))
    if not raws:
        raise ImportFormatError("holds no jrnl entries (lines such as `[2026-11-24 09:00] Title`)")
    raws[-1] = Raw(raws[-1].moment, text[start:], raws[-1].line)
    return raws


def split_title(text: str) -> tuple[str, str]:
    """jrnl's split: up to the first newline, else the first sentence, is the title."""
    sep = NEWLINE.search(text.lstrip()) or SENTENCE_END.search(text)
    if not sep:
        return text, ""
    return text[: sep.end()].strip(), text[sep.end() :].strip()


def parse_entry(raw: Raw) -> tuple[str, str, bool, tuple[str, ...]]:
    """Title, body, star and tags of one entry's text, as jrnl reads them."""
    text = raw.text
    lines = text.splitlines()
    starred = bool(lines) and lines[0].strip().endswith("*")
    if starred:
        text = lines[0].strip("\n *") + "\n" + "\n".join(lines[1:])
    title, body = split_title(text)
    tags = store_tags(tag.lower() for tag in _tags(raw.text))
    return title, body, starred, tags


def _tags(text: str) -> list[str]:
    """jrnl's tags in `text`: `#word` or `@word` at the start or after white space."""
    if "#" not in text and "@" not in text:
        return []
    return [m[0] for m in TAG.finditer(text) if m.start() == 0 or text[m.start() - 1].isspace()]


def read_jrnl_text(text: str, each: Each[Raw] = as_is) -> list[JournalEntry]:
    """Every entry of a jrnl journal file, in file order."""
    seen: dict[str, int] = {}
    entries = []
    for raw in each(split_entries(text)):
        title, body, starred, tags = parse_entry(raw)
        where = f"the entry on line {raw.line}"
        moment = raw.moment
        entries.append(build_entry(where, moment.date(), moment.time(), (title, body), tags, starred, seen))
    return entries
