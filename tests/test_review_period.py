"""Review periods: months, years, ranges and rolling 365 days, their previous periods, and the CLI forms."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lean_journal.review.period import (
    Period,
    PeriodError,
    PeriodKind,
    parse_month,
    parse_year,
    period_between,
)


def test_a_month_holds_its_calendar_days_and_february_knows_leap_years() -> None:
    november = Period.month(2026, 11)
    assert (november.start, november.end, november.days) == (date(2026, 11, 1), date(2026, 11, 30), 30)
    assert Period.month(2028, 2).end == date(2028, 2, 29)
    assert Period.month(2027, 2).end == date(2027, 2, 28)
    assert date(2026, 11, 30) in november and date(2026, 12, 1) not in november
    assert datetime(2026, 11, 2, tzinfo=UTC) not in november and None not in november


def test_previous_of_a_month_is_the_previous_calendar_month_across_a_year_end() -> None:
    assert Period.month(2027, 1).previous() == Period.month(2026, 12)
    assert Period.month(2028, 3).previous() == Period(date(2028, 2, 1), date(2028, 2, 29), PeriodKind.MONTH)
    assert Period.month(2026, 3).previous().days == 28


def test_previous_of_a_year_is_the_previous_calendar_year() -> None:
    assert Period.year(2029).previous() == Period(date(2028, 1, 1), date(2028, 12, 31), PeriodKind.YEAR)
    assert Period.year(2029).previous().days == 366


def test_rolling_365_days_end_on_their_day_and_the_previous_is_the_365_before() -> None:
    rolling = Period.rolling(date(2026, 11, 24))
    assert (rolling.start, rolling.end, rolling.days) == (date(2025, 11, 25), date(2026, 11, 24), 365)
    before = rolling.previous()
    assert (before.start, before.end) == (date(2024, 11, 25), date(2025, 11, 24))


def test_a_range_previous_is_as_many_days_just_before() -> None:
    ten = Period.range(date(2026, 3, 1), date(2026, 3, 10))
    assert ten.previous() == Period.range(date(2026, 2, 19), date(2026, 2, 28))
    assert list(Period.range(date(2028, 2, 28), date(2028, 3, 1)).each_day()) == [
        date(2028, 2, 28),
        date(2028, 2, 29),
        date(2028, 3, 1),
    ]


def test_labels_name_the_period() -> None:
    assert Period.month(2026, 11).label == "November 2026"
    assert Period.year(2026).label == "2026"
    assert Period.range(date(2026, 1, 5), date(2026, 2, 20)).label == "2026-01-05 to 2026-02-20"


def test_the_cli_forms_are_read() -> None:
    assert parse_month("2026-11") == Period.month(2026, 11)
    assert parse_month(" 2028-02 ").end == date(2028, 2, 29)
    assert parse_year("2026") == Period.year(2026)
    today = date(2026, 11, 24)
    assert period_between(date(2026, 11, 1), None, today) == Period.range(date(2026, 11, 1), today)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026-13", "months go from 01 to 12"),
        ("2026-00", "months go from 01 to 12"),
        ("2026-1", "write it as YYYY-MM"),
        ("11-2026", "write it as YYYY-MM"),
        ("November", "write it as YYYY-MM"),
        ("0999-05", "the year must be from 1000"),
        ("\uff12\uff10\uff12\uff16-\uff11\uff11", "write it as YYYY-MM"),  # full-width digits
    ],
)
def test_a_bad_month_gets_one_clear_line(text: str, says: str) -> None:
    with pytest.raises(PeriodError, match=re.escape(says)) as error:
        parse_month(text)
    assert "\n" not in str(error.value)


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(PeriodError, match="later than --to"):
        period_between(date(2026, 11, 2), date(2026, 11, 1), date(2026, 11, 24))
    with pytest.raises(PeriodError, match="--to needs --from"):
        period_between(None, date(2026, 11, 1), date(2026, 11, 24))
    with pytest.raises(PeriodError):
        Period(date(2026, 11, 2), date(2026, 11, 1))


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_any_text_is_a_month_or_one_period_error(text: str) -> None:
    try:
        period = parse_month(text)
    except PeriodError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert period.kind is PeriodKind.MONTH and period.start.day == 1
        assert f"{period.start.year:04d}-{period.start.month:02d}" == text.strip()


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), st.from_regex(r"\A\d{4}-\d{2}\Z"), st.from_regex(r"\A\d{1,5}\Z")))
def test_any_text_is_a_year_or_one_period_error(text: str) -> None:
    for parse in (parse_year, parse_month):
        try:
            period = parse(text)
        except PeriodError as error:
            assert str(error) and "\n" not in str(error)
        else:
            assert period.start <= period.end and period.previous().end < period.start
