"""The selected entry: title and facts as plain text, the body as Markdown (marked text while searching)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from lean_journal.model import JournalEntry

if TYPE_CHECKING:
    from textual.widgets import Markdown

Span = tuple[int, int]


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


def marked(text: str, spans: Sequence[Span], style: object) -> Text:
    """`text` exactly as written (never markup) with `spans` styled."""
    result = Text(text)
    for start, end in spans:
        result.stylize(style, start, end)  # type: ignore[arg-type]
    return result


class EntryView(VerticalScroll):
    """Shows one entry. `show(entry, markdown)` renders its body; `show_marked(...)` marks search matches."""

    COMPONENT_CLASSES = {"entry-view--match"}
    DEFAULT_CSS = """
    EntryView {
        padding: 0 1;
        & > .entry-view--match { background: $warning 50%; text-style: bold; }
        #view-title { text-style: bold; color: $accent; margin-top: 1; }
        #view-facts { color: $text-muted; border-bottom: solid $primary 40%; margin-bottom: 1; }
        #view-body { margin: 0; padding: 0; background: transparent; }
        #view-plain { display: none; }
        &.-marked #view-plain { display: block; }
        &.-marked #view-body { display: none; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        """An empty view."""
        super().__init__(id=id)
        self.shown_id: str | None = None
        self._body: Markdown | None = None

    def compose(self) -> ComposeResult:
        """Title, facts, the Markdown body and the plain, marked body."""
        yield Static("", id="view-title", markup=False)
        yield Static("", id="view-facts", markup=False)
        yield Static("", id="view-plain", markup=False)

    def show(self, entry: JournalEntry | None, markdown: str = "", placeholder: str = "") -> None:
        """Show `entry` with `markdown` as its body (already linked), or `placeholder` when there is none."""
        self.remove_class("-marked")
        self._show_heading(entry, placeholder, ())
        self._show_markdown(markdown if entry else "")
        self.scroll_home(animate=False)

    def _show_markdown(self, markdown: str) -> None:
        """Render `markdown` as the body (Markdown is imported on first use: it costs ~50 ms of startup)."""
        from textual.widgets import Markdown

        if self._body is None:
            self._body = Markdown(markdown, id="view-body", open_links=False)
            self.mount(self._body, before="#view-plain")
        elif self._body.is_mounted:
            self._body.update(markdown)
        else:
            self.call_after_refresh(self._show_markdown, markdown)

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
        """The title (with any marked spans) and the facts line."""
        self.shown_id = entry.id if entry else None
        title = self.query_one("#view-title", Static)
        facts = self.query_one("#view-facts", Static)
        if entry is None:
            title.update(Text(placeholder))
            facts.update("")
            return
        match = self.get_component_rich_style("entry-view--match")
        title.update(marked(entry.title or "(untitled)", title_spans, match))
        facts.update(Text(entry_facts(entry)))
