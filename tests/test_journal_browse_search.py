"""Searching the journal in the real app: words, #tags, from:/to: dates, starred; marks; escape restores."""

from __future__ import annotations

from datetime import date

import pytest
from journal_browse_support import add, journal, journal_app, screen_text, selected, visible_titles
from textual.content import Content
from textual.widgets import Input, Static

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.widgets.journal.entry_list import EntryList


def four_entries(store: Store, clock: FixedClock) -> None:
    """Entries across a year, with words, body tags and a star to find."""
    add(
        store, clock, date(2026, 2, 10), "Gemba walk", body="Saw the #kanban board overflow.", tags=("gemba",)
    )
    add(store, clock, date(2026, 5, 3), "Kanban limits", body="WIP too high again.", starred=True)
    add(store, clock, date(2026, 8, 21), "Quiet day", body="Nothing to report.", tags=("rest",))
    add(store, clock, date(2026, 11, 23), "Pull, not push", body="Kanban cards moved by demand.")


def rows_on_screen(app: object) -> list[str]:
    """The list's rows as painted, stripped of padding."""
    entry_list = journal(app).query_one(EntryList)  # type: ignore[arg-type]
    lines = [entry_list.render_line(y).text.strip() for y in range(entry_list.size.height)]
    return [line for line in lines if line]


async def test_search_by_words_filters_as_you_type(store: Store, clock: FixedClock) -> None:
    """Every word must match, in any case; the painted rows are the matches; escape lists all again."""
    four_entries(store, clock)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"KANBAN")
        assert visible_titles(app) == ["Pull, not push", "Kanban limits", "Gemba walk"]
        await pilot.press(*" board")
        assert visible_titles(app) == ["Gemba walk"]
        rows = rows_on_screen(app)
        assert len(rows) == 1 and "2026-02-10" in rows[0] and "Gemba walk" in rows[0]
        assert "Found 1" in str(journal(app).query_one("#list-heading", Static).render())
        await pilot.press("escape")
        assert len(visible_titles(app)) == 4
        assert selected(app).title == "Gemba walk", "the entry found stays selected"
        assert not journal(app).search_box.is_open


async def test_search_by_tag_dates_and_star(store: Store, clock: FixedClock) -> None:
    """#tag matches explicit and body tags; from:/to: bound the days; starred keeps starred ones."""
    four_entries(store, clock)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"#kanban")
        assert visible_titles(app) == ["Gemba walk"]
        search = journal(app).search_box
        for typed, expected in [
            ("#gemba #kanban", ["Gemba walk"]),
            ("from:2026-05-01", ["Pull, not push", "Quiet day", "Kanban limits"]),
            ("from:2026-05-01 to:2026-09-01", ["Quiet day", "Kanban limits"]),
            ("to:yesterday kanban", ["Pull, not push", "Kanban limits", "Gemba walk"]),
            ("starred", ["Kanban limits"]),
            ("nothing-matches-this", []),
        ]:
            search.value = typed
            await pilot.pause()
            assert visible_titles(app) == expected, typed
        assert rows_on_screen(app) == ["No entry matches this search."]


async def test_matches_are_marked_in_the_shown_entry(store: Store, clock: FixedClock) -> None:
    """While searching, the shown entry is plain text with each match marked."""
    four_entries(store, clock)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"cards demand")
        await pilot.press("enter")
        journal(app).render_selected()
        await pilot.pause()
        plain = journal(app).query_one("#view-plain", Static)
        body = plain.visual
        assert isinstance(body, Content)
        marked = sorted(body.plain[span.start : span.end] for span in body.spans)
        assert marked == ["cards", "demand"]
        assert "Kanban cards moved by demand." in screen_text(app)


async def test_a_half_typed_date_is_named_not_raised(store: Store, clock: FixedClock) -> None:
    """from:2026-0 while typing: the heading says it is not a date; the other terms still filter."""
    four_entries(store, clock)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"quiet from:2026-0")
        assert visible_titles(app) == ["Quiet day"]
        heading = str(journal(app).query_one("#list-heading", Static).render())
        assert "from: 2026-0 is not a date" in heading
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_down_from_the_search_box_goes_to_the_results(store: Store, clock: FixedClock) -> None:
    """Down in the search box moves to the list, keeping the filter; j then moves in the results."""
    four_entries(store, clock)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"kanban", "down", "j")
        assert visible_titles(app) == ["Pull, not push", "Kanban limits", "Gemba walk"]
        assert selected(app).title == "Kanban limits"


async def test_search_and_go_to_work_before_their_boxes_were_mounted(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The boxes are not part of the first frame; `/` and `g` mount them on demand if idle time has not."""
    four_entries(store, clock)
    monkeypatch.setattr(JournalScreen, "after_first_frame", lambda screen, callback: None)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        assert not journal(app).query(Input), "no box was composed for the first frame"
        await pilot.press("slash", *"kanban")
        assert visible_titles(app) == ["Pull, not push", "Kanban limits", "Gemba walk"]
        assert app.focused is journal(app).search_box
        await pilot.press("escape", "g", *"2026-05-03", "enter")
        assert selected(app).title == "Kanban limits"
        assert [box.id for box in journal(app).query(Input)] == ["search", "jump"]


async def test_the_boxes_are_mounted_after_the_first_frame(store: Store, clock: FixedClock) -> None:
    """Left alone, the app mounts both boxes (hidden, under the calendar) once its first frame is shown."""
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        left = [child.id for child in journal(app).query_one("#journal-left").children]
        assert left[:3] == ["calendar", "search", "jump"]
        assert not journal(app).search_box.display and not journal(app).jump_box.display
