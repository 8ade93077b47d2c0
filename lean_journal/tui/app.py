"""The App: four areas as modes, keys 1-4, palette commands, help, the remembered theme and a file watcher."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widget import AwaitMount

from lean_journal.clock import Clock
from lean_journal.store import Store, StoreError
from lean_journal.text import day_label, printable
from lean_journal.tui.app_signals import AppSignals
from lean_journal.tui.areas import AREAS, Area, screen_class_of
from lean_journal.tui.messages import FirstFrameShown, OpenJournalEntry, StoreChanged
from lean_journal.tui.screens.area import AreaScreen, show_error
from lean_journal.tui.screens.rescue import RESCUE_COMMAND, RESCUE_HELP, ask_for_rescue_copy
from lean_journal.tui.startup.gc_policy import paused_through_start_up
from lean_journal.tui.startup.quick_app import QuickApp
from lean_journal.tui.startup.textual_internals import mark_styles_current
from lean_journal.tui.startup.warm_up import WarmUp

THEME_SETTING = "theme"
SET_ASIDE_NOTICE_TIMEOUT = 30
"""Seconds the notice of documents set aside stays up (longer than usual: it comes once)."""


def home_relative(path: Path) -> str:
    """`path` with the home folder written as '~' (how the header names the file)."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class LeanJournalApp(QuickApp):
    """lean-journal: Journal, PDCA board, Learn · Share · Grow and Review over one journal file."""

    TITLE = "Lean Journal"
    CSS_PATH = Path(__file__).with_name("app.tcss")
    DEFAULT_MODE = "journal"
    AREAS = AREAS
    BINDINGS = [
        *(Binding(a.key, f"switch_area('{a.mode}')", a.footer, tooltip=a.title) for a in AREAS),
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
        self._backup_warned: str | None = None
        self._instant_switch = False
        self.warm_up = WarmUp(self)
        self.signals = AppSignals(self, self.hang_up)
        for area in self.AREAS:
            self.add_mode(area.mode, partial(self.build_area, area))
        self._restore_theme()
        self.sub_title = self._header_line()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app, the garbage collector paused until the warm-up after the first frame (gc_policy)."""
        with paused_through_start_up():
            return super().run(*args, **kwargs)

    async def run_async(self, **kwargs: Any) -> Any:
        """Run the app; a hang-up or terminate keeps the draft being written, then quits cleanly."""
        self.signals.handle_hang_ups()
        try:
            return await super().run_async(**kwargs)
        finally:
            self.signals.restore()

    def hang_up(self, signum: int) -> None:
        """The terminal closed or the app was told to stop: quit cleanly (exit keeps every draft first)."""
        self.exit(return_code=128 + signum)

    def exit(self, result: Any = None, return_code: int = 0, message: Any = None) -> None:
        """Quit, keeping first what every open editor holds (not what its last queued message said)."""
        self.keep_drafts()
        super().exit(result, return_code, message)

    def keep_drafts(self) -> None:
        """Save the draft of every entry being written, at once, as the last word on it."""
        from lean_journal.tui.screens.journal.drafts import DraftMixin

        for screen in {*self.areas.values(), *self.screen_stack}:
            if isinstance(screen, DraftMixin):
                screen.keep_final_draft()

    def build_area(self, area: Area) -> Screen[None]:
        """Make the screen of `area` (once: when it is first shown, or ahead in idle time) and remember it."""
        screen = screen_class_of(area)(self.store, self.clock)
        if screen.title is None:
            screen.title = area.title
        self.areas[area.mode] = screen
        if not self.first_frame_shown:
            mark_styles_current(self, screen)  # the first screen: the app's CSS is fresh already
        return screen

    def switch_mode(self, mode: str) -> AwaitMount:
        """Show the area `mode`, building its screen unseen first if need be, and at once.

        Textual holds every mode switch back a moment, to hide a screen that is still being composed.
        A screen built unseen (in idle time, or just now) has composed and mounted before its resume is
        handled and it is painted, so it has nothing to hide and the switch skips the hold.
        """
        area = next((a for a in self.AREAS if a.mode == mode), None)
        if mode not in self.areas and area is not None and self.first_frame_shown:
            self.warm_up.build_unseen(area)  # the switch then skips a refresh of all the app's CSS
        self._instant_switch = mode in self.areas
        try:
            return super().switch_mode(mode)
        finally:
            self._instant_switch = False

    def delay_update(self, delay: float = 0.05) -> None:
        """Textual's pause of all painting for `delay` seconds, except in a switch to a built area."""
        if not self._instant_switch:
            super().delay_update(delay)

    def _header_line(self) -> str:
        """Today's date and the file in use (plain text: the header never reads it as markup)."""
        return f"{day_label(self.clock.today())} · {self.file_label}"

    def on_ready(self) -> None:
        """The first frame is on screen: let the areas do the work they put off until now."""
        self.first_frame_shown = True
        self.call_after_refresh(self.screen.post_message, FirstFrameShown())
        self.warm_up.start()

    def on_mount(self) -> None:
        """Guard the driver's resume against a closed terminal; watch the file for changes others save."""
        self.signals.guard_resume()
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
        self._warn_of_a_failed_backup()
        if changed:
            screens: set[Screen[Any]] = {*self.areas.values(), self.screen}
            for screen in screens:
                screen.post_message(StoreChanged())

    def announce_set_aside(self) -> None:
        """Tell the user once, after start-up, how many documents were set aside and what lists them."""
        from lean_journal.store.set_aside import summary

        problems = self.store.set_aside()
        if problems:
            self.notify(
                summary(problems) + ".",
                title="Journal",
                severity="warning",
                timeout=SET_ASIDE_NOTICE_TIMEOUT,
                markup=False,
            )

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification, from any screen or widget: sanitised text, never markup."""
        del markup  # a message may quote user text: it is never read as markup
        shown, heading = printable(message), printable(title, multiline=False)
        super().notify(shown, title=heading, severity=severity, timeout=timeout, markup=False)

    def _warn_of_a_failed_backup(self) -> None:
        """Say once (per problem) that a save went ahead without its daily backup."""
        problem = self.store.storage.backup_problem
        if problem and problem != self._backup_warned:
            self.notify(problem, title="Backup failed", severity="warning", markup=False, timeout=10)
        self._backup_warned = problem

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

    def on_open_journal_entry(self, message: OpenJournalEntry) -> None:
        """Another area asked for an entry: show the Journal area with it selected."""
        from lean_journal.tui.screens.journal.journal import JournalScreen

        self.switch_mode("journal")
        journal = self.areas.get("journal")
        if isinstance(journal, JournalScreen):
            journal.show_entry(message.entry_id)

    def action_help(self) -> None:
        """Open the list of keys that work right now."""
        from lean_journal.tui.screens.help import HelpScreen, keys_in_effect  # on first use: start-up

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(keys_in_effect(self.screen), self.file_label))

    def action_save_rescue_copy(self) -> None:
        """Ask for a path and write the journal as held in memory there (see screens/rescue.py)."""
        ask_for_rescue_copy(self, self.store)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The areas and Help first, then Textual's own commands (theme, keys, quit, ...)."""
        for area in self.AREAS:
            yield SystemCommand(area.title, area.help, self._switcher(area.mode))
        yield SystemCommand("Help", "Every key you can press here", self.action_help)
        yield SystemCommand(RESCUE_COMMAND, RESCUE_HELP, self.action_save_rescue_copy)
        own = getattr(screen, "palette_commands", None)  # the screen's own commands (capture, say)
        if callable(own):
            yield from own()
        yield from super().get_system_commands(screen)

    def _switcher(self, mode: str) -> Callable[[], None]:
        """A callback that shows the area `mode`."""
        return partial(self.action_switch_area, mode)
