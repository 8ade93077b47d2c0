"""One home for PDCA wording that the board and the card page both show (issue 12)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lean_journal.model import Card, Stage, ValidationError
from lean_journal.pdca import wording
from lean_journal.pdca.a3_form import ALL_SPECS
from lean_journal.pdca.a3_form import describe_error as form_error
from lean_journal.tui.screens.board import decide_card, drop_card
from lean_journal.tui.screens.card import card_detail
from lean_journal.tui.screens.dialogs.text_prompt import problem_text
from lean_journal.tui.widgets.card import a3_act


def test_one_home_for_the_pdca_wording_shown_twice() -> None:
    """Board and card page share one decision help, one label table, one reason rule."""
    assert decide_card.EXPLAIN.splitlines() == list(wording.DECISION_HELP.values())
    assert a3_act.DECISION_HELP is wording.DECISION_HELP
    assert drop_card.required_reason is wording.required_reason is card_detail.pdca.required_reason
    assert all(
        spec.label == wording.FIELD_LABELS[key]
        for key, spec in ALL_SPECS.items()
        if key in wording.FIELD_LABELS
    )
    assert wording.FIELD_LABELS["target_value"] == ALL_SPECS["target_value"].label == "Target value"
    error = ValidationError("target_value", "is not a number")
    assert form_error(error) == problem_text(error) == "Target value: is not a number"
    with pytest.raises(ValidationError, match="a reason is required"):
        wording.required_reason("  ")


def test_the_adapt_notice_names_the_next_cycle_by_title_and_id() -> None:
    """Board and card page say the same: the next cycle's title and its short id."""
    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    follow = Card("Stand-ups long", now, now, Stage.PLAN)
    closed = Card("Stand-ups", now, now, Stage.DONE)
    notice = wording.decision_notice(closed, follow)
    assert notice == f"Adapted. Next cycle in Plan: Stand-ups long ({follow.short_id})"


def test_open_and_closed_stages_are_spelled_once() -> None:
    """The board's open and closed columns are the model's OPEN and CLOSED, together every stage."""
    from lean_journal.model import CLOSED, OPEN
    from lean_journal.store.preview import CLOSED_STAGE_NAMES
    from lean_journal.tui.screens.board.board import OPEN_STAGES

    assert OPEN_STAGES is OPEN and set(OPEN) | set(CLOSED) == set(Stage)
    assert set(CLOSED_STAGE_NAMES) == {stage.value for stage in CLOSED}
