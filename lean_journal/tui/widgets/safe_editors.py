"""Input and TextArea that never draw a stored control character raw and keep a typed ZWJ.

The value is left exactly as stored (saving what was not edited changes nothing); only what is
drawn goes through the one sanitiser (`lean_journal.text.printable`).
"""

from __future__ import annotations

from rich.segment import Segment
from textual import events
from textual.strip import Strip
from textual.widgets import Input, TextArea

from lean_journal.text import CONTROL, printable, typed_character


def safe_strip(strip: Strip, width: int) -> Strip:
    """`strip` with its text sanitised (a control, 0 cells wide, becomes a 1-cell U+FFFD), `width` wide."""
    if not CONTROL.search(strip.text):
        return strip
    segments = [Segment(printable(s.text, multiline=False), s.style, s.control) for s in strip]
    return Strip(segments).crop_extend(0, width, None)


def untaken_text_key(event: events.Key) -> str | None:
    """The character of a key Textual's editors would drop although it is text (a ZWJ), else None."""
    character = event.character
    if character is None or event.is_printable or not typed_character(character):
        return None
    return character


class SafeInput(Input):
    """An Input that draws its value sanitised and takes a typed ZWJ like any other character."""

    def render_line(self, y: int) -> Strip:
        """The line as Input draws it, with any control character shown as U+FFFD."""
        return safe_strip(super().render_line(y), self.size.width)

    def on_key(self, event: events.Key) -> None:
        """Insert a typed joiner (Input itself ignores characters that are not `isprintable`)."""
        character = untaken_text_key(event)
        if character is not None:
            event.stop()
            event.prevent_default()
            start, end = self.selection
            self.replace(character, start, end)


class SafeTextArea(TextArea):
    """A TextArea that draws its text sanitised and takes a typed ZWJ like any other character."""

    def render_line(self, y: int) -> Strip:
        """The line as TextArea draws it, with any control character shown as U+FFFD."""
        return safe_strip(super().render_line(y), self.size.width)

    def on_key(self, event: events.Key) -> None:
        """Insert a typed joiner (TextArea itself ignores characters that are not `isprintable`)."""
        character = untaken_text_key(event)
        if character is not None and not self.read_only:
            event.stop()
            event.prevent_default()
            self.replace(character, *self.selection)
