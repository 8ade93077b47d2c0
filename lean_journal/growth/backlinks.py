"""What links back to an entry or a card: the learn and share items captured from it, the goals it is
evidence for. One line each, as the journal's entry view and the card's A3 page show them. Pure."""

from __future__ import annotations

from collections.abc import Iterable

from lean_journal.growth.goals import progress_text
from lean_journal.growth.links import goals_linking
from lean_journal.model.growth import Goal, Learning, Share

LEARNED = "Learned"
SHARED = "Shared"
EVIDENCE = "Evidence for goal"


def back_link_lines(
    reference: str, learnings: Iterable[Learning], shares: Iterable[Share], goals: Iterable[Goal]
) -> list[str]:
    """A line per learn item, share item and goal that links `reference` (e.g. `entry:<uuid>`)."""
    lines = [f"{LEARNED}: {item.title} ({item.short_id})" for item in learnings if reference in item.links]
    for share in shares:
        if reference in share.links:
            audience = f" with {share.audience}" if share.audience else ""
            lines.append(f"{SHARED}{audience}: {share.title} ({share.short_id})")
    for goal in goals_linking(goals, reference):
        progress = f", {progress_text(goal)}" if goal.milestones else ""
        lines.append(f"{EVIDENCE}: {goal.title} ({goal.short_id}{progress})")
    return lines
