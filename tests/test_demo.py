"""The demo data: deterministic, lived-in, consistent with the model, and written in one save."""

from __future__ import annotations

import os
import re
import statistics
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import orjson
import pytest

from lean_journal.clock import FixedClock
from lean_journal.demo import Demo, build_demo, write_demo
from lean_journal.growth.debt import share_debt
from lean_journal.model import (
    FLOW,
    Card,
    Channel,
    Decision,
    Goal,
    GoalStatus,
    Learning,
    Share,
    SourceKind,
    Stage,
)
from lean_journal.store import Store
from lean_journal.store import storage as storage_module

TODAY = date(2026, 11, 24)
START_OF_TODAY = datetime(2026, 11, 24, tzinfo=UTC)
CARD_REF = re.compile(r"(?:#|card )([0-9a-f]{8})\b")
ACTIVE = (Stage.STRUGGLE, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT)


@pytest.fixture(scope="module")
def demo() -> Demo:
    """One year of demo data, built once for the module."""
    return build_demo(years=1, seed=7, today=TODAY, tz=UTC)


def as_bytes(demo: Demo) -> bytes:
    """Everything in the demo as JSON bytes, in order."""
    return orjson.dumps({k: [x.to_dict() for x in getattr(demo, k)] for k in ("entries", "cards", "growth")})


def entered(card: Card, stage: Stage) -> date | None:
    """The day a card moved into `stage`, if it ever did."""
    return next((change.at.date() for change in card.history if change.stage == stage), None)


def test_same_arguments_give_identical_bytes(demo: Demo) -> None:
    """Building twice with the same seed and day gives byte-identical data."""
    assert as_bytes(build_demo(years=1, seed=7, today=TODAY, tz=UTC)) == as_bytes(demo)


def test_another_seed_or_day_gives_other_data(demo: Demo) -> None:
    """A different seed, or a different today, changes the data."""
    assert as_bytes(build_demo(years=1, seed=8, today=TODAY, tz=UTC)) != as_bytes(demo)
    assert as_bytes(build_demo(years=1, seed=7, today=TODAY + timedelta(days=1), tz=UTC)) != as_bytes(demo)


def test_one_year_counts(demo: Demo) -> None:
    """A year is about 365 entries, 150 cards and 300 growth items, all with distinct ids."""
    assert 330 <= len(demo.entries) <= 400
    assert len(demo.cards) == 150
    assert len(demo.growth) == 300
    ids = [x.id for x in (*demo.entries, *demo.cards, *demo.growth)]
    assert len(set(ids)) == len(ids)


def test_ten_year_counts_scale_linearly() -> None:
    """Ten years give about 3,650 entries, 1,500 cards and 3,000 growth items."""
    ten = build_demo(years=10, seed=7, today=TODAY, tz=UTC)
    assert 3400 <= len(ten.entries) <= 3900
    assert (len(ten.cards), len(ten.growth)) == (1500, 3000)


def test_rejects_less_than_a_year() -> None:
    """Zero years is a clear error."""
    with pytest.raises(ValueError, match="years"):
        build_demo(years=0, seed=7, today=TODAY, tz=UTC)


def test_every_stage_present_and_board_columns_hold_a_handful(demo: Demo) -> None:
    """All seven stages appear; active columns have a few cards each and Do at most three."""
    counts = {stage: sum(c.stage == stage for c in demo.cards) for stage in Stage}
    assert all(counts[stage] > 0 for stage in Stage)
    assert all(counts[stage] <= 8 for stage in ACTIVE)
    assert counts[Stage.DO] <= 3


def test_positions_count_up_within_each_stage(demo: Demo) -> None:
    """Positions in each stage are 0, 1, 2, ... with no gaps or repeats."""
    for stage in Stage:
        positions = sorted(c.position for c in demo.cards if c.stage == stage)
        assert positions == [float(i) for i in range(len(positions))]


