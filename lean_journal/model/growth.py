"""Learn · Share · Grow: what I learned, what I passed on to whom, and the goals I grow toward.

Links between documents are typed references, `kind:uuid` (`entry:…`, `card:…`, `learn:…`, `share:…`,
`goal:…`), so a link names what it points at without a lookup in every table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from lean_journal.model.serial import Identified, nested
from lean_journal.model.validation import (
    ValidationError,
    check_day,
    check_enum,
    check_id,
    check_optional_day,
    check_tags,
    check_text,
    check_timestamp,
    check_title,
    new_id,
)

LINK_KINDS = ("entry", "card", "learn", "share", "goal")
"""What a typed link may point at."""
SOURCE_LINK_KINDS = ("entry", "card")
"""What a learn or share item may link: the entry or card it came from or belongs to."""
GOAL_LINK_KINDS = ("entry", "card", "share", "learn")
"""What a goal may link as evidence."""
LINK_TABLES = {"entry": "entries", "card": "cards", "learn": "learnings", "share": "shares", "goal": "goals"}
"""The table (and Store repository) that holds each kind of link's documents."""


class SourceKind(StrEnum):
    """Where a lesson came from."""

    BOOK = "book"
    COURSE = "course"
    GEMBA = "gemba walk"
    MISTAKE = "mistake"
    PERSON = "person"
    EXPERIMENT = "experiment"
    OTHER = "other"


class Channel(StrEnum):
    """How a lesson was passed on."""

    CONVERSATION = "conversation"
    COACHING = "coaching"
    TALK = "talk"
    REPORT = "report"
    DECK = "kaizen deck"
    DOCUMENT = "document"
    OTHER = "other"


class GoalStatus(StrEnum):
    """How far along a goal is."""

    IDEA = "idea"
    ACTIVE = "active"
    DONE = "done"
    DROPPED = "dropped"


def link(kind: str, item_id: str) -> str:
    """The typed reference to the document `item_id` of `kind`."""
    if kind not in LINK_KINDS:
        raise ValidationError("links", f"{kind!r} is not one of {', '.join(LINK_KINDS)}")
    return f"{kind}:{check_id('links', item_id)}"


def link_parts(reference: str) -> tuple[str, str]:
    """The kind and id of a typed reference (`card:…` → ("card", "…"))."""
    kind, _, item_id = reference.partition(":")
    return kind, item_id


def check_links(field_name: str, values: Any, kinds: tuple[str, ...] = LINK_KINDS) -> tuple[str, ...]:
    """Typed references of the allowed kinds, normalised and de-duplicated in order."""
    if values is None:
        return ()
    if isinstance(values, str) or not isinstance(values, (list, tuple)):
        raise ValidationError(field_name, "must be a list of links")
    seen: dict[str, None] = {}
    for value in values:
        if not isinstance(value, str) or ":" not in value:
            raise ValidationError(field_name, f"{value!r} is not a link such as card:<id>")
        kind, item_id = link_parts(value.strip())
        if kind not in kinds:
            raise ValidationError(field_name, f"cannot link to a {kind!r} here (only {', '.join(kinds)})")
        seen.setdefault(link(kind, item_id), None)
    return tuple(seen)


def _check_ids(field_name: str, values: Any) -> tuple[str, ...]:
    """A tuple of UUIDs, de-duplicated in order."""
    if values is None:
        return ()
    if isinstance(values, str) or not isinstance(values, (list, tuple)):
        raise ValidationError(field_name, "must be a list of ids")
    return tuple(dict.fromkeys(check_id(field_name, value) for value in values))


