"""The app shell: areas on keys 1-4 and in the palette, help, the remembered theme, outside changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import DataTable, Static
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model import Learning
from lean_journal.store import SaveError, Store, UnreadableFileError
from lean_journal.text import day_label
from lean_journal.tui.app import AREAS, LeanJournalApp, home_relative
from lean_journal.tui.screens.board.board import BoardScreen
from lean_journal.tui.screens.growth.growth import GrowthScreen
from lean_journal.tui.screens.help import HelpScreen
from lean_journal.tui.screens.journal.journal import JournalScreen
from lean_journal.tui.screens.review.review import ReviewScreen
from lean_journal.tui.widgets.title_bar import TitleBar

SIZE = (120, 36)
MARKUP_LABEL = "~/[b]bold[/b] [@click=app.quit]x[/]/journal.json"


def make_app(store: Store, clock: FixedClock, **options: object) -> LeanJournalApp:
    """The app on `store` with a fixed file label (and any other options)."""
    options.setdefault("file_label", "~/journal.json")
    return LeanJournalApp(store, clock, **options)  # type: ignore[arg-type]


def help_rows(app: LeanJournalApp) -> list[tuple[str, str, str]]:
    """The (where, key, what) rows the open help screen shows, the group named on every row."""
    table = app.screen.query_one(DataTable)
    rows: list[tuple[str, str, str]] = []
    for index in range(table.row_count):
        where, key, what = (str(cell) for cell in table.get_row_at(index))
        rows.append((where or rows[-1][0], key, what))
    return rows


def growth_item(clock: FixedClock, title: str) -> Learning:
    """A 'learned' item dated today."""
    now = clock.now()
    return Learning(title=title, day=now.date(), created=now, updated=now)


async def test_starts_in_the_journal_and_keys_switch_areas(demo_store: Store, clock: FixedClock) -> None:
    """1-4 show Journal, PDCA board, Learn · Share · Grow and Review; the journal comes first."""
    app = make_app(demo_store, clock)
    async with app.run_test(size=SIZE) as pilot:
        assert app.current_mode == "journal"
        assert isinstance(app.screen, JournalScreen)
        for key, mode, screen_class in [
            ("2", "board", BoardScreen),
            ("3", "growth", GrowthScreen),
            ("4", "review", ReviewScreen),
            ("1", "journal", JournalScreen),
            ("3", "growth", GrowthScreen),
        ]:
            await pilot.press(key)
            assert app.current_mode == mode
            assert isinstance(app.screen, screen_class)
        assert app.areas["growth"] is app.screen, "an area keeps its screen between visits"


async def test_the_palette_reaches_the_areas(store: Store, clock: FixedClock) -> None:
    """ctrl+p, the area's name, enter: the area is shown."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        for typed, mode in [("pdca board", "board"), ("learn share", "growth"), ("review", "review")]:
            await pilot.press("ctrl+p", *typed)
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert app.current_mode == mode


async def test_the_palette_opens_help(store: Store, clock: FixedClock) -> None:
    """'Help' in the palette opens the help screen."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"help")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_help_lists_the_keys_of_the_app_and_the_area(store: Store, clock: FixedClock) -> None:
    """? opens help with the app's keys and the area's, grouped; escape closes it."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = help_rows(app)
        keys = {key: what for _where, key, what in rows}
        assert keys["1"] == "Journal" and keys["4"] == "Review" and keys["?"] == "Help"
        assert "^p" in keys
        groups = list(dict.fromkeys(where for where, _key, _what in rows))
        assert groups[0] == "This area: PDCA board" and groups[-1] == "App"
        assert "journal.json" in str(app.screen.query_one(".help-data", Static).render())
        await pilot.press("1")
        assert isinstance(app.screen, HelpScreen), "area keys do not act behind the help"
        await pilot.press("escape")
        assert isinstance(app.screen, BoardScreen)


class JournalWithKeys(JournalScreen):
    """A journal area as a later issue might make it, with keys of its own."""

    BINDINGS = [Binding("f9", "later_feature", "A later feature")]

    def action_later_feature(self) -> None:
        """Pretend to do something."""


class AppWithAreaKeys(LeanJournalApp):
    """The app with that journal area."""

    AREAS = (replace(AREAS[0], screen_class=JournalWithKeys), *AREAS[1:])


async def test_help_picks_up_keys_an_area_adds(store: Store, clock: FixedClock) -> None:
    """A binding added to an area later shows in help without changing the help screen."""
    app = AppWithAreaKeys(store, clock, file_label="~/journal.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        rows = help_rows(app)
        assert ("This area: Journal", "f9", "A later feature") in rows
        assert rows[0][0] == "This area: Journal", "the area's keys come first"


async def test_the_chosen_theme_is_remembered(db_path: Path, clock: FixedClock) -> None:
    """A theme picked in one session is saved in the file and used by the next."""
    app = make_app(Store(db_path, clock), clock)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert Store(db_path, clock).settings.get("theme") == "nord"
    again = make_app(Store(db_path, clock), clock)
    async with again.run_test(size=SIZE):
        assert again.theme == "nord"


async def test_an_unknown_saved_theme_is_ignored(store: Store, clock: FixedClock) -> None:
    """A theme this version does not know falls back to the default without an error."""
    store.settings.set("theme", "no-such-theme")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE):
        assert app.theme == "textual-dark"


