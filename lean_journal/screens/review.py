"""The Review area (a placeholder until its issue fills it)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from lean_journal.screens.area import AreaScreen


class ReviewScreen(AreaScreen):
    """Progress over months: heatmap, streaks, trends, throughput, and the monthly kaizen report."""

    AREA = "review"
    TITLE_TEXT = "Review"

    def compose(self) -> ComposeResult:
        """A header, what this area will hold, and the footer."""
        yield Header()
        yield Static("Review", classes="area-title", markup=False)
        yield Static(
            "Progress over months: heatmap, streaks, trends, throughput, and the monthly kaizen report.",
            classes="area-blurb",
            markup=False,
        )
        yield Static(id="area-count", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        """Show how much the store holds."""
        self.refresh_from_store()

    def refresh_from_store(self) -> None:
        """Count what the store holds for this area."""
        count = len(self.store.entries)
        self.query_one("#area-count", Static).update(f"{count:,} in the journal file")
