"""A small month calendar: the days written are marked, today and the selected day stand out."""

from __future__ import annotations

import calendar
from collections.abc import Collection
from datetime import date

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

CELL = 3
HEADER_ROWS = 2
WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


def month_weeks(month: date) -> list[list[date | None]]:
    """The weeks of `month`, Monday first; days outside the month are None (any month, 0001 to 9999)."""
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdayscalendar(month.year, month.month)
    return [[month.replace(day=day) if day else None for day in week] for week in weeks]


class MonthCalendar(Widget):
    """One month, Monday first; a click on a day posts DayClicked."""

    COMPONENT_CLASSES = {
        "month-calendar--title",
        "month-calendar--weekday",
        "month-calendar--written",
        "month-calendar--today",
        "month-calendar--selected",
    }
    DEFAULT_CSS = """
    MonthCalendar {
        width: 22;
        height: 8;
        padding: 0 1;
        & > .month-calendar--title { text-style: bold; color: $accent; }
        & > .month-calendar--weekday { color: $text-muted; }
        & > .month-calendar--written { color: $success; text-style: bold; }
        & > .month-calendar--today { text-style: underline; }
        & > .month-calendar--selected { background: $accent 40%; }
    }
    """

    class DayClicked(Message):
        """The user clicked `day`."""

        def __init__(self, month_calendar: MonthCalendar, day: date) -> None:
            """From `month_calendar`, about `day`."""
            super().__init__()
            self.month_calendar = month_calendar
            self.day = day

        @property
        def control(self) -> MonthCalendar:
            """The calendar clicked."""
            return self.month_calendar

    def __init__(self, today: date, *, id: str | None = None) -> None:
        """Show the month of `today`, nothing written yet."""
        super().__init__(id=id)
        self.today = today
        self.month = today.replace(day=1)
        self.selected: date | None = None
        self.written: Collection[date] = frozenset()

    def show(self, selected: date | None, written: Collection[date] | None = None) -> None:
        """Show the month of `selected` (or today's) with `selected` marked; `written` replaces the marks."""
        if written is None and selected == self.selected:
            return
        if written is not None:
            self.written = written
        self.selected = selected
        self.month = (selected or self.today).replace(day=1)
        self.refresh()

    def render(self) -> Text:
        """The title, the weekday initials and the weeks."""
        style = self.get_component_rich_style
        lines = [
            Text(f"{self.month:%B %Y}".center(7 * CELL - 1), style=style("month-calendar--title")),
            Text(" ".join(WEEKDAYS), style=style("month-calendar--weekday")),
        ]
        lines += [self._week_line(week) for week in month_weeks(self.month)]
        return Text("\n").join(lines)

    def _week_line(self, week: list[date | None]) -> Text:
        """One week: each day right-aligned in its cell, styled by what it is."""
        line = Text()
        for index, day in enumerate(week):
            if index:
                line.append(" ")
            line.append(f"{day.day:>2}" if day else "  ", style=self._day_style(day) if day else "")
        return line

    def _day_style(self, day: date) -> Style | str:
        """The style of one day: written, today, selected, or plain."""
        style = self.get_component_rich_style
        combined = style("month-calendar--written") if day in self.written else None
        for name, applies in (("today", day == self.today), ("selected", day == self.selected)):
            if applies:
                extra = style(f"month-calendar--{name}")
                combined = extra if combined is None else combined + extra
        return combined or ""

    def on_click(self, event: events.Click) -> None:
        """Post DayClicked for the day under the mouse."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y < HEADER_ROWS:
            return
        weeks = month_weeks(self.month)
        row, column = offset.y - HEADER_ROWS, offset.x // CELL
        day = weeks[row][column] if row < len(weeks) and column < 7 else None
        if day is not None:
            self.post_message(self.DayClicked(self, day))
