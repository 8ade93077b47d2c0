"""The Review area (key 4) on a hand-made journal: periods, the figures shown, the heatmap's cursor and
opening a day's entry in the journal. Every number below is worked out from tests/review_area_support.py."""

from __future__ import annotations

from datetime import date

from review_area_support import HOSTILE, fill, open_review, panel, press_and_settle, review_app
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.review.period import Period
from lean_journal.store import Store
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.widgets.review.heatmap import DayHeatmap
from lean_journal.tui.widgets.review.lists import DayEntries

SIZE = (140, 45)


async def test_this_month_shows_its_figures_against_last_month(store: Store, clock: FixedClock) -> None:
    """November 2026: 3 entries, 9 words, a 3-day streak; against October's 2 entries and 10 words;
    the card adopted on 1 Nov after 30 days in Plan gives a cycle time of 30 and 30 minutes a day."""
    fill(store)
    async with review_app(store, clock).run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        assert screen.title == "Review · November 2026"
        journal = panel(screen, "journal")
        assert "Entries 3 (+1)" in journal and "Days 3 (+1)" in journal and "Words 9 (-1)" in journal
        assert "Streak 3 days · Nov best 3 (+1)" in journal
        # no ISO week holds 3 written days: 22 Nov is a Sunday, 23-24 Nov begin the next week
        assert "Weeks ≥3 days 0 · Nov best 0 (0)" in journal
        pdca = panel(screen, "pdca")
        assert "Finished 1 (+1)\n  adopted 1 · adapted 0\n  abandoned 0" in pdca
        # October finished none: nothing to compare the cycle time with
        assert "Cycle time p50 30 days\nCycle time p85 30 days" in pdca
        assert "30 minutes a day (+30)" in panel(screen, "impact")


async def test_left_and_right_step_a_month_and_stop_at_this_one(store: Store, clock: FixedClock) -> None:
    """← shows October (2 entries and 10 words, new against an empty September); → comes back; a second
    → stays on November (nothing later than today)."""
    fill(store)
    async with review_app(store, clock).run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await press_and_settle(pilot, screen, "left")
        assert screen.title == "Review · October 2026"
        journal = panel(screen, "journal")
        assert "Entries 2 (new)" in journal and "Words 10 (new)" in journal
        assert "Streak 0 days · Oct best 2 (new)" in journal
        assert "Started 1 (new)" in panel(screen, "pdca")
        await press_and_settle(pilot, screen, "right")
        assert screen.period == Period.month(2026, 11)
        await press_and_settle(pilot, screen, "right")
        assert screen.period == Period.month(2026, 11)
        assert "Entries 3 (+1)" in panel(screen, "journal")


async def test_year_rolling_and_back_to_months(store: Store, clock: FixedClock) -> None:
    """y: 2026 holds all 5 entries and 19 words; r: the 365 days to today hold them too; m: November."""
    fill(store)
    async with review_app(store, clock).run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await press_and_settle(pilot, screen, "y")
        assert screen.title == "Review · 2026"
        assert "Entries 5 (new)" in panel(screen, "journal")
        assert "Words 19 (new)" in panel(screen, "journal")
        await press_and_settle(pilot, screen, "r")
        assert screen.period == Period.rolling(date(2026, 11, 24))
        assert screen.title == "Review · 2025-11-25 to 2026-11-24"
        assert "Entries 5 (new)" in panel(screen, "journal")
        await press_and_settle(pilot, screen, "left")
        assert screen.period == Period.rolling(date(2025, 11, 24))
        assert "Entries 0" in panel(screen, "journal")
        await press_and_settle(pilot, screen, "m")
        assert screen.period == Period.month(2025, 11)
        await press_and_settle(pilot, screen, "y", "right")
        assert screen.period == Period.year(2026)


def numbers(row: str) -> list[str]:
    """The figures of a bar row, after its month label."""
    return [word for word in row.split()[2:] if word.replace(",", "").isdigit()]


async def test_bars_show_each_months_entries_and_words(store: Store, clock: FixedClock) -> None:
    """The bars list Dec 25 to Nov 26; October shows 2 entries and 10 words, November 3 and 9."""
    fill(store)
    async with review_app(store, clock).run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        rows = panel(screen, "bars").splitlines()
        assert rows[1].startswith("Dec 25") and rows[-1].startswith("Nov 26")
        assert numbers(rows[-2]) == ["2", "10"]
        assert numbers(rows[-1]) == ["3", "9"]


async def test_the_heatmap_cursor_shows_a_days_entries_and_enter_opens_it(
    store: Store, clock: FixedClock
) -> None:
    """d puts the cursor on today; up goes to 23 Nov and lists its entry; enter opens it in the journal."""
    fill(store)
    app = review_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await pilot.press("d")
        heatmap = screen.query_one(DayHeatmap)
        assert heatmap.has_focus and heatmap.cursor == date(2026, 11, 24)
        await pilot.press("up")
        assert heatmap.cursor == date(2026, 11, 23)
        entries = screen.query_one(DayEntries)
        assert entries.option_count == 1
        assert str(entries.get_option_at_index(0).prompt).startswith("Gemba walk")
        await pilot.press("left")
        assert heatmap.cursor == date(2026, 11, 16)
        assert entries.option_count == 0
        await pilot.press("right", "enter")
        await until(pilot, lambda: app.current_mode == "journal", "the journal shown")
        journal = app.areas["journal"]
        assert isinstance(journal, JournalScreen)
        selected = journal.selected_entry()
        assert selected is not None and selected.title == "Gemba walk"


async def test_enter_on_a_listed_entry_opens_it_in_the_journal(store: Store, clock: FixedClock) -> None:
    """From the day's list (tab from the grid), enter opens the entry; an old entry is found too."""
    fill(store)
    app = review_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await press_and_settle(pilot, screen, "left")
        await pilot.press("d")
        heatmap = screen.query_one(DayHeatmap)
        assert heatmap.cursor == date(2026, 10, 31)
        for _ in range(20):
            await pilot.press("up")
        assert heatmap.cursor == date(2026, 10, 11)
        await pilot.press("tab", "enter")
        await until(pilot, lambda: app.current_mode == "journal", "the journal shown")
        journal = app.areas["journal"]
        assert isinstance(journal, JournalScreen)
        selected = journal.selected_entry()
        assert selected is not None and selected.title == "October two"


async def test_escape_gives_the_arrows_back_to_the_period(store: Store, clock: FixedClock) -> None:
    """With the grid focused ← moves the cursor; after escape ← shows the month before."""
    fill(store)
    async with review_app(store, clock).run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await pilot.press("d", "left")
        assert screen.period == Period.month(2026, 11)
        assert screen.query_one(DayHeatmap).cursor == date(2026, 11, 17)
        await press_and_settle(pilot, screen, "escape", "left")
        assert screen.period == Period.month(2026, 10)


async def test_hostile_titles_show_literally(store: Store, clock: FixedClock) -> None:
    """An entry and a card titled with markup and escape codes show as text; nothing runs."""
    fill(store, card_title=HOSTILE, entry_title=HOSTILE)
    app = review_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await pilot.press("d", "up")
        prompt = str(screen.query_one(DayEntries).get_option_at_index(0).prompt)
        assert "[@click=app.quit]x[/]" in prompt and "\x1b" not in prompt and "\x07" not in prompt
        await pilot.press("enter")
        await until(pilot, lambda: app.current_mode == "journal", "the journal shown")
        assert app.is_running
