"""An entry's body as Markdown drawn by Rich in one widget, not a widget per block: moving through entries
stays quick.

Textual's Markdown widget mounts a widget per paragraph, list item and heading, and lays the screen
out again as they mount: work in several pieces for each entry shown, which a key pressed meanwhile
(j at a reading pace) waited for. Rich renders the same Markdown to lines in one go, a small part of
that. Links become cells carrying their target (meta "href"), never an action, so
a link written in an entry can only be followed by the view's own click handler.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.markdown import Heading, Markdown, MarkdownElement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from rich.theme import Theme

from lean_journal.text import printable
from lean_journal.tui.widgets.journal.entry_view import (
    HREF,  # the meta key of a link's target in the rendered cells
)

PLAIN_ABOVE = 50_000  # characters: a longer body is shown as plain text (Markdown's cost grows with size)
CODE_THEME = "ansi_dark"  # code blocks in the terminal's own colours, like the rest of the app


class LeftHeading(Heading):
    """A heading flush left, as every other block (Rich centres level one)."""

    LEVEL_ALIGN: ClassVar = dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), "left")


class BodyMarkdown(Markdown):
    """Rich's Markdown with flush-left headings."""

    elements: ClassVar[dict[str, type[MarkdownElement]]] = {**Markdown.elements, "heading_open": LeftHeading}


def clickable(segments: Iterable[Segment]) -> Iterable[Segment]:
    """`segments` with each link's target moved from a terminal hyperlink into the cell's meta (HREF)."""
    for segment in segments:
        style = segment.style
        if style is not None and style.link:
            yield Segment(segment.text, style.update_link(None) + Style.from_meta({HREF: style.link}))
        else:
            yield segment


class MarkdownBody:
    """A Markdown body as a Rich renderable, styled by `styles` (names like 'markdown.h1')."""

    def __init__(self, markdown: str, styles: Mapping[str, Style]) -> None:
        """Render `markdown` with `styles` over Rich's defaults."""
        self.markdown = printable(markdown)  # the source sanitised: no control reaches Rich's output
        self.theme = Theme(dict(styles), inherit=True)
        self._drawn: tuple[int, list[Segment]] | None = None

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The body's lines at the width asked for (Textual asks several times per layout: drawn once)."""
        if len(self.markdown) > PLAIN_ABOVE:
            yield Text(self.markdown)
            return
        width = options.max_width
        if self._drawn is None or self._drawn[0] != width:
            self._drawn = (width, self.draw(console, options))
        yield from self._drawn[1]

    def draw(self, console: Console, options: ConsoleOptions) -> list[Segment]:
        """The body's segments, made with the theme in force (only while they are made)."""
        with console.use_theme(self.theme):
            rendered = console.render(BodyMarkdown(self.markdown, code_theme=CODE_THEME), options)
            return list(clickable(rendered))
