"""Snapshots of Learn · Share · Grow on a small fixed journal: wide (three panes), narrow (one), milestones.

The items are made here, not taken from the demo, so that a change to the demo data leaves these alone.
"""

from __future__ import annotations

from datetime import date

from growth_area_support import HOSTILE_TITLE, goal, learning, share
from waiting import until

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Stage
from lean_journal.model.growth import Channel, GoalStatus, Milestone, SourceKind
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.growth.share_form import ShareForm

WIDE = (140, 40)


def fixed_id(n: int) -> str:
    """A fixed UUID (the details show short ids: random ones would change every run)."""
    return f"{n:08x}-0000-4000-8000-000000000000"


NARROW = (80, 30)


def growth_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The app on a small journal of every kind, with some share debt and a goal half done."""
    kata = learning(
        store,
        clock,
        "Humble Inquiry: ask before telling",
        days_ago=23,
        insight="A question grows people; an answer only solves today's problem.",
        source_kind=SourceKind.BOOK,
        source="Edgar Schein",
        tags=("coaching",),
        id=fixed_id(1),
    )
    gemba = learning(
        store, clock, "Go and see the changeover", days_ago=9, source_kind=SourceKind.GEMBA, id=fixed_id(2)
    )
    learning(
        store,
        clock,
        "Stop the line when in doubt",
        days_ago=40,
        source_kind=SourceKind.MISTAKE,
        id=fixed_id(3),
    )
    learning(store, clock, HOSTILE_TITLE, days_ago=3, worth_sharing=False, id=fixed_id(4))
    told = share(
        store,
        clock,
        "Lunch and learn: coaching kata",
        audience="the night shift",
        channel=Channel.TALK,
        passes=(kata.id, gemba.id),
        id=fixed_id(5),
    )
    card = store.cards.add(
        pdca.new_card("Fewer status meetings", Stage.DO, clock.now()).with_changes(id=fixed_id(6))
    )
    steps = (
        Milestone("Ask first in every 1:1", date(2026, 11, 2)),
        Milestone("Coach one A3"),
        Milestone("Run a kaizen event", date(2026, 11, 20)),
    )
    goal(
        store,
        clock,
        "Be the leader I want to be",
        why="People grow when I ask.",
        target=date(2027, 3, 31),
        links=(f"share:{told.id}", f"card:{card.id}"),
        id=fixed_id(7),
    )
    store.goals.update(store.goals.all()[0].with_changes(milestones=steps))
    goal(
        store,
        clock,
        "Read one lean book a quarter",
        status=GoalStatus.ACTIVE,
        target=date(2026, 11, 1),
        id=fixed_id(8),
    )
    return LeanJournalApp(store, clock, file_label="journal.json", watch_interval=3600)


def test_growth_wide(snap_compare, store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """Three panes with counts, share debt marked, progress bars and due dates, each with its detail."""
    assert snap_compare(growth_app(store, clock), press=["3"], terminal_size=WIDE)


def test_growth_narrow(snap_compare, store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """At 80 columns one pane at a time, the strip naming the three; tab twice shows Grow."""
    assert snap_compare(growth_app(store, clock), press=["3", "tab", "tab"], terminal_size=NARROW)


def test_growth_milestones(snap_compare, store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """m on a goal: its milestones, ticked or not, with the progress bar."""
    assert snap_compare(growth_app(store, clock), press=["3", "shift+tab", "m"], terminal_size=WIDE)


def test_growth_evidence_picker(snap_compare, demo_store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """l on the demo's first goal: entries, cards and shares newest first, bounded, with the count of more."""
    app = LeanJournalApp(demo_store, clock, file_label="journal.json", watch_interval=3600)
    assert snap_compare(app, press=["3", "shift+tab", "l"], terminal_size=WIDE)


def test_growth_learn_form(snap_compare, store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """enter on a lesson linking the card: its form, the card's typed link in "Came from"."""
    app = growth_app(store, clock)
    gemba = store.learnings.get(fixed_id(2))
    store.learnings.update(gemba.with_changes(links=(f"card:{fixed_id(6)}",)))
    assert snap_compare(app, press=["3", "down", "enter"], terminal_size=WIDE)


def test_growth_share_form(snap_compare, store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """enter on a share linking the card: its form, scrolled to its "Links" field."""
    app = growth_app(store, clock)
    told = store.shares.get(fixed_id(5))
    store.shares.update(told.with_changes(links=(f"card:{fixed_id(6)}",)))

    async def open_form(pilot) -> None:  # type: ignore[no-untyped-def]
        """Open the share's form and focus its links field, so that the form scrolls to it."""
        await pilot.press("3", "tab", "enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, ShareForm), "the share form opened")
        pilot.app.screen.query_one("#links").focus()
        await pilot.pause()

    assert snap_compare(app, run_before=open_form, terminal_size=WIDE)
