"""Model validation: good values normalise, bad values raise an error naming the field."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lean_journal.model import Card, JournalEntry, Share, Stage, StageChange, ValidationError, body_tags
from lean_journal.model.entry import BODY_TAG

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def entry(**changes: object) -> JournalEntry:
    """A valid entry with some fields changed."""
    fields = {"day": date(2026, 11, 24), "title": "Gemba walk", "created": NOW, "updated": NOW}
    fields.update(changes)
    return JournalEntry(**fields)  # type: ignore[arg-type]


def test_entry_normalises_title_tags_and_day() -> None:
    """Titles collapse whitespace, tags lose '#' and case, ISO days become dates."""
    made = entry(title="  Walked   the line ", tags=["#Gemba", "gemba", "5S"], day="2026-03-05")
    assert made.title == "Walked the line"
    assert made.tags == ("gemba", "5s")
    assert made.day == date(2026, 3, 5)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "   "}, "title"),
        ({"mood": 9}, "mood"),
        ({"mood": 0}, "mood"),
        ({"energy": "high"}, "energy"),
        ({"day": "2026-02-30"}, "day"),
        ({"day": "yesterday"}, "day"),
        ({"created": datetime(2026, 1, 1)}, "created"),
        ({"tags": ["two words"]}, "tags"),
        ({"id": "not-a-uuid"}, "id"),
    ],
)
def test_bad_entry_values_name_the_field(changes: dict, field: str) -> None:
    """Each bad value raises ValidationError whose message starts with the field name."""
    with pytest.raises(ValidationError) as caught:
        entry(**changes)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")


def test_unknown_stage_is_refused() -> None:
    """A card stage outside the flow names the field and the allowed stages."""
    with pytest.raises(ValidationError, match="stage: 'doing' is not one of struggle"):
        Card(title="Shorter changeovers", created=NOW, updated=NOW, stage="doing")  # type: ignore[arg-type]


def test_card_limits_whys_to_five() -> None:
    """Root cause analysis keeps at most five whys."""
    with pytest.raises(ValidationError, match="whys"):
        Card(title="x", created=NOW, updated=NOW, whys=("a", "b", "c", "d", "e", "f"))


def test_every_kind_round_trips_through_a_dict() -> None:
    """to_dict/from_dict give back an equal object, nested parts included."""
    card = Card(
        title="Fewer interruptions",
        created=NOW,
        updated=NOW,
        stage=Stage.CHECK,
        history=(StageChange(Stage.PLAN, NOW), StageChange(Stage.DO, NOW + timedelta(days=2))),
        actions=({"day": "2026-11-20", "text": "Quiet hour 9-10"},),  # type: ignore[arg-type]
        check_date="2026-12-01",  # type: ignore[arg-type]
        decision="adopt",  # type: ignore[arg-type]
        impact=45,
        impact_unit="minutes per week",
    )
    item = Share(title="Taught 5S", day=date(2026, 11, 2), created=NOW, updated=NOW, channel="coaching")  # type: ignore[arg-type]
    for obj in (entry(body="text #flow", mood=3, energy=4, starred=True), card, item):
        assert type(obj).from_dict(obj.to_dict()) == obj


def test_from_dict_names_a_missing_field() -> None:
    """A document without a required field is refused clearly."""
    with pytest.raises(ValidationError, match="title: is missing"):
        JournalEntry.from_dict({"day": "2026-01-01", "created": NOW.isoformat(), "updated": NOW.isoformat()})


def test_body_tags_skip_headings_and_anchors() -> None:
    """'#tag' in prose counts; '# Heading', 'issue#12' and URL fragments do not."""
    body = "# Heading\nWalked the #gemba today, see issue#12 and http://x.org/a#frag #5S #Flow-Kaizen"
    assert body_tags(body) == ("gemba", "flow-kaizen")


LOOK_BEHIND_FIRST = re.compile(r"(?<![\w#&/])#([^\W\d_][\w-]*)")
"""The body-tag pattern as first written, look-behind first: the reference the faster one must match."""


@settings(max_examples=500)
@given(body=st.text(alphabet="#&/_-aZé5 \n.:", max_size=40) | st.text(max_size=40))
def test_body_tags_are_found_as_the_first_pattern_found_them(body: str) -> None:
    assert BODY_TAG.findall(body) == LOOK_BEHIND_FIRST.findall(body)


def test_objects_are_immutable() -> None:
    """A returned object cannot be changed in place, so nothing leaks into the store."""
    made = entry(tags=["a"])
    with pytest.raises(AttributeError):
        made.title = "changed"  # type: ignore[misc]
    assert isinstance(made.tags, tuple)


@given(mood=st.one_of(st.integers(), st.text(), st.floats(), st.none(), st.booleans()))
def test_any_mood_is_valid_or_a_validation_error(mood: object) -> None:
    """Whatever comes in as mood, the result is a 1-5 value, None, or a named ValidationError."""
    try:
        made = entry(mood=mood)
    except ValidationError as error:
        assert error.field == "mood"
    else:
        assert made.mood is None or 1 <= made.mood <= 5


@given(day=st.text(max_size=30))
def test_any_day_text_is_a_date_or_a_validation_error(day: str) -> None:
    """Arbitrary text as a day gives a date or an error naming 'day', never a crash."""
    try:
        made = entry(day=day)
    except ValidationError as error:
        assert error.field == "day"
    else:
        assert isinstance(made.day, date)


@given(title=st.text(max_size=200))
def test_any_title_text_is_kept_literally_or_refused(title: str) -> None:
    """Any title is stored as typed (whitespace folded) or refused as empty."""
    try:
        made = entry(title=title)
    except ValidationError as error:
        assert error.field == "title"
        assert not title.split()
    else:
        assert made.title == " ".join(title.split())


@pytest.mark.parametrize("field", ["title", "body", "tags"])
def test_unsaveable_characters_are_refused_by_name(field: str) -> None:
    """Lone surrogates (from undecodable bytes) cannot be written as JSON, so they are refused up front."""
    broken = "caf\udce9"
    value: object = [broken] if field == "tags" else broken
    with pytest.raises(ValidationError, match="broken characters") as caught:
        entry(**{field: value})
    assert caught.value.field == field
