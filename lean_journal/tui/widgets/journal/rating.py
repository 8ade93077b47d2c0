"""A 1-5 rating picker (mood, energy): one focusable line, set with digits, arrows or a click."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

MAX_RATING = 5
FILLED, EMPTY = "●", "○"


class Rating(Widget, can_focus=True):
    """A rating from 1 to 5, or none (keys 1-5, left/right, 0 clears; or a click); posts Rating.Changed."""

    DEFAULT_CSS = """
    Rating { width: auto; height: 1; padding: 0 1; }
    Rating:focus { background: $block-cursor-background; color: $block-cursor-foreground; }
    """
    BINDINGS = [
        Binding("right,plus,l", "step(1)", "More", show=False),
        Binding("left,minus,h", "step(-1)", "Less", show=False),
        *(Binding(str(n), f"set_value({n})", f"Set {n}", show=False) for n in range(1, MAX_RATING + 1)),
        Binding("0,backspace,delete", "set_value(None)", "Clear", show=False),
    ]

    value: reactive[int | None] = reactive(None)

    @dataclass
    class Changed(Message):
        """The rating changed."""

        rating: Rating
        value: int | None

        @property
        def control(self) -> Rating:
            """The Rating that changed."""
            return self.rating

    def __init__(self, label: str, value: int | None = None, *, id: str | None = None) -> None:
        """A picker labelled `label`, starting at `value`."""
        super().__init__(id=id)
        self.label = label
        self.set_reactive(Rating.value, value)

    def render(self) -> Content:
        """The label and the dots (all empty: not recorded)."""
        value = self.value or 0
        return Content(f"{self.label} {FILLED * value}{EMPTY * (MAX_RATING - value)}")

    def watch_value(self, value: int | None) -> None:
        """Tell the parent about the new value."""
        self.post_message(self.Changed(self, value))

    def action_set_value(self, value: int | None) -> None:
        """Set the rating (None clears it)."""
        self.value = value

    def action_step(self, step: int) -> None:
        """Move the rating one step up or down, within 1-5."""
        current = self.value or 0
        self.value = min(MAX_RATING, max(1, current + step))

    def on_click(self, event: events.Click) -> None:
        """Set the rating from the dot clicked."""
        dot = event.x - self.styles.padding.left - len(self.label) - 1
        if 0 <= dot < MAX_RATING:
            self.value = dot + 1
