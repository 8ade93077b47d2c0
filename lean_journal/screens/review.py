"""The Review area (a deliberate placeholder until its issue fills it)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Header, Static

from lean_journal.model import Stage
from lean_journal.screens.area import AreaScreen
from lean_journal.widgets.steady_footer import SteadyFooter

PLANS = (
    "A year of journaling as a heatmap, with current and longest streaks.",
    "Trends by month: entries, tags, experiments started and finished.",
    "Throughput and cycle time of PDCA cards through Plan, Do, Check and Act.",
    "The monthly kaizen report, saved as Markdown or HTML.",
)


class ReviewScreen(AreaScreen):
    """Progress over months: heatmap, streaks, trends, throughput, and the monthly kaizen report."""

    AREA = "review"
    TITLE_TEXT = "Review"

    def compose(self) -> ComposeResult:
        """A header, what this area will hold, what this month holds so far, and the footer."""
        yield Header()
        yield Static(self.TITLE_TEXT, classes="area-title", markup=False)
        yield Static(
            "Progress over months: heatmap, streaks, trends, throughput, and the monthly kaizen report.",
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
        """Count this month's entries and the experiments finished so far."""
        today = self.clock.today()
        this_month = len(self.store.entries.list(since=today.replace(day=1), until=today))
        done = len(self.store.cards.list(stage=Stage.DONE))
        self.query_one("#area-count", Static).update(
            f"{today:%B %Y} so far: {this_month:,} journal entries · "
            f"{done:,} experiments done in all · {len(self.store.entries):,} entries in the file"
        )
