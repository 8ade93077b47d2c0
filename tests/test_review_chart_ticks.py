"""The mood chart's month labels: one per month, none crowded into the first week."""

from __future__ import annotations

from datetime import date, timedelta

from lean_journal.tui.widgets.review.charts import month_ticks


def mondays(first: date, count: int) -> list[date]:
    """`count` Mondays from `first`."""
    return [first + timedelta(weeks=n) for n in range(count)]


def test_a_year_whose_first_week_starts_in_december_labels_january_only() -> None:
    """2026's first ISO week starts on 29 Dec 2025: that lone December week gets no label of its own."""
    positions, labels = month_ticks(mondays(date(2025, 12, 29), 10))
    assert labels[:3] == ["Jan", "Feb", "Mar"]
    assert positions[:3] == [1, 5, 9]


def test_months_that_start_the_weeks_keep_their_label() -> None:
    """Weeks from a Monday in June: June is labelled at 0 and July where it starts."""
    positions, labels = month_ticks(mondays(date(2026, 6, 1), 6))
    assert (positions, labels) == ([0, 5], ["Jun", "Jul"])
