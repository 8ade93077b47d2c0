"""The App: four areas as modes, keys 1-4, palette commands, help, the remembered theme and a file watcher."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from lean_journal.clock import Clock
from lean_journal.display import day_label
from lean_journal.messages import FirstFrameShown, StoreChanged
from lean_journal.screens.area import AreaScreen, show_error
from lean_journal.screens.journal import JournalScreen
from lean_journal.store import Store, StoreError

THEME_SETTING = "theme"
WARM_UP_DELAY = 0.4  # seconds after the first frame


@dataclass(frozen=True)
class Area:
    """One area of the app: its mode name, key, palette name and help line, and the screen that shows it."""

    mode: str
    key: str
    footer: str
    command: str
    help: str
    screen_class: type[AreaScreen] | str  # a class, or "module:Class" imported when first shown


AREAS: tuple[Area, ...] = (
    Area("journal", "1", "Journal", "Journal", "Daily reflections, prompts and search", JournalScreen),
    Area(
        "board",
        "2",
        "Board",
        "PDCA board",
        "Improvement experiments, Plan-Do-Check-Act",
        "lean_journal.screens.board:BoardScreen",
    ),
    Area(
        "growth",
        "3",
        "Grow",
        "Learn · Share · Grow",
        "What you learned, shared and grew",
        "lean_journal.screens.growth:GrowthScreen",
    ),
    Area(
        "review",
        "4",
        "Review",
        "Review",
        "Streaks, trends and the monthly kaizen report",
        "lean_journal.screens.review:ReviewScreen",
    ),
)


def screen_class_of(area: Area) -> type[AreaScreen]:
    """The screen class of an area, importing its module on first use (start-up stays quick)."""
    if not isinstance(area.screen_class, str):
        return area.screen_class
    module, name = area.screen_class.split(":")
    return getattr(import_module(module), name)  # type: ignore[no-any-return]


def home_relative(path: Path) -> str:
    """`path` with the home folder written as '~' (how the header names the file)."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class LeanJournalApp(App[None]):
    """lean-journal: Journal, PDCA board, Learn · Share · Grow and Review over one journal file."""

    TITLE = "Lean Journal"
    CSS_PATH = Path(__file__).with_name("app.tcss")
    DEFAULT_MODE = "journal"
    AREAS = AREAS
    BINDINGS = [
        *(Binding(a.key, f"switch_area('{a.mode}')", a.footer, tooltip=a.command) for a in AREAS),
        Binding("question_mark", "help", "Help", tooltip="Every key you can press here"),
        Binding("q", "quit", "Quit"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, priority=True),
    ]

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        file_label: str | None = None,
        watch_interval: float = 2.0,
    ) -> None:
        """Show `store` as of `clock`; the header names the file as `file_label` (default: its path)."""
        super().__init__()
        self.store = store
        self.clock = clock
        self.file_label = file_label if file_label is not None else home_relative(store.path)
        self.watch_interval = watch_interval
        self.areas: dict[str, AreaScreen] = {}
        self.first_frame_shown = False
        self._reload_failing = False
        for area in self.AREAS:
            self.add_mode(area.mode, partial(self._build_area, area))
        self._restore_theme()
        self.sub_title = self._header_line()

    def _build_area(self, area: Area) -> Screen[None]:
        """Make the screen of `area` (once, when it is first shown) and remember it."""
        screen = screen_class_of(area)(self.store, self.clock)
        if screen.title is None:
            screen.title = area.command
        self.areas[area.mode] = screen
        return screen

    def _header_line(self) -> str:
        """Today's date and the file in use (plain text: the header never reads it as markup)."""
        return f"{day_label(self.clock.today())} · {self.file_label}"

    def on_ready(self) -> None:
        """The first frame is on screen: let the areas do the work they put off until now."""
        self.first_frame_shown = True
        self.call_after_refresh(self.screen.post_message, FirstFrameShown())
        self.set_timer(WARM_UP_DELAY, self._warm_up_other_areas, name="warm up areas")

    def _warm_up_other_areas(self) -> None:
        """While the user reads, import the other areas and load their documents, so they open quickly."""
        for area in self.AREAS:
            screen_class_of(area)
        try:
            self.store.cards.all()
            self.store.growth.all()
        except (StoreError, OSError) as error:
            self.report_error(error)

    def on_mount(self) -> None:
        """Start watching the file for changes other processes save."""
        self.set_interval(self.watch_interval, self.check_outside_changes, name="watch journal file")

    def check_outside_changes(self) -> None:
        """Re-read the file if another process changed it, and let every open area refresh."""
        self.sub_title = self._header_line()
        try:
            changed = self.store.reload_if_changed()
        except (StoreError, OSError) as error:
            if not self._reload_failing:
                self._reload_failing = True
                self.report_error(error)
            return
        self._reload_failing = False
        if changed:
            screens: set[Screen[Any]] = {*self.areas.values(), self.screen}
            for screen in screens:
                screen.post_message(StoreChanged())

    def report_error(self, error: Exception) -> None:
        """Show a failed read or save as one error line; the app keeps running."""
        show_error(self, error)

    def _restore_theme(self) -> None:
        """Use the theme saved in the file, if this Textual still knows it."""
        saved = self.store.settings.get(THEME_SETTING)
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved

    def watch_theme(self, theme: str) -> None:
        """Remember the chosen theme in the file."""
        try:
            self.store.settings.set(THEME_SETTING, theme)
        except (StoreError, OSError) as error:
            self.report_error(error)

    def action_switch_area(self, mode: str) -> None:
        """Show the area `mode`."""
        self.switch_mode(mode)

    def action_help(self) -> None:
        """Open the list of keys that work right now."""
        from lean_journal.screens.help import HelpScreen, keys_in_effect  # on first use: start-up

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(keys_in_effect(self.screen), self.file_label))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The areas and Help first, then Textual's own commands (theme, keys, quit, ...)."""
        for area in self.AREAS:
            yield SystemCommand(area.command, area.help, self._switcher(area.mode))
        yield SystemCommand("Help", "Every key you can press here", self.action_help)
        yield from super().get_system_commands(screen)

    def _switcher(self, mode: str) -> Callable[[], None]:
        """A callback that shows the area `mode`."""
        return partial(self.action_switch_area, mode)
