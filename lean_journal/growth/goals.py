"""Goals: progress as "3/5", days left or overdue, and milestone changes. Pure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lean_journal.model.growth import Goal, GoalStatus, Milestone


def progress_text(goal: Goal) -> str:
    """Milestones done out of all, as "3/5" ("0/0" when there are none)."""
    done, total = goal.progress
    return f"{done}/{total}"


def progress_fraction(goal: Goal) -> float:
    """How far along the milestones are, 0.0 to 1.0 (a done goal without milestones is 1.0)."""
    done, total = goal.progress
    if total == 0:
        return 1.0 if goal.status is GoalStatus.DONE else 0.0
    return done / total


def days_left(goal: Goal, today: date) -> int | None:
    """Days until the target date (negative when overdue), or None without a target."""
    return None if goal.target is None else (goal.target - today).days


def due_text(goal: Goal, today: date) -> str:
    """ "12 days left", "due today", "3 days overdue", or "" without a target or once closed."""
    left = days_left(goal, today)
    if left is None or goal.status in (GoalStatus.DONE, GoalStatus.DROPPED):
        return ""
    if left == 0:
        return "due today"
    count = abs(left)
    noun = "day" if count == 1 else "days"
    return f"{count} {noun} left" if left > 0 else f"{count} {noun} overdue"


def is_overdue(goal: Goal, today: date) -> bool:
    """An open goal whose target date has passed."""
    left = days_left(goal, today)
    return left is not None and left < 0 and goal.status in (GoalStatus.IDEA, GoalStatus.ACTIVE)


def milestone(goal: Goal, number: int) -> Milestone:
    """Milestone `number` (1-based) of the goal, or a ValueError naming the range."""
    return goal.milestones[_index(goal, number)]


def marked(goal: Goal, number: int, done_on: date | None) -> Goal:
    """The goal with milestone `number` (1-based) done on `done_on` (None: not done)."""
    index = _index(goal, number)
    changed = replace(goal.milestones[index], done_on=done_on)
    return goal.with_changes(milestones=(*goal.milestones[:index], changed, *goal.milestones[index + 1 :]))


def tick(goal: Goal, number: int, today: date) -> Goal:
    """The goal with milestone `number` (1-based) done today, or not done if it was (a toggle)."""
    return marked(goal, number, None if milestone(goal, number).done_on else today)


def add_milestone(goal: Goal, text: str) -> Goal:
    """The goal with a new last milestone."""
    return goal.with_changes(milestones=(*goal.milestones, Milestone(text)))


def remove_milestone(goal: Goal, number: int) -> Goal:
    """The goal without milestone `number` (1-based)."""
    index = _index(goal, number)
    return goal.with_changes(milestones=goal.milestones[:index] + goal.milestones[index + 1 :])


def move_milestone(goal: Goal, number: int, by: int) -> Goal:
    """The goal with milestone `number` (1-based) moved `by` places up (-1) or down (+1), kept in range."""
    index = _index(goal, number)
    items = list(goal.milestones)
    new = max(0, min(len(items) - 1, index + by))
    items.insert(new, items.pop(index))
    return goal.with_changes(milestones=tuple(items))


def _index(goal: Goal, number: int) -> int:
    """The 0-based index of milestone `number`, or a ValueError naming the range."""
    if not 1 <= number <= len(goal.milestones):
        count = len(goal.milestones)
        raise ValueError(
            f"milestone {number} does not exist (the goal has {count})"
            if count
            else "the goal has no milestones"
        )
    return number - 1
