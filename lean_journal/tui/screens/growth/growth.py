"""The Learn · Share · Grow area (a deliberate placeholder until its issue fills it)."""

from __future__ import annotations

from lean_journal.tui.screens.placeholder import PlaceholderArea


class GrowthScreen(PlaceholderArea):
    """Learn · Share · Grow: What I learned, what I shared with others, how I am growing."""

    AREA = "growth"
    BLURB = "What I learned, what I shared with others, how I am growing."
    PLANS = (
        "Three columns: what I learned (and where), what I shared (and with whom), how I grow.",
        "Add an item in one line; move it from idea to active to done.",
        "Link an item to the journal entry or PDCA card it came from.",
        "Filter by kind, tag or month, and search every note.",
    )

    def count_line(self) -> str:
        """How many items of each kind the file holds."""
        learned, shared, goals = len(self.store.learnings), len(self.store.shares), len(self.store.goals)
        total = learned + shared + goals
        return f"{total:,} in the journal file: {learned:,} learned, {shared:,} shared, {goals:,} goals"
