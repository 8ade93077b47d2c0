"""The Review area: a month, a year or a rolling 365 days of the journal, the board and Learn · Share · Grow.

The figures are made in a worker thread (`build_overview`, from a `ReviewData` read on the main thread)
while a loading indicator covers them; the keys keep working meanwhile, and a result that arrives after
the period changed again is thrown away.
"""

from __future__ import annotations

from datetime import date

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from lean_journal.clock import Clock
from lean_journal.review import navigation
from lean_journal.review.overview import Overview, entries_of, overview
from lean_journal.review.period import Period, PeriodKind
from lean_journal.review.stats import ReviewData
from lean_journal.store import Store, StoreError
from lean_journal.text import day_label
from lean_journal.tui.messages import OpenJournalEntry
from lean_journal.tui.screens.area import AreaScreen, closing, unless_closing
from lean_journal.tui.screens.review import figure_texts as texts
from lean_journal.tui.screens.review.rechecking import RecheckingMixin
from lean_journal.tui.screens.review.weekly_days import WeeklyDaysMixin
from lean_journal.tui.widgets.key_bar import KeyBar
from lean_journal.tui.widgets.review.heatmap import DayHeatmap
from lean_journal.tui.widgets.review.lists import DayEntries, RecheckList
from lean_journal.tui.widgets.title_bar import TitleBar

build_overview = overview
"""What the worker runs (a test holds it back to see the keys still work meanwhile)."""
WORKER_GROUP = "review-figures"
PERIOD = Binding.Group("Period", compact=True)
PANELS = ("journal", "growth", "impact", "bars", "pdca", "goals")
TITLES = {
    "journal": "Journal and streaks",
    "growth": "Learn · Share · Grow",
    "impact": "Impact by unit (adopted)",
    "bars": "Entries and words per month",
    "pdca": "Throughput and cycle time",
    "goals": "Goals",
    "heatmap-box": "Words written per day",
    "charts": "Mood and energy",
}


def charts_module() -> object:
    """The chart widgets' module (imports textual-plotext: done in the worker, never at start-up)."""
    from lean_journal.tui.widgets.review import charts

    return charts


