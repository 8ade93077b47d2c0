"""Learn · Share · Grow changes: new, edit, delete and undo, pay forward, milestones, evidence, settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.screen import Screen

from lean_journal.growth import links
from lean_journal.growth.debt import SHARE_DEBT_SETTING, debt_days, pay_forward, whole_days
from lean_journal.growth.unlinking import (
    Deletion,
    delete_with_links,
    linked_text,
    links_in_store,
    undo_deletion,
)
from lean_journal.model import ValidationError
from lean_journal.model.growth import Goal, Learning, Share, link_parts
from lean_journal.store import StoreError

if TYPE_CHECKING:
    from lean_journal.clock import Clock
    from lean_journal.store import Store
    from lean_journal.tui.widgets.growth.pane import GrowthPane

REPOSITORY = {"learn": "learnings", "share": "shares", "grow": "goals"}
NOUN = {"learn": "learn item", "share": "share item", "grow": "goal"}
KIND_OF = {Learning: "learn", Share: "share", Goal: "grow"}
LINK_KIND = {"learn": "learn", "share": "share", "grow": "goal"}
"""The kind of link naming an item of each pane."""
CHANGE_PROBLEMS = (StoreError, OSError, ValueError, LookupError)
"""What a change can meet, shown as one line: a failed save, a value that does not validate, an item gone
(or back) meanwhile."""
EVIDENCE_KINDS = ("entry", "card", "share", "learn")


def kind_of(item: Any) -> str:
    """The pane an item belongs in."""
    return KIND_OF[type(item)]


class GrowthEditing(Screen[None]):
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

    def learn_id(self, typed: str) -> str:
        """The full id of the learn item a short id names (or a LinkError)."""
        return link_parts(links.resolve(self.store, typed, ("learn",)))[1]

    def resolve_evidence(self, typed: str) -> str:
        """The typed link for evidence typed as a short id (or a LinkError)."""
        return links.resolve(self.store, typed, EVIDENCE_KINDS)

    def form_for(self, kind: str, item: Any = None) -> Any:
        """The form of `kind`, over `item` (None: a new one)."""
        today, now = self.clock.today(), self.clock.now()
        if kind == "learn":
            from lean_journal.tui.screens.growth.learn_form import LearnForm

            return LearnForm(today, now, item)
        if kind == "share":
            from lean_journal.tui.screens.growth.share_form import ShareForm

            return ShareForm(today, now, self.store.learnings.list(), self.learn_id, item)
        from lean_journal.tui.screens.growth.goal_form import GoalForm

        return GoalForm(today, now, self.resolve_evidence, item)

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

    @work(group="growth-link", exclusive=True)
    async def action_link(self) -> None:
        """Pick evidence for the selected goal: an entry, card or share found by words or a short id."""
        from lean_journal.growth.evidence import evidence_candidates
        from lean_journal.tui.screens.growth.evidence_picker import EvidencePicker

        goal = self.selected("grow")
        if not isinstance(goal, Goal):
            return
        question = f"Evidence for '{goal.title}': an entry, card or share item"
        candidates = evidence_candidates(self.store, leave_out=goal.links)
        picker = EvidencePicker(question, candidates, lambda typed: self.checked_evidence(typed, goal))
        reference = await self.app.push_screen_wait(picker)
        if reference and reference not in goal.links:
            self.save(goal.with_changes(links=(*goal.links, reference)), new=False)

    def checked_evidence(self, typed: str, goal: Goal) -> str:
        """The typed link for `typed`, or a ValidationError the picker shows (also if `goal` has it)."""
        try:
            reference = self.resolve_evidence(typed)
        except links.LinkError as error:
            raise ValidationError("evidence", str(error)) from error
        if reference in goal.links:
            raise ValidationError("evidence", f"{typed.strip()!r} is already evidence for this goal")
        return reference

    @work(group="growth-debt-days", exclusive=True)
    async def action_share_debt_days(self) -> None:
        """Ask how many days a lesson may wait before it counts as share debt, and keep it in the file."""
        from lean_journal.tui.screens.dialogs.text_prompt import ask_setting

        days = debt_days(self.store.settings.get(SHARE_DEBT_SETTING))
        question = "Days a lesson worth sharing may wait before it counts as share debt:"
        await ask_setting(self, question, SHARE_DEBT_SETTING, days, whole_days)
        self.refresh_from_store()