def test_histories_move_forward_in_time_and_end_in_the_cards_stage(demo: Demo) -> None:
    """Each history starts at creation, follows the PDCA flow (or ends dropped) and only moves forward."""
    for card in demo.cards:
        stages = [change.stage for change in card.history]
        times = [change.at for change in card.history]
        assert stages[-1] == card.stage
        assert times[0] == card.created <= card.updated < START_OF_TODAY
        assert times == sorted(times) and len(set(times)) == len(times)
        flow = stages[:-1] if stages[-1] is Stage.DROPPED else stages
        first = FLOW.index(flow[0])
        assert flow == list(FLOW[first : first + len(flow)])
        assert flow[0] in (Stage.STRUGGLE, Stage.PLAN)


def test_fields_are_filled_as_far_as_each_stage_requires(demo: Demo) -> None:
    """Plan, Do, Check, Act, Done and Dropped each bring the A3 fields they need."""
    for card in demo.cards:
        reached = {change.stage for change in card.history}
        assert card.title and card.struggle
        if Stage.PLAN in reached:
            assert card.problem and card.target and card.hypothesis and card.unit
            assert card.baseline is not None and card.target_value is not None
        if Stage.PLAN in reached and card.stage is not Stage.PLAN:
            assert card.root_cause and 3 <= len(card.whys) <= 5 and card.measure and card.check_date
        if Stage.DO in reached:
            assert card.actions
            assert all(entered(card, Stage.DO) <= a.day < TODAY for a in card.actions)
        if Stage.CHECK in reached:
            assert card.result and card.actual is not None and card.learned
        if Stage.ACT in reached:
            assert card.decision is not None and card.next_step
            assert card.standard or card.decision is not Decision.ADOPT
        if card.stage is Stage.DROPPED:
            assert card.drop_reason
            assert card.decision is (Decision.ABANDON if Stage.ACT in reached else None)
        else:
            assert not card.drop_reason


def test_adopted_cards_have_rechecks_and_some_have_impact(demo: Demo) -> None:
    """Adopted, done cards are rechecked at +30 and +90 days; many show an impact with its unit."""
    adopted = [c for c in demo.cards if c.stage is Stage.DONE and c.decision is Decision.ADOPT]
    assert adopted
    for card in adopted:
        done = entered(card, Stage.DONE)
        assert card.rechecks == (done + timedelta(days=30), done + timedelta(days=90))
    with_impact = [c for c in demo.cards if c.impact is not None]
    assert len(with_impact) >= len(adopted) // 2
    assert all(c.impact_unit and c.impact > 0 for c in with_impact)


def test_past_rechecks_were_mostly_done_and_mostly_held(demo: Demo) -> None:
    """Re-checks long past are all recorded, on or after their day and by today; most held, some slipped;
    those due in the last days are still to do, so Review and the deck show some due."""
    results = [(card, r) for card in demo.cards for r in card.recheck_results]
    assert results
    for card, result in results:
        assert result.due in card.rechecks
        assert result.due <= result.on <= TODAY
    held = sum(r.held for _card, r in results)
    assert len(results) * 0.7 <= held < len(results)
    recorded = {(card.id, r.due) for card, r in results}
    past = [
        (card.id, due) for card in demo.cards for due in card.rechecks if due < TODAY - timedelta(days=60)
    ]
    assert past and all(one in recorded for one in past)
    recent = [
        (card.id, due) for card in demo.cards for due in card.rechecks if TODAY - timedelta(days=10) < due
    ]
    assert not any(one in recorded for one in recent)


def test_boss_struggles_and_adapt_chains(demo: Demo) -> None:
    """Some struggles come from the boss; next cycles point back to an adapted card that ended earlier."""
    assert any(c.source.startswith("my boss: ") for c in demo.cards)
    by_id = {c.id: c for c in demo.cards}
    chained = [c for c in demo.cards if c.previous_cycle]
    assert chained
    assert any(c.stage in ACTIVE for c in chained)
    for card in chained:
        earlier = by_id[card.previous_cycle]
        assert earlier.decision is Decision.ADAPT and earlier.stage is Stage.DONE
        assert earlier.history[-1].at < card.created
        assert card.history[0].stage is Stage.PLAN


