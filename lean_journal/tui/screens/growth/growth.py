"""The Learn · Share · Grow area: three panes, what I learned, what I passed on, the goals I grow toward.

Wide terminals show the three side by side; narrower than NARROW_WIDTH columns, one at a time, with a
strip naming the three (the same pane keys move between them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Static

from lean_journal.clock import Clock
from lean_journal.growth import filters
from lean_journal.growth.debt import SHARE_DEBT_SETTING, debt_days, share_debt
from lean_journal.model.growth import Goal, Learning, Share
from lean_journal.store import Store
from lean_journal.tui.screens.area import AreaScreen, unless_closing
from lean_journal.tui.screens.growth.commands import LINK_HELP, GrowthCommands
from lean_journal.tui.screens.growth.details import goal_detail, learn_detail, share_detail
from lean_journal.tui.screens.growth.editing import GrowthEditing
from lean_journal.tui.widgets.growth.pane import NEXT_PANE, PREVIOUS_PANE, GrowthPane, ItemList
from lean_journal.tui.widgets.growth.rows import goal_row, learn_row, share_row
from lean_journal.tui.widgets.key_bar import KeyBar
from lean_journal.tui.widgets.safe_editors import SafeInput
from lean_journal.tui.widgets.title_bar import TitleBar

PANES = ("learn", "share", "grow")
PANE_NAMES = {"learn": "Learn", "share": "Share", "grow": "Grow"}
EMPTY = {
    "learn": "Nothing learned yet: press n to note a lesson.",
    "share": "Nothing passed on yet: press n, or s on a lesson.",
    "grow": "No goals yet: press n to set one.",
}
NARROW_WIDTH = 100
"""Terminals narrower than this show one pane at a time."""
FILTER_HINT = "Filter: words, #tag, debt, active, overdue (esc clears)"

GROWTH_BINDINGS = [
    Binding("n", "new", "New", tooltip="A new item in the focused pane"),
    Binding("s", "pay_forward", "Pay forward", tooltip="Share the selected lesson: a new share passes it on"),
    Binding("m", "milestones", "Milestones", tooltip="Tick, untick, add, move or remove milestones"),
    Binding("l", "link", "Link", tooltip=LINK_HELP),
    Binding("slash", "filter", "Filter", tooltip=FILTER_HINT),
    Binding("o", "sort", "Sort", tooltip="Sort by date or by status"),
    Binding("d", "delete", "Delete", tooltip="Delete the selected item (asks first; u brings it back)"),
    Binding("u", "undo", "Undo", tooltip="Bring back the item just deleted"),
    Binding("tab,right", "pane(1)", NEXT_PANE, show=False),
    Binding("shift+tab,left", "pane(-1)", PREVIOUS_PANE, show=False),
    Binding("shift+down", "scroll_detail(1, 0)", "Detail: line down", show=False),
    Binding("shift+up", "scroll_detail(-1, 0)", "Detail: line up", show=False),
    Binding("shift+pagedown", "scroll_detail(0, 1)", "Detail: page down", show=False),
    Binding("shift+pageup", "scroll_detail(0, -1)", "Detail: page up", show=False),
    Binding("escape", "clear_filter", "Clear filter", show=False),
]
PANE_ACTIONS = {"pay_forward": "learn", "milestones": "grow"}


class GrowthScreen(GrowthEditing, AreaScreen):
    """Learn · Share · Grow: what I learned, what I passed on to whom, and how I am growing."""

    AREA = "growth"
    AUTO_FOCUS = "#list-learn"
    BINDINGS = [*GROWTH_BINDINGS]
    COMMANDS = AreaScreen.COMMANDS | {GrowthCommands}
    DEFAULT_CSS = """
    GrowthScreen #growth-panes { height: 1fr; }
    GrowthScreen #growth-filter { display: none; margin: 0 1; }
    GrowthScreen #growth-filter.open { display: block; }
    GrowthScreen #pane-tabs { display: none; height: 1; padding: 0 1; background: $panel; }
    GrowthScreen.narrow #pane-tabs { display: block; }
    GrowthScreen.narrow .growth-pane { display: none; }
    GrowthScreen.narrow .growth-pane.current { display: block; }
    """

    def __init__(self, store: Store, clock: Clock) -> None:
        """Start on the Learn pane, unfiltered, newest first."""
        super().__init__(store, clock)
        self.current = "learn"
        self.sort = "date"
        self.wanted = filters.GrowthFilter()
        self.debt: dict[str, int] = {}
        self.goals: list[Goal] = []
        self.texts = filters.TextCache()

    def compose(self) -> ComposeResult:
        """Header, the filter box, the pane strip (narrow only), the three panes and the key bar."""
        yield TitleBar()
        yield SafeInput(placeholder=FILTER_HINT, id="growth-filter")
        yield Static("", id="pane-tabs", markup=False)
        with Horizontal(id="growth-panes"):
            for kind in PANES:
                yield GrowthPane(kind, EMPTY[kind])
        yield KeyBar()

    @unless_closing
    def on_mount(self) -> None:
        """Mark the first pane current and fill the panes, so the first paint shows the rows."""
        self.set_narrow(self.app.size.width < NARROW_WIDTH)
        self.mark_current()
        self.refresh_from_store()

    @unless_closing
    def on_screen_resume(self) -> None:
        """Shown again: show what changed meanwhile (nothing is redrawn if nothing did)."""
        self.refresh_from_store()

    def on_resize(self, event: events.Resize) -> None:
        """One pane at a time when the terminal is narrow."""
        self.set_narrow(event.size.width < NARROW_WIDTH)

    def set_narrow(self, narrow: bool) -> None:
        """Show the panes side by side, or one at a time."""
        self.set_class(narrow, "narrow")

    def pane(self, kind: str) -> GrowthPane:
        """The pane of `kind`."""
        return self.query_one(f"#pane-{kind}", GrowthPane)

    def mark_current(self) -> None:
        """Mark the current pane (the one shown when narrow) and name it in the strip."""
        for kind in PANES:
            self.pane(kind).set_class(kind == self.current, "current")
        strip = Text("Pane (tab, ←/→): ", style="dim")
        for kind in PANES:
            name = f" {PANE_NAMES[kind]} "
            strip.append(name, style="bold reverse" if kind == self.current else "")
        self.query_one("#pane-tabs", Static).update(strip)
        self.refresh_bindings()

    def refresh_from_store(self) -> None:
        """Re-read the three kinds, work out the share debt, and show what the filter lets through."""
        today = self.clock.today()
        days = debt_days(self.store.settings.get(SHARE_DEBT_SETTING))
        learnings = self.store.learnings.all()
        shares = self.store.shares.all()
        self.goals = goals = self.store.goals.all()
        self.debt = debt = share_debt(learnings, shares, today, days)
        wanted, sort = self.wanted, self.sort
        texts = self.texts
        shown_l = filters.filter_learnings(learnings, wanted, debt, texts)
        shown_s = filters.filter_shares(shares, wanted, texts)
        shown_g = filters.filter_goals(goals, wanted, today, texts)
        shown_l = filters.sorted_learnings(shown_l, sort, debt)
        self.fill("learn", learnings, shown_l, f"{len(debt):,} not yet shared")
        month = sum(1 for s in shares if (s.day.year, s.day.month) == (today.year, today.month))
        self.fill("share", shares, filters.sorted_shares(shown_s, sort), f"{month:,} this month")
        shown_g = filters.sorted_goals(shown_g, sort, today)
        active = sum(1 for g in goals if g.status.value == "active")
        self.fill("grow", goals, shown_g, f"{active:,} active")
        for kind in PANES:  # a change to one kind shows in the others' details
            self.show_detail(kind)

    def fill(self, kind: str, every: list[Any], shown: list[Any], note: str) -> None:
        """One pane: its header with counts (the narrower the pane, the fewer), and its rows if anything they
        show changed."""
        pane = self.pane(kind)
        header = [f"{PANE_NAMES[kind]} {len(every):,}"]  # the parts most worth seeing first
        if not self.wanted.is_empty:
            header.append(f"{len(shown):,} shown")
        header.append(note)
        if self.sort != "date":
            header.append(f"by {self.sort}")
        pane.set_header(header)
        today = self.clock.today()
        ages = tuple(self.debt.get(i.id) for i in shown) if kind == "learn" else ()
        drawn = (today, tuple(shown), ages)  # the same items, day and debts: nothing to redraw
        if pane.is_drawn(drawn):
            return
        row: Callable[[int], Text]
        if kind == "learn":
            row = lambda i: learn_row(shown[i], today, ages[i])  # noqa: E731
        elif kind == "share":
            row = lambda i: share_row(shown[i], today)  # noqa: E731
        else:
            row = lambda i: goal_row(shown[i], today)  # noqa: E731
        pane.show([item.id for item in shown], row, drawn)

    def selected(self, kind: str | None = None) -> Learning | Share | Goal | None:
        """The highlighted item of the pane `kind` (default: the current one), read from the store."""
        kind = kind or self.current
        item_id = self.pane(kind).selected_id
        if item_id is None:
            return None
        try:
            return self.repository(kind).get(item_id)
        except LookupError:
            return None

    def show_detail(self, kind: str) -> None:
        """The detail of the highlighted item of `kind`, with its links and the goals naming it."""
        item = self.selected(kind)
        today = self.clock.today()
        if isinstance(item, Learning):
            detail = learn_detail(item, self.store, self.debt.get(item.id), self.goals)
        elif isinstance(item, Share):
            detail = share_detail(item, self.store, self.goals)
        elif isinstance(item, Goal):
            detail = goal_detail(item, self.store, today)
        else:
            detail = Text("")
        self.pane(kind).show_detail(detail)

    @on(GrowthPane.Highlighted)
    def _highlighted(self, event: GrowthPane.Highlighted) -> None:
        """The cursor moved in a pane: show that item's detail."""
        self.show_detail(event.pane.kind)

    @on(GrowthPane.OpenRequested)
    def _open_requested(self, event: GrowthPane.OpenRequested) -> None:
        """Enter or a double click on a row: edit it."""
        self.current = event.pane.kind
        self.action_open()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Remember which pane has the focus."""
        for node in event.widget.ancestors_with_self:
            if isinstance(node, GrowthPane) and node.kind != self.current:
                self.current = node.kind
                self.mark_current()
                return

    def action_pane(self, offset: int) -> None:
        """Move to the pane `offset` places to the right (or left), round the ends."""
        self.current = PANES[(PANES.index(self.current) + offset) % len(PANES)]
        self.mark_current()
        self.pane(self.current).item_list.focus()

    @on(ItemList.PaneStep)
    def _pane_step(self, event: ItemList.PaneStep) -> None:
        """← or → in a pane's list: the pane beside it."""
        event.stop()
        self.action_pane(event.offset)

    def action_scroll_detail(self, lines: int, pages: int) -> None:
        """Scroll the focused pane's detail by lines or pages."""
        self.pane(self.current).scroll_detail(lines, pages)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys of one pane only work there; undo only after a delete."""
        if action in PANE_ACTIONS:
            return PANE_ACTIONS[action] == self.current
        if action == "undo":
            return self.last_deleted is not None
        return True

    def action_filter(self) -> None:
        """Open the filter box."""
        box = self.query_one("#growth-filter", Input)
        box.add_class("open")
        box.focus()

    @on(Input.Changed, "#growth-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        """Filter the three panes as the filter is typed."""
        self.wanted = filters.parse_filter(event.value)
        self.refresh_from_store()

    @on(Input.Submitted, "#growth-filter")
    def _filter_submitted(self) -> None:
        """Enter in the filter: back to the rows."""
        self.pane(self.current).item_list.focus()

    def action_clear_filter(self) -> None:
        """Escape: clear and close the filter."""
        box = self.query_one("#growth-filter", Input)
        if box.value or box.has_class("open"):
            box.value = ""
            box.remove_class("open")
            self.wanted = filters.GrowthFilter()
            self.refresh_from_store()
            self.pane(self.current).item_list.focus()

    def action_sort(self) -> None:
        """Sort by date, or by status (debt first, active goals first)."""
        self.sort = filters.next_sort(self.sort)
        self.refresh_from_store()
        self.notify(f"Sorted by {self.sort}.", timeout=2)
