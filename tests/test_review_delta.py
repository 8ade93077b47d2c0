"""Each figure against the previous period, and the whole review's JSON, on hand-made data."""

from __future__ import annotations

from datetime import date

from review_support import at, card, entry

from lean_journal.model import Decision, Stage
from lean_journal.review.delta import NEW, Delta, compare, compare_totals
from lean_journal.review.period import Period
from lean_journal.review.stats import ReviewData

NOVEMBER = Period.month(2026, 11)
TODAY = date(2026, 11, 24)


def test_compare_subtracts_when_both_periods_have_figures() -> None:
    assert compare(5, 3) == Delta(5, 3, 2)
    assert compare(3.5, 3.25).change == 0.25
    assert compare(2, 7).change == -5
    assert compare(4, 0).change == 4  # a zero in a period that had other things in it
    assert compare(None, 3.5).change is None  # a mean with no rating this time


def test_against_an_empty_previous_period_the_change_is_new_or_none() -> None:
    assert compare(5, 0, previous_empty=True).change == NEW
    assert compare(3.67, None, previous_empty=True).change == NEW
    assert compare(0, 0, previous_empty=True).change is None
    assert compare(None, None, previous_empty=True).change is None


def test_verdicts_say_better_or_worse_for_green_and_red() -> None:
    assert compare(5, 3).verdict() == "better"
    assert compare(5, 3).verdict(lower_is_better=True) == "worse"
    assert compare(3, 3).verdict() == "same"
    assert compare(5, 0, previous_empty=True).verdict() == "better"
    assert compare(None, 3).verdict() is None


def test_totals_by_unit_compare_each_unit_a_missing_one_as_zero() -> None:
    changes = compare_totals({"minutes": 45.5, "defects": 2}, {"minutes": 30, "hours": 1})
    assert {unit: delta.change for unit, delta in changes.items()} == {
        "defects": 2,
        "hours": -1,
        "minutes": 15.5,
    }


def test_a_month_against_an_empty_previous_month() -> None:
    data = ReviewData(
        [entry(date(2026, 11, 2), "one two three", mood=4), entry(date(2026, 11, 3), "four", mood=3)],
        [
            card(
                at(date(2026, 11, 5)),
                [(Stage.DONE, at(date(2026, 11, 9)))],
                decision=Decision.ADOPT,
                impact=3,
                unit="h",
            )
        ],
        [],
    )
    review = data.review(NOVEMBER, TODAY)
    assert review.previous.period == Period.month(2026, 10)
    change = review.to_json()["change"]
    assert change["journal"]["entries"] == NEW and change["journal"]["words"] == NEW
    assert change["journal"]["mood_avg"] == NEW
    assert change["journal"]["current_streak"] == 0  # a level: 0 on 24 November as on 31 October
    assert change["pdca"]["started"] == NEW and change["pdca"]["adopted"] == NEW
    assert change["pdca"]["impact"] == {"h": NEW}
    assert change["pdca"]["dropped"] is None and change["pdca"]["cycle_days_p50"] == NEW
    assert change["growth"]["learned"] is None


def hand_made() -> ReviewData:
    """Five entries around the start of November and one card adopted on 4 November."""
    entries = [
        entry(date(2026, 10, 30), "a b", mood=2),
        entry(date(2026, 10, 31), "x"),
        entry(date(2026, 11, 1), "a b c", mood=4),
        entry(date(2026, 11, 2), "d e", mood=3),
        entry(date(2026, 11, 2), "f"),
    ]
    moves = [(Stage.PLAN, at(date(2026, 10, 25))), (Stage.DONE, at(date(2026, 11, 4)))]
    rechecks = (date(2026, 12, 4), date(2027, 2, 2))
    done = card(
        at(date(2026, 10, 20)), moves, decision=Decision.ADOPT, impact=20, unit="min/week", rechecks=rechecks
    )
    return ReviewData(entries, [done], [])


def test_the_json_holds_the_promised_keys_with_hand_worked_values() -> None:
    plain = hand_made().review(NOVEMBER, date(2026, 11, 2)).to_json()
    assert (plain["from"], plain["to"], plain["period"]) == ("2026-11-01", "2026-11-30", "month")
    assert plain["journal"] == {
        "entries": 3,
        "days_written": 2,
        "words": 6,  # 3 + 2 + 1
        "longest_streak": 2,  # 1-2 November
        "current_streak": 4,  # 2 November back to 30 October
        "weekly_streak": 1,  # this week has one day so far; the week of 26 October has three
        "longest_weekly_streak": 1,
        "mood_avg": 3.5,
        "energy_avg": None,
        "weekly_streak_days": 3,
        # the weeks overlapping November by Monday: 1 November (a Sunday) is in the week of 26 October
        "mood_by_week": {
            "2026-10-26": 4.0,  # 1 November alone (30 and 31 October are outside the period)
            "2026-11-02": 3.0,  # 2 November's one mood
            "2026-11-09": None,
            "2026-11-16": None,
            "2026-11-23": None,
            "2026-11-30": None,
        },
        "energy_by_week": dict.fromkeys(
            ("2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30")
        ),
        "mood_by_month": {"2026-11": 3.5},
        "energy_by_month": {"2026-11": None},
        "mood_by_tag": {},
        "on_this_day": [],  # no entry of 2 November in an earlier year
    }
    assert plain["pdca"] == {
        "started": 0,
        "adopted": 1,
        "adapted": 0,
        "abandoned": 0,
        "dropped": 0,
        "cycle_days_p50": 10.0,  # Plan 25 October to Done 4 November
        "cycle_days_p85": 10.0,
        "time_per_stage": {"struggle": None, "plan": 10.0, "do": None, "check": None, "act": None},
        "impact": {"min/week": 20.0},
    }
    assert plain["growth"] == {
        "learned": 0,
        "shared": 0,
        "share_debt": 0,
        "goals_active": 0,
        "goals_done": 0,
        "milestones_done": 0,
    }
    assert plain["rechecks"] == {"due": 0, "overdue": 0, "held": 0, "slipped": 0}
    before = plain["previous"]
    assert (before["from"], before["to"]) == ("2026-10-01", "2026-10-31")
    assert (before["journal"]["entries"], before["journal"]["current_streak"], before["pdca"]["started"]) == (
        2,
        2,
        1,
    )
    change = plain["change"]
    assert (change["journal"]["entries"], change["journal"]["words"], change["journal"]["mood_avg"]) == (
        1,
        3,
        1.5,
    )
    assert (change["pdca"]["adopted"], change["pdca"]["started"], change["pdca"]["cycle_days_p50"]) == (
        1,
        -1,
        None,
    )
    assert change["pdca"]["impact"] == {"min/week": 20.0}
    assert change["rechecks"] == {"due": 0, "overdue": 0, "held": None, "slipped": None}  # none recorded
