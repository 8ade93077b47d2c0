"""The text of one row of the journal's entry list: star, date, mood, title and tags fitted to a width."""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.style import Style

from lean_journal.model import JournalEntry
from lean_journal.text import printable, shortened

PREFIX_WIDTH = 15  # "★ 2026-11-24 4 "
NO_STYLE = Style()


class RowStyles(NamedTuple):
    """The rich styles of one paint of the list: the widget's own, and one per part of a row."""

    base: Style
    cursor: Style
    star: Style
    date: Style
    mood: Style
    tags: Style
    empty: Style


def one_line(text: str) -> str:
    """`text` sanitised on one line: any run of whitespace becomes one space (emoji sequences stay whole)."""
    return " ".join(printable(text, multiline=False).split())


def row_parts(entry: JournalEntry, width: int) -> tuple[str, str, str, str, str]:
    """Star, date, mood, title with the gap after it, and tags of an entry's row of `width` cells.

    The title gets what the tags leave, and the tags at most a third of the room after the date;
    both are cut with '…'. If even the date does not fit, the row is cut at `width`.
    """
    prefix = ("★ " if entry.starred else "  ", f"{entry.day.isoformat()} ", f"{entry.mood or '·'} ")
    room = max(0, width - PREFIX_WIDTH)
    tags = one_line(" ".join(f"#{tag}" for tag in entry.all_tags))
    tag_room = min(len(tags), room // 3) if tags else 0
    title = shortened(one_line(entry.title) or "(untitled)", max(0, room - tag_room - (1 if tag_room else 0)))
    tags = shortened(tags, tag_room)
    gap = " " * max(0, room - cell_len(title) - cell_len(tags))
    parts = (*prefix, title + gap, tags)
    if width >= PREFIX_WIDTH:
        return parts
    return cut_parts(parts, width)


def cut_parts(parts: tuple[str, ...], width: int) -> tuple[str, str, str, str, str]:
    """`parts` with their text cut after `width` cells in all (a list narrower than a row's date)."""
    out: list[str] = []
    for part in parts:
        out.append(set_cell_size(part, max(0, min(cell_len(part), width))))
        width -= cell_len(out[-1])
    return (out[0], out[1], out[2], out[3], out[4])
