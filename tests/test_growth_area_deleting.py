"""Deleting leaves no broken link: the links to a deleted document go with it, u brings both back, and a
form never refuses a link already saved on its item (an old file may point at something gone)."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from typing import Any

from growth_area_support import (
    SIZE,
    fill,
    goal,
    learning,
    make_app,
    open_area,
    open_learn_form,
    save_form,
    share,
)
from textual.pilot import Pilot
from waiting import until

from lean_journal.__main__ import main
from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.model.growth import link
from lean_journal.model.validation import MAX_TITLE
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.growth.goal_form import GoalForm
from lean_journal.tui.screens.growth.growth import GrowthScreen
from lean_journal.tui.screens.growth.learn_form import LearnForm
from lean_journal.tui.screens.growth.share_form import ShareForm
from lean_journal.tui.screens.journal.journal import JournalScreen

GONE = "4e8d63ff-0000-4000-8000-00000000dead"
"""The id of an entry no longer in the journal."""


def check_says(store: Store, clock: FixedClock) -> tuple[int, str]:
    """What `lean-journal check` says of the store's file, run in-process (the app holds sys.stdout)."""
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["--db", str(store.path), "check"], clock=clock, environ={})
    return code, out.getvalue()


async def confirm(pilot: Pilot[Any], app: LeanJournalApp) -> str:
    """Press d and return the question it asks."""
    await pilot.press("d")
    await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
    question = app.screen
    assert isinstance(question, ConfirmScreen)
    return question.question


async def test_deleting_an_entry_takes_the_links_to_it_and_u_puts_them_back(
    store: Store, clock: FixedClock
) -> None:
    """An entry a goal and a learn item link to: the question says so; deleted, neither links to it and
    check finds nothing wrong; u brings back the entry and both links, exactly."""
    now = clock.now()
    entry = store.entries.add(JournalEntry(clock.today(), "Gemba walk", now, now))
    told = share(store, clock, "Kata talk")
    coach = goal(store, clock, "Be a coach", links=(link("entry", entry.id), link("share", told.id)))
    lesson = learning(store, clock, "Go and see", links=(link("entry", entry.id),))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, JournalScreen), "the journal")
        question = await confirm(pilot, app)
        assert "1 goal and 1 learn item link to it; the links are removed." in question
        await pilot.press("ctrl+d")
        await until(pilot, lambda: len(store.entries) == 0, "the entry was deleted")
        assert store.goals.get(coach.id).links == (link("share", told.id),)
        assert store.learnings.get(lesson.id).links == ()
        assert check_says(store, clock) == (0, "no problems\n")
        await pilot.press("u")
        await until(pilot, lambda: len(store.entries) == 1, "the entry came back")
        assert store.entries.get(entry.id) == entry
        assert store.goals.get(coach.id).links == coach.links
        assert store.learnings.get(lesson.id).links == lesson.links
        assert check_says(store, clock) == (0, "no problems\n")


async def test_deleting_a_lesson_takes_it_out_of_shares_and_goals_until_u(
    store: Store, clock: FixedClock
) -> None:
    """In the area, a lesson passed on by a share and named by a goal: gone from both, then back."""
    lesson = learning(store, clock, "Go and see")
    told = share(store, clock, "Kata talk", passes=(lesson.id,))
    coach = goal(store, clock, "Be a coach", links=(link("learn", lesson.id),))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        question = await confirm(pilot, app)
        assert "1 goal and 1 share link to it; the links are removed." in question
        await pilot.press("ctrl+d")
        await until(pilot, lambda: len(store.learnings) == 0, "deleted")
        assert (store.shares.get(told.id).passes, store.goals.get(coach.id).links) == ((), ())
        assert check_says(store, clock) == (0, "no problems\n")
        await pilot.press("u")
        await until(pilot, lambda: len(store.learnings) == 1, "restored")
        assert (store.shares.get(told.id).passes, store.goals.get(coach.id).links) == (
            told.passes,
            coach.links,
        )


async def test_a_goal_whose_evidence_is_gone_is_still_saved_from_its_form(
    store: Store, clock: FixedClock
) -> None:
    """A goal of an old file names an entry no longer there: its form saves (the link kept as it was),
    while a newly typed id that names nothing is still refused in one line."""
    now = clock.now()
    entry = store.entries.add(JournalEntry(clock.today(), "Huddle", now, now))
    coach = goal(store, clock, "Be a coach", links=(link("entry", GONE), link("entry", entry.id)))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("shift+tab", "enter")
        await until(pilot, lambda: isinstance(app.screen, GoalForm), "the goal form opened")
        evidence = app.screen.query_one("#evidence").value  # type: ignore[attr-defined]
        await fill(pilot, "evidence", f"{evidence} ffffffff")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "'ffffffff': no entry" in str(app.screen.query_one("#problem").render())
        await fill(pilot, "evidence", evidence)
        await fill(pilot, "why", "People grow when I ask")
        await save_form(pilot, app)
        saved = store.goals.get(coach.id)
        assert (saved.why, saved.links) == ("People grow when I ask", coach.links)


async def test_a_share_keeps_a_lesson_gone_from_the_journal_when_saved(
    store: Store, clock: FixedClock
) -> None:
    """A share of an old file passes on a lesson no longer there: its form shows it picked, and keeps it."""
    lesson = learning(store, clock, "Still here")
    told = share(store, clock, "Kata talk", passes=(GONE, lesson.id))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("tab", "enter")
        await until(pilot, lambda: isinstance(app.screen, ShareForm), "the share form opened")
        await fill(pilot, "audience", "the night shift")
        await save_form(pilot, app)
        saved = store.shares.get(told.id)
        assert (saved.audience, set(saved.passes)) == ("the night shift", {GONE, lesson.id})


async def test_a_lesson_with_the_longest_title_is_paid_forward(store: Store, clock: FixedClock) -> None:
    """s on a lesson whose title is as long as a title may be: the share form opens with the title cut
    after a word, and saves."""
    title = ("Go and see " * 50)[: MAX_TITLE - 1].strip() + "s"
    assert len(title) == MAX_TITLE
    lesson = learning(store, clock, title)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, ShareForm), "the share form opened")
        shown = app.screen.query_one("#title").value  # type: ignore[attr-defined]
        whole = f"Shared: {title}"
        assert len(shown) <= MAX_TITLE and shown.endswith("…")
        assert whole.startswith(shown[:-1]) and whole[len(shown) - 1] == " "  # cut after a word
        await save_form(pilot, app)
        [passed] = store.shares.all()
        assert (passed.title, passed.passes) == (shown, (lesson.id,))


async def test_the_learn_form_keeps_notes(store: Store, clock: FixedClock) -> None:
    """The learn form has Notes: typed over two lines, ctrl+s stores them; the form shows them again."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_learn_form(app, pilot)
        await fill(pilot, "title", "Ask before telling")
        await fill(pilot, "notes", "Tried it at the huddle\nit worked")
        await save_form(pilot, app)
        [item] = store.learnings.all()
        assert item.notes == "Tried it at the huddle\nit worked"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LearnForm), "the learn form opened again")
        assert app.screen.query_one("#notes").text == item.notes  # type: ignore[attr-defined]
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "back")
