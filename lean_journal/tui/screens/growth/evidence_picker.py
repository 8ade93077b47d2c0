"""Pick what an item links (a goal's evidence, where a lesson came from, a share's links): type words or a
short id, move with up and down, enter links it.

The list holds the candidates it is given, newest first (growth/evidence.py chooses and orders them); at
most `evidence.SHOWN` rows are made at a time, with a line saying how many more matched. What was typed
that names one document of the kinds allowed by id (a goal's learn item too, which is never listed) is
taken when no row matches; the texts name only the kinds allowed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from lean_journal.growth import evidence
from lean_journal.growth.evidence import Candidate, Matches
from lean_journal.growth.links import KIND_LABEL, kinds_text
from lean_journal.model import ValidationError
from lean_journal.text import user_text
from lean_journal.tui.screens.area import unless_closing
from lean_journal.tui.screens.dialogs.base import DialogScreen
from lean_journal.tui.screens.dialogs.text_prompt import problem_text
from lean_journal.tui.widgets.growth.rows import clipped
from lean_journal.tui.widgets.safe_editors import SafeInput

KEYS_HINT = "type to narrow · ↑/↓ move · enter link · esc cancel"
TITLE_WIDTH = 58
KIND_WIDTH = max(len(KIND_LABEL[kind]) for kind in evidence.PICKER_KINDS)


def placeholder_for(kinds: Sequence[str]) -> str:
    """The search box's hint, its example id of a kind allowed: '... or a short id (card:1a2b3c4d)'."""
    example = "card" if "card" in kinds else kinds[0]
    return f"words from the title or text, or a short id ({example}:1a2b3c4d)"


def nothing_for(kinds: Sequence[str]) -> str:
    """What the "more" line says when no row matches: what enter links instead (the kinds allowed only)."""
    unlisted = [kind for kind in kinds if kind not in evidence.PICKER_KINDS]
    if unlisted:
        return f"Nothing matches. Enter links what a short id names ({kinds_text(unlisted)} too)."
    return f"Nothing matches. Enter links {kinds_text(kinds)} by its short id."


def candidate_row(one: Candidate) -> Text:
    """'entry   2026-11-24  1a2b3c4d  Coached Jon' (the title literal and sanitised)."""
    row = Text(f"{KIND_LABEL[one.kind]:<{KIND_WIDTH}}  {one.day.isoformat()}  {one.short_id}  ", style="dim")
    row.append(user_text(clipped(one.title, TITLE_WIDTH)))
    return row


def more_line(matches: Matches, nothing: str) -> str:
    """'… and 3,450 more: type to narrow', or what there is when all are shown (`nothing`: none)."""
    if matches.more:
        return f"… and {matches.more:,} more: type to narrow"
    if not matches.shown:
        return nothing
    return f"{matches.total:,} shown"


class EvidencePicker(DialogScreen[str | None]):
    """Choose a document for an item to link; dismisses with its typed link, or None."""

    DEFAULT_CSS = """
    EvidencePicker > Vertical { width: 100; max-width: 96%; height: 34; max-height: 96%; }
    EvidencePicker OptionList { height: 1fr; min-height: 3; text-wrap: nowrap; text-overflow: ellipsis; }
    EvidencePicker #evidence-more { color: $text-muted; height: 1; }
    EvidencePicker .keys { color: $text-muted; height: 1; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("up", "move('cursor_up')", "Up", show=False),
        Binding("down", "move('cursor_down')", "Down", show=False),
        Binding("pageup", "move('page_up')", "Page up", show=False),
        Binding("pagedown", "move('page_down')", "Page down", show=False),
    ]

    def __init__(
        self,
        question: str,
        candidates: Sequence[Candidate],
        resolve: Callable[[str], str],
        kinds: Sequence[str],
    ) -> None:
        """Ask `question` (literally) over `candidates`; `resolve` turns a typed id (of `kinds`, the kinds
        the item may link) into a typed link or raises ValidationError."""
        super().__init__()
        self.question = question
        self.candidates = candidates
        self.resolve = resolve
        self.kinds = tuple(kinds)
        self.matches = Matches((), 0)

    def compose(self) -> ComposeResult:
        """The question, the search box, the list, how many more, a line for problems, the buttons."""
        with Vertical():
            yield Static(user_text(self.question), classes="question", id="evidence-question", markup=False)
            yield SafeInput(placeholder=placeholder_for(self.kinds), id="evidence-search")
            yield OptionList(id="evidence-list")
            yield Static("", id="evidence-more", markup=False)
            yield Static("", classes="problem", id="problem", markup=False)
            yield Static(KEYS_HINT, classes="keys", markup=False)
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Link", id="ok", variant="primary")

    @unless_closing
    def on_mount(self) -> None:
        """Every candidate (up to the bound), the search box focused."""
        self.show("")
        self.query_one("#evidence-search", Input).focus()

    @property
    def listing(self) -> OptionList:
        """The list of candidates."""
        return self.query_one("#evidence-list", OptionList)

    def show(self, typed: str) -> None:
        """List the candidates matching `typed`, the best highlighted."""
        self.matches = evidence.matching(self.candidates, typed)
        listing = self.listing
        listing.set_options(Option(candidate_row(one), id=one.reference) for one in self.matches.shown)
        listing.highlighted = 0 if self.matches.shown else None
        self.query_one("#evidence-more", Static).update(more_line(self.matches, nothing_for(self.kinds)))
        self.query_one("#problem", Static).update("")

    @on(Input.Changed, "#evidence-search")
    def _typed(self, event: Input.Changed) -> None:
        """Narrow the list as words or an id are typed."""
        self.show(event.value)

    def action_move(self, how: str) -> None:
        """Move the list's cursor while the search box keeps the focus."""
        getattr(self.listing, f"action_{how}")()

    @on(Input.Submitted, "#evidence-search")
    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        """Link the highlighted row; with none, what the typed id names (or say why not)."""
        listing = self.listing
        index = listing.highlighted
        if index is not None and self.matches.shown:
            self.dismiss(listing.get_option_at_index(index).id)
            return
        try:
            reference = self.resolve(self.query_one("#evidence-search", Input).value)
        except ValidationError as error:
            self.query_one("#problem", Static).update(problem_text(error))
            return
        self.dismiss(reference)

    @on(OptionList.OptionSelected, "#evidence-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click on a row links it."""
        self.dismiss(event.option.id)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close, linking nothing."""
        self.dismiss(None)
