"""A card's lesson as a learn item: ctrl+l and the Check button, the offer after adopt or adapt (yes and
no), and the goals and learn items that link back to the card on its A3 page."""

from __future__ import annotations

from test_card_detail import MARKUP, SIZE, add_card, fill, make_app, notices, show
from test_card_detail_flow import acted_card, press_button

from lean_journal.clock import FixedClock
from lean_journal.model import Stage
from lean_journal.model.growth import Goal, Milestone, SourceKind
from lean_journal.store import Store
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.widgets.back_links import BackLinks


def links_shown(screen: CardDetailScreen) -> tuple[str, ...]:
    """The back-link lines on the card's A3 page."""
    return screen.query_one("#card-links", BackLinks).lines


async def test_ctrl_l_keeps_the_lesson_as_a_learn_item(store: Store, clock: FixedClock) -> None:
    """ctrl+l: the lesson is a learn item from an experiment, linked to the card; said once; shown back."""
    card = add_card(store, Stage.CHECK, learned="Boards beat talk. Standing helps.", tags=("meetings",))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        await pilot.press("ctrl+l")
        await pilot.pause()
        (item,) = store.learnings.all()
        assert (item.title, item.insight) == ("Boards beat talk.", "Boards beat talk. Standing helps.")
        assert (item.source_kind, item.source, item.tags) == (
            SourceKind.EXPERIMENT,
            "Stand-ups run long",
            ("meetings",),
        )
        assert item.links == (f"card:{card.id}",)
        assert f"Saved as learn item {item.short_id}: press 3 to see it in Learn · Share · Grow." in notices(
            app
        )
        assert links_shown(screen) == (f"Learned: Boards beat talk. ({item.short_id})",)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert len(store.learnings) == 1
        assert notices(app)[-1] == f"Already captured as learn item {item.short_id}."


async def test_the_check_button_keeps_the_lesson_as_typed(store: Store, clock: FixedClock) -> None:
    """The button under Check keeps the lesson as typed, even before ctrl+s; an empty one is refused."""
    card = add_card(store, Stage.CHECK)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        await press_button(pilot, screen, "keep-lesson")
        assert len(store.learnings) == 0
        assert notices(app) == ["Nothing to keep yet: write what you learned under Check first."]
        fill(screen, learned="Ask before telling")
        await press_button(pilot, screen, "keep-lesson")
        assert [i.title for i in store.learnings.all()] == ["Ask before telling"]


async def test_adopting_offers_to_keep_the_lesson_and_yes_keeps_it(store: Store, clock: FixedClock) -> None:
    """After adopt the lesson is offered; y keeps it linked to the card."""
    card = acted_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, standard="Board first, then talk")
        await press_button(pilot, screen, "decide-adopt")
        assert isinstance(app.screen, ConfirmScreen)
        assert "Keep what you learned as a learn item?" in app.screen.question
        await pilot.press("y")
        await pilot.pause()
        (item,) = store.learnings.all()
        assert (item.title, item.links) == ("Boards beat talk", (f"card:{card.id}",))  # type: ignore[attr-defined]
        assert links_shown(screen) == (f"Learned: Boards beat talk ({item.short_id})",)


async def test_adapting_offers_and_enter_keeps_nothing(store: Store, clock: FixedClock) -> None:
    """After adapt, enter (the focused 'Not now') closes the offer: no learn item, the lesson stays."""
    card = acted_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, next_step="Walk the board standing up")
        await press_button(pilot, screen, "decide-adapt")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert len(store.learnings) == 0
        assert store.cards.get(card.id).learned == "Boards beat talk"  # type: ignore[attr-defined]


async def test_no_offer_when_abandoned_or_kept_before(store: Store, clock: FixedClock) -> None:
    """Abandon asks nothing about lessons; a lesson kept already is not offered again on adopt."""
    card = acted_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        await pilot.press("ctrl+l")
        await pilot.pause()
        fill(screen, standard="Board first")
        await press_button(pilot, screen, "decide-adopt")
        assert app.screen is screen
        assert len(store.learnings) == 1


async def test_a_card_shows_the_goals_it_is_evidence_for(store: Store, clock: FixedClock) -> None:
    """A goal linking the card: the A3 page says 'Evidence for goal: …' with its progress."""
    card = add_card(store, Stage.DO)
    now = clock.now()
    milestones = (Milestone("Run one huddle", now.date()), Milestone("Coach two"))
    goal = store.goals.add(
        Goal("Be the leader you want", now, now, milestones=milestones, links=(f"card:{card.id}",))
    )
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        assert links_shown(screen) == (f"Evidence for goal: Be the leader you want ({goal.short_id}, 1/2)",)


async def test_a_hostile_lesson_and_goal_show_harmlessly(store: Store, clock: FixedClock) -> None:
    """Markup and escape codes in a lesson and a goal title are kept as written and shown as text."""
    hostile = MARKUP + " \x1b]0;x\x07"
    card = add_card(store, Stage.CHECK, learned=hostile)
    now = clock.now()
    store.goals.add(Goal(hostile, now, now, links=(f"card:{card.id}",)))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        await pilot.press("ctrl+l")
        await pilot.pause()
        (item,) = store.learnings.all()
        assert item.insight == hostile
        shown = str(screen.query_one("#card-links", BackLinks).render())
        assert shown.count(MARKUP) == 2 and "\x1b" not in shown and "\x07" not in shown
        assert app.return_code is None


async def test_adopting_on_the_board_offers_the_lesson_too(store: Store, clock: FixedClock) -> None:
    """Act → adopt from the board: the lesson is offered; y keeps it, linked to the card."""
    from board_support import PLANNED
    from board_support import add_card as add_board_card
    from board_support import make_app as board_app

    card = add_board_card(
        store, clock, "Huddle too long", Stage.ACT, **PLANNED, result="20 min", learned="Agendas help."
    )
    app = board_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", *["right"] * 4, "l")
        await pilot.pause()
        await pilot.press(*"One agenda")
        await pilot.click("#adopt")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.DONE
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        (item,) = store.learnings.all()
        assert (item.title, item.links) == ("Agendas help.", (f"card:{card.id}",))
