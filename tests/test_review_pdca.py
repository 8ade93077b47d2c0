"""The board's review figures on hand-made cards, each answer worked out by hand in the test."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from review_support import UTC13, at, card

from lean_journal.model import Card, Decision, RecheckResult, Stage
from lean_journal.review.pdca_figures import pdca_figures, percentile
from lean_journal.review.period import Period
from lean_journal.review.rechecks import all_rechecks, recheck_figures

NOVEMBER = Period.month(2026, 11)
D = date


def adopted(
    on: date, impact: float | None = None, unit: str = "", rechecks: tuple[date, ...] = (), title: str = "c"
) -> Card:
    """A card created on 1 October, in Plan on the 2nd, adopted (Done) on `on`."""
    moves = [(Stage.PLAN, at(D(2026, 10, 2))), (Stage.DONE, at(on))]
    return card(
        at(D(2026, 10, 1)),
        moves,
        decision=Decision.ADOPT,
        impact=impact,
        unit=unit,
        rechecks=rechecks,
        title=title,
    )


def test_started_counts_cards_created_in_the_period_by_their_own_date() -> None:
    cards = [
        card(at(D(2026, 11, 1), 0), []),
        card(at(D(2026, 11, 30), 23), []),
        card(datetime(2026, 12, 1, 0, 30, tzinfo=UTC13), []),  # 30 November 11:30 UTC: still December
        card(at(D(2026, 10, 31), 23), []),
    ]
    assert pdca_figures(cards, NOVEMBER).started == 2
    assert pdca_figures(cards, Period.month(2026, 12)).started == 1


def test_decisions_count_where_the_move_into_done_or_dropped_happened() -> None:
    created = at(D(2026, 10, 1))
    cards = [
        adopted(D(2026, 11, 14)),
        adopted(D(2026, 10, 30)),  # October: not this month
        card(created, [(Stage.DONE, at(D(2026, 11, 3)))], decision=Decision.ADAPT),
        card(
            created,
            [(Stage.ACT, at(D(2026, 10, 9))), (Stage.DROPPED, at(D(2026, 11, 5)))],
            decision=Decision.ABANDON,
        ),
        card(created, [(Stage.DROPPED, at(D(2026, 11, 6)))]),  # dropped, no decision
        card(created, [(Stage.DROPPED, at(D(2026, 11, 6))), (Stage.PLAN, at(D(2026, 11, 8)))]),  # put back
    ]
    figures = pdca_figures(cards, NOVEMBER)
    assert (figures.adopted, figures.adapted, figures.abandoned, figures.dropped) == (1, 1, 1, 1)
    assert (figures.finished, figures.started, figures.empty) == (3, 0, False)
    assert pdca_figures(cards, Period.month(2026, 10)).adopted == 1


def test_impact_is_totalled_by_unit_over_the_cards_adopted_in_the_period() -> None:
    cards = [
        adopted(D(2026, 11, 2), 30, "minutes per week"),
        adopted(D(2026, 11, 20), 15.5, "minutes per week"),
        adopted(D(2026, 11, 21), 2, "defects per month"),
        adopted(D(2026, 11, 22)),  # no impact figure: left out
        adopted(D(2026, 10, 2), 100, "minutes per week"),  # October
    ]
    assert pdca_figures(cards, NOVEMBER).impact == {"defects per month": 2.0, "minutes per week": 45.5}


@pytest.mark.parametrize(
    ("values", "p50", "p85"),
    [
        ([4.0], 4.0, 4.0),
        ([9.0, 1.0], 1.0, 9.0),  # ranks ceil(1.0) = 1 and ceil(1.7) = 2
        ([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0], 3.0, 5.0),  # sorted 1 1 2 3 4 5 9: ranks 4 and 6
    ],
)
def test_percentiles_are_nearest_rank(values: list[float], p50: float, p85: float) -> None:
    assert (percentile(values, 50), percentile(values, 85)) == (p50, p85)


def test_no_cycle_time_without_a_finished_card() -> None:
    assert percentile([], 50) is None
    figures = pdca_figures([], NOVEMBER)
    assert (figures.cycle_days_p50, figures.cycle_days_p85, figures.empty) == (None, None, True)


def test_cycle_time_runs_from_first_entering_plan_or_creation_to_done() -> None:
    cards = [
        adopted(D(2026, 11, 1)),  # Plan 2 October 12:00 -> Done 1 November 12:00: 30 days
        card(  # never in Plan: from creation, 1 November 06:00 -> Done 3 November 18:00: 2.5 days
            at(D(2026, 11, 1), 6), [(Stage.DONE, at(D(2026, 11, 3), 18))], decision=Decision.ADAPT
        ),
        card(  # created in Plan 26 October 12:00 -> Done 5 November 12:00: 10 days
            at(D(2026, 10, 26)), [(Stage.DONE, at(D(2026, 11, 5)))], first=Stage.PLAN, decision=Decision.ADOPT
        ),
        card(at(D(2026, 10, 1)), [(Stage.DROPPED, at(D(2026, 11, 5)))]),  # dropped: no cycle time
    ]
    figures = pdca_figures(cards, NOVEMBER)
    assert figures.cycle_days == (2.5, 10.0, 30.0)
    assert (figures.cycle_days_p50, figures.cycle_days_p85) == (10.0, 30.0)  # ranks 2 and 3 of 3


def test_time_per_stage_means_the_stays_that_ended_in_the_period() -> None:
    moves = [
        (Stage.PLAN, at(D(2026, 10, 25))),  # Struggle 20 -> 25 October: ended in October
        (Stage.DO, at(D(2026, 11, 1))),  # Plan: 7 days
        (Stage.CHECK, at(D(2026, 11, 10))),  # Do: 9 days
        (Stage.ACT, at(D(2026, 11, 12))),  # Check: 2 days
        (Stage.DONE, at(D(2026, 11, 14), 18)),  # Act: 2.25 days
    ]
    first = card(at(D(2026, 10, 20)), moves, decision=Decision.ADOPT)
    # Struggle 5 -> 6 November (1 day), Plan 6 -> 9 November (3 days), still in Do.
    second = card(at(D(2026, 11, 5)), [(Stage.PLAN, at(D(2026, 11, 6))), (Stage.DO, at(D(2026, 11, 9)))])
    spent = pdca_figures([first, second], NOVEMBER).time_per_stage
    assert spent == {Stage.STRUGGLE: 1.0, Stage.PLAN: 5.0, Stage.DO: 9.0, Stage.CHECK: 2.0, Stage.ACT: 2.25}
    october = pdca_figures([first, second], Period.month(2026, 10)).time_per_stage
    assert october == {
        Stage.STRUGGLE: 5.0,
        Stage.PLAN: None,
        Stage.DO: None,
        Stage.CHECK: None,
        Stage.ACT: None,
    }


def test_rechecks_due_overdue_held_and_slipped() -> None:
    cards = [
        adopted(D(2026, 8, 1), rechecks=(D(2026, 11, 10), D(2027, 1, 20)), title="a"),
        card(  # its 1 September re-check recorded on 15 October: held
            at(D(2026, 8, 1)),
            [(Stage.DONE, at(D(2026, 8, 2)))],
            decision=Decision.ADOPT,
            rechecks=(D(2026, 9, 1), D(2026, 11, 30)),
            results=(RecheckResult(D(2026, 9, 1), D(2026, 10, 15), held=True),),
            title="b",
        ),
        card(  # its 5 October re-check recorded on 2 November: slipped
            at(D(2026, 8, 1)),
            [(Stage.DONE, at(D(2026, 9, 5)))],
            decision=Decision.ADOPT,
            rechecks=(D(2026, 10, 5), D(2027, 1, 3)),
            results=(RecheckResult(D(2026, 10, 5), D(2026, 11, 2), held=False),),
            title="c",
        ),
    ]
    rechecks = all_rechecks(cards)
    today = D(2026, 11, 24)

    def counted(period: Period) -> tuple[list[date], ...]:
        """The days due, overdue, held and slipped."""
        f = recheck_figures(rechecks, period, today)
        return tuple([r.due for r in found] for found in (f.due, f.overdue, f.held, f.slipped))

    # This month: 10 and 30 November are open (the 30th upcoming); the 10th is late; 2 Nov found a slip.
    assert counted(NOVEMBER) == ([D(2026, 11, 10), D(2026, 11, 30)], [D(2026, 11, 10)], [], [D(2026, 10, 5)])
    # October as it ended: 5 October was still open then (recorded on 2 November); 1 September held.
    assert counted(Period.month(2026, 10)) == ([D(2026, 10, 5)], [D(2026, 10, 5)], [D(2026, 9, 1)], [])
    # January: its own two only (November's open ones count in November); none is late on R, 24 November.
    assert counted(Period.month(2027, 1)) == ([D(2027, 1, 3), D(2027, 1, 20)], [], [], [])


def test_due_are_the_periods_own_rechecks_not_yet_recorded_and_overdue_those_before_r() -> None:
    cards = [
        adopted(D(2026, 8, 1), rechecks=(D(2026, 11, 20), D(2026, 12, 2), D(2026, 12, 10)), title="a"),
        card(  # its 3 December re-check recorded that day: held
            at(D(2026, 8, 1)),
            [(Stage.DONE, at(D(2026, 8, 2)))],
            decision=Decision.ADOPT,
            rechecks=(D(2026, 12, 3),),
            results=(RecheckResult(D(2026, 12, 3), D(2026, 12, 3), held=True),),
            title="b",
        ),
    ]
    december = recheck_figures(all_rechecks(cards), Period.month(2026, 12), D(2026, 12, 4))
    # due: December's 2nd and 10th (the 3rd has a result; 20 November's belongs to November);
    # overdue: the 2nd alone, before R = 4 December (the 10th has not come yet)
    assert [r.due for r in december.due] == [D(2026, 12, 2), D(2026, 12, 10)]
    assert [r.due for r in december.overdue] == [D(2026, 12, 2)]
    assert [r.due for r in december.held] == [D(2026, 12, 3)]
    november = recheck_figures(all_rechecks(cards), Period.month(2026, 11), D(2026, 12, 4))
    assert ([r.due for r in november.due], [r.due for r in november.overdue]) == ([D(2026, 11, 20)],) * 2
