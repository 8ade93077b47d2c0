"""The App: four areas as modes, keys 1-4, palette commands, help, the remembered theme and a file watcher."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import AwaitMount

from lean_journal.clock import Clock
from lean_journal.display import day_label
from lean_journal.messages import FirstFrameShown, StoreChanged
from lean_journal.screens.area import AreaScreen, show_error
from lean_journal.screens.journal import JournalScreen
from lean_journal.store import Store, StoreError
from lean_journal.textual_internals import mark_styles_current, paint_off_screen, start_off_screen

THEME_SETTING = "theme"
WARM_UP_DELAY = 0.4  # seconds after the first frame
PREBUILT_AREAS = ("board",)  # areas whose screens are built in idle time, not on their first keypress
PAINT_DELAY = 0.1  # seconds after building one (it has mounted, its footer has settled), and between passes
PAINT_PASSES = 2


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
        self._instant_switch = False
        for area in self.AREAS:
            self.add_mode(area.mode, partial(self._build_area, area))
        self._restore_theme()
        self.sub_title = self._header_line()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app, with the garbage collector paused until the warm-up after the first frame.

        Start-up makes tens of thousands of objects that all stay alive (widgets, styles, entries);
        collecting while they are made only delays the first frame (a full collection took ~20 ms
        there). The warm-up collects once and switches the collector on for the rest of the session.
        """
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return super().run(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    def _build_area(self, area: Area) -> Screen[None]:
        """Make the screen of `area` (once: when it is first shown, or ahead in idle time) and remember it."""
        screen = screen_class_of(area)(self.store, self.clock)
        if screen.title is None:
            screen.title = area.command
        self.areas[area.mode] = screen
        if not self.first_frame_shown:
            mark_styles_current(self, screen)  # the first screen: the app's CSS is fresh already
        return screen

    def switch_mode(self, mode: str) -> AwaitMount:
        """Show the area `mode`; one already built and mounted is shown at once.

        Textual holds every mode switch back by 50 ms, to hide a screen that is still being composed.
        A built screen has nothing to hide, so the switch skips that delay (see delay_update).
        """
        built = self.areas.get(mode)
        self._instant_switch = built is not None and built.is_mounted
        try:
            return super().switch_mode(mode)
        finally:
            self._instant_switch = False

    def delay_update(self, delay: float = 0.05) -> None:
        """Textual's pause of all painting for `delay` seconds, except in a switch to a built area."""
        if not self._instant_switch:
            super().delay_update(delay)

    @contextmanager
    def batch_update(self) -> Iterator[None]:
        """Textual's batch of updates, then a nudge to the screen on show to paint what it put off.

        The screen skips its update while a batch runs, and Textual's end of a batch prompts only the
        app. A switch made during a batch (a Markdown view updating, say) otherwise stayed unpainted
        until the next key.
        """
        with super().batch_update():
            yield
        for screen in self.screen_stack[-1:]:
            screen.check_idle()

    def _header_line(self) -> str:
        """Today's date and the file in use (plain text: the header never reads it as markup)."""
        return f"{day_label(self.clock.today())} · {self.file_label}"

    def on_ready(self) -> None:
        """The first frame is on screen: let the areas do the work they put off until now."""
        self.first_frame_shown = True
        self.call_after_refresh(self.screen.post_message, FirstFrameShown())
        self.set_timer(WARM_UP_DELAY, self._warm_up_other_areas, name="warm up areas")

    def _warm_up_other_areas(self) -> None:
        """While the user reads, import the other areas, load their documents and build the board unseen."""
        try:
            self._prepare_other_areas()
        finally:  # whatever happened, start-up is over: collect garbage from now on
            self.call_later(self._collect_garbage)

    def _prepare_other_areas(self) -> None:
        """Import the other areas, load their documents and build the board (the warm-up's work)."""
        for area in self.AREAS:
            screen_class_of(area)
        try:
            self.store.cards.all()
            self.store.growth.all()
        except (StoreError, OSError) as error:
            self.report_error(error)
            return
        for area in self.AREAS:
            if area.mode in PREBUILT_AREAS:
                self._prebuild_area(area)

    def _collect_garbage(self) -> None:
        """Collect what start-up and the warm-up left, now rather than in a keypress; then as usual."""
        gc.collect()
        gc.enable()

    def _prebuild_area(self, area: Area) -> None:
        """Build, mount and paint the screen of `area` unseen, so that its first keypress only shows it."""
        if area.mode in self.areas or not self.is_running:
            return
        screen = self._build_area(area)
        if not start_off_screen(self, area.mode, screen):
            del self.areas[area.mode]  # this Textual can't: build it when first shown, as usual
            return
        self.set_timer(PAINT_DELAY, partial(self._paint_prebuilt, screen, PAINT_PASSES))

    def _paint_prebuilt(self, screen: Screen[Any], passes: int) -> None:
        """Lay out and render a prebuilt screen unseen, `passes` times, unless it has been shown meanwhile."""
        if not self.is_running or screen in self.screen_stack or not screen.is_attached:
            return  # closing, or already shown
        paint_off_screen(screen, self.size)
        if passes > 1:  # again once the widgets have handled the first pass (lists know their height)
            self.set_timer(PAINT_DELAY, partial(self._paint_prebuilt, screen, passes - 1))

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
