"""Share debt: lessons worth sharing that nothing has passed on yet, counted in days. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from lean_journal.model import ValidationError
from lean_journal.model.growth import Learning, Share
from lean_journal.model.validation import MAX_TITLE
from lean_journal.text import cut_at_word, printable

SHARE_DEBT_SETTING = "share_debt_days"
"""The settings key of the days a lesson may wait before it counts as share debt."""
DEFAULT_SHARE_DEBT_DAYS = 14
MAX_SHARE_DEBT_DAYS = 99_999
PAID_FORWARD = "Shared: "
"""What the title of a share paying a lesson forward starts with, before the lesson's title."""


def passed_on(shares: Iterable[Share], until: date | None = None) -> set[str]:
    """The ids of the learn items passed on by any share (dated on or before `until`, if given)."""
    return {item_id for share in shares if until is None or share.day <= until for item_id in share.passes}


def shares_passing(shares: Iterable[Share], learn_id: str) -> list[Share]:
    """The share items that passed on the learn item `learn_id`, oldest first."""
    return sorted((share for share in shares if learn_id in share.passes), key=lambda s: (s.day, s.created))


def share_debt(
    learnings: Iterable[Learning], shares: Iterable[Share], today: date, days: int = DEFAULT_SHARE_DEBT_DAYS
) -> dict[str, int]:
    """Learn item id → age in days, for each lesson worth sharing, learned by `today`, not yet passed on
    by then, and at least `days` old."""
    shared = passed_on(shares, today)
    return {
        item.id: (today - item.day).days
        for item in learnings
        if item.worth_sharing
        and item.id not in shared
        and item.day <= today
        and (today - item.day).days >= days
    }


def debt_days(value: object) -> int:
    """The share-debt threshold from a stored setting: a whole number of days ≥ 0, else the default."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return DEFAULT_SHARE_DEBT_DAYS
    return value


def whole_days(text: str) -> int:
    """The share-debt threshold as typed: 0 to 99999 days in ASCII digits (else a ValidationError)."""
    value = text.strip()
    if not (value.isascii() and value.isdigit() and len(value) <= len(str(MAX_SHARE_DEBT_DAYS))):
        raise ValidationError(
            SHARE_DEBT_SETTING, f"write a whole number of days from 0 to {MAX_SHARE_DEBT_DAYS}, such as 14"
        )
    return int(value)


def pay_forward(lesson: Learning, today: date, now: datetime) -> Share:
    """A new share passing on `lesson` today, titled after it (cut to fit a title's limit)."""
    title = cut_at_word(PAID_FORWARD + printable(lesson.title, multiline=False), MAX_TITLE)
    return Share(title=title, day=today, created=now, updated=now, passes=(lesson.id,))
