"""The A3 form's text conversions: every card shows as text that parses back to the same card."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lean_journal.model import Card, ValidationError
from lean_journal.pdca.a3_form import (
    ALL_SPECS,
    WHY_KEYS,
    changed_keys,
    describe_error,
    form_values,
    parse_changes,
    show_number,
)

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
NUMBER_KEYS = [key for key, spec in ALL_SPECS.items() if spec.kind == "number"]
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


def blank_card(**fields: object) -> Card:
    """A card with only a title, plus the fields given."""
    return Card(title="A card", created=NOW, updated=NOW).with_changes(**fields)


@given(value=finite)
def test_numbers_show_as_text_that_parses_back(value: float) -> None:
    """Any finite number survives the round trip through the form exactly."""
    text = show_number(value)
    assert parse_changes({"baseline": text}, ["baseline"]) == {"baseline": value}


@given(text=words, key=st.sampled_from(NUMBER_KEYS))
def test_typed_numbers_are_numbers_or_a_named_error(text: str, key: str) -> None:
    """Whatever is typed into a number field either parses or is refused naming that field."""
    try:
        parsed = parse_changes({key: text}, [key])[key]
    except ValidationError as error:
        assert error.field == key
        assert describe_error(error).startswith(f"{ALL_SPECS[key].label}:")
    else:
        assert parsed is None or isinstance(parsed, float)


@given(text=words)
def test_typed_check_dates_are_days_or_a_named_error(text: str) -> None:
    """A check date parses to a day, to nothing when blank, or names 'Check date' when wrong."""
    try:
        parsed = parse_changes({"check_date": text}, ["check_date"])["check_date"]
    except ValidationError as error:
        assert describe_error(error).startswith("Check date:")
    else:
        assert parsed is None or isinstance(parsed, date)


@given(whys=st.lists(st.text(min_size=1, max_size=20).filter(str.strip), max_size=5), problem=words)
def test_every_card_shows_without_unsaved_edits_and_round_trips(whys: list[str], problem: str) -> None:
    """A card's own form text counts as unedited, and parsing all of it changes nothing."""
    card = blank_card(
        whys=tuple(w.strip() for w in whys), problem=problem, baseline=2.5, check_date=date(2027, 1, 2)
    )
    values = form_values(card)
    assert changed_keys(card, values) == []
    assert card.with_changes(**parse_changes(values, list(values))) == card


def test_whys_keep_their_order_and_drop_blanks() -> None:
    """Five why inputs become the card's whys, in order, without the empty ones."""
    values = dict.fromkeys(WHY_KEYS, "") | {"why1": "a", "why3": " c "}
    assert parse_changes(values, ["why3"]) == {"whys": ("a", "c")}


def test_a_blank_title_is_refused() -> None:
    """The title is required."""
    with pytest.raises(ValidationError, match="title"):
        parse_changes({"title": "  "}, ["title"])
