"""Learn · Share · Grow: learn and share items added, edited, deleted and restored; lessons paid forward."""

from __future__ import annotations

from growth_area_support import (
    SIZE,
    detail,
    fill,
    header,
    learning,
    make_app,
    open_area,
    open_learn_form,
    save_form,
    share,
    titles,
)
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.growth.growth import GrowthScreen
from lean_journal.tui.screens.growth.learn_form import LearnForm
from lean_journal.tui.screens.growth.share_form import ShareForm


async def test_n_adds_a_learn_item_from_the_form(store: Store, clock: FixedClock) -> None:
    """n on the Learn pane, a title, insight and tags typed, ctrl+s: it is stored and listed."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_learn_form(app, pilot)
        await fill(pilot, "title", "Ask before telling")
        await fill(pilot, "insight", "Questions grow people")
        await fill(pilot, "tags", "coaching")
        await fill(pilot, "day", "yesterday")
        await save_form(pilot, app)
        [item] = store.learnings.all()
        assert (item.title, item.insight, item.tags) == (
            "Ask before telling",
            "Questions grow people",
            ("coaching",),
        )
        assert item.day.isoformat() == "2026-11-23"
        assert titles(app, "learn") == ["Ask before telling"]
        assert header(app, "learn").startswith("Learn 1 · 0 not yet shared")


async def test_a_bad_day_keeps_the_form_open_with_one_line(store: Store, clock: FixedClock) -> None:
    """A day that is not a date says so in the form and stores nothing."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_learn_form(app, pilot)
        await fill(pilot, "title", "Something")
        await fill(pilot, "day", "the day after never")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LearnForm)
        assert "Not a date" in str(app.screen.query_one("#problem").render())
        assert len(store.learnings) == 0


async def test_enter_edits_a_learn_item(store: Store, clock: FixedClock) -> None:
    """enter opens the selected item; a changed title is saved under the same id."""
    item = learning(store, clock, "Old title")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LearnForm), "the learn form opened")
        await fill(pilot, "title", "New title")
        await save_form(pilot, app)
        assert store.learnings.get(item.id).title == "New title"
        assert titles(app, "learn") == ["New title"]


async def test_delete_asks_then_u_brings_the_item_back(store: Store, clock: FixedClock) -> None:
    """d asks (ctrl+d confirms); the item goes; u restores it with its id."""
    item = learning(store, clock, "Keep me")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("enter")  # the safe answer: nothing deleted
        await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "back")
        assert len(store.learnings) == 1
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("ctrl+d")
        await until(pilot, lambda: len(store.learnings) == 0, "the item was deleted")
        assert titles(app, "learn") == []
        await pilot.press("u")
        await until(pilot, lambda: len(store.learnings) == 1, "the item came back")
        assert store.learnings.get(item.id).title == "Keep me"
        assert titles(app, "learn") == ["Keep me"]


