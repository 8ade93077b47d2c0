"""The detail under each pane: every field of the highlighted item, its links and the goals linking back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from rich.text import Text

from lean_journal.growth import links
from lean_journal.growth.goals import due_text, progress_fraction, progress_text
from lean_journal.model.growth import Goal, Learning, Share, link, link_parts
from lean_journal.model.serial import SHORT_ID_LENGTH
from lean_journal.store import Store
from lean_journal.text import printable
from lean_journal.tui.widgets.growth.rows import NO_MILESTONES, bar, debt_text


def _line(text: Text, label: str, value: str) -> None:
    """Append 'label: value' (the value literal and sanitised) when there is a value."""
    if value:
        text.append(f"{label}: ", style="bold")
        text.append(printable(value))
        text.append("\n")


def title_of(document: Any) -> str:
    """What a linked document is called: its title (an entry without one: its day)."""
    title = getattr(document, "title", "") or ""
    return title or str(getattr(document, "day", ""))


def linked_titles(store: Store, references: Iterable[str]) -> list[str]:
    """'card 1a2b3c4d: title' for each typed link (a gone document is said to be gone)."""
    lines = []
    for reference in references:
        kind, item_id = link_parts(reference)
        document = links.target(store, reference)
        name = printable(title_of(document), multiline=False) if document is not None else "(gone)"
        lines.append(f"{links.KIND_LABEL.get(kind, kind)} {item_id[:SHORT_ID_LENGTH]}: {name}")
    return lines


def _list(text: Text, heading: str, lines: Sequence[str]) -> None:
    """Append a heading and its bulleted lines, when there are any."""
    if lines:
        text.append(f"{heading}:\n", style="bold")
        for line in lines:
            text.append(f"  • {line}\n")


def _goals_back(text: Text, goals: Iterable[Goal], reference: str) -> None:
    """Append the goals that name `reference` as evidence."""
    back = links.goals_linking(goals, reference)
    _list(text, "Evidence for", [printable(goal.title, multiline=False) for goal in back])


def learn_detail(item: Learning, store: Store, debt: int | None, goals: Sequence[Goal]) -> Text:
    """Every field of a learn item, whether it is in debt, the shares passing it on and goals naming it."""
    text = Text()
    text.append(printable(item.title, multiline=False) + "\n", style="bold")
    _line(text, "Insight", item.insight)
    _line(text, "Source", f"{item.source_kind.value}{' · ' + item.source if item.source else ''}")
    _line(text, "Day", item.day.isoformat())
    _line(text, "Tags", " ".join(f"#{tag}" for tag in item.tags))
    if debt is not None:
        text.append(f"{debt_text(debt)} not yet shared: press s to pay it forward\n", style="bold yellow")
    elif not item.worth_sharing:
        text.append("Kept to myself (not worth sharing)\n", style="dim")
    shares = [share for share in store.shares.all() if item.id in share.passes]
    _list(text, "Passed on in", [printable(share.title, multiline=False) for share in shares])
    _list(text, "From (l to link)", linked_titles(store, item.links))
    _goals_back(text, goals, link("learn", item.id))
    _line(text, "Notes", item.notes)
    text.append(f"id {item.short_id}", style="dim")
    return text


def share_detail(item: Share, store: Store, goals: Sequence[Goal]) -> Text:
    """Every field of a share item, the lessons it passed on and the goals that link it back."""
    text = Text()
    text.append(printable(item.title, multiline=False) + "\n", style="bold")
    _line(text, "To", item.audience)
    _line(text, "Via", item.channel.value)
    _line(text, "Day", item.day.isoformat())
    _line(text, "Tags", " ".join(f"#{tag}" for tag in item.tags))
    _list(text, "Passes on", linked_titles(store, (link("learn", i) for i in item.passes)))
    _list(text, "Links (l to link)", linked_titles(store, item.links))
    _goals_back(text, goals, link("share", item.id))
    _line(text, "Notes", item.notes)
    text.append(f"id {item.short_id}", style="dim")
    return text


def goal_detail(goal: Goal, store: Store, today: date) -> Text:
    """Every field of a goal: why, target, progress bar, milestones and evidence."""
    text = Text()
    text.append(printable(goal.title, multiline=False) + "\n", style="bold")
    _line(text, "Why", goal.why)
    due = due_text(goal, today)
    target = goal.target.isoformat() if goal.target else ""
    _line(text, "Target", f"{target} ({due})" if target and due else target)
    _line(text, "Status", goal.status.value)
    text.append("Progress: ", style="bold")
    text.append(f"{bar_line(goal)}\n")
    if goal.milestones:
        text.append("Milestones (m to tick, add, move):\n", style="bold")
        for number, milestone in enumerate(goal.milestones, 1):
            mark = "✔" if milestone.done_on else "○"
            text.append(f"  {number}. {mark} {printable(milestone.text, multiline=False)}")
            text.append(f"  {milestone.done_on.isoformat()}\n" if milestone.done_on else "\n", style="dim")
    _list(text, "Evidence (l to link)", linked_titles(store, goal.links))
    text.append(f"id {goal.short_id}", style="dim")
    return text


def bar_line(goal: Goal) -> str:
    """The progress bar and "3/5" of a goal, or "no milestones"."""
    return f"{bar(progress_fraction(goal), 20)} {progress_text(goal)}" if goal.milestones else NO_MILESTONES
