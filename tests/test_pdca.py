"""Unit tests of the pure PDCA services: gates, moves, decisions, ordering, timing and timelines."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lean_journal.model import ActionLog, Card, Decision, JournalEntry, Stage, ValidationError
from lean_journal.pdca import (
    FIELD_LABELS,
    GATES,
    GateBlocked,
    append_position,
    cycle_time,
    days_in_stage,
    decide,
    drop,
    mentions,
    missing_to_leave,
    move,
    new_card,
    next_stage,
    parse_wip_limit,
    previous_stage,
    swap_positions,
    time_in_stages,
    timeline,
    wip_exceeded,
    wip_limit_from,
)

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def planned(**fields: object) -> Card:
    """A card in Plan with every Plan gate field filled, plus `fields`."""
    card = new_card("Inbox takes too long", Stage.PLAN, T0)
    filled = {"problem": "45 min a day on mail", "target": "15 min", "hypothesis": "two fixed slots"}
    return card.with_changes(**{**filled, **fields})


def test_gates_are_the_contracted_fields() -> None:
    """Leaving Plan needs problem, target and hypothesis; Check a result; Act a decision."""
    assert GATES[Stage.PLAN] == ("problem", "target", "hypothesis")
    assert GATES[Stage.CHECK] == ("result",)
    assert GATES[Stage.ACT] == ("decision",)
    assert all(GATES[s] == () for s in (Stage.STRUGGLE, Stage.DO, Stage.DONE, Stage.DROPPED))
    assert all(name in FIELD_LABELS for names in GATES.values() for name in names)


def test_missing_to_leave_treats_blank_text_as_missing() -> None:
    """Whitespace does not fill a gate field."""
    card = new_card("x", Stage.PLAN, T0).with_changes(problem="  ", target="15 min")
    assert missing_to_leave(card) == ("problem", "hypothesis")
    assert missing_to_leave(planned()) == ()


def test_next_and_previous_stage_follow_the_flow() -> None:
    """Struggles → Plan → Do → Check → Act → Done; Dropped is off the flow."""
    assert next_stage(Stage.STRUGGLE) is Stage.PLAN
    assert next_stage(Stage.ACT) is Stage.DONE
    assert next_stage(Stage.DONE) is None
    assert previous_stage(Stage.STRUGGLE) is None
    assert previous_stage(Stage.DONE) is Stage.ACT
    assert next_stage(Stage.DROPPED) is None and previous_stage(Stage.DROPPED) is None


def test_blocked_forward_move_names_the_missing_fields() -> None:
    """Plan → Do without a hypothesis raises GateBlocked with the target and the missing fields."""
    card = planned(hypothesis="")
    with pytest.raises(GateBlocked) as caught:
        move(card, Stage.DO, T0 + timedelta(days=1))
    assert caught.value.target is Stage.DO
    assert caught.value.missing == ("hypothesis",)
    assert caught.value.card == card
    assert "Hypothesis" in str(caught.value)


def test_override_moves_and_records_it() -> None:
    """An overridden gate moves the card and says so in the history."""
    moved = move(planned(target=""), Stage.DO, T0 + timedelta(days=1), override=True)
    assert moved.stage is Stage.DO
    assert "gate overridden" in moved.history[-1].note
    assert "Target" in moved.history[-1].note


def test_backward_moves_ignore_gates() -> None:
    """Moving back never needs anything."""
    card = new_card("x", Stage.CHECK, T0)
    assert move(card, Stage.DO, T0).stage is Stage.DO


def test_move_to_the_same_stage_is_refused() -> None:
    """A move must go somewhere."""
    with pytest.raises(ValueError, match="already"):
        move(new_card("x", Stage.DO, T0), Stage.DO, T0)


def test_restoring_a_dropped_card_keeps_the_reason_in_history() -> None:
    """Out of Dropped, the reason moves into the history note."""
    dropped = drop(new_card("x", Stage.DO, T0), "no time", T0)
    restored = move(dropped, Stage.STRUGGLE, T0 + timedelta(hours=1))
    assert restored.drop_reason == ""
    assert "no time" in restored.history[-1].note


def test_drop_requires_a_reason() -> None:
    """A blank reason is a ValidationError on drop_reason; a real one is kept."""
    card = new_card("x", Stage.PLAN, T0)
    with pytest.raises(ValidationError) as caught:
        drop(card, "   ", T0)
    assert caught.value.field == "drop_reason"
    dropped = drop(card, " not my problem ", T0 + timedelta(days=2))
    assert (dropped.stage, dropped.drop_reason) == (Stage.DROPPED, "not my problem")
    assert dropped.history[-1].stage is Stage.DROPPED


def test_adopt_goes_to_done_with_rechecks_at_30_and_90_days() -> None:
    """Adopt: Done, the decision and standard kept, re-checks scheduled."""
    card = move(planned(result="20 min"), Stage.ACT, T0, override=True)
    now = datetime(2026, 3, 1, 18, 0, tzinfo=UTC)
    done, follow_up = decide(card, Decision.ADOPT, now, standard="Mail at 9 and 4")
    assert follow_up is None
    assert done.stage is Stage.DONE and done.decision is Decision.ADOPT
    assert done.standard == "Mail at 9 and 4"
    assert done.rechecks == (date(2026, 3, 31), date(2026, 5, 30))


def test_adapt_creates_a_linked_next_cycle_in_plan() -> None:
    """Adapt: the card is Done and a new Plan card links back, carrying problem, target and learning."""
    card = planned(result="25 min", learned="afternoon slot slips", actual=25.0, unit="min")
    card = move(card, Stage.ACT, T0, override=True)
    done, follow = decide(card, Decision.ADAPT, T0 + timedelta(days=9), next_step="one slot at 11")
    assert done.stage is Stage.DONE and done.decision is Decision.ADAPT
    assert follow is not None
    assert follow.stage is Stage.PLAN and follow.previous_cycle == card.id
    assert follow.title == "Inbox takes too long (cycle 2)"
    assert (follow.problem, follow.target) == (card.problem, card.target)
    assert follow.current_condition == "afternoon slot slips"
    assert follow.baseline == 25.0 and follow.hypothesis == "one slot at 11"
    assert follow.id != card.id
    _, third = decide(move(follow, Stage.ACT, T0 + timedelta(days=10), override=True), "adapt", T0)
    assert third is not None and third.title == "Inbox takes too long (cycle 3)"


def test_abandon_drops_with_the_reason() -> None:
    """Abandon: Dropped with the reason; a reason is required."""
    card = move(planned(), Stage.ACT, T0, override=True)
    with pytest.raises(ValidationError):
        decide(card, Decision.ABANDON, T0)
    dropped, follow = decide(card, Decision.ABANDON, T0, reason="helped nobody")
    assert follow is None
    assert (dropped.stage, dropped.decision, dropped.drop_reason) == (
        Stage.DROPPED,
        Decision.ABANDON,
        "helped nobody",
    )


def test_decide_refuses_closed_cards() -> None:
    """A card already Done cannot be decided again."""
    done, _ = decide(move(planned(), Stage.ACT, T0, override=True), Decision.ADOPT, T0)
    with pytest.raises(ValueError, match="already"):
        decide(done, Decision.ADOPT, T0)


def column(*positions: float) -> list[Card]:
    """Cards with these positions, in display order."""
    return [new_card(f"c{i}", Stage.DO, T0, position=p) for i, p in enumerate(positions)]


def test_append_position_goes_below_the_last() -> None:
    """New cards go to the bottom; an empty column starts at 1."""
    assert append_position([]) == 1.0
    assert append_position(column(1.0, 5.0, 2.0)) == 6.0


def test_swap_positions_moves_a_card_down_and_returns_only_changed_cards() -> None:
    """J moves a card one place down; only the two swapped cards change."""
    cards = column(1.0, 2.0, 3.0)
    changed = swap_positions(cards, cards[0].id, 1)
    assert {c.id: c.position for c in changed} == {cards[0].id: 2.0, cards[1].id: 1.0}


def test_swap_positions_at_the_edge_changes_nothing() -> None:
    """K on the top card does nothing."""
    cards = column(1.0, 2.0)
    assert swap_positions(cards, cards[0].id, -1) == []


def test_swap_positions_renumbers_ties() -> None:
    """Cards that share a position (never ordered) get distinct ones."""
    cards = column(0.0, 0.0, 0.0)
    changed = {c.id: c.position for c in swap_positions(cards, cards[2].id, -1)}
    assert changed == {cards[0].id: 1.0, cards[2].id: 2.0, cards[1].id: 3.0}


@given(
    offsets=st.lists(st.integers(min_value=-3, max_value=3), max_size=12),
    size=st.integers(min_value=1, max_value=6),
    picks=st.lists(st.integers(min_value=0, max_value=5), min_size=12, max_size=12),
)
@settings(max_examples=60, deadline=None)
def test_reordering_keeps_positions_distinct_and_cards_the_same(
    offsets: list[int], size: int, picks: list[int]
) -> None:
    """Any series of reorders keeps every card exactly once, with distinct positions."""
    cards = column(*[0.0] * size)
    moved = False
    for offset, pick in zip(offsets, picks, strict=False):
        chosen = cards[pick % size].id
        changed = {c.id: c for c in swap_positions(cards, chosen, offset)}
        moved = moved or bool(changed)
        cards = sorted((changed.get(c.id, c) for c in cards), key=lambda c: c.position)
    assert len({c.id for c in cards}) == size
    if moved:
        assert len({c.position for c in cards}) == size


STAGES = st.sampled_from(list(Stage))


@given(
    steps=st.lists(
        st.tuples(STAGES, st.integers(min_value=-3_000, max_value=100_000), st.booleans()),
        max_size=15,
    )
)
@settings(max_examples=80, deadline=None)
def test_any_sequence_of_moves_keeps_history_ordered(steps: list[tuple[Stage, int, bool]]) -> None:
    """Any moves (even with the clock going back) keep history ordered, ending in the card's stage."""
    card = new_card("x", Stage.STRUGGLE, T0)
    now = T0
    for target, minutes, override in steps:
        now = now + timedelta(minutes=minutes)
        try:
            card = move(card, target, now, override=override)
        except (GateBlocked, ValueError):
            continue
    moments = [change.at for change in card.history]
    assert moments == sorted(moments)
    assert card.history[-1].stage == card.stage
    assert sum(time_in_stages(card, now + timedelta(days=1)).values(), timedelta()) >= timedelta()


