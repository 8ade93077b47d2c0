"""Learn · Share · Grow labels: a goal without milestones says so; a pane's header fits its width."""

from __future__ import annotations

from growth_area_support import detail, goal, header, learning, make_app, open_area
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.screens.growth.milestones import MilestonesScreen

SIZE = (140, 40)
NO_MILESTONES = "no milestones"  # as the user reads it


async def test_a_goal_without_milestones_says_so(store: Store, clock: FixedClock) -> None:
    """The row, the detail and the milestones dialog say 'no milestones', not an empty bar and 0/0."""
    goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_area(app, pilot)
        await pilot.press("shift+tab")
        row = str(screen.pane("grow").item_list.get_option_at_index(0).prompt)
        assert NO_MILESTONES in row and "0/0" not in row and "░" not in row
        assert f"Progress: {NO_MILESTONES}" in detail(app, "grow") and "0/0" not in detail(app, "grow")
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, MilestonesScreen), "the milestones")
        assert str(app.screen.query_one("#milestone-progress").render()) == NO_MILESTONES


async def test_the_filtered_count_shows_in_a_narrow_header(store: Store, clock: FixedClock) -> None:
    """At 120 columns a filtered Learn header keeps '· 8 shown' on its one line and leaves out the share
    debt; at 140 columns both fit."""
    for n in range(150):
        learning(store, clock, f"Lesson {n:03}{' kaizen' if n % 20 == 0 else ''}", days_ago=n * 3)
    app = make_app(store, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_area(app, pilot)
        await pilot.press("slash", *"kaizen", "enter")
        await until(pilot, lambda: "shown" in header(app, "learn"), "the filtered count")
        assert header(app, "learn") == "Learn 150 · 8 shown"
        assert screen.pane("learn").query_one(".pane-header").size.height == 1
        await pilot.resize_terminal(140, 40)
        await until(pilot, lambda: "not yet shared" in header(app, "learn"), "the debt back")
        assert header(app, "learn") == "Learn 150 · 8 shown · 145 not yet shared"
