"""From the journal to Learn · Share · Grow: capture the selected entry's answers, show its back-links.

`L` keeps the entry's "What did I learn?" answer (or the whole entry) as a learn item, `H` its
"Who did I help?" answer as a share item (see growth/capture.py). The back-links of the selected entry
are worked out only once start-up is over and the growth items are loaded (the warm-up loads them), so
the journal's first frame never waits for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding
from textual.timer import Timer

from lean_journal.store import StoreError
from lean_journal.tui.screens.area import AreaScreen
from lean_journal.tui.widgets.journal.entry_view import EntryView

if TYPE_CHECKING:
    from lean_journal.model import JournalEntry
    from lean_journal.model.growth import Learning, Share

LEARN_KEY, SHARE_KEY = "L", "H"
LEARN_HELP = "Keep this entry's “What did I learn?” answer (or the whole entry) as a learn item"
SHARE_HELP = "Keep this entry's “Who did I help?” answer as a share item"
CAPTURE_BINDINGS = [
    Binding(LEARN_KEY, "capture_learning", "Keep as learn item", show=False, tooltip=LEARN_HELP),
    Binding(SHARE_KEY, "capture_share", "Keep as share item", show=False, tooltip=SHARE_HELP),
]
CAPTURE_ACTIONS = frozenset(b.action for b in CAPTURE_BINDINGS)
LINKS_RETRY = 0.3
"""Seconds before the back-links are looked at again while the growth items are still being loaded."""
LINKS_WAITS = 10
"""How many times the back-links wait for the warm-up before loading the growth items themselves."""


class CaptureMixin(AreaScreen):
    """Capture keys and back-links for the Journal screen, over its selected entry and `#viewer`."""

    _links_ready = False  # set once start-up's put-off work reaches the back-links
    _links_timer: Timer | None = None

    if TYPE_CHECKING:  # provided by the screen

        def selected_entry(self) -> JournalEntry | None: ...

    def action_capture_learning(self) -> None:
        """Keep the selected entry's lesson (or the whole entry) as a learn item linked to it."""
        from lean_journal.growth import capture  # on first use: start-up stays quick

        entry = self.selected_entry()
        if entry is None:
            self.notify("No entry selected.", markup=False)
            return
        item = capture.entry_learning(entry, self.clock.now())
        whole = not capture.learn_answer(entry.body)
        title = "Learn item from the whole entry" if whole else "Learn item from “What did I learn?”"
        self._keep(item, self.store.learnings.all(), title)

    def action_capture_share(self) -> None:
        """Keep the selected entry's "Who did I help?" answer as a share item linked to it."""
        from lean_journal.growth import capture

        entry = self.selected_entry()
        if entry is None:
            self.notify("No entry selected.", markup=False)
            return
        share = capture.entry_share(entry, self.clock.now())
        if share is None:
            self.notify("This entry has no answer under “Who did I help?”.", severity="warning", markup=False)
            return
        self._keep(share, self.store.shares.all(), "Share item from “Who did I help?”")

    def _keep(self, item: Learning | Share, existing: list[Learning] | list[Share], title: str) -> None:
        """Save `item` unless the same text was captured before; say which in one notification."""
        from lean_journal.growth import capture
        from lean_journal.model.growth import Learning

        before = capture.already_captured(existing, item)  # type: ignore[type-var]
        if before is not None:
            self.notify(capture.already_notice(before), markup=False)
            return
        repository = self.store.learnings if isinstance(item, Learning) else self.store.shares
        try:
            repository.add(item)  # type: ignore[arg-type]
        except (StoreError, OSError, ValueError) as error:
            self.report_error(error)
            return
        self.notify(capture.captured_notice(item), title=title, markup=False)
        self.show_back_links()

    def capture_commands(self) -> Iterator[SystemCommand]:
        """The capture keys as palette commands."""
        yield SystemCommand("Keep as learn item", LEARN_HELP, self.action_capture_learning)
        yield SystemCommand("Keep as share item", SHARE_HELP, self.action_capture_share)

    # Back-links ------------------------------------------------------------------------------

    def back_links_ready(self) -> None:
        """Start-up is over: from now on the selected entry shows what links back to it."""
        self._links_ready = True
        self.show_back_links()

    def show_back_links(self, *, waits: int = LINKS_WAITS) -> None:
        """Show the selected entry's back-links once the growth items are loaded (after `waits` retries,
        load them here)."""
        if self._links_timer is not None:
            self._links_timer.stop()
            self._links_timer = None
        if not self._links_ready:
            return
        store = self.store
        loaded = all(r.is_built() for r in (store.learnings, store.shares, store.goals))
        if not loaded and waits > 0:  # the warm-up is loading them a step at a time
            retry = partial(self.show_back_links, waits=waits - 1)
            self._links_timer = self.set_timer(LINKS_RETRY, retry, name="back-links")
            return
        from lean_journal.growth.backlinks import back_link_lines
        from lean_journal.model.growth import link

        entry = self.selected_entry()
        view = self.query_one("#viewer", EntryView)
        if entry is None or view.shown_id != entry.id:
            return
        reference = link("entry", entry.id)
        view.show_links(
            back_link_lines(reference, store.learnings.all(), store.shares.all(), store.goals.all())
        )
