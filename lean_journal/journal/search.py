"""Journal search: parse what is typed in the search box, find the entries, and the spans to highlight.

A query is words (all must match, case-insensitive), `#tag` (all must be carried), `from:DATE` and
`to:DATE` (any date `dates.parse_day` reads, e.g. `from:2026-03-05` or `to:yesterday`) and `starred`.
Pure: no Textual; the store is only asked through its `entries.list(...)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Protocol

from lean_journal.journal.dates import AmbiguousDateError, DateParseError, parse_day
from lean_journal.model import JournalEntry

STARRED_WORDS = frozenset({"starred", "is:starred", "★"})
MAX_MARKS = 2000
"""At most this many matches are marked in one text (a huge body full of matches stays quick)."""
DATE_KEYS = {"from:": "since", "since:": "since", "to:": "until", "until:": "until"}


class EntryLister(Protocol):
    """What search needs of the store's entry repository."""

    def list(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        tag: str | None = None,
        text: str | None = None,
        starred: bool | None = None,
    ) -> list[JournalEntry]:
        """Entries matching every filter given, newest first."""
        ...


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A parsed search: what to match, and the parts that could not be read (shown, not raised)."""

    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    starred: bool = False
    problems: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Whether the query filters nothing (every entry matches)."""
        return not (self.words or self.tags or self.starred) and self.since is None and self.until is None

    @property
    def highlight_terms(self) -> tuple[str, ...]:
        """What to mark in a shown entry: the words and the '#tags'."""
        return self.words + tuple(f"#{tag}" for tag in self.tags)

    def describe(self) -> str:
        """The query in one short line, e.g. 'words "kanban" · #gemba · from 2026-03-01 · starred'."""
        parts = [f'"{word}"' for word in self.words] + [f"#{tag}" for tag in self.tags]
        if self.since:
            parts.append(f"from {self.since.isoformat()}")
        if self.until:
            parts.append(f"to {self.until.isoformat()}")
        if self.starred:
            parts.append("starred")
        return " · ".join(parts)


def parse_query(text: str, today: date) -> SearchQuery:
    """Read the search box's text; unreadable dates become `problems`, never errors."""
    words: list[str] = []
    tags: list[str] = []
    dates: dict[str, date] = {}
    problems: list[str] = []
    starred = False
    for token in text.split():
        lowered = token.lower()
        key = next((k for k in DATE_KEYS if lowered.startswith(k)), None)
        if key is not None:
            _read_date(token[len(key) :], DATE_KEYS[key], today, dates, problems)
        elif lowered in STARRED_WORDS:
            starred = True
        elif lowered.startswith("#"):
            tag = lowered.lstrip("#")
            if tag and tag not in tags:
                tags.append(tag)
        elif lowered not in words:
            words.append(lowered)
    return SearchQuery(
        tuple(words), tuple(tags), dates.get("since"), dates.get("until"), starred, tuple(problems)
    )


def _read_date(value: str, name: str, today: date, dates: dict[str, date], problems: list[str]) -> None:
    """Put the date `value` under `name` in `dates`, or note why it cannot be read."""
    if not value:
        return  # still being typed
    label = name.replace("since", "from").replace("until", "to")
    try:
        dates[name] = parse_day(value.replace("_", " "), today)
    except AmbiguousDateError as error:
        problems.append(f"{label}: {error}")
    except DateParseError:
        problems.append(f"{label}: {value} is not a date")


def find_entries(entries: EntryLister, query: SearchQuery) -> list[JournalEntry]:
    """The entries matching `query`, newest first, from the store's in-memory text."""
    found = entries.list(
        text=" ".join(query.words) or None,
        tag=query.tags[0] if query.tags else None,
        since=query.since,
        until=query.until,
        starred=True if query.starred else None,
    )
    if len(query.tags) > 1:
        found = [e for e in found if all(tag in e.all_tags for tag in query.tags[1:])]
    return found


def match_spans(text: str, terms: Iterable[str], limit: int = MAX_MARKS) -> list[tuple[int, int]]:
    """The first spans (start, end) of `text` where any of `terms` occurs, case-insensitive, merged."""
    spans = sorted(
        (match.start(), match.end())
        for term in terms
        if term
        for match in islice(re.finditer(re.escape(term), text, re.IGNORECASE), limit)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged[:limit]


def on_this_day(entries: Iterable[JournalEntry], today: date) -> list[JournalEntry]:
    """Entries written on today's month and day in earlier years, newest first."""
    same_day = (today.month, today.day)
    found = [e for e in entries if (e.day.month, e.day.day) == same_day and e.day.year < today.year]
    found.sort(key=lambda e: (e.day, e.created), reverse=True)
    return found
