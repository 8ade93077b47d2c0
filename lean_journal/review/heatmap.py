"""The Review area's day-cell grid, like a contribution calendar: a column per ISO week, a row per weekday.

Pure (no Textual). The grid covers the twelve months that end with the shown period's month (a year or a
rolling 365 days: the period itself), one cell per day, shaded by the words written that day:
- level 0: nothing written (or a day after today, which is left blank);
- levels 1 to 4: the day's words up to the 25th, 50th and 75th percentile (nearest rank) of the written
  days' words in the grid, and above it; a day written with empty bodies is level 1.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from lean_journal.review.pdca_figures import percentile
from lean_journal.review.period import Period, PeriodKind
from lean_journal.review.streaks import monday_of

LEVELS = 5
DASH = "\u2013"  # an en dash, between the words a level stands for
QUARTILES = (25, 50, 75)
WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
"""Row labels (every other weekday named, as contribution calendars do)."""


def window_of(period: Period) -> Period:
    """The days the grid covers: a year or a rolling stretch itself; else the twelve months ending with
    the period's last month."""
    if period.kind in (PeriodKind.YEAR, PeriodKind.ROLLING) or period.days >= 365:
        return period
    end = period.end
    first_year, first_month = (end.year, end.month - 11) if end.month == 12 else (end.year - 1, end.month + 1)
    return Period.range(date(first_year, first_month, 1), end)


@dataclass(frozen=True, slots=True)
class Heatmap:
    """The grid: its weeks (each seven days, Monday first), each day's words and level, and the legend."""

    window: Period
    today: date
    weeks: tuple[date, ...]
    """The Monday of each column, oldest first."""
    words: Mapping[date, int]
    thresholds: tuple[int, ...]
    """The upper bounds of levels 1, 2 and 3 (level 4 is above the last)."""

    def days(self) -> list[date]:
        """Every day of the grid's window, in order."""
        return list(self.window.each_day())

    def in_grid(self, day: date) -> bool:
        """Whether `day` has a cell (inside the window)."""
        return day in self.window

    def level(self, day: date) -> int:
        """The shade of `day`: 0 for nothing written, else 1 to 4 (see the module docstring)."""
        words = self.words.get(day)
        if words is None:
            return 0
        return 1 + sum(1 for bound in self.thresholds if words > bound)

    def cell(self, week: int, weekday: int) -> date:
        """The day of column `week` and row `weekday` (0 is Monday)."""
        return self.weeks[week] + timedelta(days=weekday)

    def position(self, day: date) -> tuple[int, int]:
        """The column and row of `day`."""
        return (monday_of(day) - self.weeks[0]).days // 7, day.weekday()

    def month_labels(self) -> list[tuple[int, str]]:
        """The column where each month of the window first shows, and its short name."""
        labels: list[tuple[int, str]] = []
        for column, monday in enumerate(self.weeks):
            for offset in range(7):
                day = monday + timedelta(days=offset)
                if day.day == 1 and day in self.window:
                    labels.append((column, calendar.month_abbr[day.month]))
        if not labels or labels[0][0] > 0:
            first = self.window.start
            labels.insert(0, (0, calendar.month_abbr[first.month]))
        return labels

    def legend(self) -> list[tuple[int, str]]:
        """Each level with the words it stands for: (0, 'none'), (1, '0-120'), ... (4, '400+ words')
        (a range is written with an en dash)."""
        bounds = self.thresholds
        if not bounds:
            return [(0, "nothing written"), (1, "written")]
        out = [(0, "none")]
        low = 0
        for level, high in enumerate(bounds, start=1):
            out.append((level, f"{low}{DASH}{high}" if high > low else (f"{high}" if high == low else DASH)))
            low = high + 1
        out.append((len(bounds) + 1, f"{low}+ words"))
        return out


def thresholds_of(words: Collection[int]) -> tuple[int, ...]:
    """The 25th, 50th and 75th nearest-rank percentiles of the written days' words (() when none)."""
    if not words:
        return ()
    values = sorted(words)
    return tuple(int(percentile(values, p) or 0) for p in QUARTILES)


def build_heatmap(words_per_day: Mapping[date, int], window: Period, today: date) -> Heatmap:
    """The grid of `window` from the words written on each written day (days missing: none written)."""
    inside = {day: words for day, words in words_per_day.items() if day in window and day <= today}
    weeks: list[date] = []
    monday = monday_of(window.start)
    while monday <= window.end:
        weeks.append(monday)
        monday += timedelta(days=7)
    return Heatmap(window, today, tuple(weeks), inside, thresholds_of(list(inside.values())))
