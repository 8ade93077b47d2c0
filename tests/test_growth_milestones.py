"""Learn · Share · Grow milestones: a text over the model's limit is refused in the dialog, never a crash."""

from __future__ import annotations

from growth_area_support import SIZE, goal, make_app, open_area
from textual.widgets import Input
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model.validation import MAX_TITLE
from lean_journal.store import Store
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen
from lean_journal.tui.screens.growth.growth import GrowthScreen
from lean_journal.tui.screens.growth.milestones import MilestonesScreen


def problem(screen: object) -> str:
    """The problem line of the text prompt on top."""
    assert isinstance(screen, TextPromptScreen)
    return str(screen.query_one("#problem").render())


async def test_a_milestone_over_the_limit_is_refused_in_the_dialog(store: Store, clock: FixedClock) -> None:
    """a with a text longer than the limit: the dialog says so and stays open; a shorter text is added."""
    made = goal(store, clock, "Coach", milestones=("One",))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("shift+tab", "m")
        await until(pilot, lambda: isinstance(app.screen, MilestonesScreen), "the milestones")
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the prompt")
        app.screen.query_one("#answer", Input).value = "x" * (MAX_TITLE + 100)
        await pilot.press("enter")
        await until(pilot, lambda: not app.is_running or problem(app.screen), "a problem or an exit")
        assert app.is_running and isinstance(app.screen, TextPromptScreen)
        too_long = f"Milestone: is {MAX_TITLE + 100} characters long; the limit is {MAX_TITLE}"
        assert problem(app.screen) == too_long
        app.screen.query_one("#answer", Input).value = "Two"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MilestonesScreen), "back in the milestones")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "back")
        assert [m.text for m in store.goals.get(made.id).milestones] == ["One", "Two"]
