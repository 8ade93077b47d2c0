"""Learn · Share · Grow goals: add, edit, delete, undo; milestones ticked and moved; evidence by short id."""

from __future__ import annotations

from growth_area_support import SIZE, detail, fill, goal, make_app, open_area, save_form, share, titles
from waiting import until

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry, Stage
from lean_journal.store import Store
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen
from lean_journal.tui.screens.growth.evidence_picker import EvidencePicker
from lean_journal.tui.screens.growth.goal_form import GoalForm
from lean_journal.tui.screens.growth.growth import GrowthScreen
from lean_journal.tui.screens.growth.milestones import MilestonesScreen


async def test_goals_are_added_edited_deleted_and_restored(store: Store, clock: FixedClock) -> None:
    """In the Grow pane: n with milestones one a line, enter to edit, d to delete, u to restore."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("left")  # round the end: Learn → Grow
        assert app.screen.current == "grow"  # type: ignore[attr-defined]
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, GoalForm), "the goal form opened")
        await fill(pilot, "title", "Be the leader I want")
        await fill(pilot, "target", "2026-12-24")
        await fill(pilot, "milestones", "Ask first\nCoach one A3\nRun a kaizen")
        await save_form(pilot, app)
        [made] = store.goals.all()
        assert [m.text for m in made.milestones] == ["Ask first", "Coach one A3", "Run a kaizen"]
        assert made.target is not None and made.target.isoformat() == "2026-12-24"
        assert "0/3" in str(app.screen.query_one("#list-grow").get_option_at_index(0).prompt)  # type: ignore[attr-defined]
        assert "30 days left" in detail(app, "grow")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, GoalForm), "the goal form opened")
        await fill(pilot, "why", "People grow when I ask")
        await save_form(pilot, app)
        assert store.goals.get(made.id).why == "People grow when I ask"
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("ctrl+d")
        await until(pilot, lambda: len(store.goals) == 0, "deleted")
        await pilot.press("u")
        await until(pilot, lambda: len(store.goals) == 1, "restored")
        assert titles(app, "grow") == ["Be the leader I want"]


async def test_ticking_milestones_shows_2_of_3(store: Store, clock: FixedClock) -> None:
    """m opens the milestones; space ticks the first and third: the goal shows 2/3, ticked today."""
    made = goal(store, clock, "Coach", milestones=("One", "Two", "Three"))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("shift+tab", "m")
        await until(pilot, lambda: isinstance(app.screen, MilestonesScreen), "the milestones")
        await pilot.press("space", "down", "down", "space")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "back")
        stored = store.goals.get(made.id)
        assert [m.done_on is not None for m in stored.milestones] == [True, False, True]
        assert stored.milestones[0].done_on == clock.today()
        assert "2/3" in str(app.screen.query_one("#list-grow").get_option_at_index(0).prompt)  # type: ignore[attr-defined]
        assert "2/3" in detail(app, "grow")


async def test_milestones_are_unticked_moved_added_and_removed(store: Store, clock: FixedClock) -> None:
    """space again unticks; ] moves down; a adds one last; delete asks, then removes."""
    made = goal(store, clock, "Coach", milestones=("One", "Two"))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("shift+tab", "m")
        await until(pilot, lambda: isinstance(app.screen, MilestonesScreen), "the milestones")
        await pilot.press("space", "space", "right_square_bracket")
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the prompt")
        await pilot.press(*"Three", "enter")
        await until(pilot, lambda: isinstance(app.screen, MilestonesScreen), "back in the milestones")
        await pilot.press("up", "delete")  # on "One", now second
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("ctrl+d")
        await until(pilot, lambda: isinstance(app.screen, MilestonesScreen), "back in the milestones")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "back")
        stored = store.goals.get(made.id)
        assert [(m.text, m.done_on) for m in stored.milestones] == [("Two", None), ("Three", None)]


async def test_evidence_linked_by_short_id_shows_on_the_goal(store: Store, clock: FixedClock) -> None:
    """l, a card's short id typed in the picker, then an entry's as entry:id: the goal lists both; a share
    typed in the goal form shows it back."""
    now = clock.now()
    card = store.cards.add(pdca.new_card("Fewer meetings", Stage.PLAN, now))
    entry = store.entries.add(
        JournalEntry(day=clock.today(), title="Coached Jon", created=now, updated=now, body="Asked first")
    )
    told = share(store, clock, "Kata talk")
    made = goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("shift+tab")
        for typed in (card.short_id, f"entry:{entry.short_id}", "zzzz"):
            await pilot.press("l")
            await until(pilot, lambda: isinstance(app.screen, EvidencePicker), "the picker")
            await pilot.press(*typed, "enter")
            await pilot.pause()
        assert "has that id" in str(app.screen.query_one("#problem").render())
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "back")
        assert store.goals.get(made.id).links == (f"card:{card.id}", f"entry:{entry.id}")
        shown = detail(app, "grow")
        assert "Fewer meetings" in shown and "Coached Jon" in shown
        await pilot.press("enter")  # the form shows the evidence too; a share typed there is linked
        await until(pilot, lambda: isinstance(app.screen, GoalForm), "the goal form opened")
        evidence = app.screen.query_one("#evidence").value  # type: ignore[attr-defined]
        await fill(pilot, "evidence", f"{evidence} share:{told.short_id}")
        await save_form(pilot, app)
        assert f"share:{told.id}" in store.goals.get(made.id).links
        await pilot.press("left")  # to Share
        await pilot.pause()
        assert "Evidence for" in detail(app, "share") and "Be a coach" in detail(app, "share")
