"""The Review area: a re-check recorded from it (kept on the card, on its A3 page, counted as held), the
weekly streak's days set from it, and the figures made in a worker while the keys keep working."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from review_area_support import RECHECK_DAY, fill, open_review, panel, review_app, review_screen, settled
from textual.widgets import Input
from waiting import until

import lean_journal.tui.screens.review.review as review_module
from lean_journal.clock import FixedClock
from lean_journal.review.period import Period
from lean_journal.review.streaks import WEEKLY_STREAK_KEY
from lean_journal.store import Store
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen
from lean_journal.tui.screens.review.recheck_dialog import RecheckScreen
from lean_journal.tui.widgets.card.a3_sections import RecheckDates
from lean_journal.tui.widgets.review.lists import RecheckList

SIZE = (140, 45)


async def test_a_recheck_recorded_held_is_kept_on_the_card_and_shown(store: Store, clock: FixedClock) -> None:
    """c, enter on the overdue re-check, a note, Held: the card holds it, the list and the figures count it,
    and the card's A3 page says it held."""
    card = fill(store)
    app = review_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        rechecks = screen.query_one(RecheckList)
        assert [check.due for check in rechecks.checks] == [RECHECK_DAY]
        assert "(overdue)" in str(rechecks.get_option_at_index(0).prompt)
        await pilot.press("c", "enter")
        await until(pilot, lambda: isinstance(app.screen, RecheckScreen), "the re-check dialog")
        await pilot.press(*"still in use")
        await pilot.click("#held")
        await until(pilot, lambda: not isinstance(app.screen, RecheckScreen), "the dialog closed")
        results = store.cards.get(card.id).recheck_results
        assert [(r.due, r.on, r.held, r.note) for r in results] == [
            (RECHECK_DAY, clock.today(), True, "still in use")
        ]
        await until(pilot, lambda: "held" in str(rechecks.get_option_at_index(0).prompt), "the list updated")
        assert "still in use" in str(rechecks.get_option_at_index(0).prompt)
        assert "Sustained 1 (new) · slipped 0" in panel(screen, "growth")
        app.push_screen(CardDetailScreen(store, clock, card.id))
        await until(pilot, lambda: isinstance(app.screen, CardDetailScreen), "the A3 page")
        await pilot.pause()
        shown = str(app.screen.query_one(RecheckDates).render())
        assert "2026-11-20 held" in shown
        assert "2026-11-20 held (looked on 2026-11-24): still in use" in shown


@pytest.mark.parametrize("keys", [["escape"], ["tab", "enter"]])
async def test_escape_or_cancel_records_nothing(store: Store, clock: FixedClock, keys: list[str]) -> None:
    """The safe answers (escape, Cancel) leave the card as it was; enter in the note decides nothing."""
    card = fill(store)
    app = review_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot)
        await pilot.press("c", "enter")
        await until(pilot, lambda: isinstance(app.screen, RecheckScreen), "the re-check dialog")
        await pilot.press("x", "enter")
        assert isinstance(app.screen, RecheckScreen)  # enter in the note is no answer
        assert app.screen.query_one("#note", Input).value == "x"
        await pilot.press(*keys)
        await until(pilot, lambda: not isinstance(app.screen, RecheckScreen), "the dialog closed")
        assert store.cards.get(card.id).recheck_results == ()


async def test_keys_work_while_the_figures_are_held_back(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the worker waits, the figures are covered, y changes the period at once and 1 shows the
    journal; once released, only the year's figures are shown (the month's, made first, are dropped)."""
    fill(store)
    release = threading.Event()
    made: list[Period] = []
    real = review_module.build_overview

    def held_back(data: Any, period: Period, today: Any) -> Any:
        """Wait for the test, then make the figures."""
        made.append(period)
        assert release.wait(60), "the test never released the worker"
        return real(data, period, today)

    monkeypatch.setattr(review_module, "build_overview", held_back)
    app = review_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        screen = review_screen(app)
        await until(pilot, lambda: made, "the worker started")
        assert screen.loading_figures and screen.shown is None
        await pilot.press("y")
        assert screen.title == "Review · 2026"
        await pilot.press("1")
        assert app.current_mode == "journal"
        await pilot.press("4")
        assert app.current_mode == "review" and screen.loading_figures
        release.set()
        await until(pilot, lambda: settled(screen), "the year's figures")
        assert screen.shown is not None and screen.shown.period == Period.year(2026)
        assert "Entries 5 (new)" in panel(screen, "journal")


async def test_w_sets_the_days_that_make_a_week_count(store: Store, clock: FixedClock) -> None:
    """w, 8 is refused in the dialog; 2 is kept in the file and the weekly streak counts 23-24 Nov's week
    (22 Nov, a Sunday, is alone in the week before)."""
    fill(store)
    app = review_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        assert "Weeks ≥3 days 0 · Nov best 0 (0)" in panel(screen, "journal")
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the question")
        await pilot.press("ctrl+a", "ctrl+k", "8", "enter")
        assert isinstance(app.screen, TextPromptScreen)  # 8 days a week: refused, still asking
        await pilot.press("backspace", "2", "enter")
        await until(pilot, lambda: app.screen is screen, "the dialog closed")
        assert store.settings.get(WEEKLY_STREAK_KEY) == 2
        weekly = "Weeks ≥2 days 1 · Nov best 1 (0)"  # October's 10-11 Oct week had 2
        await until(pilot, lambda: weekly in panel(screen, "journal"), "the figures re-made")
