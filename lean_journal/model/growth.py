"""Learn · Share · Grow: what I learned, what I shared with others, how I am growing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from lean_journal.model.serial import Identified
from lean_journal.model.validation import (
    check_day,
    check_enum,
    check_id,
    check_optional_day,
    check_strings,
    check_tags,
    check_text,
    check_timestamp,
    check_title,
    new_id,
)


class GrowthKind(StrEnum):
    """The three columns of Learn · Share · Grow."""

    LEARN = "learn"
    SHARE = "share"
    GROW = "grow"


class GrowthStatus(StrEnum):
    """How far along an item is."""

    IDEA = "idea"
    ACTIVE = "active"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class GrowthItem(Identified):
    """Something learned (from a source), shared (with an audience) or a way of growing."""

    kind: GrowthKind
    title: str
    day: date
    created: datetime
    updated: datetime
    notes: str = ""
    source: str = ""
    audience: str = ""
    status: GrowthStatus = GrowthStatus.DONE
    done_on: date | None = None
    links: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Validate and normalise every field, naming the field on error."""
        set_ = object.__setattr__
        set_(self, "id", check_id("id", self.id))
        set_(self, "kind", check_enum("kind", self.kind, GrowthKind))
        set_(self, "title", check_title("title", self.title))
        set_(self, "day", check_day("day", self.day))
        for name in ("notes", "source", "audience"):
            set_(self, name, check_text(name, getattr(self, name)))
        set_(self, "status", check_enum("status", self.status, GrowthStatus))
        set_(self, "done_on", check_optional_day("done_on", self.done_on))
        set_(self, "links", check_strings("links", self.links))
        set_(self, "tags", check_tags("tags", self.tags))
        set_(self, "created", check_timestamp("created", self.created))
        set_(self, "updated", check_timestamp("updated", self.updated))
