"""The Learn · Share · Grow area (a deliberate placeholder until its issue fills it)."""

from __future__ import annotations

from lean_journal.model import GrowthKind
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
        counts = {kind: 0 for kind in GrowthKind}
        for item in self.store.growth.all():
            counts[item.kind] += 1
        return (
            f"{sum(counts.values()):,} in the journal file: {counts[GrowthKind.LEARN]:,} learned, "
            f"{counts[GrowthKind.SHARE]:,} shared, {counts[GrowthKind.GROW]:,} growing"
        )