@dataclass(frozen=True, slots=True)
class Learning(Identified):
    """Something I learned: the one thing to remember, and where it came from."""

    title: str
    day: date
    created: datetime
    updated: datetime
    insight: str = ""
    source_kind: SourceKind = SourceKind.OTHER
    source: str = ""
    tags: tuple[str, ...] = ()
    worth_sharing: bool = True
    links: tuple[str, ...] = ()
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Validate and normalise every field, naming the field on error."""
        set_ = object.__setattr__
        set_(self, "id", check_id("id", self.id))
        set_(self, "title", check_title("title", self.title))
        set_(self, "day", check_day("day", self.day))
        for name in ("insight", "source", "notes"):
            set_(self, name, check_text(name, getattr(self, name)))
        set_(self, "source_kind", check_enum("source_kind", self.source_kind, SourceKind))
        set_(self, "tags", check_tags("tags", self.tags))
        set_(self, "worth_sharing", bool(self.worth_sharing))
        set_(self, "links", check_links("links", self.links, SOURCE_LINK_KINDS))
        set_(self, "created", check_timestamp("created", self.created))
        set_(self, "updated", check_timestamp("updated", self.updated))


@dataclass(frozen=True, slots=True)
class Share(Identified):
    """Something I passed on: to whom, how, and which lessons it carried."""

    title: str
    day: date
    created: datetime
    updated: datetime
    audience: str = ""
    channel: Channel = Channel.CONVERSATION
    passes: tuple[str, ...] = ()
    """The ids of the learn items this share passed on."""
    notes: str = ""
    tags: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Validate and normalise every field, naming the field on error."""
        set_ = object.__setattr__
        set_(self, "id", check_id("id", self.id))
        set_(self, "title", check_title("title", self.title))
        set_(self, "day", check_day("day", self.day))
        set_(self, "audience", " ".join(check_text("audience", self.audience).split()))
        set_(self, "channel", check_enum("channel", self.channel, Channel))
        set_(self, "passes", _check_ids("passes", self.passes))
        set_(self, "notes", check_text("notes", self.notes))
        set_(self, "tags", check_tags("tags", self.tags))
        set_(self, "links", check_links("links", self.links, SOURCE_LINK_KINDS))
        set_(self, "created", check_timestamp("created", self.created))
        set_(self, "updated", check_timestamp("updated", self.updated))


@dataclass(frozen=True, slots=True)
class Milestone:
    """One step toward a goal, done on a day or not yet."""

    text: str
    done_on: date | None = None

    def __post_init__(self) -> None:
        """Validate the text and day."""
        object.__setattr__(self, "text", check_title("milestones.text", self.text))
        object.__setattr__(self, "done_on", check_optional_day("milestones.done_on", self.done_on))


@dataclass(frozen=True, slots=True)
class Goal(Identified):
    """A way I am growing ("be the leader you want"), its milestones and the evidence of progress."""

    title: str
    created: datetime
    updated: datetime
    why: str = ""
    target: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    milestones: tuple[Milestone, ...] = ()
    links: tuple[str, ...] = ()
    """Evidence: typed links to entries, cards and share items."""
    tags: tuple[str, ...] = ()
    done_on: date | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Validate and normalise every field, naming the field on error."""
        set_ = object.__setattr__
        set_(self, "id", check_id("id", self.id))
        set_(self, "title", check_title("title", self.title))
        set_(self, "why", check_text("why", self.why))
        set_(self, "target", check_optional_day("target", self.target))
        set_(self, "status", check_enum("status", self.status, GoalStatus))
        set_(self, "milestones", nested(Milestone, "milestones", self.milestones))
        set_(self, "links", check_links("links", self.links, GOAL_LINK_KINDS))
        set_(self, "tags", check_tags("tags", self.tags))
        set_(self, "done_on", check_optional_day("done_on", self.done_on))
        set_(self, "created", check_timestamp("created", self.created))
        set_(self, "updated", check_timestamp("updated", self.updated))

    @property
    def progress(self) -> tuple[int, int]:
        """Milestones done and milestones in all."""
        return sum(1 for m in self.milestones if m.done_on is not None), len(self.milestones)


GrowthItem = Learning | Share | Goal
"""Any one Learn · Share · Grow document."""
