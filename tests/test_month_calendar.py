"""The month grid of the journal's calendar: Monday first, any month from year 1 to 9999."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from lean_journal.tui.widgets.journal.month_calendar import month_weeks


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 11, 30)))
def test_the_weeks_are_those_of_the_calendar_module(day: date) -> None:
    """Same weeks as the standard library's calendar, with days of other months left out."""
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(day.year, day.month)
    assert month_weeks(day) == [[d if d.month == day.month else None for d in week] for week in weeks]


def test_the_last_month_there_is_has_a_grid() -> None:
    """December 9999 (where the standard library's calendar overflows) still gets its five weeks."""
    weeks = month_weeks(date(9999, 12, 31))
    assert weeks[0][:3] == [None, None, date(9999, 12, 1)]
    assert weeks[-1] == [date(9999, 12, d) for d in range(27, 32)] + [None, None]
    assert sum(1 for week in weeks for day in week if day) == 31
