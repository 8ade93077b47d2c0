"""What `learn list`, `share list` and `grow list` print: aligned lines, or JSON with what is derived."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from lean_journal.growth.goals import due_text, progress_text
from lean_journal.model.growth import Goal, GoalStatus, Learning, Share
from lean_journal.text import json_printable, printable

DEBT_STYLE = "33"  # yellow: a lesson waiting to be passed on
OVERDUE_STYLE = "31"  # red


def use_colour(environ: Mapping[str, str]) -> bool:
    """Colour only on a terminal, and never with NO_COLOR set (https://no-color.org)."""
    return sys.stdout.isatty() and not environ.get("NO_COLOR")


def cell_width(text: str) -> int:
    """How many terminal columns `text` takes (wide characters two, combining marks none)."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _cell(text: str) -> str:
    """User text as one harmless line."""
    return printable(text, multiline=False)


def table(rows: Sequence[Sequence[str]], styles: Sequence[str | None] = (), *, colour: bool = False) -> str:
    """Rows as lines with every column but the last padded to its widest cell (styles per row, if colour)."""
    if not rows:
        return ""
    cells = [[_cell(cell) for cell in row] for row in rows]
    widths = [max(cell_width(row[i]) for row in cells) for i in range(len(cells[0]) - 1)]
    lines = []
    for number, row in enumerate(cells):
        padded = [cell + " " * (width - cell_width(cell)) for cell, width in zip(row, widths, strict=False)]
        line = "  ".join([*padded, row[-1]]).rstrip()
        style = styles[number] if number < len(styles) else None
        lines.append(f"\x1b[{style}m{line}\x1b[0m" if colour and style else line)
    return "".join(f"{line}\n" for line in lines)


def _tags(tags: Sequence[str]) -> str:
    """`#a #b`."""
    return " ".join(f"#{tag}" for tag in tags)


def days_text(count: int) -> str:
    """ "1 day", "22 days"."""
    return f"{count} day{'s' if count != 1 else ''}"


def debt_label(age: int | None) -> str:
    """ "not shared, 22 days" for a lesson in share debt, else ""."""
    return "" if age is None else f"not shared, {days_text(age)}"


def learn_lines(items: Sequence[Learning], debt: Mapping[str, int], *, colour: bool = False) -> str:
    """`day  id  debt  title  (kind: source)  #tags`, one learn item a line."""
    rows = []
    for item in items:
        source = ": ".join(part for part in (item.source_kind.value, item.source) if part)
        age = debt_label(debt.get(item.id))
        rows.append([item.day.isoformat(), item.short_id, age, item.title, f"({source})", _tags(item.tags)])
    styles = [DEBT_STYLE if item.id in debt else None for item in items]
    return table(rows, styles, colour=colour)


def share_lines(items: Sequence[Share]) -> str:
    """`day  id  channel  audience  title  passes N`, one share item a line."""
    rows = [
        [
            item.day.isoformat(),
            item.short_id,
            item.channel.value,
            f"to {item.audience}" if item.audience else "",
            item.title,
            f"passes {len(item.passes)}" if item.passes else "",
        ]
        for item in items
    ]
    return table(rows)


def goal_lines(items: Sequence[Goal], today: date, *, colour: bool = False) -> str:
    """`id  status  2/3  target  due  title`, one goal a line."""
    rows = [
        [
            item.short_id,
            item.status.value,
            progress_text(item),
            item.target.isoformat() if item.target else "",
            due_text(item, today),
            item.title,
        ]
        for item in items
    ]
    styles = [OVERDUE_STYLE if due_text(item, today).endswith("overdue") else None for item in items]
    return table(rows, styles, colour=colour)


def milestone_line(what: str, goal: Goal, number: int) -> str:
    """`ticked 2 "Ask before telling" · 2/3`: what happened to milestone `number`, and the progress."""
    done_on = goal.milestones[number - 1].done_on
    when = f" on {done_on.isoformat()}" if done_on and what.startswith("already") else ""
    return f'{what} {number} "{_cell(goal.milestones[number - 1].text)}"{when} · {progress_text(goal)}\n'


def learn_json(items: Sequence[Learning], debt: Mapping[str, int]) -> list[dict[str, Any]]:
    """The learn items' dictionaries, with `share_debt_days` on those in debt."""
    return [
        item.to_dict() | ({"share_debt_days": debt[item.id]} if item.id in debt else {}) for item in items
    ]


def goal_json(items: Sequence[Goal]) -> list[dict[str, Any]]:
    """The goals' dictionaries, with `progress` {done, total}."""
    return [
        item.to_dict() | {"progress": dict(zip(("done", "total"), item.progress, strict=True))}
        for item in items
    ]


def json_text(data: list[dict[str, Any]]) -> str:
    """A JSON array, indented, with the controls orjson leaves raw escaped."""
    import orjson

    return json_printable(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()) + "\n"


OPEN_FIRST = {GoalStatus.ACTIVE: 0, GoalStatus.IDEA: 1, GoalStatus.DONE: 2, GoalStatus.DROPPED: 3}


def goal_order(goal: Goal) -> tuple[int, bool, date, str]:
    """How `grow list` orders goals: under way first, then the soonest target (none last), then title."""
    return OPEN_FIRST[goal.status], goal.target is None, goal.target or date.min, goal.title.lower()
