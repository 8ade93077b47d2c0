"""The evidence picker (l on a goal): find an entry, card or share by words, arrows or short id; link it."""

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
)
from journal_browse_support import screen_text
from textual.pilot import Pilot
from waiting import until

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry, Stage
from lean_journal.model.growth import LINKABLE, Share
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.growth.evidence_picker import EvidencePicker, nothing_for, placeholder_for
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.widgets.back_links import BackLinks


def older_share(store: Store, clock: FixedClock, title: str, days_ago: int) -> Share:
    """A share item `days_ago` days before today."""
    now = clock.now() - timedelta(days=days_ago)
    return store.shares.add(Share(title=title, day=now.date(), created=now, updated=now))


async def open_picker(app: LeanJournalApp, pilot: Pilot[Any]) -> EvidencePicker:
    """Area 3, the Grow pane, l: the picker with its rows."""
    await open_area(app, pilot)
    await pilot.press("shift+tab")
    return await press_link(app, pilot)


async def test_words_from_a_title_and_enter_link_the_entry_which_shows_the_goal_back(
    store: Store, clock: FixedClock
) -> None:
    """Typing 'huddle jon' narrows to one entry; enter links it; the goal and the entry show the link."""
    coached = entry(store, clock, "Coached Jon at the huddle", body="He asked first.")
    entry(store, clock, "Huddle without Jon's team", days_ago=2)
    made = goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        picker = await open_picker(app, pilot)
        assert len(rows(picker)) == 2
        await pilot.press(*"huddle jon")
        await pilot.pause()
        assert len(rows(picker)) == 2  # both have both words; the title match of the newest first
        await pilot.press(*" asked")  # the body of the first only
        await pilot.pause()
        assert [row.split("  ")[-1] for row in rows(picker)] == ["Coached Jon at the huddle"]
        assert rows(picker)[0].startswith(f"entry   {coached.day.isoformat()}  {coached.short_id}")
        await pilot.press("enter")
        await closed(app, pilot)
        assert store.goals.get(made.id).links == (f"entry:{coached.id}",)
        assert f"entry {coached.short_id}: Coached Jon at the huddle" in detail(app, "grow")
        await pilot.press("1")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen), "the journal")
        expected = f"Evidence for goal: Be a coach ({made.short_id})"
        await until(
            pilot,
            lambda: expected in app.screen.query_one("#view-links", BackLinks).lines,
            "the entry shows the goal back",
        )


async def test_arrow_keys_move_in_the_list_while_typing_and_pick_a_card(
    store: Store, clock: FixedClock
) -> None:
    """Newest first: entry, share, card; down twice from the search box and enter links the card."""
    entry(store, clock, "Gemba walk")
    told = older_share(store, clock, "Kata talk", days_ago=2)
    card = store.cards.add(pdca.new_card("Fewer meetings", Stage.PLAN, clock.now() - timedelta(days=5)))
    made = goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        picker = await open_picker(app, pilot)
        assert [row.split("  ")[-1] for row in rows(picker)] == ["Gemba walk", "Kata talk", "Fewer meetings"]
        assert line(picker, "evidence-more") == "3 shown"
        await pilot.press("down", "down", "up", "down")
        assert picker.focused is picker.query_one("#evidence-search")
        await pilot.press("enter")
        await closed(app, pilot)
        assert store.goals.get(made.id).links == (f"card:{card.id}",)
        await pilot.press("l")  # what is linked already is not offered again
        await until(pilot, lambda: isinstance(app.screen, EvidencePicker), "the picker again")
        await pilot.pause()
        assert isinstance(app.screen, EvidencePicker)
        assert [row.split("  ")[-1] for row in rows(app.screen)] == ["Gemba walk", "Kata talk"]
        await pilot.press("tab", "down", "enter")  # in the list itself
        await closed(app, pilot)
        assert store.goals.get(made.id).links == (f"card:{card.id}", f"share:{told.id}")


async def test_a_short_id_typed_links_what_it_names(store: Store, clock: FixedClock) -> None:
    """A share's short id narrows to it; a learn item's (not listed) links by id; bad ids are explained."""
    entry(store, clock, "Gemba walk")
    told = older_share(store, clock, "Kata talk", days_ago=2)
    lesson = learning(store, clock, "Ask first")
    made = goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        picker = await open_picker(app, pilot)
        await pilot.press(*told.short_id)
        await pilot.pause()
        assert [row.split("  ")[-1] for row in rows(picker)] == ["Kata talk"]
        await pilot.press("enter")
        await closed(app, pilot)
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, EvidencePicker), "the picker again")
        picker = app.screen  # type: ignore[assignment]
        await pilot.press(*"zzzz", "enter")
        await pilot.pause()
        assert line(picker, "evidence-more").startswith("Nothing matches")
        assert "has that id" in line(picker, "problem")
        await pilot.press(*(["backspace"] * 4), *f"share:{told.short_id}", "enter")
        await pilot.pause()
        assert "already evidence for this goal" in line(picker, "problem")
        await pilot.press(*(["backspace"] * 14), *f"learn:{lesson.short_id}", "enter")
        await closed(app, pilot)
        assert store.goals.get(made.id).links == (f"share:{told.id}", f"learn:{lesson.id}")


