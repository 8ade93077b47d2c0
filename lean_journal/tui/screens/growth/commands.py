"""The Learn · Share · Grow commands in the command palette (ctrl+p), each the action of a key."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

LINK_HELP = (
    "Link an entry or card, by words or short id: where a lesson came from, a share's links, "
    "a goal's evidence (a share too)"
)
"""What l does in each pane: the key's tooltip and the palette's help (one text)."""
COMMANDS = (
    ("Learn · Share · Grow: new item", "new", "A new item in the focused pane (n)"),
    ("Learn · Share · Grow: pay it forward", "pay_forward", "Share the selected lesson (s, Learn pane)"),
    ("Learn · Share · Grow: milestones", "milestones", "Tick, add, move or remove milestones (m, Grow pane)"),
    ("Learn · Share · Grow: link an entry or card", "link", f"{LINK_HELP} (l)"),
    ("Learn · Share · Grow: filter", "filter", "Words, #tag, debt, active, overdue (/)"),
    ("Learn · Share · Grow: sort by date or status", "sort", "Toggle the order of the panes (o)"),
    ("Learn · Share · Grow: delete", "delete", "Delete the selected item, asking first (d)"),
    ("Learn · Share · Grow: undo delete", "undo", "Bring back the item just deleted (u)"),
    ("Learn · Share · Grow: share-debt days", "share_debt_days", "Days a lesson may wait before it is debt"),
)


class GrowthCommands(Provider):
    """The area's own commands, run on the screen the palette was opened over."""

    def commands(self) -> list[tuple[str, str, str]]:
        """The commands that work now (a pane's own only in that pane)."""
        screen = self.screen
        return [c for c in COMMANDS if screen.check_action(c[1], ()) is not False]

    async def discover(self) -> Hits:
        """Every command, for the palette opened with nothing typed."""
        for name, action, help_text in self.commands():
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        """The commands whose name matches what was typed."""
        matcher = self.matcher(query)
        for name, action, help_text in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(name), partial(self.screen.run_action, action), help=help_text
                )
