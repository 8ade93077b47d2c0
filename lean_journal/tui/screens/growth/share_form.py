"""The share form: title, audience, channel, day, the learn items it passes on, its links (entries and cards,
by short id), tags and notes."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime

from textual.widget import Widget
from textual.widgets import Select, SelectionList
from textual.widgets.selection_list import Selection

from lean_journal.growth.links import links_from, links_text, split_ids
from lean_journal.model.growth import Channel, Learning, Share
from lean_journal.model.serial import SHORT_ID_LENGTH
from lean_journal.text import user_text
from lean_journal.tui.screens.growth.form import FormScreen, day_from
from lean_journal.tui.widgets.growth.rows import clipped, short_day
from lean_journal.tui.widgets.safe_editors import SafeInput, SafeTextArea

PICKABLE = 200
"""Recent learn items offered to pick from (others are passed on by typing their short ids)."""


class ShareForm(FormScreen[Share]):
    """A new share item (maybe prefilled to pay a lesson forward), or an existing one to edit."""

    HEADING = "What I passed on, and to whom"

    def __init__(
        self,
        today: date,
        now: datetime,
        learnings: Sequence[Learning],
        find_learning: Callable[[str], str],
        resolve: Callable[[str], str],
        item: Share | None = None,
    ) -> None:
        """Edit `item` or make a new one; `learnings` newest first; `find_learning`: short id → full id;
        `resolve`: a link's short id → typed link."""
        super().__init__(today)
        self.now = now
        self.item = item
        self.find_learning = find_learning
        self.resolve = resolve
        passes = set(item.passes) if item else set()
        recent = list(learnings[:PICKABLE])
        recent += [learning for learning in learnings[PICKABLE:] if learning.id in passes]
        self.pickable = recent
        known = {learning.id for learning in learnings}
        self.gone = [learn_id for learn_id in (item.passes if item else ()) if learn_id not in known]
        """Learn items the share was saved passing on that are no longer in the journal: kept, and picked."""

    def fields(self) -> Iterator[Widget]:
        """Title, audience, channel, day, the lessons passed on, more by short id, links, tags, notes."""
        item = self.item
        yield self.label("Title")
        yield SafeInput(item.title if item else "", id="title")
        yield self.label("Audience: who")
        yield SafeInput(item.audience if item else "", placeholder="the night shift", id="audience")
        yield self.label("Channel")
        channel = item.channel.value if item else Channel.CONVERSATION.value
        yield Select([(c.value, c.value) for c in Channel], value=channel, allow_blank=False, id="channel")
        yield self.label("Day")
        yield SafeInput(item.day.isoformat() if item else "today", id="day")
        yield self.label("Passes on (space to pick)")
        yield SelectionList[str](*self.choices(), id="passes")
        yield self.label("Also passes on (short ids of older learn items)")
        yield SafeInput("", placeholder="1a2b3c4d 5e6f7a8b", id="more-passes")
        yield self.label("Links: short ids of entries and cards")
        yield SafeInput(links_text(item.links) if item else "", placeholder="entry:1a2b3c4d", id="links")
        yield self.label("Tags")
        yield SafeInput(" ".join(item.tags) if item else "", id="tags")
        yield self.label("Notes")
        yield SafeTextArea(item.notes if item else "", id="notes")

    def choices(self) -> list[Selection[str]]:
        """The learn items to pick, those passed on picked; any no longer in the journal last, picked."""
        passes = set(self.item.passes) if self.item else set()
        picks = [self.selection(one, one.id in passes) for one in self.pickable]
        gone = [
            Selection(f"learn item {one[:SHORT_ID_LENGTH]} (not in the journal)", one, True)
            for one in self.gone
        ]
        return picks + gone

    def selection(self, learning: Learning, chosen: bool) -> Selection[str]:
        """One learn item to pick: its title and day (literal text)."""
        prompt = user_text(f"{clipped(learning.title, 50)} · {short_day(learning.day, self.today)}")
        return Selection(prompt, learning.id, chosen)

    def passes(self) -> tuple[str, ...]:
        """The ids picked, then those typed (each short id resolved; an unknown one raises)."""
        picked = list(self.query_one("#passes", SelectionList).selected)
        typed = split_ids(self.text("more-passes"))
        return tuple(dict.fromkeys([*picked, *(self.find_learning(short) for short in typed)]))

    def build(self) -> Share:
        """The share item the fields describe."""
        changes = {
            "title": self.text("title"),
            "audience": self.text("audience"),
            "channel": self.select_value("channel"),
            "day": day_from(self.text("day"), self.today, "day"),
            "passes": self.passes(),
            "links": links_from(self.text("links"), self.item.links if self.item else (), self.resolve),
            "tags": self.text("tags"),
            "notes": self.text("notes"),
        }
        if self.item is None:
            return Share(created=self.now, updated=self.now, **changes)
        return self.item.with_changes(**changes)