def test_entries_have_gaps_streaks_and_double_days(demo: Demo) -> None:
    """Most days are written, with holidays or slumps between long streaks, up to yesterday."""
    days = sorted({e.day for e in demo.entries})
    steps = [(b - a).days for a, b in pairwise(days)]
    assert max(steps) >= 5
    longest = run = 1
    for step in steps:
        run = run + 1 if step == 1 else 1
        longest = max(longest, run)
    assert longest >= 30
    assert days[-1] == TODAY - timedelta(days=1)
    per_day = [e.day for e in demo.entries]
    assert any(per_day.count(day) == 2 for day in days)
    assert all(e.day == e.created.date() and e.created <= e.updated < START_OF_TODAY for e in demo.entries)


def test_entry_bodies_vary_in_shape_and_length(demo: Demo) -> None:
    """Bodies range from one line to sections with headings and bullets, some with #tags."""
    bodies = [e.body for e in demo.entries]
    assert any("\n" not in b for b in bodies)
    assert any("\n## " in f"\n{b}" for b in bodies)
    assert any("\n- " in b for b in bodies)
    assert any(len(b) > 1500 for b in bodies)
    assert any(e.all_tags != e.tags for e in demo.entries)
    tags = {t for e in demo.entries for t in e.tags}
    assert {"gemba", "kaizen", "5s", "coaching", "a3", "boss", "team"} <= tags


def test_moods_drift_and_some_are_unrecorded(demo: Demo) -> None:
    """Moods and energy are 1-5 or None; good and bad weeks differ and days follow each other."""
    moods = [e.mood for e in demo.entries]
    assert any(m is None for m in moods) and any(e.energy is None for e in demo.entries)
    recorded = [m for m in moods if m is not None]
    assert set(recorded) <= {1, 2, 3, 4, 5}
    weeks: dict[tuple[int, int], list[int]] = {}
    for entry in demo.entries:
        if entry.mood is not None:
            weeks.setdefault(entry.day.isocalendar()[:2], []).append(entry.mood)
    averages = [statistics.mean(v) for v in weeks.values() if len(v) >= 3]
    assert max(averages) - min(averages) >= 1.0
    assert statistics.correlation(recorded[:-1], recorded[1:]) > 0.1
    starred = sum(e.starred for e in demo.entries) / len(demo.entries)
    assert 0.01 <= starred <= 0.1


def test_entries_mention_cards_that_exist(demo: Demo) -> None:
    """Some entries name cards by short id, every one of them real, and a short id never becomes a tag."""
    short_ids = {c.short_id for c in demo.cards}
    mentioned = {ref for e in demo.entries for ref in CARD_REF.findall(e.body)}
    assert len(mentioned) >= 10
    assert mentioned <= short_ids
    assert not short_ids & {t for e in demo.entries for t in e.all_tags}


def test_growth_items_mix_kinds_and_stay_in_the_past(demo: Demo) -> None:
    """About half the items are lessons, a handful are goals; every item was written before today."""
    assert {type(g) for g in demo.growth} == {Learning, Share, Goal}
    assert 140 <= len(demo.learnings) <= 160 and len(demo.goals) == 5
    for item in demo.growth:
        assert item.created <= item.updated < START_OF_TODAY
    assert all(g.day < TODAY for g in (*demo.learnings, *demo.shares))


def test_learn_items_have_an_insight_and_a_source_of_every_kind(demo: Demo) -> None:
    """Every lesson has a one-line insight and a source detail; books name their author."""
    assert {g.source_kind for g in demo.learnings} == set(SourceKind)
    for item in demo.learnings:
        assert item.insight and "\n" not in item.insight and item.source
    books = [g.source for g in demo.learnings if g.source_kind is SourceKind.BOOK]
    assert any(source.startswith("Toyota Kata (Mike Rother)") for source in books)
    assert any(not g.worth_sharing for g in demo.learnings)


def test_share_items_pass_on_earlier_lessons_by_every_channel(demo: Demo) -> None:
    """Each share has an audience and passes one to three lessons learned before its day."""
    learned = {g.id: g for g in demo.learnings}
    assert {s.channel for s in demo.shares} == set(Channel)
    for share in demo.shares:
        assert share.audience and 1 <= len(share.passes) <= 3
        assert all(learned[item].day < share.day for item in share.passes)
    assert any(len(s.passes) > 1 for s in demo.shares)