def test_time_in_stages_sums_each_stay() -> None:
    """Two days in Plan, three in Do, and Do again for one more day after going back."""
    card = new_card("x", Stage.PLAN, T0)
    card = move(card, Stage.DO, T0 + timedelta(days=2), override=True)
    card = move(card, Stage.PLAN, T0 + timedelta(days=5))
    card = move(card, Stage.DO, T0 + timedelta(days=6), override=True)
    spent = time_in_stages(card, T0 + timedelta(days=7))
    assert spent == {Stage.PLAN: timedelta(days=3), Stage.DO: timedelta(days=4)}


def test_time_in_stages_without_a_creation_record() -> None:
    """A card whose history starts later than its creation counts the gap in the stage before."""
    card = Card(title="x", created=T0, updated=T0, stage=Stage.DO)
    card = move(card.with_changes(stage=Stage.PLAN), Stage.DO, T0 + timedelta(days=1), override=True)
    spent = time_in_stages(card, T0 + timedelta(days=3))
    assert spent == {Stage.PLAN: timedelta(days=1), Stage.DO: timedelta(days=2)}
    assert time_in_stages(Card(title="y", created=T0, updated=T0), T0 + timedelta(days=1)) == {
        Stage.STRUGGLE: timedelta(days=1)
    }


def test_cycle_time_runs_from_creation_to_done_or_dropped() -> None:
    """Open cards have no cycle time; closed ones count to the closing move, not to now."""
    card = move(planned(), Stage.ACT, T0 + timedelta(days=3), override=True)
    assert cycle_time(card, T0 + timedelta(days=4)) is None
    done, _ = decide(card, Decision.ADOPT, T0 + timedelta(days=10))
    assert cycle_time(done, T0 + timedelta(days=400)) == timedelta(days=10)
    assert time_in_stages(done, T0 + timedelta(days=400))[Stage.ACT] == timedelta(days=7)
    dropped = drop(new_card("y", Stage.DO, T0), "no", T0 + timedelta(days=2))
    assert cycle_time(dropped, T0) == timedelta(days=2)


