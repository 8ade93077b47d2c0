"""The bar under the board: the mouse does what the keys do to the selected card (one widget draws it all).

It looks and acts like the row of compact, unfocusable Buttons it replaces (the same cells, the same
hover), but composes no child widgets: the eight Buttons, each restyled several times with its own CSS,
made the board's build markedly longer, paid by a `2` pressed early after start-up.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Offset
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

ACTIONS = (
    ("new", "+ New"),
    ("back", "◀ Back"),
    ("open", "Open"),
    ("forward", "Forward ▶"),
    ("up", "▲ Up"),
    ("down", "▼ Down"),
    ("drop", "✕ Drop"),
    ("closed", "Done/Dropped"),
)
MIN_WIDTH = 8  # cells: a short label is centred on this many, as on a Button with `min-width: 8`
GAP = 1  # blank cells between two labels (the Buttons' `margin-right: 1`)
PRESS_EFFECT = 0.2  # seconds a pressed label looks pressed and ignores clicks, as Button's active effect


class Slot(NamedTuple):
    """An action's label on the bar: the action, its label, and the columns its button covers."""

    name: str
    label: str
    left: int
    width: int

    @property
    def right(self) -> int:
        """The column just after the button."""
        return self.left + self.width

    def centring(self) -> tuple[int, int]:
        """The blank cells left and right of the padded label, centring it as Button does."""
        spare = self.width - cell_len(self.label) - 2
        return spare // 2, spare - spare // 2


def lay_out(actions: tuple[tuple[str, str], ...]) -> tuple[Slot, ...]:
    """Each action's slot, left to right, GAP cells apart: a cell of padding each side, MIN_WIDTH at least."""
    slots: list[Slot] = []
    left = 0
    for name, label in actions:
        slot = Slot(name, label, left, max(MIN_WIDTH, cell_len(label) + 2))
        slots.append(slot)
        left = slot.right + GAP
    return tuple(slots)


class BoardActions(Widget, can_focus=False):
    """A label per action for the selected card; a click on one asks the screen for that action.

    The labels look like compact Buttons (bold, on `$surface`, darker under the pointer, dimmed a moment
    when pressed) but are plain text painted by this widget; it never takes the focus from the columns.
    """

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    BoardActions {
        height: 1;
        width: 1fr;
        padding: 0 1;
        & > .board-actions--label { color: $button-foreground; background: $surface; text-style: bold; }
        & > .board-actions--hover { background: $surface-darken-1; }
        & > .board-actions--pressed {
            color: $button-foreground 70%;
            background: $surface;
            background-tint: $background 30%;
        }
    }
    """
    COMPONENT_CLASSES = {"board-actions--label", "board-actions--hover", "board-actions--pressed"}
    ACTIONS: ClassVar[tuple[tuple[str, str], ...]] = ACTIONS
    press_effect = PRESS_EFFECT
    """Seconds a press lasts (a test sets a longer one and ends it with `release`, as the timer does)."""

    hovered: reactive[str | None] = reactive(None)
    """The action whose label is under the pointer (None: none)."""

    class Requested(Message):
        """A label was clicked, asking for a board action: one of the names in ACTIONS."""

        def __init__(self, action: str) -> None:
            """Remember which action."""
            super().__init__()
            self.action = action

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        """A bar of the class's ACTIONS, none pressed."""
        super().__init__(name=name, id=id, classes=classes)
        self.slots = lay_out(self.ACTIONS)
        self.pressed: set[str] = set()

    def slot(self, name: str) -> Slot:
        """The slot of the action `name` (KeyError if the bar has none)."""
        for slot in self.slots:
            if slot.name == name:
                return slot
        raise KeyError(name)

    def offset_of(self, name: str) -> Offset:
        """The cell in the middle of the label of `name`, relative to the widget (for Pilot's clicks)."""
        slot = self.slot(name)
        return Offset(self.styles.gutter.left + (slot.left + slot.right - 1) // 2, self.styles.gutter.top)

    def label_at(self, x: int) -> str | None:
        """The action whose label is drawn at content column `x` (None: a gap, or past the labels)."""
        return next((slot.name for slot in self.slots if slot.left <= x < slot.right), None)

    def _under(self, event: events.MouseEvent) -> str | None:
        """The action whose label is under the pointer (None over the padding or a gap)."""
        offset = event.get_content_offset(self)
        return None if offset is None else self.label_at(offset.x)

    def _label_style(self, name: str) -> Style:
        """The Rich style of a label: a compact Button's, hovered or pressed ones layered on top."""
        layers = ["board-actions--label"]
        if name == self.hovered:
            layers.append("board-actions--hover")
        if name in self.pressed:
            layers.append("board-actions--pressed")
        return self.get_visual_style(*layers).rich_style

    def _button(self, slot: Slot) -> list[Segment]:
        """A label as a compact Button paints it: centred, with a cell of padding each side."""
        style = self._label_style(slot.name)
        blank = Style.from_color(bgcolor=style.bgcolor)
        before, after = slot.centring()
        pieces = [(" " * before, blank), (f" {slot.label} ", style), (" " * after, blank)]
        return [Segment(text, piece_style) for text, piece_style in pieces if text]

    def render_line(self, y: int) -> Strip:
        """The buttons, GAP cells apart, on the bar's background."""
        fill = Style.from_color(bgcolor=self.rich_style.bgcolor)
        segments: list[Segment] = []
        for slot in self.slots:
            if segments:
                segments.append(Segment(" " * GAP, fill))
            segments += self._button(slot)
        return Strip(segments).crop_extend(0, self.size.width, fill)

    def watch_hovered(self, hovered: str | None) -> None:
        """A pointing hand over a label, as over a Button (the change of `hovered` repaints the bar)."""
        self.styles.pointer = "default" if hovered is None else "pointer"

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Highlight the label under the pointer."""
        self.hovered = self._under(event)

    def on_leave(self) -> None:
        """The pointer left the bar: no highlight."""
        self.hovered = None

    def on_click(self, event: events.Click) -> None:
        """Ask for the action clicked, unless its label is still pressed from a click just before."""
        event.stop()
        name = self._under(event)
        if name is None or name in self.pressed:
            return
        self.pressed.add(name)
        self.set_timer(self.press_effect, partial(self.release, name), name=f"press effect on {name}")
        self.refresh()
        self.post_message(self.Requested(name))

    def release(self, name: str) -> None:
        """The press effect on `name` is over: its label looks as before."""
        self.pressed.discard(name)
        self.refresh()