def test_goals_have_why_targets_and_milestones_some_done(demo: Demo) -> None:
    """Goals have a why, a later target and 3-6 milestones; done goals have all of them done."""
    titles = {g.title for g in demo.goals}
    assert "Be the leader you want" in titles
    for goal in demo.goals:
        assert goal.why and goal.target > goal.created.date() and 3 <= len(goal.milestones) <= 6
        assert (goal.done_on is not None) == (goal.status is GoalStatus.DONE)
        days = [m.done_on for m in goal.milestones if m.done_on is not None]
        assert all(goal.created.date() < day < TODAY for day in days)
        if goal.status is GoalStatus.DONE:
            assert len(days) == len(goal.milestones) and goal.done_on == max(days)
    progress = [g.progress for g in demo.goals]
    assert any(0 < done < total for done, total in progress)
    assert {g.status for g in build_demo(years=10, seed=7, today=TODAY, tz=UTC).goals} == set(GoalStatus)


def test_links_point_at_demo_entries_cards_and_shares(demo: Demo) -> None:
    """Lessons link to their entries and cards, goals to entries, cards and shares, all of them real."""
    real = {
        **{f"entry:{e.id}": e for e in demo.entries},
        **{f"card:{c.id}": c for c in demo.cards},
        **{f"share:{s.id}": s for s in demo.shares},
    }
    links = {
        kind: [ref for item in getattr(demo, kind) for ref in item.links]
        for kind in ("learnings", "shares", "goals")
    }
    assert all(ref in real for refs in links.values() for ref in refs)
    assert {ref.partition(":")[0] for ref in links["learnings"]} == {"entry", "card"}
    assert {ref.partition(":")[0] for ref in links["goals"]} == {"entry", "card", "share"}
    assert links["shares"]
    for item in demo.learnings:
        for ref in item.links:
            if ref.startswith("entry:"):
                assert real[ref].day == item.day


def test_some_lessons_are_in_share_debt_today_recent_and_old(demo: Demo) -> None:
    """A few lessons worth sharing wait past the threshold: recent ones and a few old ones."""
    debt = share_debt(demo.learnings, demo.shares, TODAY)
    assert 3 <= len(debt) <= 20
    assert any(age <= 45 for age in debt.values()) and any(age > 60 for age in debt.values())
    assert all(next(g for g in demo.learnings if g.id == item).worth_sharing for item in debt)


def test_timestamps_use_the_given_timezone() -> None:
    """Every timestamp carries the timezone it was built for, and writing times are in the evening."""
    plus_two = timezone(timedelta(hours=2))
    local = build_demo(years=1, seed=7, today=TODAY, tz=plus_two)
    stamps = [e.created for e in local.entries] + [c.created for c in local.cards]
    assert all(s.utcoffset() == timedelta(hours=2) for s in stamps)


def test_written_demo_round_trips_through_a_fresh_store(
    store: Store, db_path: Path, clock: FixedClock
) -> None:
    """What write_demo saves reads back identically in a new Store."""
    demo = write_demo(store, years=1)
    again = Store(db_path, clock)
    for name in ("entries", "cards", "learnings", "shares", "goals"):
        written = {x.id: x.to_dict() for x in getattr(demo, name)}
        assert {x.id: x.to_dict() for x in getattr(again, name).all()} == written
    assert max(e.day for e in again.entries.all()) == clock.today() - timedelta(days=1)


def test_write_demo_saves_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """All the demo goes to disk in exactly one write of the journal file."""
    writes: list[Path] = []
    real_write = storage_module.atomic_write

    def counting_write(path: Path, data: bytes) -> os.stat_result:
        """Count the write, then do it."""
        writes.append(path)
        return real_write(path, data)

    monkeypatch.setattr(storage_module, "atomic_write", counting_write)
    write_demo(store, years=1)
    assert writes == [store.path]
