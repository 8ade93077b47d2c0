"""How values are shown to people, in the CLI and the TUI alike: harmless text and dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.style import Style
    from rich.text import Text

# What would drive the terminal or reorder the text around it, each shown as U+FFFD instead:
# C0 controls but tab and newline (ESC, BEL, CR...), DEL, C1 controls (CSI, OSC, NEL...), and the
# Unicode Bidi_Control set (arabic letter mark, LRM/RLM, embeddings, overrides such as U+202E, isolates).
# Emoji sequences stay whole: ZWJ U+200D, variation selectors and skin-tone modifiers are not controls.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
LINE_BREAKS = re.compile("[\t\n]")
REPLACEMENT = "\ufffd"
ELLIPSIS = "…"


def printable(text: str, *, multiline: bool = True) -> str:
    """`text` with every terminal control and bidi control shown as U+FFFD instead of obeyed.

    One character in, one character out, so offsets into `text` (search matches) still fit.
    Tabs and newlines are kept when `multiline`, else each becomes a space.
    """
    shown = CONTROL.sub(REPLACEMENT, text.replace("\r\n", " \n"))
    return shown if multiline else LINE_BREAKS.sub(" ", shown)


def user_text(text: str, style: str | Style = "", *, multiline: bool = False) -> Text:
    """User text for a widget: sanitised by `printable` and literal (a Rich Text, never markup)."""
    from rich.text import Text

    return Text(printable(text, multiline=multiline), style=style)


JSON_RAW = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}]")  # what orjson leaves raw of CONTROL


def json_printable(text: str) -> str:
    """JSON text with DEL, C1 and bidi controls written as \\uXXXX escapes (orjson leaves them raw).

    Such characters can only stand inside JSON strings, so the result is the same JSON, losslessly.
    """
    return JSON_RAW.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def shortened(text: str, width: int) -> str:
    """`text` cut to at most `width` terminal cells, ending in '…' when it was cut (Rich's cell widths).

    Wide characters (CJK, emoji) count two cells and are never cut in half; the one place that shortens
    text to fit, in the CLI's messages and the TUI alike.
    """
    from rich.cells import cell_len, set_cell_size

    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1).rstrip() + ELLIPSIS if width > 0 else ""


def cut_at_word(text: str, limit: int) -> str:
    """`text` on one line in at most `limit` characters (not cells: a stored value's limit), cut after a
    word when one ends in the last half, ending in '…' when it was cut."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > len(cut) // 2 and line[len(cut)] != " ":
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS if limit > 0 else ""


def day_label(day: date) -> str:
    """A day as the app names it, e.g. 'Tue 24 Nov 2026'."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def typed_character(character: str) -> bool:
    """Whether a typed key's character is text: printable, or an invisible joiner emoji need (ZWJ, tags).

    Textual's Input and TextArea take only `str.isprintable()` keys, so a typed ZWJ (U+200D) was lost.
    Format characters (Unicode Cf) are text too, except the bidi controls `printable` neutralises.
    """
    if len(character) != 1:
        return False
    if character.isprintable():
        return True
    return unicodedata.category(character) == "Cf" and not CONTROL.match(character)