async def test_changes_saved_by_another_process_show_up(
    store: Store, db_path: Path, clock: FixedClock
) -> None:
    """Another Store on the same file adds an item; after the watcher runs the open area shows it."""
    store.learnings.add(growth_item(clock, "Gemba walk"))
    app = make_app(store, clock, watch_interval=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await until(pilot, lambda: isinstance(app.screen, GrowthScreen), "the area shows")
        count = app.screen.query_one("#pane-learn .pane-header", Static)
        assert str(count.render()).startswith("Learn 1 ·")
        Store(db_path, clock).learnings.add(growth_item(clock, "Andon cord"))
        await until(pilot, lambda: str(count.render()).startswith("Learn 2 "), "the watcher showed the item")
        assert str(count.render()).startswith("Learn 2 · 0 not yet shared")


async def test_a_file_broken_by_another_process_is_reported_once(
    store: Store, db_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reload that fails shows one error notification and the app keeps running."""

    looks: list[bool] = []

    def broken() -> bool:
        """Fail like a file another program corrupted."""
        looks.append(True)
        raise UnreadableFileError(db_path, "is not valid JSON")

    monkeypatch.setattr(store, "reload_if_changed", broken)
    app = make_app(store, clock, watch_interval=0.02)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: len(looks) >= 3, "the watcher looked three times")
        errors = [n for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1 and "not valid JSON" in errors[0].message
        await pilot.press("2")
        assert app.current_mode == "board"


async def test_a_failed_theme_save_is_a_notification(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the theme cannot be saved the user is told, and the theme still changes."""

    def full_disk(key: str, value: object) -> None:
        """Fail like a full disk."""
        raise SaveError(store.path, "could not be saved (No space left on device); the last save is intact")

    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(store.settings, "set", full_disk)
        app.theme = "nord"
        await pilot.pause()
        assert app.theme == "nord"
        [notice] = list(app._notifications)
        assert notice.severity == "error" and "No space left" in notice.message
        assert notice.markup is False


def title_line(app: LeanJournalApp) -> str:
    """The text of the current screen's title bar."""
    return "".join(segment.text for segment in app.screen.query_one(TitleBar).render_line(0))


async def test_the_header_shows_the_date_and_a_markup_path_literally(store: Store, clock: FixedClock) -> None:
    """A file path with markup in it is shown as typed, and clicking it runs nothing."""
    app = make_app(store, clock, file_label=MARKUP_LABEL)
    async with app.run_test(size=SIZE) as pilot:
        shown = title_line(app)
        assert "Tue 24 Nov 2026" in shown
        assert MARKUP_LABEL in shown
        await pilot.click(TitleBar, offset=(20, 0))
        await pilot.pause()
        assert app.is_running and app.return_code is None
        await pilot.press("question_mark")
        assert MARKUP_LABEL in str(app.screen.query_one(".help-data", Static).render())


async def test_q_quits(store: Store, clock: FixedClock) -> None:
    """q leaves the app."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


def test_header_helpers() -> None:
    """The header writes days like 'Tue 4 Nov 2026' and folders under home with '~'."""
    assert day_label(date(2026, 11, 4)) == "Wed 4 Nov 2026"
    assert home_relative(Path.home() / "notes" / "journal.json") == "~/notes/journal.json"
    assert home_relative(Path("/srv/journal.json")) == "/srv/journal.json"


NASTY_LABEL = "~/[/] [red]x[/red] \x1b[31m\x07 日記 📓 יומן/" + "x" * 5000 + ".json"


async def test_any_file_label_is_shown_without_a_crash(store: Store, clock: FixedClock) -> None:
    """Closing tags, styles, control characters, emoji, RTL and great length: shown, and help still opens."""
    app = make_app(store, clock, file_label=NASTY_LABEL)
    async with app.run_test(size=SIZE) as pilot:
        shown = title_line(app)
        assert "~/[/] [red]x[/red] \ufffd[31m\ufffd 日記 📓 יומן" in shown and "\x1b" not in shown
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.current_mode == "journal" and not isinstance(app.screen, HelpScreen)


async def test_an_area_reports_a_failed_save_as_one_line(store: Store, clock: FixedClock) -> None:
    """AreaScreen.report_error shows the failure as an error notification, literally, and nothing crashes."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        error = SaveError(
            "/tmp/[b]j[/b].json", "could not be saved (Permission denied); the last save is intact"
        )
        app.screen.report_error(error)
        await pilot.pause()
        [notice] = list(app._notifications)
        assert notice.severity == "error" and notice.title == "Not saved" and notice.markup is False
        assert notice.message.startswith("/tmp/[b]j[/b].json: could not be saved")
        await pilot.press("4")
        assert app.current_mode == "review"
