"""The Review area (a deliberate placeholder until its issue fills it)."""

from __future__ import annotations

from lean_journal.model import Stage
from lean_journal.tui.screens.placeholder import PlaceholderArea


class ReviewScreen(PlaceholderArea):
    """Progress over months: heatmap, streaks, trends, throughput, and the monthly kaizen report."""

    AREA = "review"
    BLURB = "Progress over months: heatmap, streaks, trends, throughput, and the monthly kaizen report."
    PLANS = (
        "A year of journaling as a heatmap, with current and longest streaks.",
        "Trends by month: entries, tags, experiments started and finished.",
        "Throughput and cycle time of PDCA cards through Plan, Do, Check and Act.",
        "The monthly kaizen report, saved as Markdown or HTML.",
    )

    def count_line(self) -> str:
        """This month's entries and the experiments finished so far."""
        today = self.clock.today()
        this_month = len(self.store.entries.list(since=today.replace(day=1), until=today))
        done = len(self.store.cards.list(stage=Stage.DONE))
        return (
            f"{today:%B %Y} so far: {this_month:,} journal entries · "
            f"{done:,} experiments done in all · {len(self.store.entries):,} entries in the file"
        )
