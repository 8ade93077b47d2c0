"""The kaizen deck as plain data: a deck of slides, each a title and a few blocks, for every format.

The texts are display-ready (controls already made harmless by `lean_journal.text.printable`), never
markup: each renderer escapes them for its own format, and a screen shows them as literal text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

NO_AUTHOR = "Author not set"
"""The name a deck shows when no author is set."""


def and_more(count: int) -> str:
    """The last point of a list cut short, saying how many it leaves out: '… and 3 more'."""
    return f"… and {count} more"


class SlideKind(StrEnum):
    """Which part of the deck a slide is (the order of the deck)."""

    TITLE = "title"
    NUMBERS = "numbers"
    STRUGGLES = "struggles"
    CARD = "card"
    RECHECKS = "rechecks"
    DROPPED = "dropped"
    GROWTH = "growth"  # Learn · Share · Grow on a slide of its own: the short deck, where nothing was dropped
    NEXT = "next"


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph (it may hold line breaks)."""

    text: str


@dataclass(frozen=True, slots=True)
class Bullets:
    """A list of one-line points, under an optional heading; `empty` is said when there are none."""

    heading: str
    items: tuple[str, ...]
    empty: str = ""


@dataclass(frozen=True, slots=True)
class Fields:
    """Labelled values, as an A3 in brief: ('Problem', '...'), ('Before → after', '12 → 4 min')."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """One headline number: its label, its value as shown, and its change against last month."""

    label: str
    value: str
    change: str = ""


@dataclass(frozen=True, slots=True)
class Figures:
    """A row of headline numbers."""

    items: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table of text cells, with its header; `more` rows were left out after `rows`."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    more: int = 0

    @property
    def shown_rows(self) -> tuple[tuple[str, ...], ...]:
        """The rows, then one saying how many were left out (when any were)."""
        if not self.more:
            return self.rows
        return (*self.rows, (and_more(self.more), *("",) * (len(self.header) - 1)))


@dataclass(frozen=True, slots=True)
class Series:
    """One named row of chart values, one per category (None: no value)."""

    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart: categories along the axis and one or more series."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]


@dataclass(frozen=True, slots=True)
class Heatmap:
    """Words written on each day of the month, from its first day (a calendar of shaded cells)."""

    title: str
    first: date
    words: tuple[int, ...]


Block = Text | Bullets | Fields | Figures | Table | Chart | Heatmap


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide: its kind, its title and its blocks, in order; `card_id` for a card's A3 in brief."""

    kind: SlideKind
    title: str
    blocks: tuple[Block, ...] = ()
    subtitle: str = ""
    card_id: str | None = None


@dataclass(frozen=True, slots=True)
class Deck:
    """A month's kaizen deck: who sends it, for which month, and its slides in order; `empty` when no card
    finished, moved forward or was dropped in the month (the short deck)."""

    title: str
    author: str
    month: date
    month_label: str
    slides: tuple[Slide, ...]
    empty: bool = False

    @property
    def signed(self) -> bool:
        """Whether the deck names its author (not the placeholder said when none is set)."""
        return self.author != NO_AUTHOR

    @property
    def titles(self) -> tuple[str, ...]:
        """Every slide's title, in order."""
        return tuple(slide.title for slide in self.slides)
