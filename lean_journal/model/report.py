"""What the user writes for one month's kaizen deck: the headline, the ask, and which cards to show."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from lean_journal.model.serial import Serial
from lean_journal.model.validation import ValidationError, check_id, check_text

MONTH_KEY = re.compile(r"(\d{4})-(\d{2})")


def month_key(day: date) -> str:
    """The month a day lies in, as the deck's notes are keyed: '2026-11'."""
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(text: str) -> date:
    """The first day of a month written 'YYYY-MM', or a ValidationError saying what is wrong."""
    found = MONTH_KEY.fullmatch(text.strip()) if isinstance(text, str) else None
    if found is None or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1:
        raise ValidationError("month", f"{text!r} is not a month (use YYYY-MM, e.g. 2026-11)")
    return date(int(found.group(1)), int(found.group(2)), 1)


@dataclass(frozen=True, slots=True)
class MonthNotes(Serial):
    """One month's deck notes; the deck shows every finished or moved card but those in `hidden` (unticked
    in the preview), so a card that qualifies later in the month is shown. `chosen`, kept by older
    versions, named the cards to show (None: all of them); the preview's next save turns it into `hidden`."""

    month: str
    headline: str = ""
    ask: str = ""
    chosen: tuple[str, ...] | None = None
    hidden: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        """Validate and normalise every field, naming the field on error."""
        set_ = object.__setattr__
        set_(self, "month", month_key(parse_month(self.month)))
        set_(self, "headline", check_text("headline", self.headline).strip())
        set_(self, "ask", check_text("ask", self.ask).strip())
        set_(self, "chosen", _chosen(self.chosen))
        set_(self, "hidden", _card_ids("hidden", self.hidden))

    def shows(self, card_id: str) -> bool:
        """Whether the card with this id is to be shown in the deck."""
        return card_id not in self.hidden and (self.chosen is None or card_id in self.chosen)


def _chosen(values: Any) -> tuple[str, ...] | None:
    """Card ids without repeats, in order; None stays None (every card)."""
    return None if values is None else _card_ids("chosen", values)


def _card_ids(name: str, values: Any) -> tuple[str, ...]:
    """Card ids without repeats, in order (a ValidationError naming `name` if they are not)."""
    if not isinstance(values, (list, tuple)):
        raise ValidationError(name, "must be a list of card ids")
    return tuple(dict.fromkeys(check_id(name, value) for value in values))