def test_days_in_stage_counts_whole_days_since_entering() -> None:
    """Days since the last move into the current stage."""
    card = move(new_card("x", Stage.STRUGGLE, T0), Stage.PLAN, T0 + timedelta(days=1))
    assert days_in_stage(card, T0 + timedelta(days=4, hours=23)) == 3
    assert days_in_stage(card, T0) == 0


def test_wip_limit_helpers() -> None:
    """Over the limit means more cards than the limit; bad stored or typed limits are handled."""
    assert not wip_exceeded(3, 3) and wip_exceeded(4, 3)
    assert wip_limit_from(None) == 3 and wip_limit_from("7") == 3 and wip_limit_from(5) == 5
    assert wip_limit_from(True) == 3 and wip_limit_from(0) == 3
    assert parse_wip_limit(" 4 ") == 4
    for bad in ("", "x", "0", "-2", "1000", "2.5"):
        with pytest.raises(ValidationError):
            parse_wip_limit(bad)


@given(st.text(max_size=20))
def test_parse_wip_limit_never_crashes(text: str) -> None:
    """Any typed text gives a limit or a ValidationError."""
    with contextlib.suppress(ValidationError):
        assert 1 <= parse_wip_limit(text) <= 99


def entry(title: str, body: str = "", hours: int = 0) -> JournalEntry:
    """A journal entry written `hours` after T0."""
    at = T0 + timedelta(hours=hours)
    return JournalEntry(day=at.date(), title=title, body=body, created=at, updated=at)


