"""Learn · Share · Grow keys: the detail scrolls from the keyboard, help says what ←/→ do, End is the last."""

from __future__ import annotations

from growth_area_support import detail, learning, make_app, open_area, titles
from textual.containers import VerticalScroll
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.screens.help import HelpScreen

SMALL = (80, 24)
SIZE = (140, 40)


async def test_shift_keys_scroll_the_detail_of_a_long_insight(store: Store, clock: FixedClock) -> None:
    """At 80x24 a 40-line insight overflows the detail: shift+↓ / shift+pgdn scroll it, shift+↑ back."""
    learning(store, clock, "Long lesson", insight="\n".join(f"Line {n}" for n in range(40)))
    app = make_app(store, clock)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_area(app, pilot)
        box = screen.pane("learn").query_one(".pane-detail-box", VerticalScroll)
        assert box.max_scroll_y > 30 and box.scroll_y == 0
        await pilot.press("shift+down", "shift+down")
        await until(pilot, lambda: box.scroll_y == 2, "two lines down")
        await pilot.press("shift+pagedown")
        await until(pilot, lambda: box.scroll_y > 3, "a page down")
        paged = box.scroll_y
        await pilot.press("shift+up")
        await until(pilot, lambda: box.scroll_y == paged - 1, "a line up")
        await pilot.press("shift+pageup")
        await until(pilot, lambda: box.scroll_y == 1, "a page up")


async def test_help_says_left_and_right_move_between_panes(store: Store, clock: FixedClock) -> None:
    """With a list focused, help's rows for ← and → say pane (not OptionList's Scroll Left/Right)."""
    learning(store, clock, "A lesson")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_area(app, pilot)
        assert app.focused is screen.pane("learn").item_list
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        assert isinstance(app.screen, HelpScreen)
        rows = {key: row.action for row in app.screen.rows for key in row.key.split(", ")}
        assert rows["←"] == "Previous pane" and rows["→"] == "Next pane"
        await pilot.press("escape")
        await pilot.press("right")
        await until(pilot, lambda: app.focused is screen.pane("share").item_list, "the Share pane")


async def test_end_goes_to_the_last_of_a_thousand_and_home_back(store: Store, clock: FixedClock) -> None:
    """1,000 lessons: End puts the cursor on the oldest (its detail shown), Home on the newest."""
    made = [learning(store, clock, f"Lesson {n:04}", days_ago=n) for n in range(1000)]
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_area(app, pilot)
        pane = screen.pane("learn")
        assert pane.item_list.option_count < 100  # the first paint lists a page, not a thousand rows
        await pilot.press("end")
        await until(pilot, lambda: "Lesson 0999" in detail(app, "learn"), "the oldest lesson's detail")
        assert pane.selected_id == made[-1].id and titles(app, "learn")[-1] == "Lesson 0999"
        assert pane.item_list.highlighted == pane.item_list.option_count - 1 == 999
        await pilot.press("home")
        await until(pilot, lambda: "Lesson 0000" in detail(app, "learn"), "the newest lesson's detail")
