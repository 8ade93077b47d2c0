"""Card detail: the Do log, Act's decisions (adopt, adapt, abandon) and the timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_card_detail import CREATED, MARKUP, SIZE, add_card, fill, make_app, notices, show
from textual.widgets import Button, Input, OptionList, Static

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import ActionLog, Decision, JournalEntry, Stage, StageChange
from lean_journal.store import Store
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen

TODAY = date(2026, 11, 24)


def prompts(screen: CardDetailScreen, list_id: str) -> list[str]:
    """The plain text of every row of an OptionList."""
    options = screen.query_one(f"#{list_id}", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def acted_card(store: Store) -> object:
    """A card in Act, checked, with a standard written down."""
    history = (
        StageChange(Stage.PLAN, CREATED, "created"),
        StageChange(Stage.DO, CREATED + timedelta(days=3)),
        StageChange(Stage.CHECK, CREATED + timedelta(days=10)),
        StageChange(Stage.ACT, CREATED + timedelta(days=20)),
    )
    return add_card(
        store,
        Stage.ACT,
        problem="Stand-ups take 25 min",
        target="10 min",
        hypothesis="A board",
        result="11 min",
        learned="Boards beat talk",
        history=history,
    )


async def press_button(pilot: object, screen: CardDetailScreen, button_id: str) -> None:
    """Focus a button and press it with enter, as a keyboard user would."""
    screen.query_one(f"#{button_id}", Button).focus()
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_the_do_log_adds_a_dated_action_newest_last(store: Store, clock: FixedClock) -> None:
    """Type an action and press enter: it is saved for today, listed last, and the input empties."""
    card = add_card(store, Stage.DO, actions=(ActionLog(date(2026, 11, 20), "Drew the board"),))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        screen.query_one("#do-new", Input).focus()
        await pilot.press(*"Timed the stand-up", "enter")
        await pilot.pause()
        assert store.cards.get(card.id).actions[-1] == ActionLog(TODAY, "Timed the stand-up")
        assert prompts(screen, "do-actions") == [
            "2026-11-20  Drew the board",
            "2026-11-24  Timed the stand-up",
        ]
        assert screen.query_one("#do-new", Input).value == ""
        assert any(
            "2026-11-24" in row and "Timed the stand-up" in row for row in prompts(screen, "timeline-events")
        )


async def test_adopt_moves_to_done_with_rechecks(store: Store, clock: FixedClock) -> None:
    """Adopt: Done, decision adopt, re-checks in 30 and 90 days, shown; the buttons close."""
    card = acted_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, standard="Board first, then talk")
        await press_button(pilot, screen, "decide-adopt")
        saved = store.cards.get(card.id)  # type: ignore[attr-defined]
        assert (saved.stage, saved.decision) == (Stage.DONE, Decision.ADOPT)
        assert saved.standard == "Board first, then talk"
        assert saved.rechecks == (TODAY + timedelta(days=30), TODAY + timedelta(days=90))
        shown = str(screen.query_one("#rechecks", Static).render())
        assert "2026-12-24" in shown and "2027-02-22" in shown
        assert screen.query_one("#decide-adopt", Button).disabled
        assert screen.unsaved_keys() == []


async def test_adapt_starts_a_linked_next_cycle_in_plan(store: Store, clock: FixedClock) -> None:
    """Adapt: this card is Done and a new card in Plan links back to it, carrying the learning."""
    card = acted_card(store)
    waiting = add_card(store, Stage.PLAN, title="Already planned", position=5.0)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, next_step="Walk the board standing up")
        await press_button(pilot, screen, "decide-adapt")
        assert store.cards.get(card.id).stage == Stage.DONE  # type: ignore[attr-defined]
        first, follow_up = store.cards.list(stage=Stage.PLAN)
        assert first == waiting and follow_up.position == 6.0
        assert follow_up.previous_cycle == card.id  # type: ignore[attr-defined]
        assert follow_up.title == "Stand-ups run long (cycle 2)"
        assert follow_up.current_condition == "Boards beat talk"
        assert any(follow_up.short_id in n for n in notices(app))


async def test_abandon_asks_for_a_reason_and_drops(store: Store, clock: FixedClock) -> None:
    """Abandon opens a reason dialog; cancelling changes nothing; a reason drops the card with it."""
    card = acted_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        await press_button(pilot, screen, "decide-abandon")
        assert isinstance(app.screen, TextPromptScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert store.cards.get(card.id) == card  # type: ignore[attr-defined]
        await press_button(pilot, screen, "decide-abandon")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TextPromptScreen)
        await pilot.press(*"Team left", "enter")
        await pilot.pause()
        saved = store.cards.get(card.id)  # type: ignore[attr-defined]
        assert (saved.stage, saved.decision, saved.drop_reason) == (
            Stage.DROPPED,
            Decision.ABANDON,
            "Team left",
        )
        assert "Team left" in str(screen.query_one("#rechecks", Static).render())


async def test_a_decision_with_a_bad_field_is_refused(store: Store, clock: FixedClock) -> None:
    """An invalid edit blocks the decision: the card stays in Act and the field is named."""
    card = acted_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, actual="eleven")
        await press_button(pilot, screen, "decide-adopt")
        assert store.cards.get(card.id).stage == Stage.ACT  # type: ignore[attr-defined]
        assert notices(app, "warning")[-1].startswith("Actual:")


async def test_timeline_shows_moves_time_per_stage_and_mentioning_entries(
    store: Store, clock: FixedClock
) -> None:
    """Stage moves with times, time per stage, total cycle time and a journal entry naming the card."""
    card = acted_card(store)
    at = datetime(2026, 11, 15, 18, 0, tzinfo=UTC)
    entry = JournalEntry(date(2026, 11, 15), f"Stand-up notes {card.short_id}", at, at, body="Shorter!")  # type: ignore[attr-defined]
    other = JournalEntry(date(2026, 11, 16), "Unrelated", at, at)
    store.entries.add_many([entry, other])
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        rows = prompts(screen, "timeline-events")
        assert rows[0].startswith("2026-11-01 08:00") and "Created in Plan" in rows[0]
        assert any(r.startswith("2026-11-04 08:00") and "Moved to Do" in r for r in rows)
        assert any(r.startswith("2026-11-15 18:00") and f"Stand-up notes {card.short_id}" in r for r in rows)  # type: ignore[attr-defined]
        assert not any("Unrelated" in r for r in rows)
        times = str(screen.query_one("#stage-times", Static).render())
        assert "Plan 3 days" in times and "Do 7 days" in times and "Check 10 days" in times
        assert "Total cycle time: still open" in times
        journal_row = next(i for i, r in enumerate(rows) if "Stand-up notes" in r)
        events = screen.query_one("#timeline-events", OptionList)
        events.focus()
        events.highlighted = journal_row
        await pilot.press("enter")
        await pilot.pause()
        assert "Shorter!" in notices(app)[-1]


async def test_done_cards_show_their_total_cycle_time(store: Store, clock: FixedClock) -> None:
    """A card adopted on 24 Nov after being created on 1 Nov took 23 days."""
    card = acted_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        await press_button(pilot, screen, "decide-adopt")
        assert "Total cycle time: 23 days" in str(screen.query_one("#stage-times", Static).render())
        assert "total cycle time 23 days" in str(screen.query_one("#facts", Static).render())


async def test_markup_in_the_timeline_and_do_log_shows_literally(store: Store, clock: FixedClock) -> None:
    """Journal titles and actions that look like markup are shown as written and run nothing."""
    card = add_card(store, Stage.DO, title=MARKUP, actions=(ActionLog(TODAY, MARKUP),))
    at = clock.now()
    store.entries.add(JournalEntry(TODAY, f"{MARKUP} {card.short_id}", at, at, body=MARKUP))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        assert prompts(screen, "do-actions") == [f"2026-11-24  {MARKUP}"]
        assert any(f"{MARKUP} {card.short_id}" in row for row in prompts(screen, "timeline-events"))
        events = screen.query_one("#timeline-events", OptionList)
        events.focus()
        events.highlighted = events.option_count - 1
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.screen is screen
        assert notices(app)[-1] == f"{MARKUP} {card.short_id}\n\n{MARKUP}"


async def test_a_demo_card_lists_the_entries_that_mention_it(demo_store: Store, clock: FixedClock) -> None:
    """On the demo journal, an open card's timeline lists every entry naming its short id."""
    mentioned = [
        (card, [e for e in demo_store.entries.all() if pdca.mentions(e, card)])
        for card in demo_store.cards.all()
        if card.stage not in (Stage.DONE, Stage.DROPPED)
    ]
    card, entries = max(mentioned, key=lambda pair: (len(pair[1]), pair[0].id))
    assert entries, "the demo has an open card mentioned in the journal"
    app = make_app(demo_store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        rows = [r for r in prompts(screen, "timeline-events") if "Journal" in r]
        assert len(rows) == len(entries)
        assert all(any(e.title in r for r in rows) for e in entries)
