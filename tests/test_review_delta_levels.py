"""Changes against a quiet previous period: a count of the period's events is "new" after a period with
nothing in it, but a level (a state on R, or whole weeks reaching past the period) is compared with its
actual previous value. Hand-made: November 2026 seen on Tuesday 24 November, against October 2026, in
which nothing was written, moved, learned, shared, reached or recorded."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime, time
from typing import Any

from review_support import at, card, entry

from lean_journal.model import Decision, Goal, Learning, RecheckResult, Stage
from lean_journal.review.delta import KINDS, NEW, Kind
from lean_journal.review.growth_figures import GrowthFigures
from lean_journal.review.journal_figures import JournalFigures
from lean_journal.review.pdca_figures import PdcaFigures
from lean_journal.review.period import Period
from lean_journal.review.stats import LISTS, RECHECK_COUNTS, ReviewData

NOVEMBER = Period.month(2026, 11)
TODAY = date(2026, 11, 24)


def learned(day: date) -> Learning:
    """A lesson worth sharing, learned on `day`, never passed on."""
    moment = datetime.combine(day, time(9), UTC)
    return Learning(title="lesson", day=day, created=moment, updated=moment)


def quiet_october() -> ReviewData:
    """Written 28-30 September and 23-24 November; a lesson and a goal from September; re-checks of a card
    adopted in September on 10 October and 9 November (never recorded) and 1 November (held, recorded on
    2 November); a lesson learned on 20 November."""
    days = [date(2026, 9, 28), date(2026, 9, 29), date(2026, 9, 30), date(2026, 11, 23), date(2026, 11, 24)]
    adopted = card(
        at(date(2026, 8, 3)),
        [(Stage.DONE, at(date(2026, 9, 15)))],
        decision=Decision.ADOPT,
        rechecks=(date(2026, 10, 10), date(2026, 11, 1), date(2026, 11, 9)),
        results=(RecheckResult(due=date(2026, 11, 1), on=date(2026, 11, 2), held=True),),
    )
    september = datetime.combine(date(2026, 9, 1), time(9), UTC)
    goal = Goal(title="coach", created=september, updated=september)
    return ReviewData(
        [entry(day, "a b") for day in days],
        [adopted],
        [learned(date(2026, 9, 1)), learned(date(2026, 11, 20))],
        [],
        [goal],
    )


def changes() -> dict[str, Any]:
    """November's `change` object against the quiet October."""
    review = quiet_october().review(NOVEMBER, TODAY)
    october = review.previous
    assert (october.journal.entries, october.growth.learned, october.rechecks.held) == (0, 0, ())
    return review.to_json()["change"]


def test_journal_streaks_are_levels_the_rest_events() -> None:
    assert changes()["journal"] == {
        "entries": NEW,  # 2 against none
        "days_written": NEW,
        "words": NEW,
        "longest_streak": NEW,  # 23-24 November
        "current_streak": 2,  # 24 and 23 November, against 0 on 31 October: a level, not "new"
        "weekly_streak": 0,  # R's week has 2 days, the week before none; October's ended the same: 0 -> 0
        "longest_weekly_streak": -1,  # none in November; October's first week (28 Sep-4 Oct) had 3 days
        "mood_avg": None,  # no moods on either side
        "energy_avg": None,
    }


def test_share_debt_and_goals_active_are_levels() -> None:
    assert changes()["growth"] == {
        "learned": NEW,  # 20 November
        "shared": None,
        "share_debt": 0,  # 1 September's lesson, on 31 October and on 24 November (20 Nov's: 4 days old)
        "goals_active": 0,  # the goal made in September, active on both ends
        "goals_done": None,
        "milestones_done": None,
    }


def test_rechecks_due_and_overdue_are_levels_results_recorded_events() -> None:
    assert changes()["rechecks"] == {
        "due": 0,  # 10 October's in October, 9 November's in November: 1 -> 1
        "overdue": 0,  # each before its period's R (31 October, 24 November)
        "held": NEW,  # 1 November's, recorded on 2 November; October recorded none
        "slipped": None,
    }


def test_every_figure_compared_is_classified_once() -> None:
    compared = [f.name for kind in (JournalFigures, PdcaFigures, GrowthFigures) for f in fields(kind)]
    names = [name for name in compared if name not in LISTS] + list(RECHECK_COUNTS)
    assert sorted(names) == sorted(KINDS)
    assert {name for name, kind in KINDS.items() if kind is Kind.LEVEL} == {
        "current_streak",
        "weekly_streak",
        "longest_weekly_streak",
        "share_debt",
        "goals_active",
        "due",
        "overdue",
    }
