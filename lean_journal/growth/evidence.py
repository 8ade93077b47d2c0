"""What an item can link, for the picker: every entry, card and share item (a goal's evidence; a learn or
share item asks for entries and cards only), newest first, and the ones that match what was typed. Pure.

What is typed is words and ids: each word must be in the document's text (title, body, fields, tags; the
repository's search text) or begin its id (from `links.MIN_PREFIX` characters); `entry:`, `card:` or
`share:` keeps that kind only, with the start of an id after the colon if wanted. A leading `#` is
dropped, so `#1a2b3c4d` and `#tag` work as typed elsewhere. Documents whose title holds every word come
first, then those named by id, then those matched elsewhere (in the body, say); each group newest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from lean_journal.growth.links import MIN_PREFIX, REPOSITORY_OF
from lean_journal.model.growth import link
from lean_journal.model.serial import SHORT_ID_LENGTH

if TYPE_CHECKING:
    from lean_journal.store import Store

PICKER_KINDS = ("entry", "card", "share")
"""The kinds the picker can list (others, a learn item say, are still linked by typing their short id)."""
SHOWN = 200
"""The most candidates shown at once; the rest are counted ("type to narrow")."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One document an item could link: its kind, id, day and title, and the text words are found in."""

    kind: str
    id: str
    day: date
    created: datetime
    title: str
    text: str
    """Lower-cased: everything words are looked for in."""
    heading: str
    """The title, lower-cased: a match here ranks first."""

    @property
    def reference(self) -> str:
        """The typed link an item stores, e.g. `card:<uuid>`."""
        return link(self.kind, self.id)

    @property
    def short_id(self) -> str:
        """The id as text names it (its first SHORT_ID_LENGTH characters, as every model value's)."""
        return self.id[:SHORT_ID_LENGTH]


@dataclass(frozen=True, slots=True)
class Matches:
    """The candidates to show, best first, and how many more matched than are shown."""

    shown: tuple[Candidate, ...]
    more: int

    @property
    def total(self) -> int:
        """How many candidates matched in all."""
        return len(self.shown) + self.more


def day_of(item: Any) -> date:
    """The day a document belongs to: its own day, or (a card) the day it was made."""
    day = getattr(item, "day", None)
    return day if isinstance(day, date) else item.created.date()


def candidate(kind: str, item: Any, text: str) -> Candidate:
    """The candidate for `item` of `kind`, with `text` (lower-cased) to look for words in."""
    title = item.title
    return Candidate(kind, item.id, day_of(item), item.created, title, text, title.lower())


def newest_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates by day and time made, the newest first."""
    return sorted(candidates, key=lambda one: (one.day, one.created, one.id), reverse=True)


def evidence_candidates(
    store: Store, leave_out: Iterable[str] = (), kinds: Iterable[str] = PICKER_KINDS
) -> list[Candidate]:
    """Every document of `kinds` (default: entries, cards and share items) in `store` but those in
    `leave_out` (typed links), newest first."""
    skip = set(leave_out)
    found = []
    for kind in dict.fromkeys(kinds):
        repository = getattr(store, REPOSITORY_OF[kind])
        for item in repository.all():
            if link(kind, item.id) not in skip:
                found.append(candidate(kind, item, repository.search_text(item)))
    return newest_first(found)


@dataclass(frozen=True, slots=True)
class Wanted:
    """What was typed, parsed: the kind asked for, the start of an id after it, and the words."""

    kind: str | None = None
    id_prefix: str = ""
    words: tuple[str, ...] = ()


def parse_typed(typed: str) -> Wanted:
    """The kind, id start and words in `typed` (never raises; an unknown `kind:` keeps nothing)."""
    kind: str | None = None
    id_prefix = ""
    words: list[str] = []
    for token in typed.lower().split():
        token = token.lstrip("#")
        head, colon, tail = token.partition(":")
        if colon and kind is None:
            kind, id_prefix = head, tail
        elif token:
            words.append(token)
    return Wanted(kind, id_prefix, tuple(dict.fromkeys(words)))


def matching(candidates: Sequence[Candidate], typed: str, limit: int = SHOWN) -> Matches:
    """The candidates matching `typed`, best first, at most `limit` of them (the rest counted)."""
    wanted = parse_typed(typed)
    pool = list(candidates)
    if wanted.kind is not None:
        kind, start = wanted.kind, wanted.id_prefix
        pool = [one for one in pool if one.kind == kind and one.id.startswith(start)]
    for word in sorted(wanted.words, key=len, reverse=True):  # the longest word narrows the most
        pool = _with_word(pool, word)
    if wanted.words:
        pool = _ranked(pool, wanted.words)
    return Matches(tuple(pool[:limit]), max(0, len(pool) - limit))


def _with_word(pool: list[Candidate], word: str) -> list[Candidate]:
    """The candidates whose text holds `word`, or whose id begins with it (if long enough to be one)."""
    if len(word) < MIN_PREFIX:
        return [one for one in pool if word in one.text]
    return [one for one in pool if word in one.text or one.id.startswith(word)]


def _ranked(pool: list[Candidate], words: tuple[str, ...]) -> list[Candidate]:
    """Those with every word in the title, then those an id names, then the rest; each in the order given."""
    in_title: list[Candidate] = []
    by_id: list[Candidate] = []
    elsewhere: list[Candidate] = []
    ids = [word for word in words if len(word) >= MIN_PREFIX]
    for one in pool:
        if all(word in one.heading for word in words):
            in_title.append(one)
        elif any(one.id.startswith(word) for word in ids):
            by_id.append(one)
        else:
            elsewhere.append(one)
    return [*in_title, *by_id, *elsewhere]
