"""The Learn · Share · Grow filter and sort (growth/filters.py): parsing, matching, ordering; never raises."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from lean_journal.growth import filters
from lean_journal.growth.filters import GrowthFilter, parse_filter
from lean_journal.model.growth import Channel, Goal, GoalStatus, Learning, Share, SourceKind

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
TODAY = NOW.date()


def learning(title: str, day: date = TODAY, **fields: object) -> Learning:
    """A learn item."""
    return Learning(title=title, day=day, created=NOW, updated=NOW, **fields)  # type: ignore[arg-type]


def goal(title: str, **fields: object) -> Goal:
    """A goal."""
    return Goal(title=title, created=NOW, updated=NOW, **fields)  # type: ignore[arg-type]


def test_words_tags_and_flags_are_told_apart() -> None:
    """Words are lower-cased, #tags lose their mark, the three flags are flags, repeats count once."""
    wanted = parse_filter("Gemba #Coaching debt gemba #coaching ACTIVE overdue #")
    assert wanted == GrowthFilter(words=("gemba",), tags=("coaching",), debt=True, active=True, overdue=True)


def test_an_empty_filter_lets_everything_through() -> None:
    """Nothing typed (or only spaces, or a lone #) is the empty filter."""
    assert parse_filter("").is_empty and parse_filter("   #  ").is_empty
    assert not parse_filter("x").is_empty


def test_learn_items_match_on_every_word_and_tag() -> None:
    """Every word must be in the title, insight, source or notes; every tag among the tags."""
    item = learning(
        "Humble Inquiry", insight="Ask before telling", source_kind=SourceKind.BOOK, tags=("coaching",)
    )
    assert filters.learn_matches(item, parse_filter("ask humble"), {})
    assert filters.learn_matches(item, parse_filter("book #coaching"), {})
    assert not filters.learn_matches(item, parse_filter("ask #a3"), {})
    assert not filters.learn_matches(item, parse_filter("tell humble kata"), {})


def test_debt_shows_only_learn_items_in_debt() -> None:
    """`debt` keeps the ids in the debt mapping; it leaves shares alone."""
    owed, paid = learning("Owed"), learning("Paid")
    wanted = parse_filter("debt")
    assert filters.learn_matches(owed, wanted, {owed.id: 20})
    assert not filters.learn_matches(paid, wanted, {owed.id: 20})
    share = Share(title="Told the team", day=TODAY, created=NOW, updated=NOW)
    assert filters.share_matches(share, wanted)


def test_active_and_overdue_narrow_the_goals() -> None:
    """`active` keeps active goals; `overdue` keeps open goals past their target."""
    late = goal("Late", target=date(2026, 11, 1))
    idea = goal("Idea", status=GoalStatus.IDEA)
    done_late = goal("Done", target=date(2026, 11, 1), status=GoalStatus.DONE)
    assert [
        g.title for g in (late, idea, done_late) if filters.goal_matches(g, parse_filter("active"), TODAY)
    ] == ["Late"]
    overdue = [
        g.title for g in (late, idea, done_late) if filters.goal_matches(g, parse_filter("overdue"), TODAY)
    ]
    assert overdue == ["Late"]


def test_sort_by_status_puts_the_oldest_debt_first() -> None:
    """By date: newest first. By status: in debt (oldest first), then the rest newest first."""
    a, b, c = (
        learning("a", date(2026, 11, 1)),
        learning("b", date(2026, 10, 1)),
        learning("c", date(2026, 11, 20)),
    )
    debt = {a.id: 23, b.id: 54}
    assert [i.title for i in filters.sorted_learnings([a, b, c], "date", debt)] == ["c", "a", "b"]
    assert [i.title for i in filters.sorted_learnings([a, b, c], "status", debt)] == ["b", "a", "c"]


def test_sort_by_status_puts_active_goals_first_nearest_target_first() -> None:
    """Active (nearest target first), then idea, done, dropped."""
    far = goal("far", target=date(2027, 6, 1))
    near = goal("near", target=date(2026, 12, 1))
    idea = goal("idea", status=GoalStatus.IDEA)
    dropped = goal("dropped", status=GoalStatus.DROPPED)
    ordered = filters.sorted_goals([dropped, idea, far, near], "status", TODAY)
    assert [g.title for g in ordered] == ["near", "far", "idea", "dropped"]


def test_shares_by_status_go_by_channel() -> None:
    """Shares sorted by status are grouped by channel name."""
    talk = Share(title="t", day=TODAY, created=NOW, updated=NOW, channel=Channel.TALK)
    chat = Share(title="c", day=TODAY, created=NOW, updated=NOW, channel=Channel.CONVERSATION)
    assert [s.title for s in filters.sorted_shares([talk, chat], "status")] == ["c", "t"]


def test_next_sort_goes_round() -> None:
    """date → status → date; anything else starts at date."""
    assert filters.next_sort("date") == "status"
    assert filters.next_sort("status") == "date"
    assert filters.next_sort("nonsense") == "date"


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(), st.none(), st.integers(), st.binary()))
def test_any_input_parses_and_matches_without_raising(text: object) -> None:
    """Whatever is typed (or passed), parsing and matching give an answer and never raise."""
    wanted = parse_filter(text)
    item = learning("Gemba walk", tags=("gemba",))
    assert isinstance(filters.learn_matches(item, wanted, {}), bool)
    assert isinstance(filters.goal_matches(goal("Lead"), wanted, TODAY), bool)
    if isinstance(text, str):
        assert all(word == word.lower() and word for word in wanted.words)


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(st.sampled_from("ab #debtacivoruz")),
    tags=st.lists(st.sampled_from(["a", "b", "ab"]), max_size=2),
)
def test_the_list_filters_agree_with_the_item_rules(text: str, tags: list[str]) -> None:
    """filter_learnings / filter_shares / filter_goals keep exactly the items the one-item rules keep."""
    lessons = [learning("a b", tags=tuple(tags)), learning("ab debt", day=date(2026, 10, 1)), learning("zz")]
    debt = {lessons[1].id: 54}
    shares = [
        Share(title=t, day=TODAY, created=NOW, updated=NOW, tags=tuple(tags)) for t in ("a", "b a", "ov")
    ]
    goals_ = [goal("a", target=date(2026, 1, 1), tags=tuple(tags)), goal("b", status=GoalStatus.IDEA)]
    wanted, cache = parse_filter(text), filters.TextCache()
    assert filters.filter_learnings(lessons, wanted, debt, cache) == [
        i for i in lessons if filters.learn_matches(i, wanted, debt)
    ]
    assert filters.filter_shares(shares, wanted, cache) == [
        i for i in shares if filters.share_matches(i, wanted)
    ]
    assert filters.filter_goals(goals_, wanted, TODAY, cache) == [
        g for g in goals_ if filters.goal_matches(g, wanted, TODAY)
    ]


def test_the_text_cache_makes_each_version_once() -> None:
    """The same object's text is made once; a changed copy (a new object) is made again."""
    made: list[str] = []

    def make(item: Learning) -> str:
        """Count the calls."""
        made.append(item.title)
        return item.title.lower()

    cache, item = filters.TextCache(), learning("Kata")
    assert cache.texts([item, item], make) == ["kata", "kata"] and made == ["Kata"]
    assert cache.text(item.with_changes(title="Kaizen"), make) == "kaizen" and made == ["Kata", "Kaizen"]
