"""Snapshots of a filled PDCA card: the top of its A3 and the bottom (Check, Act, Timeline)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from textual.pilot import Pilot

from lean_journal.clock import FixedClock
from lean_journal.model import ActionLog, Card, JournalEntry, Stage, StageChange, StruggleFrom
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.card.card_detail import CardDetailScreen

SIZE = (120, 36)
CARD_ID = "5e7a1c2d-0b3f-4d6e-8a9b-1c2d3e4f5a6b"
START = datetime(2026, 10, 5, 8, 30, tzinfo=UTC)


def filled_card() -> Card:
    """A card in Check with every A3 field filled, a Do log and a history of moves."""
    at = [START + timedelta(days=d) for d in (0, 4, 9, 30)]
    history = tuple(
        StageChange(s, t)
        for s, t in zip((Stage.STRUGGLE, Stage.PLAN, Stage.DO, Stage.CHECK), at, strict=True)
    )
    return Card(
        id=CARD_ID,
        title="Morning stand-up overruns [every day]",
        created=START,
        updated=at[-1],
        stage=Stage.CHECK,
        tags=("meetings", "team"),
        impact=75,
        impact_unit="min/week",
        source="Dana, my manager",
        struggle_from=StruggleFrom.BOSS,
        struggle="The stand-up eats the best focus hour of the morning.",
        evidence="Timed 10 stand-ups: 25 minutes on average, planned 10.",
        problem="Stand-ups take 25 min against a plan of 10, for 8 people.",
        current_condition="Status round, one person at a time, no board.",
        baseline=25,
        unit="min",
        target="Stand-up within 10 minutes",
        target_value=10,
        root_cause="Status is reported by talking instead of being visible.",
        whys=("People report status aloud", "Nobody can see status", "There is no board"),
        hypothesis="If we walk a visible board, the stand-up will take 10 minutes.",
        measure="Timer on every stand-up for three weeks",
        check_date=date(2026, 11, 20),
        actions=(
            ActionLog(date(2026, 10, 15), "Drew a board on the whiteboard"),
            ActionLog(date(2026, 10, 22), "Walked the board right to left"),
            ActionLog(date(2026, 11, 2), "Parked long topics for after"),
        ),
        actual=12,
        result="Average 12 minutes over 15 stand-ups.",
        learned="Parking topics matters more than the board itself.",
        history=history,
    )


def journal_entry() -> JournalEntry:
    """An entry that mentions the card by its short id."""
    at = datetime(2026, 10, 23, 18, 0, tzinfo=UTC)
    return JournalEntry(date(2026, 10, 23), f"Stand-up took 14 min ({CARD_ID[:8]})", at, at, body="Better.")


def app_on(db_path: Path, clock: FixedClock) -> LeanJournalApp:
    """The app on a journal holding the filled card and one entry mentioning it."""
    store = Store(db_path, clock)
    store.cards.add(filled_card())
    store.entries.add(journal_entry())
    return LeanJournalApp(store, clock, file_label="journal.json")


async def open_card(pilot: Pilot) -> None:
    """Open the card's A3 page."""
    app: LeanJournalApp = pilot.app  # type: ignore[assignment]
    await app.push_screen(CardDetailScreen(app.store, app.clock, CARD_ID))
    await pilot.pause()


def test_card_detail_top(snap_compare: object, db_path: Path, clock: FixedClock) -> None:
    """The header, Struggle and Plan of a filled card."""
    assert snap_compare(app_on(db_path, clock), terminal_size=SIZE, run_before=open_card)  # type: ignore[operator]


def test_card_detail_check_act_timeline(snap_compare: object, db_path: Path, clock: FixedClock) -> None:
    """Check with predicted vs actual, Act's decision buttons and the timeline."""

    async def scroll_to_check(pilot: Pilot) -> None:
        """Open the card and jump to its Check section."""
        await open_card(pilot)
        await pilot.press("ctrl+down", "ctrl+down", "ctrl+down", "ctrl+down")
        await pilot.pause()

    assert snap_compare(app_on(db_path, clock), terminal_size=SIZE, run_before=scroll_to_check)  # type: ignore[operator]


def test_card_detail_opened_by_a_blocked_move(snap_compare: object, db_path: Path, clock: FixedClock) -> None:
    """A Plan card opened because leaving Plan was blocked: the missing fields marked, the first focused."""
    store = Store(db_path, clock)
    card = filled_card().with_changes(stage=Stage.PLAN, problem="", hypothesis="", history=())
    store.cards.add(card)
    app = LeanJournalApp(store, clock, file_label="journal.json")

    async def open_blocked(pilot: Pilot) -> None:
        """Open the card with the gate's missing fields."""
        await app.push_screen(CardDetailScreen(store, clock, CARD_ID, focus_fields=("problem", "hypothesis")))
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=open_blocked)  # type: ignore[operator]
