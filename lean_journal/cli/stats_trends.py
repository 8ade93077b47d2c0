"""What `stats` prints under its table: mood and energy by week and by month, mood by tag, and "on this
day" in earlier years, compact (short cells laid out in columns) and with user text made harmless; and
how the table shows a figure (`shown`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from lean_journal.review.trends import JournalTrends, Means
from lean_journal.text import printable

if TYPE_CHECKING:
    from rich.console import RenderableType

NONE = "\u2013"  # an en dash: no figure


def shown(value: object) -> str:
    """A figure as `stats` shows it: a dash for none, decimals only where there are some."""
    if value is None:
        return NONE
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def _cell(label: str, means: Means) -> str:
    """'26 Oct  3.5 / 4' (mood / energy)."""
    return f"{label}  {shown(means.mood)} / {shown(means.energy)}"


def _rated(buckets: Mapping[date, Means]) -> bool:
    """Whether any bucket has a mood or an energy."""
    return any(m.mood is not None or m.energy is not None for m in buckets.values())


def _columns(heading: str, cells: list[str]) -> list[RenderableType]:
    """A bold heading over the cells laid out in as many columns as fit."""
    from rich.columns import Columns
    from rich.text import Text

    return [Text(heading, style="bold"), Columns([Text(cell) for cell in cells], padding=(0, 4))]


def ratings_parts(trends: JournalTrends) -> list[RenderableType]:
    """Mood / energy by week (each week named by its Monday) and by month, or one line if none rated."""
    from rich.text import Text

    if not _rated(trends.by_month):
        return [Text("Mood / energy: none rated in this period", style="bold")]
    weeks = [_cell(f"{monday.day} {monday:%b}", means) for monday, means in trends.by_week.items()]
    months = [_cell(f"{first:%b} {first.year}", means) for first, means in trends.by_month.items()]
    return [
        *_columns("Mood / energy by week (named by its Monday)", weeks),
        *_columns("Mood / energy by month", months),
    ]


def tag_parts(trends: JournalTrends) -> list[RenderableType]:
    """Mean mood of each tag with its number of entries, or one line if no entry was tagged."""
    from rich.text import Text

    if not trends.by_tag:
        return [Text("Mood by tag: no tagged entry in this period", style="bold")]
    cells = [
        f"#{printable(tag, multiline=False)}  {shown(means.mood)} ({means.entries})"
        for tag, means in trends.by_tag.items()
    ]
    return _columns("Mood by tag (entries)", cells)


def on_this_day_parts(trends: JournalTrends) -> list[RenderableType]:
    """The entries of R's day in earlier years, newest year first: year, short id, title."""
    from rich.text import Text

    day = f"{trends.day.day} {trends.day:%b}"
    if not trends.on_this_day:
        return [Text(f"On this day ({day}): nothing in earlier years", style="bold")]
    rows = [
        Text(f"{entry.day.year}  {entry.short_id}  {printable(entry.title, multiline=False)}")
        for entry in trends.on_this_day
    ]
    return [Text(f"On this day ({day}) in earlier years", style="bold"), *rows]


def trends_parts(trends: JournalTrends) -> list[RenderableType]:
    """Everything printed under the table, a blank line before each block."""
    from rich.text import Text

    parts: list[RenderableType] = []
    for block in (ratings_parts(trends), tag_parts(trends), on_this_day_parts(trends)):
        parts.extend([Text(""), *block])
    return parts
