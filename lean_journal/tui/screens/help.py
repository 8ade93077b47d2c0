"""The help dialog: every key that works on the screen underneath, grouped, and where the data lives."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from lean_journal.tui.area_names import THIS_AREA
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen


@dataclass(frozen=True)
class KeyRow:
    """One key in the help table: which group it belongs to, how it is written, and what it does."""

    group: str
    key: str
    action: str


def group_name(node: object, screen: Screen) -> str:
    """How the help table names the owner of a binding: the app, this area, or a focused widget."""
    if isinstance(node, App):
        return "App"
    if node is screen:
        title = getattr(screen, "TITLE_TEXT", "") or screen.title or type(screen).__name__
        return THIS_AREA + title
    return getattr(node, "BINDING_GROUP_TITLE", None) or type(node).__name__


def describe(binding: Binding) -> str:
    """What a binding does, from its description or else its action name."""
    if binding.description:
        return binding.description
    action = binding.action.rpartition(".")[2].partition("(")[0]
    return action.replace("_", " ").capitalize()


def rank(group: str) -> int:
    """Where a group goes in the table: this area first, then focused widgets, the app last."""
    return 0 if group.startswith(THIS_AREA) else 2 if group == "App" else 1


def keys_in_effect(screen: Screen) -> list[KeyRow]:
    """Every key active on `screen`: the area's, its focused widgets', the app's; footer keys first."""
    keys: dict[tuple[str, str], list[str]] = {}
    shown: set[tuple[str, str]] = set()
    for node, binding, _enabled, _tooltip in screen.active_bindings.values():
        if binding.system:
            continue
        group_and_action = (group_name(node, screen), describe(binding))
        keys.setdefault(group_and_action, []).append(screen.app.get_key_display(binding))
        if binding.show:
            shown.add(group_and_action)
    order = {group: index for index, group in enumerate(dict.fromkeys(group for group, _ in keys))}
    ranked = sorted(keys, key=lambda ga: (rank(ga[0]), order[ga[0]], ga not in shown))
    return [KeyRow(group, ", ".join(keys[group, action]), action) for group, action in ranked]


class HelpScreen(DialogScreen[None]):
    """The keys that work here, in a table, and a line on where the journal file lives."""

    DEFAULT_CSS = """
    HelpScreen > Vertical { width: 80; max-height: 90%; padding: 0 1; }
    HelpScreen DataTable { height: auto; max-height: 24; }
    HelpScreen .help-data { margin-top: 1; color: $text-muted; }
    HelpScreen .help-close { color: $text-muted; text-align: right; }
    """
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def __init__(self, rows: list[KeyRow], file_label: str) -> None:
        """Show `rows`, and name the journal file as `file_label` (shown literally)."""
        super().__init__()
        self.rows = rows
        self.file_label = file_label

    def compose(self) -> ComposeResult:
        """The key table, where the data lives, and how to close."""
        with Vertical() as box:
            box.border_title = "Keys"
            yield DataTable(id="help-keys", cursor_type="none", zebra_stripes=True)
            yield Static(
                f"Your journal is one file: {self.file_label}. Every change is saved at once; "
                "a daily backup is kept beside it.",
                classes="help-data",
                markup=False,
            )
            yield Static("escape closes", classes="help-close", markup=False)

    @unless_closing
    def on_mount(self) -> None:
        """Fill the table, naming each group on its first row only."""
        table = self.query_one(DataTable)
        table.add_columns("Where", "Key", "What it does")
        previous = None
        for row in self.rows:
            where = Text(row.group, style="bold") if row.group != previous else Text("")
            table.add_row(where, Text(row.key), Text(row.action))
            previous = row.group

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss()
