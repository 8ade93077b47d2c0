"""The demo over ten years reads like a person's: goals come back only after a while, none lingers active
long after its target, and no filled-in template doubles a word ("The the packing line")."""

from __future__ import annotations

import re
from datetime import UTC, date, timedelta

import orjson
import pytest

from lean_journal.demo import Demo, build_demo
from lean_journal.demo.goals import OVERDUE_DAYS
from lean_journal.model import GoalStatus

TODAY = date(2026, 11, 24)
DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def decade() -> Demo:
    """Ten years of demo data, built once for the module."""
    return build_demo(years=10, seed=7, today=TODAY, tz=UTC)


def test_no_goal_stays_active_long_after_its_target(decade: Demo) -> None:
    """Some goals are a little overdue and still on; none is active a quarter after its target."""
    overdue = [g for g in decade.goals if g.status is GoalStatus.ACTIVE and g.target < TODAY]
    assert all(TODAY - g.target <= timedelta(days=OVERDUE_DAYS) for g in overdue)
    assert sum(g.status is GoalStatus.DONE for g in decade.goals) > len(decade.goals) / 2


def test_a_goal_is_set_again_only_after_four_others(decade: Demo) -> None:
    """The same title comes back, years later, never straight after itself."""
    titles = [g.title for g in sorted(decade.goals, key=lambda g: g.created)]
    gaps = [
        later - first
        for first, title in enumerate(titles)
        for later in range(first + 1, len(titles))
        if titles[later] == title
    ]
    assert gaps and min(gaps) >= 4


def test_no_demo_text_doubles_a_word(decade: Demo) -> None:
    """Every text field of every kind reads right once its slots are filled."""
    items = [*decade.entries, *decade.cards, *decade.learnings, *decade.shares, *decade.goals]
    texts = orjson.dumps([item.to_dict() for item in items]).decode()
    assert DOUBLED.findall(texts) == []


def test_some_goals_are_under_way_today_the_articles_among_them(decade: Demo) -> None:
    """Whatever the day, the Grow pane opens on goals being worked on, "Be the leader you want" one."""
    under_way = [g for g in decade.goals if g.status is GoalStatus.ACTIVE and g.target >= TODAY]
    assert len(under_way) >= 2
    assert "Be the leader you want" in {g.title for g in under_way}
