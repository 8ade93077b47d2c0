"""Natural dates for the jump box and search: what a user types, relative to a fixed today."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lean_journal.dates import DateParseError, parse_day

TODAY = date(2026, 11, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-05", date(2026, 3, 5)),
        (" 2026-3-5 ", date(2026, 3, 5)),
        ("today", TODAY),
        ("Yesterday", date(2026, 11, 23)),
        ("tomorrow", date(2026, 11, 25)),
        ("3 days ago", date(2026, 11, 21)),
        ("last monday", date(2026, 11, 23)),
        ("last Friday", date(2026, 11, 20)),
        ("monday", date(2026, 11, 23)),
        ("next monday", date(2026, 11, 30)),
        ("2 weeks ago", date(2026, 11, 10)),
        ("5 march", date(2026, 3, 5)),
        ("march 5 2025", date(2025, 3, 5)),
        ("dec 25", date(2025, 12, 25)),
    ],
)
def test_reads_natural_dates(text: str, expected: date) -> None:
    """Each phrase names the day a journal writer means."""
    assert parse_day(text, TODAY) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "soon", "foo yesterday", "2026-02-30", "10:30", "24/11/2025", "x" * 200, "[b]"]
)
def test_refuses_what_is_not_a_date(text: str) -> None:
    """Not a date: one clear error that says what would work."""
    with pytest.raises(DateParseError) as caught:
        parse_day(text, TODAY)
    assert "yesterday" in str(caught.value)
    assert "\n" not in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_text_gives_a_day_or_a_clean_error(text: str) -> None:
    """Whatever is typed, the answer is a date or DateParseError, never another exception."""
    with contextlib.suppress(DateParseError):
        assert isinstance(parse_day(text, TODAY), date)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**7))
def test_huge_offsets_are_clean_errors(days: int) -> None:
    """'N days ago' far beyond the calendar is refused cleanly."""
    with contextlib.suppress(DateParseError):
        parse_day(f"{days} days ago", TODAY)
