"""The pure Learn · Share · Grow rules: share debt, goal progress and due text, milestone changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from lean_journal.growth.debt import (
    DEFAULT_SHARE_DEBT_DAYS,
    debt_days,
    passed_on,
    share_debt,
    shares_passing,
    whole_days,
)
from lean_journal.growth.goals import (
    add_milestone,
    days_left,
    due_text,
    is_overdue,
    marked,
    milestone,
    move_milestone,
    progress_fraction,
    progress_text,
    remove_milestone,
    tick,
)
from lean_journal.model import Goal, GoalStatus, Learning, Milestone, Share, ValidationError

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def lesson(age: int, *, worth: bool = True, title: str = "Ask why") -> Learning:
    """A learn item learned `age` days before TODAY."""
    return Learning(title, TODAY - timedelta(days=age), NOW, NOW, worth_sharing=worth)


def share(age: int, *learned: Learning) -> Share:
    """A share item dated `age` days before TODAY (negative: after it) passing these learn items on."""
    return Share("Told the team", TODAY - timedelta(days=age), NOW, NOW, passes=tuple(x.id for x in learned))


@pytest.mark.parametrize(("age", "in_debt"), [(13, False), (14, True), (15, True), (0, False)])
def test_debt_starts_on_the_nth_day(age, in_debt):
    item = lesson(age)
    assert (item.id in share_debt([item], [], TODAY, 14)) is in_debt


def test_debt_is_the_age_in_days_and_only_for_lessons_worth_sharing():
    old, private = lesson(40), lesson(40, worth=False)
    assert share_debt([old, private], [], TODAY, 14) == {old.id: 40}


def test_the_default_threshold_is_fourteen_days():
    assert DEFAULT_SHARE_DEBT_DAYS == 14
    assert share_debt([lesson(14)], [], TODAY) and not share_debt([lesson(13)], [], TODAY)


def test_a_share_clears_the_debt_and_one_share_can_clear_two_lessons():
    first, second, third = lesson(20), lesson(30), lesson(25)
    assert share_debt([first, second, third], [share(1, first, second)], TODAY, 14) == {third.id: 25}
    assert passed_on([share(1, first, second)]) == {first.id, second.id}


def test_a_share_dated_after_today_does_not_pay_the_debt_yet():
    item = lesson(20)
    later = share(-3, item)
    assert share_debt([item], [later], TODAY, 14) == {item.id: 20}
    assert share_debt([item], [later], TODAY + timedelta(days=3), 14) == {}
    assert passed_on([later], until=TODAY) == set() and passed_on([later]) == {item.id}


def test_a_lesson_dated_after_today_is_not_in_debt():
    assert share_debt([lesson(-30)], [], TODAY, 0) == {}


def test_a_threshold_of_zero_puts_todays_lesson_in_debt():
    item = lesson(0)
    assert share_debt([item], [], TODAY, 0) == {item.id: 0}


@pytest.mark.parametrize(
    ("stored", "days"),
    [(None, 14), (7, 7), (0, 0), (365, 365), (-1, 14), (True, 14), (False, 14), ("7", 14), (7.5, 14)],
)
def test_debt_days_reads_a_stored_setting_or_falls_back(stored, days):
    assert debt_days(stored) == days


def test_shares_passing_a_lesson_oldest_first():
    item, other = lesson(40), lesson(30)
    late, early, unrelated = share(2, item), share(10, item, other), share(5, other)
    assert shares_passing([late, early, unrelated], item.id) == [early, late]
    assert shares_passing([unrelated], item.id) == []


def goal(*done: bool, target: date | None = None, status: GoalStatus = GoalStatus.ACTIVE) -> Goal:
    """A goal with one milestone per flag, done yesterday when True."""
    yesterday = TODAY - timedelta(days=1)
    steps = tuple(Milestone(f"step {n}", yesterday if d else None) for n, d in enumerate(done, 1))
    return Goal("Be the leader you want", NOW, NOW, target=target, status=status, milestones=steps)


def test_progress_counts_done_milestones():
    assert progress_text(goal(True, True, False)) == "2/3"
    assert progress_text(goal()) == "0/0"
    assert progress_fraction(goal(True, False, False, False)) == 0.25
    assert progress_fraction(goal()) == 0.0
    assert progress_fraction(goal(status=GoalStatus.DONE)) == 1.0


@pytest.mark.parametrize(
    ("offset", "status", "text"),
    [
        (12, GoalStatus.ACTIVE, "12 days left"),
        (1, GoalStatus.ACTIVE, "1 day left"),
        (0, GoalStatus.ACTIVE, "due today"),
        (-1, GoalStatus.IDEA, "1 day overdue"),
        (-3, GoalStatus.ACTIVE, "3 days overdue"),
        (-3, GoalStatus.DONE, ""),
        (5, GoalStatus.DROPPED, ""),
        (None, GoalStatus.ACTIVE, ""),
    ],
)
def test_due_text(offset, status, text):
    target = None if offset is None else TODAY + timedelta(days=offset)
    item = goal(target=target, status=status)
    assert due_text(item, TODAY) == text
    assert is_overdue(item, TODAY) is (text.endswith("overdue"))
    assert days_left(item, TODAY) == offset


def test_tick_toggles_a_milestone_by_its_number():
    ticked = tick(goal(False, False, True), 2, TODAY)
    assert [m.done_on for m in ticked.milestones] == [None, TODAY, TODAY - timedelta(days=1)]
    assert progress_text(ticked) == "2/3"
    unticked = tick(ticked, 3, TODAY)
    assert progress_text(unticked) == "1/3" and unticked.milestones[2].done_on is None
    assert tick(tick(goal(False), 1, TODAY), 1, TODAY).milestones == goal(False).milestones


@pytest.mark.parametrize("number", [0, 4, -1, 99])
def test_a_milestone_number_out_of_range_names_the_range(number):
    with pytest.raises(ValueError, match=r"milestone .* does not exist \(the goal has 3\)"):
        tick(goal(False, False, False), number, TODAY)
    with pytest.raises(ValueError, match="does not exist"):
        remove_milestone(goal(False, False, False), number)


def test_a_goal_without_milestones_says_so():
    with pytest.raises(ValueError, match="the goal has no milestones"):
        tick(goal(), 1, TODAY)


def test_add_remove_and_move_milestones():
    item = add_milestone(goal(False, True), "step 3")
    assert [m.text for m in item.milestones] == ["step 1", "step 2", "step 3"]
    assert [m.text for m in remove_milestone(item, 2).milestones] == ["step 1", "step 3"]
    assert [m.text for m in move_milestone(item, 3, -1).milestones] == ["step 1", "step 3", "step 2"]
    assert [m.text for m in move_milestone(item, 1, +1).milestones] == ["step 2", "step 1", "step 3"]
    assert move_milestone(item, 1, -1).milestones == item.milestones
    assert move_milestone(item, 3, +5).milestones == item.milestones
    assert move_milestone(item, 2, +1).milestones[2].done_on == TODAY - timedelta(days=1)


def test_an_empty_milestone_is_refused():
    with pytest.raises(ValueError, match="must not be empty"):
        add_milestone(goal(), "   ")


def test_marked_sets_one_milestone_done_or_not_and_milestone_reads_it():
    item = goal(False, True)
    assert milestone(item, 2).done_on == TODAY - timedelta(days=1)
    assert [m.done_on for m in marked(item, 1, TODAY).milestones] == [TODAY, TODAY - timedelta(days=1)]
    assert [m.done_on for m in marked(item, 2, None).milestones] == [None, None]
    with pytest.raises(ValueError, match="milestone 3 does not exist"):
        milestone(item, 3)


@pytest.mark.parametrize(("typed", "days"), [("14", 14), (" 0 ", 0), ("99999", 99999), ("021", 21)])
def test_share_debt_days_as_typed(typed, days):
    assert whole_days(typed) == days


@pytest.mark.parametrize("typed", ["", "-1", "1.5", "ten", "100000", "²", "١٤", "9" * 5000])
def test_share_debt_days_refused_as_typed_name_the_range(typed):
    with pytest.raises(ValidationError, match="a whole number of days from 0 to 99999"):
        whole_days(typed)
