"""Links of learn and share items (l, and the forms' fields): the entries and cards a lesson came from, a
share's links; each shows back on the entry and the card; other kinds are refused in one line."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from growth_area_support import (
    ESCAPE_TITLE,
    HOSTILE_TITLE,
    SIZE,
    closed,
    detail,
    entry,
    goal,
    learning,
    line,
    make_app,
    open_area,
    press_link,
    rows,
    share,
)
from journal_browse_support import screen_text
from textual.pilot import Pilot
from textual.widgets import Input
from waiting import until

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Card, Stage
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.growth.commands import LINK_HELP, GrowthCommands
from lean_journal.tui.screens.growth.evidence_picker import EvidencePicker
from lean_journal.tui.screens.help import HelpScreen
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.widgets.back_links import BackLinks


def a_card(store: Store, clock: FixedClock, title: str = "Fewer meetings") -> Card:
    """A card made five days ago (older than the entries of these tests)."""
    return store.cards.add(pdca.new_card(title, Stage.PLAN, clock.now() - timedelta(days=5)))


def listed(picker: EvidencePicker) -> list[str]:
    """The titles the picker lists, top to bottom."""
    return [row.split("  ")[-1] for row in rows(picker)]


def question(picker: EvidencePicker) -> str:
    """The picker's question, as shown."""
    return line(picker, "evidence-question")


async def type_and_enter(pilot: Pilot[Any], picker: EvidencePicker, typed: str) -> None:
    """Clear the search box, type `typed` and press enter."""
    picker.query_one("#evidence-search", Input).value = ""
    await pilot.press(*typed, "enter")
    await pilot.pause()


async def entry_back_links(app: LeanJournalApp, pilot: Pilot[Any], expected: str) -> None:
    """Go to the journal (1) and wait until the entry shown lists `expected` among its back-links."""
    await pilot.press("1")
    await until(pilot, lambda: isinstance(app.screen, JournalScreen), "the journal")
    await until(
        pilot,
        lambda: expected in app.screen.query_one("#view-links", BackLinks).lines,
        f"the entry shows {expected!r}",
    )


async def card_back_links(app: LeanJournalApp, pilot: Pilot[Any], card: Card, expected: str) -> None:
    """Open the card's A3 page and wait until its back-links are `expected` alone."""
    app.push_screen(CardDetailScreen(app.store, app.clock, card.id))
    await until(pilot, lambda: isinstance(app.screen, CardDetailScreen), "the card's A3 page")
    await until(
        pilot,
        lambda: [one.lines for one in app.screen.query("#card-links").results(BackLinks)] == [(expected,)],
        f"the card shows {expected!r}",
    )


async def test_l_on_a_learn_item_links_an_entry_and_a_card_which_show_it_back(
    store: Store, clock: FixedClock
) -> None:
    """l on a lesson lists entries and cards only (no share, goal or lesson); an entry by words, then the
    card: the store, the detail's From lines, the entry and the card all show the links."""
    coached = entry(store, clock, "Coached Jon at the huddle")
    card = a_card(store, clock)
    share(store, clock, "Kata talk")
    goal(store, clock, "Be a coach")
    lesson = learning(store, clock, "Ask first")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        picker = await press_link(app, pilot)
        assert question(picker) == "Where 'Ask first' came from: an entry or card"
        assert listed(picker) == ["Coached Jon at the huddle", "Fewer meetings"]
        await pilot.press(*"huddle", "enter")
        await closed(app, pilot)
        assert store.learnings.get(lesson.id).links == (f"entry:{coached.id}",)
        picker = await press_link(app, pilot)
        assert listed(picker) == ["Fewer meetings"]  # what it links already is not offered again
        await pilot.press("enter")
        await closed(app, pilot)
        assert store.learnings.get(lesson.id).links == (f"entry:{coached.id}", f"card:{card.id}")
        assert (
            f"From (l to link):\n  • entry {coached.short_id}: Coached Jon at the huddle\n"
            f"  • card {card.short_id}: Fewer meetings\n"
        ) in detail(app, "learn")
        back = f"Learned: Ask first ({lesson.short_id})"
        await entry_back_links(app, pilot, back)
        await card_back_links(app, pilot, card, back)


async def test_l_on_a_share_item_links_a_card_by_id_and_an_entry_which_show_it_back(
    store: Store, clock: FixedClock
) -> None:
    """In the Share pane, l: the card's short id typed, then the entry by arrows; both link back."""
    coached = entry(store, clock, "Coached Jon at the huddle")
    card = a_card(store, clock)
    learning(store, clock, "Ask first")
    told = share(store, clock, "Kata talk", audience="the night shift")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        await pilot.press("right")
        await pilot.pause()
        picker = await press_link(app, pilot)
        assert question(picker) == "Links for 'Kata talk': an entry or card"
        assert listed(picker) == ["Coached Jon at the huddle", "Fewer meetings"]
        await pilot.press(*card.short_id)
        await pilot.pause()
        assert listed(picker) == ["Fewer meetings"]
        await pilot.press("enter")
        await closed(app, pilot)
        picker = await press_link(app, pilot)
        await pilot.press("down", "up", "enter")
        await closed(app, pilot)
        assert store.shares.get(told.id).links == (f"card:{card.id}", f"entry:{coached.id}")
        assert (
            f"Links (l to link):\n  • card {card.short_id}: Fewer meetings\n"
            f"  • entry {coached.short_id}: Coached Jon at the huddle\n"
        ) in detail(app, "share")
        back = f"Shared with the night shift: Kata talk ({told.short_id})"
        await entry_back_links(app, pilot, back)
        await card_back_links(app, pilot, card, back)