class ReviewScreen(RecheckingMixin, WeeklyDaysMixin, AreaScreen):
    """Progress over months: heatmap, streaks, trends, throughput, impact, growth, goals and re-checks."""

    AREA = "review"
    AUTO_FOCUS = ""  # nothing focused: the arrow keys pick the period
    DEFAULT_CSS = """
    ReviewScreen #review-body { height: 1fr; }
    ReviewScreen #period-line { height: 1; padding: 0 1; background: $panel; }
    ReviewScreen .review-row { height: auto; }
    ReviewScreen .panel {
        height: auto; width: 1fr; padding: 0 1; border: round $primary 40%;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    ReviewScreen #impact { text-wrap: wrap; }
    ReviewScreen #heatmap-box { width: auto; height: auto; border: round $primary 40%; }
    ReviewScreen #day-entries { height: 5; }
    ReviewScreen #bars { width: 50; }
    ReviewScreen #charts { height: auto; min-height: 3; border: round $primary 40%; }
    ReviewScreen #rechecks { margin: 0; }
    """
    BINDINGS = [
        Binding("left,left_square_bracket", "step(-1)", "Earlier", group=PERIOD, tooltip="The period before"),
        Binding("right,right_square_bracket", "step(1)", "Later", group=PERIOD, tooltip="The period after"),
        Binding("m", "kind('month')", "Month", tooltip="Show a calendar month"),
        Binding("y", "kind('year')", "Year", tooltip="Show the calendar year"),
        Binding("r", "kind('rolling')", "365 days", tooltip="Show the 365 days up to the period's end"),
        Binding("d", "focus_days", "Days", tooltip="Move a cursor over the days (arrow keys)"),
        Binding("c", "focus_rechecks", "Re-checks", tooltip="Choose a re-check to record"),
        Binding("p", "deck", "Deck", tooltip="Preview the month's kaizen deck: cards, headline, ask, export"),
        Binding("w", "weekly_days", "Weekly streak days", show=False, tooltip="Days that make a week count"),
        Binding("escape", "leave", "Back", show=False),
        Binding("pageup", "scroll(-1)", "Page up", show=False),
        Binding("pagedown", "scroll(1)", "Page down", show=False),
    ]

    def __init__(self, store: Store, clock: Clock) -> None:
        """Show this month, nothing computed yet."""
        super().__init__(store, clock)
        self.period = Period.month_of(clock.today())
        self.data: ReviewData | None = None
        self.shown: Overview | None = None
        self.generation = 0

    def compose(self) -> ComposeResult:
        """Header, the period line, the figures (covered while they are made) and the footer."""
        yield TitleBar()
        yield Static("", id="period-line", markup=False)
        with VerticalScroll(id="review-body", can_focus=False):
            with Vertical(id="heatmap-box"):
                yield DayHeatmap(id="heatmap")
            yield DayEntries(id="day-entries")
            with Horizontal(classes="review-row"):
                for name in PANELS[:3]:
                    yield Static("", id=name, classes="panel", markup=False)
            with Horizontal(classes="review-row"):
                for name in PANELS[3:]:
                    yield Static("", id=name, classes="panel", markup=False)
            yield Vertical(id="charts")
            yield RecheckList(id="rechecks")
        yield KeyBar()

    @unless_closing
    def on_mount(self) -> None:
        """Name the panels and start making the figures."""
        for name, title in TITLES.items():
            self.query_one(f"#{name}").border_title = title
        self.query_one("#rechecks", RecheckList).border_title = "Re-checks due (enter records one)"
        self.load()

    @unless_closing
    def on_screen_resume(self) -> None:
        """Shown again: re-make the figures quietly (the other areas may have changed the file)."""
        if self.shown is not None:
            self.load(quiet=True)

    def refresh_from_store(self) -> None:
        """Another process saved the file: re-make the figures."""
        self.load(quiet=self.shown is not None)

    # Making the figures ------------------------------------------------------------------------

    def load(self, quiet: bool = False) -> None:
        """Read the file and make the period's figures in a worker; cover them unless `quiet`."""
        self.generation += 1
        self.title = f"{self.TITLE_TEXT} · {self.period.label}"
        self.query_one("#period-line", Static).update(self.period_line())
        try:
            self.data = ReviewData.from_store(self.store)
        except (StoreError, OSError) as error:
            self.report_error(error)
            return
        if not quiet:
            self.query_one("#review-body").loading = True
        self.make_figures(self.data, self.period, self.clock.today(), self.generation)

    @property
    def loading_figures(self) -> bool:
        """Whether the figures are covered while they are made."""
        return bool(self.query_one("#review-body").loading)

    def period_line(self) -> str:
        """What is shown and what it is compared with."""
        first, last = self.period.start, self.period.end
        before = self.period.previous().label
        return f"{self.period.label} · {day_label(first)} to {day_label(last)} · changes against {before}"

    @work(thread=True, exclusive=True, group=WORKER_GROUP)
    def make_figures(
        self, data: ReviewData, period: Period, today: date, generation: int
    ) -> tuple[int, Overview]:
        """In a thread: every figure the area shows (and the charts' module, imported once)."""
        charts_module()
        return generation, build_overview(data, period, today)

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        """Show the figures made for the period still shown; say so if making them failed."""
        worker = event.worker
        if worker.group != WORKER_GROUP or closing(self):
            return
        if event.state is WorkerState.ERROR and worker.error is not None:
            self.query_one("#review-body").loading = False
            self.report_error(worker.error if isinstance(worker.error, Exception) else RuntimeError())
        elif event.state is WorkerState.SUCCESS and worker.result is not None:
            generation, view = worker.result
            if generation == self.generation:
                self.show(view)

    def show(self, view: Overview) -> None:
        """Draw every panel of `view` and uncover them."""
        previous = self.shown
        self.shown = view
        today = self.clock.today()
        heatmap = self.query_one("#heatmap", DayHeatmap)
        keep = heatmap.cursor if previous is not None and previous.period == view.period else None
        heatmap.show(view.heatmap, keep or navigation.reference(view.period, today))
        self.show_day(heatmap.cursor or today)
        for name, text in (
            ("journal", texts.journal_text(view)),
            ("growth", texts.growth_text(view)),
            ("impact", texts.impact_text(view)),
            ("bars", texts.month_bars(view)),
            ("pdca", texts.pdca_text(view)),
            ("goals", texts.goals_text(view, today)),
        ):
            self.query_one(f"#{name}", Static).update(text)
        self.show_charts(view)
        self.query_one("#rechecks", RecheckList).show(view.rechecks, today)
        self.query_one("#review-body").loading = False

    def show_charts(self, view: Overview) -> None:
        """Plot mood and energy by week (the chart is made the first time)."""
        charts = self.query_one("#charts", Vertical)
        module = charts_module()
        chart_class = module.RatingsChart  # type: ignore[attr-defined]
        found = charts.query(chart_class)
        if found:
            found.first().show(view.week_ratings)
            return
        chart = chart_class(id="ratings-chart")
        charts.mount(chart)
        self.call_after_refresh(chart.show, view.week_ratings)

    # The day under the cursor ------------------------------------------------------------------

    def show_day(self, day: date) -> None:
        """List the entries of `day` below the grid."""
        entries = entries_of(self.data, day) if self.data is not None else []
        count = f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}" if entries else "nothing written"
        self.query_one("#day-entries", DayEntries).show(day, entries, f"{day_label(day)} · {count}")

    @on(DayHeatmap.DayHighlighted)
    def _day_highlighted(self, event: DayHeatmap.DayHighlighted) -> None:
        """The cursor moved: list that day's entries."""
        self.show_day(event.day)

    @on(DayHeatmap.DayChosen)
    def _day_chosen(self, event: DayHeatmap.DayChosen) -> None:
        """Enter on a day: open its one entry, or go to the list of its entries."""
        entries = self.query_one("#day-entries", DayEntries)
        if entries.option_count == 1 and entries.get_option_at_index(0).id:
            self.open_entry(entries.get_option_at_index(0).id or "")
        elif entries.option_count:
            entries.focus()
        else:
            self.notify(f"Nothing written on {day_label(event.day)}.", markup=False)

    @on(DayEntries.OpenEntry)
    def _open_entry(self, event: DayEntries.OpenEntry) -> None:
        """Enter on an entry: show it in the journal."""
        self.open_entry(event.entry_id)

    def open_entry(self, entry_id: str) -> None:
        """Ask the app to show the entry in the Journal area."""
        self.app.post_message(OpenJournalEntry(entry_id))

    # Keys --------------------------------------------------------------------------------------

    def action_step(self, direction: int) -> None:
        """Show the period before or after."""
        today = self.clock.today()
        step = navigation.earlier(self.period) if direction < 0 else navigation.later(self.period, today)
        if step is None:
            self.notify("Nothing later than today to show." if direction > 0 else "No earlier period.")
            return
        self.period = step
        self.load()

    def action_kind(self, kind: str) -> None:
        """Show the month, the year or the rolling 365 days of the period's reference day."""
        self.period = navigation.as_kind(self.period, PeriodKind(kind), self.clock.today())
        self.load()

    def action_deck(self) -> None:
        """Preview the kaizen deck of the month shown (of the period's last month for a year or 365 days)."""
        from lean_journal.tui.screens.review.deck_preview import DeckPreviewScreen

        month = navigation.reference(self.period, self.clock.today())
        self.app.push_screen(DeckPreviewScreen(self.store, self.clock, month))

    def action_focus_days(self) -> None:
        """Put the focus on the grid (its cursor moves with the arrow keys)."""
        self.query_one("#heatmap", DayHeatmap).focus()

    def action_focus_rechecks(self) -> None:
        """Put the focus on the re-checks."""
        self.query_one("#rechecks", RecheckList).focus()

    def action_leave(self) -> None:
        """Escape: take the focus off the grid or a list (the arrow keys pick the period again)."""
        self.set_focus(None)

    def action_scroll(self, pages: int) -> None:
        """Scroll the figures a page."""
        body = self.query_one("#review-body", VerticalScroll)
        body.scroll_page_down() if pages > 0 else body.scroll_page_up()
