"""Each area is named once, in tui/area_names.py: the title bar, key bar, palette, help and heading agree."""

from __future__ import annotations

from textual.widgets import DataTable

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.app import AREAS, LeanJournalApp
from lean_journal.tui.area_names import AREA_NAMES, area_name
from lean_journal.tui.widgets.key_bar import KeyBar
from lean_journal.tui.widgets.title_bar import TitleBar

SIZE = (200, 36)  # wide enough for every key in the key bar


def line_of(widget: TitleBar | KeyBar) -> str:
    """The text of a one-line bar."""
    return "".join(segment.text for segment in widget.render_line(0))


def help_groups(app: LeanJournalApp) -> set[str]:
    """The group names in the open help table."""
    table = app.screen.query_one(DataTable)
    return {str(table.get_row_at(index)[0]) for index in range(table.row_count)} - {""}


def test_the_app_s_areas_are_the_table_s() -> None:
    """The areas the app switches between carry the table's names, in its order."""
    assert [(a.mode, a.key, a.footer, a.title, a.help) for a in AREAS] == [
        (n.mode, n.key, n.footer, n.title, n.help) for n in AREA_NAMES
    ]
    assert area_name("board").title == "PDCA board"


async def test_every_place_an_area_is_named_shows_the_table_s_name(store: Store, clock: FixedClock) -> None:
    """Keys 1-4: the title bar, the key bar, the area's heading and help's group read the one table."""
    app = LeanJournalApp(store, clock, file_label="~/journal.json")
    async with app.run_test(size=SIZE) as pilot:
        commands = {command.title: command.help for command in app.get_system_commands(app.screen)}
        for name in AREA_NAMES:
            assert commands[name.title] == name.help
            await pilot.press(name.key)
            await pilot.pause()
            screen = app.screen
            assert app.current_mode == name.mode
            assert screen.TITLE_TEXT == name.title  # noqa: SIM300 (a class attribute, not a constant)
            title = line_of(screen.query_one(TitleBar))
            assert f" {name.title} — " in title or f" {name.title} · " in title  # Review adds its period
            assert f" {name.key} {name.footer} " in line_of(screen.query_one(KeyBar))
            await pilot.press("question_mark")
            await pilot.pause()
            assert f"This area: {name.title}" in help_groups(app)
            await pilot.press("escape")
            await pilot.pause()
