"""The selected entry: title and facts as plain text, the body as Markdown (marked text while searching)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from lean_journal.model import JournalEntry
from lean_journal.text import user_text
from lean_journal.tui.widgets.back_links import BackLinks

Span = tuple[int, int]
HREF = "href"  # the meta key of a link's target (see markdown_body), kept here so clicks need no import
MARKDOWN_STYLES = (  # Rich's Markdown style names, and the component class of each
    ("markdown.h1", "h1"),
    ("markdown.h2", "h2"),
    ("markdown.h3", "h3"),
    ("markdown.h4", "h3"),
    ("markdown.h5", "h3"),
    ("markdown.h6", "h3"),
    ("markdown.code", "code"),
    ("markdown.code_block", "code-block"),
    ("markdown.block_quote", "quote"),
    ("markdown.link_url", "link"),
    ("markdown.item.bullet", "bullet"),
    ("markdown.item.number", "bullet"),
    ("markdown.hr", "rule"),
    ("markdown.table.border", "rule"),
    ("markdown.table.header", "h3"),
)


def entry_facts(entry: JournalEntry) -> str:
    """The line under the title: day, mood, energy, star and tags."""
    parts = [f"{entry.day:%A} {entry.day.day} {entry.day:%B %Y}"]
    if entry.mood:
        parts.append(f"mood {entry.mood}/5")
    if entry.energy:
        parts.append(f"energy {entry.energy}/5")
    if entry.starred:
        parts.append("★ starred")
    if entry.all_tags:
        parts.append(" ".join(f"#{tag}" for tag in entry.all_tags))
    return " · ".join(parts)


def marked(text: str, spans: Sequence[Span], style: object, *, multiline: bool = True) -> Text:
    """`text` as written but sanitised (never markup, never a control) with `spans` styled."""
    result = user_text(text, multiline=multiline)
    for start, end in spans:
        result.stylize(style, start, end)  # type: ignore[arg-type]
    return result


class EntryView(VerticalScroll):
    """Shows one entry. `show(entry, markdown)` renders its body; `show_marked(...)` marks search matches."""

    COMPONENT_CLASSES = {"entry-view--match", *(f"entry-view--{part}" for _name, part in MARKDOWN_STYLES)}
    DEFAULT_CSS = """
    EntryView {
        padding: 0 1;
        scrollbar-gutter: stable;  /* a scroll bar coming or going would lay it all out again */
        & > .entry-view--match { background: $warning 50%; text-style: bold; }
        & > .entry-view--h1 { color: $text-accent; text-style: bold underline; }
        & > .entry-view--h2 { color: $text-accent; text-style: bold; }
        & > .entry-view--h3 { color: $text-primary; text-style: bold; }
        & > .entry-view--code { color: $text-warning; background: $surface; }
        & > .entry-view--code-block { color: $text; background: $surface; }
        & > .entry-view--quote { color: $text-muted; text-style: italic; }
        & > .entry-view--link { color: $text-primary; text-style: underline; }
        & > .entry-view--bullet { color: $text-accent; text-style: bold; }
        & > .entry-view--rule { color: $primary 60%; }
        #view-title { text-style: bold; color: $accent; margin-top: 1; }
        #view-facts { color: $text-muted; border-bottom: solid $primary 40%; margin-bottom: 1; }
        #view-body { margin: 0; padding: 0; background: transparent; }
        #view-plain { display: none; }
        &.-marked #view-plain { display: block; }
        &.-marked #view-body { display: none; }
    }
    """

    class LinkClicked(Message):
        """A link in the body was clicked; `href` is its target as written (it is never run as an action)."""

        def __init__(self, href: str) -> None:
            """Remember the target."""
            super().__init__()
            self.href = href

    def __init__(self, *, id: str | None = None) -> None:
        """An empty view."""
        super().__init__(id=id)
        self.shown_id: str | None = None

    def compose(self) -> ComposeResult:
        """Title, facts, the Markdown body and the plain, marked body."""
        yield Static("", id="view-title", markup=False)
        yield Static("", id="view-facts", markup=False)
        yield BackLinks(id="view-links")
        yield Static("", id="view-body", markup=False)
        yield Static("", id="view-plain", markup=False)

    def show(self, entry: JournalEntry | None, markdown: str = "", placeholder: str = "") -> None:
        """Show `entry` with `markdown` as its body (already linked), or `placeholder` when there is none."""
        self.remove_class("-marked")
        self._show_heading(entry, placeholder, ())
        self._show_markdown(markdown if entry else "")
        self.scroll_home(animate=False)

    def _show_markdown(self, markdown: str) -> None:
        """Render `markdown` as the body (Rich's Markdown is imported on first use, not at start-up)."""
        from lean_journal.tui.widgets.journal.markdown_body import MarkdownBody

        styles = {
            name: self.get_component_rich_style(f"entry-view--{part}") for name, part in MARKDOWN_STYLES
        }
        self.query_one("#view-body", Static).update(MarkdownBody(markdown, styles))

    def on_click(self, event: events.Click) -> None:
        """A click on a link in the body: ask for it to be followed (the screen decides how)."""
        href = event.style.meta.get(HREF)
        if isinstance(href, str):
            event.stop()
            self.post_message(self.LinkClicked(href))

    def show_links(self, lines: Sequence[str]) -> None:
        """Show what links back to the entry shown (learn and share items, goals), one line each."""
        self.query_one("#view-links", BackLinks).show(lines)

    def show_marked(
        self, entry: JournalEntry, title_spans: Sequence[Span], body_spans: Sequence[Span]
    ) -> None:
        """Show `entry` as plain text with the matched spans marked."""
        self.add_class("-marked")
        self._show_heading(entry, "", title_spans)
        match = self.get_component_rich_style("entry-view--match")
        self.query_one("#view-plain", Static).update(marked(entry.body, body_spans, match))
        self.scroll_home(animate=False)

    def _show_heading(
        self, entry: JournalEntry | None, placeholder: str, title_spans: Sequence[Span]
    ) -> None:
        """The title (with any marked spans) and the facts line; another entry's back-links are cleared."""
        shown = entry.id if entry else None
        if shown != self.shown_id:
            self.show_links(())
        self.shown_id = shown
        title = self.query_one("#view-title", Static)
        facts = self.query_one("#view-facts", Static)
        if entry is None:
            title.update(Text(placeholder))
            facts.update("")
            return
        match = self.get_component_rich_style("entry-view--match")
        title.update(marked(entry.title or "(untitled)", title_spans, match, multiline=False))
        facts.update(user_text(entry_facts(entry)))
