"""Learn · Share · Grow views: the filter, the sort, the narrow layout, hostile titles, outside changes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from growth_area_support import (
    ESCAPE_TITLE,
    HOSTILE_TITLE,
    detail,
    goal,
    header,
    learning,
    make_app,
    open_area,
    share,
    titles,
)
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model.growth import GoalStatus
from lean_journal.store import Store
from lean_journal.tui.screens.growth.growth import GrowthScreen

SIZE = (140, 40)
NARROW = (80, 30)


async def test_filter_debt_shows_only_lessons_in_debt(store: Store, clock: FixedClock) -> None:
    """/ debt: the Learn pane lists only the lessons not yet shared after the threshold; esc shows all."""
    learning(store, clock, "Owed", days_ago=20)
    learning(store, clock, "Fresh", days_ago=2)
    learning(store, clock, "Private", days_ago=40, worth_sharing=False)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        assert titles(app, "learn") == ["Fresh", "Owed", "Private"]
        await pilot.press("slash", *"debt")
        await until(pilot, lambda: titles(app, "learn") == ["Owed"], "only the lesson in debt")
        assert header(app, "learn") == "Learn 3 · 1 shown · 1 not yet shared"
        await pilot.press("escape")
        await until(pilot, lambda: len(titles(app, "learn")) == 3, "every lesson again")


async def test_filter_by_tag_narrows_every_pane(store: Store, clock: FixedClock) -> None:
    """/ #coaching keeps, in each pane, only the items tagged coaching."""
    learning(store, clock, "Ask first", tags=("coaching",))
    learning(store, clock, "Andon", tags=("flow",))
    share(store, clock, "Kata talk", tags=("coaching",))
    share(store, clock, "Flow talk")
    goal(store, clock, "Be a coach", tags=("coaching",))
    goal(store, clock, "Ship less")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("slash", *"#coaching", "enter")
        await until(pilot, lambda: titles(app, "learn") == ["Ask first"], "the tagged lesson")
        assert titles(app, "share") == ["Kata talk"] and titles(app, "grow") == ["Be a coach"]
        assert app.focused is app.screen.query_one("#list-learn")  # enter: back to the rows


async def test_active_and_overdue_filter_the_goals(store: Store, clock: FixedClock) -> None:
    """/ overdue lists the open goal past its target; / active the active ones."""
    from datetime import date

    goal(store, clock, "Late", target=date(2026, 11, 1))
    goal(store, clock, "Someday", status=GoalStatus.IDEA)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("slash", *"overdue")
        await until(pilot, lambda: titles(app, "grow") == ["Late"], "the overdue goal")
        assert "23 days overdue" in str(app.screen.query_one("#list-grow").get_option_at_index(0).prompt)  # type: ignore[attr-defined]


async def test_o_sorts_by_status_then_back_by_date(store: Store, clock: FixedClock) -> None:
    """o: lessons in debt first, the oldest debt first; o again: newest first."""
    learning(store, clock, "Oldest debt", days_ago=50)
    learning(store, clock, "Newest", days_ago=1)
    learning(store, clock, "Younger debt", days_ago=20)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        assert titles(app, "learn") == ["Newest", "Younger debt", "Oldest debt"]
        await pilot.press("o")
        await until(pilot, lambda: titles(app, "learn")[0] == "Oldest debt", "sorted by status")
        assert titles(app, "learn") == ["Oldest debt", "Younger debt", "Newest"]
        assert header(app, "learn").endswith("by status")
        await pilot.press("o")
        await until(pilot, lambda: titles(app, "learn")[0] == "Newest", "sorted by date")


async def test_narrow_terminal_shows_one_pane_at_a_time(store: Store, clock: FixedClock) -> None:
    """At 80 columns only the current pane shows; tab and → move to the next, ← back."""
    learning(store, clock, "A lesson")
    share(store, clock, "A share")
    app = make_app(store, clock)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_area(app, pilot)

        def shown() -> list[str]:
            """The panes on screen."""
            return [kind for kind in ("learn", "share", "grow") if screen.pane(kind).display]

        assert screen.has_class("narrow")
        assert screen.query_one("#pane-tabs").display
        assert shown() == ["learn"] and screen.pane("learn").region.width > 70
        await pilot.press("tab")
        assert shown() == ["share"] and app.focused is screen.query_one("#list-share")
        await pilot.press("right")
        assert shown() == ["grow"]
        await pilot.press("left", "left")
        assert shown() == ["learn"]
        await pilot.resize_terminal(140, 40)
        await until(pilot, lambda: not screen.has_class("narrow"), "wide again")
        assert shown() == ["learn", "share", "grow"]


async def test_hostile_titles_show_literally(store: Store, clock: FixedClock) -> None:
    """Markup and terminal escapes in titles are shown as text: no action runs, no escape is sent."""
    learning(store, clock, HOSTILE_TITLE, days_ago=30)
    share(store, clock, ESCAPE_TITLE)
    goal(store, clock, HOSTILE_TITLE, milestones=(ESCAPE_TITLE,))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        assert titles(app, "learn") == [HOSTILE_TITLE]
        assert titles(app, "share") == ["\ufffd]0;x\ufffd owned"]
        assert HOSTILE_TITLE in detail(app, "learn")
        assert "\x1b" not in detail(app, "grow") and "\x07" not in detail(app, "share")
        await pilot.press("s")
        await pilot.press("escape")
        await pilot.pause()
        assert app.return_code is None and app.is_running


async def test_changes_saved_by_another_process_show_up(
    store: Store, db_path: Path, clock: FixedClock
) -> None:
    """Another Store on the same file adds a lesson; after the watcher runs the Learn pane lists it."""
    learning(store, clock, "Gemba walk")
    app = make_app(store, clock)
    app.watch_interval = 0.05
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        learning(Store(db_path, clock), clock, "Andon cord")
        await until(pilot, lambda: "Andon cord" in titles(app, "learn"), "the watcher showed the lesson")
        assert header(app, "learn").startswith("Learn 2 ")
        assert isinstance(app.screen, GrowthScreen)


@pytest.mark.parametrize(("size", "first"), [(SIZE, 20), ((140, 80), 40)])
async def test_long_lists_are_listed_a_page_at_a_time(
    store: Store, clock: FixedClock, size: tuple[int, int], first: int
) -> None:
    """45 lessons: half the terminal's height in rows (more than a pane shows) and "… N more"; the
    cursor reaching it lists the rest."""
    for n in range(45):
        learning(store, clock, f"Lesson {n:02}", days_ago=n)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        screen = await open_area(app, pilot)
        listing = screen.pane("learn").item_list
        assert listing.option_count == first + 1
        assert str(listing.get_option_at_index(first).prompt) == f"… {45 - first} more"
        assert listing.max_scroll_y > 0  # the rows made fill the pane: the "more" row is below it
        await pilot.press("end")
        await until(pilot, lambda: listing.option_count == 45, "the rest listed")
        assert titles(app, "learn")[-1] == "Lesson 44"
        assert screen.pane("learn").selected_id is not None


async def test_the_share_header_counts_what_was_passed_on_this_month(store: Store, clock: FixedClock) -> None:
    """The Share pane's header says how many shares there are, and how many fall in this month."""
    share(store, clock, "Told Ana")
    old = share(store, clock, "Talk last year")
    store.shares.update(dataclasses.replace(old, day=clock.today().replace(year=clock.today().year - 1)))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        assert header(app, "share") == "Share 2 · 1 this month"
