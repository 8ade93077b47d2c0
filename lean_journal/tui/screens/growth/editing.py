"""Learn · Share · Grow changes: new, edit, delete and undo, pay forward, milestones, settings (links:
linking.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work

from lean_journal.growth.debt import SHARE_DEBT_SETTING, debt_days, pay_forward, whole_days
from lean_journal.growth.unlinking import (
    Deletion,
    delete_with_links,
    linked_text,
    links_in_store,
    undo_deletion,
)
from lean_journal.model import ValidationError
from lean_journal.model.growth import Goal, Learning, Share
from lean_journal.store import StoreError
from lean_journal.tui.screens.growth.linking import LINK_KIND, GrowthLinking

if TYPE_CHECKING:
    from lean_journal.clock import Clock
    from lean_journal.store import Store
    from lean_journal.tui.widgets.growth.pane import GrowthPane

REPOSITORY = {"learn": "learnings", "share": "shares", "grow": "goals"}
NOUN = {"learn": "learn item", "share": "share item", "grow": "goal"}
KIND_OF = {Learning: "learn", Share: "share", Goal: "grow"}
CHANGE_PROBLEMS = (StoreError, OSError, ValueError, LookupError)
"""What a change can meet, shown as one line: a failed save, a value that does not validate, an item gone
(or back) meanwhile."""


def kind_of(item: Any) -> str:
    """The pane an item belongs in."""
    return KIND_OF[type(item)]


class GrowthEditing(GrowthLinking):
    """The area's changes; the screen supplies the store, the panes and the refresh."""

    store: Store
    clock: Clock
    current: str
    last_deleted: Deletion[Learning | Share | Goal] | None = None

    if TYPE_CHECKING:

        def pane(self, kind: str) -> GrowthPane: ...
        def selected(self, kind: str | None = None) -> Learning | Share | Goal | None: ...
        def refresh_from_store(self) -> None: ...
        def mark_current(self) -> None: ...
        def report_error(self, error: Exception) -> None: ...

    def repository(self, kind: str) -> Any:
        """The store's repository of the pane `kind`."""
        return getattr(self.store, REPOSITORY[kind])

    def save(self, item: Learning | Share | Goal, *, new: bool) -> bool:
        """Add or update `item`, then show it selected; a failure is shown and nothing is lost on screen."""
        kind = kind_of(item)
        try:
            repository = self.repository(kind)
            repository.add(item) if new else repository.update(item)
        except CHANGE_PROBLEMS as error:
            self.report_error(error)
            return False
        self.show_saved(item)
        return True

    def show_saved(self, item: Learning | Share | Goal) -> None:
        """Re-read the store and show `item` selected in its pane."""
        kind = kind_of(item)
        self.refresh_from_store()
        self.current = kind
        self.mark_current()
        pane = self.pane(kind)
        pane.select(item.id)
        pane.item_list.focus()

    def form_for(self, kind: str, item: Any = None) -> Any:
        """The form of `kind`, over `item` (None: a new one)."""
        today, now, resolve = self.clock.today(), self.clock.now(), self.form_resolver(kind)
        if kind == "learn":
            from lean_journal.tui.screens.growth.learn_form import LearnForm

            return LearnForm(today, now, resolve, item)
        if kind == "share":
            from lean_journal.tui.screens.growth.share_form import ShareForm

            return ShareForm(today, now, self.store.learnings.list(), self.learn_id, resolve, item)
        from lean_journal.tui.screens.growth.goal_form import GoalForm

        return GoalForm(today, now, resolve, item)

    @work(group="growth-form", exclusive=True)
    async def edit_in_form(self, kind: str, item: Any = None, *, new: bool) -> None:
        """Open the form of `kind`; save what it returns."""
        result = await self.app.push_screen_wait(self.form_for(kind, item))
        if result is not None:
            self.save(result, new=new)

    def action_new(self) -> None:
        """A new item in the focused pane."""
        self.edit_in_form(self.current, new=True)

    def action_open(self) -> None:
        """Open the selected item of the focused pane to edit it."""
        item = self.selected()
        if item is not None:
            self.edit_in_form(self.current, item, new=False)

    def action_pay_forward(self) -> None:
        """Start a share passing on the selected lesson: its title, today, the lesson picked."""
        item = self.selected("learn")
        if not isinstance(item, Learning):
            return
        try:
            share = pay_forward(item, self.clock.today(), self.clock.now())
        except ValidationError as error:
            self.report_error(error)
            return
        self.edit_in_form("share", share, new=True)

    @work(group="growth-delete", exclusive=True)
    async def action_delete(self) -> None:
        """Ask (naming what links to it), then delete the selected item and the links to it; u brings
        both back."""
        from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

        item = self.selected()
        if item is None:
            return
        kind = kind_of(item)
        linked = linked_text(links_in_store(self.store, LINK_KIND[kind], item.id))
        question = f"Delete the {NOUN[kind]} '{item.title}'?" + (f"\n{linked}" if linked else "")
        if not await self.app.push_screen_wait(ConfirmScreen(question, yes="Delete", no="Keep")):
            return
        try:
            self.last_deleted = delete_with_links(self.store, LINK_KIND[kind], item.id)
        except CHANGE_PROBLEMS as error:
            self.report_error(error)
            self.refresh_from_store()
            return
        self.refresh_from_store()
        self.refresh_bindings()
        self.notify(f"Deleted '{item.title}'. Press u to undo.", title="Deleted", markup=False)

    def action_undo(self) -> None:
        """Bring back the item deleted last, with its id, its links and the links to it."""
        deletion = self.last_deleted
        if deletion is None:
            return
        try:
            undo_deletion(self.store, deletion)
        except CHANGE_PROBLEMS as error:
            self.report_error(error)
            return
        self.last_deleted = None
        self.show_saved(deletion.item)
        self.refresh_bindings()
        self.notify(f"Restored '{deletion.item.title}'.", markup=False)

    @work(group="growth-milestones", exclusive=True)
    async def action_milestones(self) -> None:
        """Tick, untick, add, move and remove the selected goal's milestones."""
        from lean_journal.tui.screens.growth.milestones import MilestonesScreen

        goal = self.selected("grow")
        if not isinstance(goal, Goal):
            return
        changed = await self.app.push_screen_wait(MilestonesScreen(goal, self.clock.today()))
        if changed is not None:
            self.save(changed, new=False)

    @work(group="growth-debt-days", exclusive=True)
    async def action_share_debt_days(self) -> None:
        """Ask how many days a lesson may wait before it counts as share debt, and keep it in the file."""
        from lean_journal.tui.screens.dialogs.text_prompt import ask_setting

        days = debt_days(self.store.settings.get(SHARE_DEBT_SETTING))
        question = "Days a lesson worth sharing may wait before it counts as share debt:"
        await ask_setting(self, question, SHARE_DEBT_SETTING, days, whole_days)
        self.refresh_from_store()
