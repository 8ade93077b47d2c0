"""Natural dates for the jump box and search: what a user types, relative to a fixed today."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lean_journal.journal.dates import AmbiguousDateError, DateParseError, parse_day

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
        ("24/11/2025", date(2025, 11, 24)),
        ("25.03.2026", date(2026, 3, 25)),
        ("3/25/2026", date(2026, 3, 25)),
        ("2026.03.05", date(2026, 3, 5)),
        ("2026/3/5", date(2026, 3, 5)),
        ("12.12.2026", date(2026, 12, 12)),
        ("25.3.", date(2026, 3, 25)),
        ("25.12", date(2025, 12, 25)),
        ("29/2", date(2024, 2, 29)),
    ],
)
def test_reads_natural_dates(text: str, expected: date) -> None:
    """Each phrase names the day a journal writer means."""
    assert parse_day(text, TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        *("", "   ", "soon", "foo yesterday", "2026-02-30", "10:30", "x" * 200, "[b]"),
        *("31.04.2026", "13.13.2026", "05.03.26", "05.03/2026", "2026.3", "0.3.2026"),
    ],
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


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "05.03.2026",
            "05.03.2026 is ambiguous: write 2026-03-05 or 5 Mar 2026, or 2026-05-03 or 3 May 2026",
        ),
        (
            "03/05/2026",
            "03/05/2026 is ambiguous: write 2026-05-03 or 3 May 2026, or 2026-03-05 or 5 Mar 2026",
        ),
        ("5-3-2026", "5-3-2026 is ambiguous: write 2026-03-05 or 5 Mar 2026, or 2026-05-03 or 3 May 2026"),
        ("1/2", "1/2 is ambiguous: write 2026-02-01 or 1 Feb 2026, or 2026-01-02 or 2 Jan 2026"),
    ],
)
def test_a_numeric_date_that_names_two_days_is_refused_naming_both(text: str, message: str) -> None:
    """Day-month or month-day? Never guessed: the error names both days as they should be written."""
    with pytest.raises(AmbiguousDateError) as caught:
        parse_day(text, TODAY)
    assert str(caught.value) == message


@settings(max_examples=200, deadline=None)
@given(
    day=st.integers(1, 31), month=st.integers(1, 12), year=st.integers(1900, 2100), sep=st.sampled_from("./-")
)
def test_a_numeric_date_is_the_one_day_it_can_be_or_refused(
    day: int, month: int, year: int, sep: str
) -> None:
    """`D.M.YYYY` is read as that day only when no month-day reading exists; otherwise it is refused."""
    text = f"{day:02}{sep}{month:02}{sep}{year}"
    try:
        expected: date | None = date(year, month, day)
    except ValueError:
        expected = None
    other_reading_exists = day <= 12 and day != month
    if expected is None or other_reading_exists:
        with pytest.raises(DateParseError):
            parse_day(text, TODAY)
    else:
        assert parse_day(text, TODAY) == expected


@pytest.mark.parametrize("text", ["05.03.2026", "03/05/2026", "1/2"])
def test_every_way_an_ambiguous_date_suggests_reads_back_as_that_day(text: str) -> None:
    """The hint's forms (ISO and month named) are each read by the same parser as the day they name."""
    with pytest.raises(AmbiguousDateError) as caught:
        parse_day(text, TODAY)
    for day in caught.value.readings:
        assert parse_day(day.isoformat(), TODAY) == day
        assert parse_day(f"{day.day} {day:%b %Y}", TODAY) == day
