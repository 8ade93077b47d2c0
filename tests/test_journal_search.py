"""Journal search: query parsing, matching through the store, highlight spans, on this day, card links."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from lean_journal.journal.links import card_id_of, link_cards
from lean_journal.journal.search import SearchQuery, find_entries, match_spans, on_this_day, parse_query
from lean_journal.model import JournalEntry
from lean_journal.store import Store

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def entry(
    day: date, title: str, body: str = "", tags: tuple[str, ...] = (), starred: bool = False
) -> JournalEntry:
    """An entry written on `day`."""
    return JournalEntry(day=day, title=title, body=body, tags=tags, starred=starred, created=NOW, updated=NOW)


def test_parses_words_tags_dates_and_starred() -> None:
    """Every kind of term lands in its place; words are lower-cased and deduplicated."""
    query = parse_query("Kanban #Gemba from:2026-03-01 to:yesterday starred kanban", TODAY)
    assert query == SearchQuery(
        words=("kanban",), tags=("gemba",), since=date(2026, 3, 1), until=date(2026, 11, 23), starred=True
    )
    assert query.describe() == '"kanban" · #gemba · from 2026-03-01 · to 2026-11-23 · starred'


def test_bad_or_unfinished_dates_are_problems_not_errors() -> None:
    """A date still being typed is ignored; a wrong one is reported as a problem."""
    assert parse_query("from:", TODAY) == SearchQuery()
    query = parse_query("from:2026-0 walk", TODAY)
    assert query.words == ("walk",)
    assert query.since is None
    assert query.problems == ("from: 2026-0 is not a date",)
    assert parse_query("to:3_days_ago", TODAY).until == date(2026, 11, 21)


def test_empty_query() -> None:
    """Blank text filters nothing."""
    assert parse_query("   ", TODAY).is_empty
    assert not parse_query("starred", TODAY).is_empty


def test_find_entries_through_the_store(store: Store) -> None:
    """Words must all match, tags (explicit or in the body) must all be carried, dates bound the days."""
    store.entries.add_many(
        [
            entry(date(2026, 3, 1), "Gemba walk", "Saw the #Kanban board", ("gemba",)),
            entry(date(2026, 5, 1), "Kanban limits", "WIP too high", ("kanban",), starred=True),
            entry(date(2026, 9, 1), "Quiet day", "Nothing about boards"),
        ]
    )

    def titles(text: str) -> list[str]:
        """Titles found for `text`, newest first."""
        return [e.title for e in find_entries(store.entries, parse_query(text, TODAY))]

    assert titles("KANBAN") == ["Kanban limits", "Gemba walk"]
    assert titles("kanban walk") == ["Gemba walk"]
    assert titles("#kanban") == ["Kanban limits", "Gemba walk"]
    assert titles("#kanban #gemba") == ["Gemba walk"]
    assert titles("from:2026-04-01") == ["Quiet day", "Kanban limits"]
    assert titles("to:2026-04-01") == ["Gemba walk"]
    assert titles("starred") == ["Kanban limits"]
    assert titles("board from:2026-06-01") == ["Quiet day"]
    assert titles("nothing-like-this") == []


def test_match_spans_are_case_insensitive_and_merged() -> None:
    """Spans point into the original text and overlapping terms merge."""
    text = "Kanban and KANBAN; kan"
    assert match_spans(text, ["kanban"]) == [(0, 6), (11, 17)]
    assert match_spans(text, ["kan", "kanban"]) == [(0, 6), (11, 17), (19, 22)]
    assert match_spans("[b]x[/b]", ["[b]"]) == [(0, 3)]
    assert match_spans("anything", []) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.lists(st.text(max_size=5), max_size=4))
def test_match_spans_never_fail(text: str, terms: list[str]) -> None:
    """Any text and any terms give ordered, disjoint spans inside the text."""
    spans = match_spans(text, terms)
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parse_query_never_raises(text: str) -> None:
    """Whatever is typed in the search box parses."""
    assert isinstance(parse_query(text, TODAY), SearchQuery)


def test_on_this_day_lists_earlier_years_only() -> None:
    """Same month and day, earlier years, newest first."""
    entries = [
        entry(date(2024, 11, 24), "two years ago"),
        entry(date(2025, 11, 24), "last year"),
        entry(date(2026, 11, 24), "today"),
        entry(date(2025, 11, 23), "other day"),
    ]
    assert [e.title for e in on_this_day(entries, TODAY)] == ["last year", "two years ago"]


def test_link_cards_only_for_existing_cards() -> None:
    """Known short ids become card: links; unknown ones, code and longer words stay as written."""
    full = "1a2b3c4d-0000-4000-8000-000000000000"
    known = {"1a2b3c4d": full}
    body = "See #1a2b3c4d and card 1A2B3C4D, not #deadbeef nor #1a2b3c4d5\n```\n#1a2b3c4d\n```\n`#1a2b3c4d`"
    linked = link_cards(body, known.get)
    assert linked.splitlines()[0] == (
        f"See [#1a2b3c4d](card:{full}) and [card 1A2B3C4D](card:{full}), not #deadbeef nor #1a2b3c4d5"
    )
    assert linked.splitlines()[1:] == body.splitlines()[1:]
    assert card_id_of(f"card:{full}") == full
    assert card_id_of("https://example.com") is None


def test_match_spans_stop_at_the_limit() -> None:
    """A body full of matches marks only the first ones."""
    assert len(match_spans("ab " * 10_000, ["ab"])) == 2000
    assert match_spans("ab ab ab", ["ab"], limit=2) == [(0, 2), (3, 5)]
