"""Learn · Share · Grow links: l picks what the selected item links (a goal's evidence, the entries and
cards a learn item came from, a share item's links), and the forms' short ids resolve to what it may link.

What each kind may link is the model's `LINKABLE`; the picker lists those of them it can list
(`evidence.PICKER_KINDS`), and takes the others (a goal's learn item) by short id only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work
from textual.screen import Screen

from lean_journal.growth import links
from lean_journal.growth.evidence import PICKER_KINDS, evidence_candidates
from lean_journal.model import ValidationError
from lean_journal.model.growth import LINKABLE, Goal, Learning, Share, link_parts

if TYPE_CHECKING:
    from lean_journal.store import Store

LINK_KIND = {"learn": "learn", "share": "share", "grow": "goal"}
"""The kind of link naming an item of each pane."""
QUESTION = {
    "learn": "Where '{title}' came from: {kinds}",
    "share": "Links for '{title}': {kinds}",
    "grow": "Evidence for '{title}': {kinds}",
}
"""The picker's question over an item of each pane (its title and the kinds listed filled in)."""
LINK_FIELD = {"learn": "came_from", "share": "links", "grow": "evidence"}
"""What the forms and the picker call an item's links when they say what is wrong with one."""
ALREADY = {
    "learn": "is already where this learn item came from",
    "share": "is already a link of this share item",
    "grow": "is already evidence for this goal",
}
"""Why a typed id the item links already is refused."""


def linkable(pane: str) -> tuple[str, ...]:
    """The kinds of document an item of `pane` may link."""
    return LINKABLE[LINK_KIND[pane]]


def listed(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `kinds` the picker lists (the rest are linked by typing a short id)."""
    return tuple(kind for kind in kinds if kind in PICKER_KINDS)


def question_for(pane: str, title: str, kinds: tuple[str, ...]) -> str:
    """'Where 'Ask first' came from: an entry or card' (the title as it is: the picker shows it literally)."""
    return QUESTION[pane].format(title=title, kinds=links.kinds_text(listed(kinds)))


def checked(resolve: Callable[[str], str], field: str) -> Callable[[str], str]:
    """`resolve` raising a ValidationError naming `field` where it raised a LinkError (one problem line)."""

    def resolved(typed: str) -> str:
        """The typed link `typed` names."""
        try:
            return resolve(typed)
        except links.LinkError as error:
            raise ValidationError(field, str(error)) from error

    return resolved


class GrowthLinking(Screen[None]):
    """The area's links; the screen supplies the store, the selection and the save."""

    store: Store
    current: str

    if TYPE_CHECKING:

        def selected(self, kind: str | None = None) -> Learning | Share | Goal | None: ...
        def repository(self, kind: str) -> Any: ...
        def save(self, item: Learning | Share | Goal, *, new: bool) -> bool: ...
        def report_error(self, error: Exception) -> None: ...

    def learn_id(self, typed: str) -> str:
        """The full id of the learn item a short id names (or a LinkError)."""
        return link_parts(links.resolve(self.store, typed, ("learn",)))[1]

    def resolver(self, pane: str) -> Callable[[str], str]:
        """What turns a typed short id into a typed link an item of `pane` may have (or a LinkError)."""
        kinds = linkable(pane)
        return lambda typed: links.resolve(self.store, typed, kinds)

    def form_resolver(self, pane: str) -> Callable[[str], str]:
        """The resolver of `pane` for its form and picker: a bad id is a ValidationError naming the field."""
        return checked(self.resolver(pane), LINK_FIELD[pane])

    @work(group="growth-link", exclusive=True)
    async def action_link(self) -> None:
        """Pick a link for the selected item (an entry or card; for a goal, a share too) by words or id."""
        from lean_journal.tui.screens.growth.evidence_picker import EvidencePicker

        pane = self.current
        item = self.selected(pane)
        if item is None:
            return
        kinds = linkable(pane)
        candidates = evidence_candidates(self.store, leave_out=item.links, kinds=listed(kinds))
        question = question_for(pane, item.title, kinds)
        picker = EvidencePicker(
            question, candidates, lambda typed: self.checked_link(typed, item, pane), kinds
        )
        reference = await self.app.push_screen_wait(picker)
        if reference:
            self.add_link(pane, item.id, reference)

    def checked_link(self, typed: str, item: Learning | Share | Goal, pane: str) -> str:
        """The typed link for `typed`, or a ValidationError the picker shows (also if `item` has it)."""
        reference = self.form_resolver(pane)(typed)
        if reference in item.links:
            raise ValidationError(LINK_FIELD[pane], f"{typed.strip()!r} {ALREADY[pane]}")
        return reference

    def add_link(self, pane: str, item_id: str, reference: str) -> None:
        """Add `reference` to the item `item_id` of `pane` as the store has it now (a gone item is said)."""
        try:
            item = self.repository(pane).get(item_id)
        except LookupError as error:
            self.report_error(error)
            return
        if reference not in item.links:
            self.save(item.with_changes(links=(*item.links, reference)), new=False)