async def test_share_items_are_added_edited_deleted_and_restored(store: Store, clock: FixedClock) -> None:
    """In the Share pane: n adds, enter edits, d deletes, u restores."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("tab")
        assert app.screen.current == "share"  # type: ignore[attr-defined]
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, ShareForm), "the share form opened")
        await fill(pilot, "title", "Huddle story")
        await fill(pilot, "audience", "night shift")
        await save_form(pilot, app)
        [item] = store.shares.all()
        assert (item.title, item.audience) == ("Huddle story", "night shift")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ShareForm), "the share form opened")
        await fill(pilot, "audience", "day shift")
        await save_form(pilot, app)
        assert store.shares.get(item.id).audience == "day shift"
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("ctrl+d")
        await until(pilot, lambda: len(store.shares) == 0, "deleted")
        await pilot.press("u")
        await until(pilot, lambda: len(store.shares) == 1, "restored")
        assert titles(app, "share") == ["Huddle story"]


async def test_paying_a_lesson_forward_clears_its_debt(store: Store, clock: FixedClock) -> None:
    """A lesson 23 days old is in debt (⚑ 23 d); s starts a share passing it on; saving it clears the debt."""
    lesson = learning(store, clock, "Go and see", days_ago=23)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_area(app, pilot)
        assert header(app, "learn").startswith("Learn 1 · 1 not yet shared")
        row = screen.pane("learn").item_list.get_option_at_index(0)
        assert "⚑ 23 d" in str(row.prompt)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, ShareForm), "the share form opened")
        assert app.screen.query_one("#title").value == "Shared: Go and see"  # type: ignore[attr-defined]
        await fill(pilot, "audience", "the team")
        await save_form(pilot, app)
        [passed] = store.shares.all()
        assert passed.passes == (lesson.id,)
        assert header(app, "learn").startswith("Learn 1 · 0 not yet shared")
        assert "⚑" not in str(screen.pane("learn").item_list.get_option_at_index(0).prompt)
        assert "Passed on in" in detail(app, "learn")


async def test_a_share_passes_on_two_lessons_picked_in_the_form(store: Store, clock: FixedClock) -> None:
    """In the share form, space picks lessons in the list; the share passes on both; both debts clear."""
    first = learning(store, clock, "First lesson", days_ago=30)
    second = learning(store, clock, "Second lesson", days_ago=20)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        assert header(app, "learn").startswith("Learn 2 · 2 not yet shared")
        await pilot.press("tab", "n")
        await until(pilot, lambda: isinstance(app.screen, ShareForm), "the share form opened")
        await fill(pilot, "title", "Lunch and learn")
        app.screen.query_one("#passes").focus()
        await pilot.press("space", "down", "space")
        await save_form(pilot, app)
        [passed] = store.shares.all()
        assert set(passed.passes) == {first.id, second.id}
        assert header(app, "learn").startswith("Learn 2 · 0 not yet shared")
        assert "First lesson" in detail(app, "share") and "Second lesson" in detail(app, "share")


async def test_a_lesson_is_passed_on_by_its_short_id(store: Store, clock: FixedClock) -> None:
    """An older lesson typed as its short id in 'Also passes on' is passed on; a wrong id says so."""
    lesson = learning(store, clock, "Old lesson", days_ago=40)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("tab", "n")
        await until(pilot, lambda: isinstance(app.screen, ShareForm), "the share form opened")
        await fill(pilot, "title", "Told it again")
        await fill(pilot, "more-passes", "ffffffff")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "no learn item has that id" in str(app.screen.query_one("#problem").render())
        await fill(pilot, "more-passes", lesson.short_id)
        await save_form(pilot, app)
        assert store.shares.all()[0].passes == (lesson.id,)


async def test_the_share_debt_threshold_is_a_setting(store: Store, clock: FixedClock) -> None:
    """The share-debt days command asks for the days; 30 takes a 23-day-old lesson out of debt."""
    learning(store, clock, "Go and see", days_ago=23)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_area(app, pilot)
        screen.action_share_debt_days()
        await until(pilot, lambda: app.screen is not screen, "the prompt")
        await fill(pilot, "answer", "30")
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is screen, "back")
        assert store.settings.get("share_debt_days") == 30
        assert header(app, "learn").startswith("Learn 1 · 0 not yet shared")


async def test_a_changed_form_asks_before_escape_loses_it(store: Store, clock: FixedClock) -> None:
    """Escape in a form with something typed asks; enter (Stay) keeps the form and the text."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_learn_form(app, pilot)
        await fill(pilot, "title", "Half typed")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LearnForm), "back in the form")
        assert app.screen.query_one("#title").value == "Half typed"  # type: ignore[attr-defined]


async def test_a_share_with_links_shows_the_goal_linking_back(store: Store, clock: FixedClock) -> None:
    """A goal naming a share among its evidence is shown in that share's detail."""
    from growth_area_support import goal

    told = share(store, clock, "Kata talk")
    goal(store, clock, "Be a coach", links=(f"share:{told.id}",))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("tab")
        await pilot.pause()
        assert "Evidence for" in detail(app, "share") and "Be a coach" in detail(app, "share")
