"""The rows of the Learn · Share · Grow panes: literal user text, the day, and what needs attention."""

from __future__ import annotations

from datetime import date

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from lean_journal.growth.goals import due_text, is_overdue, progress_fraction, progress_text
from lean_journal.model.growth import Goal, Learning, Share
from lean_journal.text import printable

TITLE_WIDTH = 60
BAR_WIDTH = 10
DEBT_MARK = "⚑"
NO_MILESTONES = "no milestones"
"""What a goal's progress says when it has no milestones (an empty bar and 0/0 would say nothing)."""


def clipped(text: str, width: int = TITLE_WIDTH) -> str:
    """The first line of `text`, sanitised, cut to `width` cells with an ellipsis."""
    line = printable(text.strip().split("\n")[0].strip(), multiline=False)
    return line if cell_len(line) <= width else set_cell_size(line, width - 1).rstrip() + "…"


def short_day(day: date, today: date) -> str:
    """A date as '1 Dec', with the year only when it is not this year."""
    return f"{day.day} {day:%b}" if day.year == today.year else f"{day.day} {day:%b %Y}"


def debt_text(age: int) -> str:
    """The share-debt mark of a lesson `age` days old: '⚑ 23 d'."""
    return f"{DEBT_MARK} {age} d"


def learn_row(item: Learning, today: date, debt: int | None) -> Text:
    """A learn row: the title, then the day, the source kind and the share-debt age when in debt."""
    row = Text(clipped(item.title))
    row.append("\n")
    row.append(f"{short_day(item.day, today)} · {item.source_kind.value}", style="dim")
    if debt is not None:
        row.append("  ")
        row.append(debt_text(debt), style="bold yellow")
    elif not item.worth_sharing:
        row.append(" · kept to myself", style="dim italic")
    return row


def share_row(item: Share, today: date) -> Text:
    """A share row: the title, then the day, the channel, the audience and how many lessons it passed on."""
    row = Text(clipped(item.title))
    row.append("\n")
    details = [short_day(item.day, today), item.channel.value]
    if item.audience:
        details.append(f"to {clipped(item.audience, 24)}")
    if item.passes:
        details.append(f"passes {len(item.passes)}")
    row.append(" · ".join(details), style="dim")
    return row


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """A progress bar of `width` cells, `fraction` of it filled."""
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "█" * filled + "░" * (width - filled)


def goal_row(goal: Goal, today: date) -> Text:
    """A goal row: the title, then the status, the progress bar and "3/5" (or "no milestones"), and the days
    left or overdue."""
    row = Text(clipped(goal.title))
    row.append("\n")
    row.append(f"{goal.status.value} ", style="dim")
    if goal.milestones:
        row.append(bar(progress_fraction(goal)), style="green")
        row.append(f" {progress_text(goal)}", style="bold")
    else:
        row.append(NO_MILESTONES, style="dim italic")
    due = due_text(goal, today)
    if due:
        row.append(f" · {due}", style="bold red" if is_overdue(goal, today) else "dim")
    return row
