"""The Learn · Share · Grow area (a deliberate placeholder until its issue fills it)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Header, Static

from lean_journal.model import GrowthKind
from lean_journal.screens.area import AreaScreen
from lean_journal.widgets.steady_footer import SteadyFooter

PLANS = (
    "Three columns: what I learned (and where), what I shared (and with whom), how I grow.",
    "Add an item in one line; move it from idea to active to done.",
    "Link an item to the journal entry or PDCA card it came from.",
    "Filter by kind, tag or month, and search every note.",
)


class GrowthScreen(AreaScreen):
    """Learn · Share · Grow: What I learned, what I shared with others, how I am growing."""

    AREA = "growth"
    TITLE_TEXT = "Learn · Share · Grow"

    def compose(self) -> ComposeResult:
        """A header, what this area will hold, what the file holds today, and the footer."""
        yield Header()
        yield Static(self.TITLE_TEXT, classes="area-title", markup=False)
        yield Static(
            "What I learned, what I shared with others, how I am growing.",
            classes="area-blurb",
            markup=False,
        )
        yield Static(id="area-count", markup=False)
        plans = Static("\n".join(f"• {plan}" for plan in PLANS), classes="area-plans", markup=False)
        plans.border_title = "Coming to this area"
        yield plans
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Show how much the store holds."""
        self.refresh_from_store()

    def refresh_from_store(self) -> None:
        """Count the items of each kind in the store."""
        counts = {kind: 0 for kind in GrowthKind}
        for item in self.store.growth.all():
            counts[item.kind] += 1
        total = sum(counts.values())
        self.query_one("#area-count", Static).update(
            f"{total:,} in the journal file: {counts[GrowthKind.LEARN]:,} learned, "
            f"{counts[GrowthKind.SHARE]:,} shared, {counts[GrowthKind.GROW]:,} growing"
        )