async def test_escape_links_nothing(store: Store, clock: FixedClock) -> None:
    """Escape (and Cancel) close the picker with the goal as it was, whatever was highlighted."""
    entry(store, clock, "Gemba walk")
    made = goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_picker(app, pilot)
        await pilot.press(*"gemba", "escape")
        await closed(app, pilot)
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, EvidencePicker), "the picker again")
        await pilot.click("#cancel")
        await closed(app, pilot)
        assert store.goals.get(made.id).links == ()


async def test_a_hostile_title_shows_literally_and_runs_nothing(store: Store, clock: FixedClock) -> None:
    """Markup and escape codes in a candidate's title are drawn as text; clicking the row links it."""
    hostile = entry(store, clock, HOSTILE_TITLE)
    entry(store, clock, ESCAPE_TITLE, days_ago=1)
    made = goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        picker = await open_picker(app, pilot)
        assert rows(picker)[0].endswith(HOSTILE_TITLE)
        assert rows(picker)[1].endswith("\ufffd]0;x\ufffd owned")
        shown = screen_text(app)
        assert HOSTILE_TITLE in shown and "\x1b" not in shown
        await pilot.click("#evidence-list", offset=(40, 1))  # the first row, under the border
        await closed(app, pilot)
        assert app.is_running
        assert store.goals.get(made.id).links == (f"entry:{hostile.id}",)


async def test_a_big_journal_shows_a_bounded_list_and_how_many_more(store: Store, clock: FixedClock) -> None:
    """Of 1,500 entries 200 rows are made, then a line counts the rest; typing narrows and recounts."""
    now = clock.now()
    store.entries.add_many(
        JournalEntry(day=(now - timedelta(days=n)).date(), title=f"Day {n}", created=now, updated=now)
        for n in range(1500)
    )
    goal(store, clock, "Be a coach")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        picker = await open_picker(app, pilot)
        assert len(rows(picker)) == 200
        assert rows(picker)[0].endswith("Day 0")
        assert line(picker, "evidence-more") == "… and 1,300 more: type to narrow"
        await pilot.press(*"day 14")
        await pilot.pause()
        assert line(picker, "evidence-more") == "134 shown"  # every number with 14 in it, below 1,500
        assert rows(picker)[0].endswith("Day 14")


async def test_a_card_picked_as_evidence_shows_the_goal_on_its_a3_page(
    store: Store, clock: FixedClock
) -> None:
    """Linked through the picker, the card's A3 page names the goal it is evidence for, with its progress."""
    card = store.cards.add(pdca.new_card("Fewer meetings", Stage.DO, clock.now() - timedelta(days=5)))
    made = goal(store, clock, "Be a coach", milestones=("Run one huddle", "Coach two"))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        picker = await open_picker(app, pilot)
        assert [row.split("  ")[-1] for row in rows(picker)] == ["Fewer meetings"]
        await pilot.press("enter")
        await closed(app, pilot)
        assert store.goals.get(made.id).links == (f"card:{card.id}",)
        app.push_screen(CardDetailScreen(store, clock, card.id))
        await until(pilot, lambda: isinstance(app.screen, CardDetailScreen), "the card's A3 page")
        expected = f"Evidence for goal: Be a coach ({made.short_id}, 0/2)"
        await until(
            pilot,
            lambda: (
                [links.lines for links in app.screen.query("#card-links").results(BackLinks)] == [(expected,)]
            ),
            "the card shows the goal back",
        )


def test_the_hint_and_the_empty_line_name_only_the_kinds_offered() -> None:
    """A goal's picker still takes a learn item's id; a lesson's or share's names entries and cards only."""
    goal_kinds = LINKABLE["goal"]
    assert nothing_for(goal_kinds) == "Nothing matches. Enter links what a short id names (a learn item too)."
    for kind in ("learn", "share"):
        assert nothing_for(LINKABLE[kind]) == "Nothing matches. Enter links an entry or card by its short id."
    assert placeholder_for(goal_kinds).endswith("or a short id (card:1a2b3c4d)")
    assert placeholder_for(("entry",)).endswith("or a short id (entry:1a2b3c4d)")