def test_mentions_finds_the_short_id_anywhere() -> None:
    """The short id in title or body (any case) links an entry to the card."""
    card = new_card("x", Stage.DO, T0)
    assert mentions(entry(f"About {card.short_id}"), card)
    assert mentions(entry("t", f"see #{card.short_id.upper()} today"), card)
    assert not mentions(entry("t", "nothing here"), card)


def test_timeline_merges_moves_actions_and_entries_oldest_first() -> None:
    """Creation, moves, Do-log actions and mentioning entries, in time order."""
    card = move(planned(), Stage.DO, T0 + timedelta(days=1))
    card = card.with_changes(actions=(ActionLog(day=date(2026, 1, 8), text="Closed mail at 10"),))
    entries = [entry("unrelated", hours=30), entry("Mail slots", f"card {card.short_id} went well", hours=50)]
    items = timeline(card, entries)
    assert [i.kind for i in items] == ["created", "stage", "journal", "action"]
    assert items[0].text == "Created in Plan"
    assert items[1].text == "Moved to Do"
    assert items[2].entry_id == entries[1].id
    assert items[3].text == "Closed mail at 10"


def test_bottom_of_a_stage_is_below_its_lowest_card() -> None:
    """One home for the board's and the card page's 'bottom of a column': after the column's last card."""
    from lean_journal import pdca

    class Cards:
        """A repository of two Plan cards."""

        def list(self, *, stage: Stage | None = None) -> list[object]:
            """The cards of `stage`."""
            return [_Positioned(2.0), _Positioned(5.5)] if stage is Stage.PLAN else []

    assert pdca.bottom_of(Cards(), Stage.PLAN) == 6.5  # type: ignore[arg-type]
    assert pdca.bottom_of(Cards(), Stage.DO) == 1.0  # type: ignore[arg-type]


class _Positioned:
    """Just a card's position."""

    def __init__(self, position: float) -> None:
        """At `position`."""
        self.position = position
