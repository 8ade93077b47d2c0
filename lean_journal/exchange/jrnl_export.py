"""Writing the journal as jrnl's plain-text journal file, which jrnl 4.x reads back as the same entries.

Each entry is `[YYYY-MM-DD HH:MM] Title` (` *` after a starred title), then its body, then a line of the
entry's tags that its text does not already hold (`#gemba #kanban`: jrnl finds tags in the text). Oldest
first, a blank line between entries. The date is the entry's day; the time, its creation's local time.
What jrnl has no place for (mood, energy, cards, Learn · Share · Grow) is left out: the JSON export keeps
everything. jrnl's format cannot say two things, so jrnl reads them differently: a title that itself ends
in `*` (jrnl takes it for a star) and a body line that starts with a bracketed date (a new entry to jrnl).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lean_journal.model import JournalEntry

TIME_FORMAT = "%Y-%m-%d %H:%M"
"""The timeformat written (jrnl's config `timeformat`; other formats read it too)."""
JRNL_TAG = re.compile(r"(?<!\S)([#@][-+*#/\w]+)")
"""jrnl 4.6's tag pattern with its default tag symbols `#@` (jrnl.journals.Entry.tag_regex)."""


def jrnl_tags(text: str) -> set[str]:
    """The tags jrnl finds in `text`, without their sigil, lower-cased as jrnl does."""
    return {tag[1:].lower() for tag in JRNL_TAG.findall(text)}


def jrnl_body(entry: JournalEntry) -> str:
    """The entry's body as jrnl is to read it: the body, then a line of the tags its text lacks."""
    body = entry.body.strip("\n")
    found = jrnl_tags(f"{entry.title}\n{body}")
    missing = [f"#{tag}" for tag in entry.tags if tag.lower() not in found]
    if missing:
        body += ("\n\n" if body.strip() else "") + " ".join(missing)
    return body


def jrnl_entry(entry: JournalEntry) -> str:
    """One entry as jrnl writes it: the bracketed date and time, the title (` *` when starred), the body."""
    moment = entry.created.astimezone()
    stamp = f"{entry.day.isoformat()} {moment:%H:%M}"
    header = f"[{stamp}] {entry.title}{' *' if entry.starred else ''}"
    body = jrnl_body(entry)
    return f"{header}\n{body}\n" if body.strip() else f"{header}\n"


def jrnl_journal(entries: Iterable[JournalEntry]) -> str:
    """Every entry as one jrnl journal file, oldest first."""
    ordered = sorted(
        entries, key=lambda e: (e.day, e.created.astimezone().strftime("%H:%M"), e.created, e.id)
    )
    return "\n".join(jrnl_entry(entry) for entry in ordered)