async def test_a_learn_items_picker_refuses_a_goal_a_share_and_what_it_links_already(
    store: Store, clock: FixedClock
) -> None:
    """Typed in a lesson's picker, a goal's or share's id (bare or with its kind), or the entry it links,
    is one problem line, and nothing is linked; the empty line offers only entries and cards."""
    coached = entry(store, clock, "Coached Jon")
    told = share(store, clock, "Kata talk")
    coach = goal(store, clock, "Be a coach")
    lesson = learning(store, clock, "Ask first", links=(f"entry:{coached.id}",))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_area(app, pilot)
        picker = await press_link(app, pilot)
        assert listed(picker) == []
        assert (
            line(picker, "evidence-more") == "Nothing matches. Enter links an entry or card by its short id."
        )
        refusals = {
            f"goal:{coach.short_id}": "cannot link to a goal here (only entry, card)",
            f"share:{told.short_id}": "cannot link to a share here (only entry, card)",
            told.short_id: "no entry or card has that id",
            coach.short_id: "no entry or card has that id",
            f"entry:{coached.short_id}": "is already where this learn item came from",
        }
        for typed, problem in refusals.items():
            await type_and_enter(pilot, picker, typed)
            assert app.screen is picker
            shown = line(picker, "problem")
            assert shown.startswith("Came from: ") and problem in shown and "\n" not in shown
        await pilot.press("escape")
        await closed(app, pilot)
        assert store.learnings.get(lesson.id).links == lesson.links


async def test_hostile_titles_show_literally_in_the_picker_and_the_detail_and_run_nothing(
    store: Store, clock: FixedClock
) -> None:
    """A lesson and entries titled with markup and escape codes: the question, the rows and the From lines
    show them as text; clicking a row or the detail quits nothing."""
    hostile = entry(store, clock, HOSTILE_TITLE)
    escaping = entry(store, clock, ESCAPE_TITLE, days_ago=1)
    lesson = learning(store, clock, HOSTILE_TITLE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_area(app, pilot)
        picker = await press_link(app, pilot)
        assert question(picker) == f"Where '{HOSTILE_TITLE}' came from: an entry or card"
        assert rows(picker)[0].endswith(HOSTILE_TITLE)
        assert rows(picker)[1].endswith("\ufffd]0;x\ufffd owned")
        shown = screen_text(app)
        assert f"Where '{HOSTILE_TITLE}' came from" in shown and "\x1b" not in shown
        await pilot.click("#evidence-list", offset=(40, 1))  # the first row, under the border
        await closed(app, pilot)
        picker = await press_link(app, pilot)
        await type_and_enter(pilot, picker, escaping.short_id)
        await closed(app, pilot)
        assert store.learnings.get(lesson.id).links == (f"entry:{hostile.id}", f"entry:{escaping.id}")
        text = detail(app, "learn")
        assert f"  • entry {hostile.short_id}: {HOSTILE_TITLE}\n" in text
        assert f"  • entry {escaping.short_id}: \ufffd]0;x\ufffd owned\n" in text
        shown = screen_text(app)  # the detail's line wraps in a pane a third of the width
        assert f"  • entry {hostile.short_id}: [/]" in shown and "\x1b" not in shown
        detail_box = screen.pane("learn").query_one(".pane-detail")
        for offset in ((21, 0), (17, 5)):  # on the 'x' of the title, and of the From line
            await pilot.click(detail_box, offset=offset)
        await pilot.pause()
        assert app.is_running and app.return_code is None


async def test_l_works_in_every_pane_and_its_help_says_what_it_does(store: Store, clock: FixedClock) -> None:
    """In each pane l is active with the one tooltip naming what it links there; the palette offers it with
    the same text, and help lists it."""
    learning(store, clock, "Ask first")
    share(store, clock, "Kata talk")
    goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_area(app, pilot)
        assert all(words in LINK_HELP for words in ("lesson came from", "share's links", "goal's evidence"))
        for pane in ("learn", "share", "grow"):
            assert screen.current == pane
            active = screen.active_bindings["l"]
            assert (active.enabled, active.binding.description, active.tooltip) == (True, "Link", LINK_HELP)
            offered = {action: help_text for _name, action, help_text in GrowthCommands(screen).commands()}
            assert offered["link"] == f"{LINK_HELP} (l)"
            await pilot.press("right")
            await pilot.pause()
        assert screen.current == "learn"  # round again
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        assert isinstance(app.screen, HelpScreen)
        assert {row.key: row.action for row in app.screen.rows}["l"] == "Link"
