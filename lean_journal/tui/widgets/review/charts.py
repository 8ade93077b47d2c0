"""Mood and energy by week as line charts with axes (textual-plotext; this module is imported only when
the Review area first draws its charts, never at start-up)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from textual_plotext import PlotextPlot

from lean_journal.review.trends import Means

MOOD_COLOUR, ENERGY_COLOUR = "orange", "cyan"
MIN_TICK_GAP = 2
"""Fewer weeks than this between the first two month labels leave the first out (they would collide)."""


def month_ticks(weeks: list[date]) -> tuple[list[int], list[str]]:
    """The x positions where a new month starts among the weeks, and the month's short name."""
    positions, labels, seen = [], [], None
    for index, monday in enumerate(weeks):
        if (monday.year, monday.month) != seen:
            seen = (monday.year, monday.month)
            positions.append(index)
            labels.append(f"{monday:%b}")
    if len(positions) > 1 and positions[1] - positions[0] < MIN_TICK_GAP:
        del positions[0], labels[0]  # a month of the year before, only its last days: no room for a label
    return positions, labels


class RatingsChart(PlotextPlot):
    """The mean mood and energy of each ISO week, 1 to 5, weeks with no rating left out."""

    DEFAULT_CSS = "RatingsChart { height: 14; width: 1fr; }"

    def show(self, by_week: Mapping[date, Means]) -> None:
        """Plot the weeks' means (a week with no rating is a gap in its line)."""
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        weeks = list(by_week)
        for name, colour in (("mood", MOOD_COLOUR), ("energy", ENERGY_COLOUR)):
            points = [(i, getattr(by_week[w], name)) for i, w in enumerate(weeks)]
            xs = [x for x, y in points if y is not None]
            ys = [y for _, y in points if y is not None]
            if xs:
                plt.plot(xs, ys, label=name, color=colour, marker="braille")
        plt.ylim(1, 5)
        plt.yticks([1, 2, 3, 4, 5])
        if weeks:
            plt.xlim(0, max(len(weeks) - 1, 1))
            positions, labels = month_ticks(weeks)
            plt.xticks([float(x) for x in positions], labels)
        plt.title("Mood and energy by week (1 to 5)")
        self.refresh()
