"""The learn form: title, insight, source kind and source, the entries and cards it came from (short ids),
day, tags, whether it is worth sharing, notes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

from textual.widget import Widget
from textual.widgets import Checkbox, Select

from lean_journal.growth.links import links_from, links_text
from lean_journal.model.growth import Learning, SourceKind
from lean_journal.tui.screens.growth.form import FormScreen, day_from
from lean_journal.tui.widgets.safe_editors import SafeInput, SafeTextArea


class LearnForm(FormScreen[Learning]):
    """A new learn item, or an existing one to edit."""

    HEADING = "What I learned"

    def __init__(
        self, today: date, now: datetime, resolve: Callable[[str], str], item: Learning | None = None
    ) -> None:
        """Edit `item`, or make a new one learned today; `resolve` turns a short id into a typed link."""
        super().__init__(today)
        self.now = now
        self.item = item
        self.resolve = resolve

    def fields(self) -> Iterator[Widget]:
        """Title, insight, source kind, source, came from, day, tags, worth sharing, notes."""
        item = self.item
        yield self.label("Title")
        yield SafeInput(item.title if item else "", placeholder="What I learned, in a few words", id="title")
        yield self.label("Insight: the one thing to remember")
        yield SafeTextArea(item.insight if item else "", id="insight")
        yield self.label("Source kind")
        kinds = [(kind.value, kind.value) for kind in SourceKind]
        kind = item.source_kind.value if item else SourceKind.OTHER.value
        yield Select(kinds, value=kind, allow_blank=False, id="source-kind")
        yield self.label("Source (book, person, course...)")
        yield SafeInput(item.source if item else "", id="source")
        yield self.label("Came from: short ids of entries and cards (entry:1a2b3c4d)")
        yield SafeInput(links_text(item.links) if item else "", id="links")
        yield self.label("Day")
        yield SafeInput(item.day.isoformat() if item else "today", id="day")
        yield self.label("Tags")
        yield SafeInput(" ".join(item.tags) if item else "", placeholder="coaching a3", id="tags")
        yield Checkbox("Worth sharing", item.worth_sharing if item else True, id="worth-sharing")
        yield self.label("Notes")
        yield SafeTextArea(item.notes if item else "", id="notes")

    def build(self) -> Learning:
        """The learn item the fields describe."""
        changes = {
            "title": self.text("title"),
            "insight": self.text("insight"),
            "source_kind": self.select_value("source-kind"),
            "source": self.text("source"),
            "links": links_from(self.text("links"), self.item.links if self.item else (), self.resolve),
            "day": day_from(self.text("day"), self.today, "day"),
            "tags": self.text("tags"),
            "worth_sharing": self.query_one("#worth-sharing", Checkbox).value,
            "notes": self.text("notes"),
        }
        if self.item is None:
            return Learning(created=self.now, updated=self.now, **changes)
        return self.item.with_changes(**changes)
