"""The day-cell grid of the Review area: weeks as columns, weekdays as rows, a cursor on one day.

A fixed-size grid drawn as one Rich Text (month labels, seven rows of cells, the legend); the arrow keys
move the cursor while it has the focus, and every move posts `DayHighlighted`; enter posts `DayChosen`.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from lean_journal.review.heatmap import WEEKDAYS, Heatmap
from lean_journal.text import day_label

SHADES = ("#30363d", "#0e4429", "#006d32", "#26a641", "#39d353")
"""Level 0 (nothing written) to 4 (the most words), the colours of a contribution calendar."""
CELL = "■"
CURSOR = "▣"
LABEL_WIDTH = 4
CELL_WIDTH = 2


class DayHeatmap(Widget, can_focus=True):
    """The twelve months' grid; the cursor's day is `cursor`."""

    DEFAULT_CSS = """
    DayHeatmap { height: 9; width: auto; padding: 0 1; }
    DayHeatmap:focus { background: $boost; }
    """
    BINDINGS = [
        Binding("left", "move(-7)", "Week before", show=False),
        Binding("right", "move(7)", "Week after", show=False),
        Binding("up", "move(-1)", "Day before", show=False),
        Binding("down", "move(1)", "Day after", show=False),
        Binding("enter", "choose", "Open day", tooltip="List the day's entries to open one"),
    ]

    cursor: reactive[date | None] = reactive(None, layout=False)

    class DayHighlighted(Message):
        """The cursor moved onto `day`."""

        def __init__(self, day: date) -> None:
            """About `day`."""
            super().__init__()
            self.day = day

    class DayChosen(Message):
        """Enter on `day`."""

        def __init__(self, day: date) -> None:
            """About `day`."""
            super().__init__()
            self.day = day

    def __init__(self, *, id: str | None = None) -> None:
        """An empty grid until `show` gives it one."""
        super().__init__(id=id)
        self.grid: Heatmap | None = None

    def show(self, grid: Heatmap, cursor: date) -> None:
        """Draw `grid` with the cursor on `cursor` (moved inside the grid and not after today)."""
        self.grid = grid
        self.cursor = self._clamped(cursor)
        self.refresh(layout=True)

    def _clamped(self, day: date) -> date:
        """`day` moved into the grid's window, and no later than today."""
        assert self.grid is not None
        window = self.grid.window
        last = min(window.end, self.grid.today)
        return max(window.start, min(day, last))

    def watch_cursor(self, old: date | None, new: date | None) -> None:
        """Say which day the cursor is on now."""
        if new is not None and new != old:
            self.post_message(self.DayHighlighted(new))

    def action_move(self, days: int) -> None:
        """Move the cursor `days` days (a week left or right, a day up or down)."""
        if self.grid is None or self.cursor is None:
            return
        self.cursor = self._clamped(self.cursor + timedelta(days=days))

    def action_choose(self) -> None:
        """Enter: the cursor's day is chosen."""
        if self.cursor is not None:
            self.post_message(self.DayChosen(self.cursor))

    def get_content_width(self, container: object, viewport: object) -> int:
        """As wide as the grid's columns and labels."""
        weeks = len(self.grid.weeks) if self.grid else 53
        return LABEL_WIDTH + CELL_WIDTH * weeks

    def render(self) -> Text:
        """Month labels, seven weekday rows, and the legend."""
        grid = self.grid
        if grid is None:
            return Text("")
        text = Text(no_wrap=True, overflow="crop")
        text.append(self._month_row(grid) + "\n", Style(dim=True))
        for weekday in range(7):
            text.append(f"{WEEKDAYS[weekday]:<{LABEL_WIDTH}}", Style(dim=True))
            for week in range(len(grid.weeks)):
                text.append_text(self._cell(grid, grid.cell(week, weekday)))
            text.append("\n")
        text.append_text(self._legend(grid))
        return text

    def _month_row(self, grid: Heatmap) -> str:
        """The month names above the columns where each month starts."""
        row = [" "] * (LABEL_WIDTH + CELL_WIDTH * len(grid.weeks) + 4)
        taken = 0
        for column, name in grid.month_labels():
            at = max(LABEL_WIDTH + CELL_WIDTH * column, taken)
            row[at : at + len(name)] = name
            taken = at + len(name) + 1
        return "".join(row).rstrip()

    def _cell(self, grid: Heatmap, day: date) -> Text:
        """One day's cell: shaded by its level, the cursor marked, blank outside the window or after today."""
        if not grid.in_grid(day) or day > grid.today:
            return Text(" " * CELL_WIDTH)
        colour = SHADES[grid.level(day)]
        if day == self.cursor:
            mark = Style(color="#f0c674", bold=True, reverse=self.has_focus)
            return Text.assemble((CURSOR, mark), " ")
        return Text.assemble((CELL, Style(color=colour)), " ")

    def _legend(self, grid: Heatmap) -> Text:
        """The shades with the words each stands for, and the cursor's day."""
        text = Text("Words: ", style=Style(dim=True))
        for level, words in grid.legend():
            text.append(CELL, Style(color=SHADES[level]))
            text.append(f" {words}  ", Style(dim=True))
        if self.cursor is not None:
            text.append(f"  {CURSOR} {day_label(self.cursor)}", Style(color="#f0c674"))
        return text

    def on_focus(self) -> None:
        """Show the cursor as focused."""
        self.refresh()

    def on_blur(self) -> None:
        """Show the cursor as unfocused."""
        self.refresh()
