"""How long cards spend in each stage, cycle times, and the Do column's WIP limit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from lean_journal.model import Card, Stage, ValidationError
from lean_journal.pdca.flow import CLOSED, previous_stage

WIP_LIMIT_KEY = "wip_limit"
DEFAULT_WIP_LIMIT = 3
MAX_WIP_LIMIT = 99


def _first_stage(card: Card) -> Stage:
    """The stage the card was created in, as well as its history tells."""
    if not card.history:
        return card.stage
    first = card.history[0]
    if first.at <= card.created:
        return first.stage
    return previous_stage(first.stage) or Stage.STRUGGLE


@dataclass(frozen=True, slots=True)
class Stay:
    """One stretch a card spent in a stage: from `start` until `end` (None while it is still there)."""

    stage: Stage
    start: datetime
    end: datetime | None


def stays(card: Card) -> list[Stay]:
    """Every stretch the card spent in a stage, oldest first; the last one has no end."""
    found: list[Stay] = []
    stage, since = _first_stage(card), card.created
    for change in card.history:
        if change.at > since:
            found.append(Stay(stage, since, change.at))
            since = change.at
        stage = change.stage
    found.append(Stay(stage, since, None))
    return found


def time_in_stages(card: Card, now: datetime) -> dict[Stage, timedelta]:
    """Time spent in each stage the card has been in (the clock stops at Done or Dropped)."""
    spent: dict[Stage, timedelta] = {}
    for stay in stays(card):
        end = stay.end or (now if stay.stage not in CLOSED else stay.start)
        if end > stay.start:
            spent[stay.stage] = spent.get(stay.stage, timedelta()) + (end - stay.start)
    return spent


def cycle_time(card: Card, now: datetime) -> timedelta | None:
    """From creation to Done or Dropped; None while the card is still open."""
    if card.stage not in CLOSED:
        return None
    return max(card.entered_stage_at() - card.created, timedelta())


def days_in_stage(card: Card, now: datetime) -> int:
    """Whole days since the card entered its current stage."""
    return max((now - card.entered_stage_at()).days, 0)


def wip_exceeded(do_cards_count: int, limit: int) -> bool:
    """Whether a Do column of this many cards is over the WIP limit."""
    return do_cards_count > limit


def wip_limit_from(value: object) -> int:
    """The stored WIP limit as a usable number (the default if missing or damaged)."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_WIP_LIMIT:
        return value
    return DEFAULT_WIP_LIMIT


def parse_wip_limit(text: str) -> int:
    """A WIP limit typed by the user, or a ValidationError saying what is wrong."""
    try:
        limit = int(text.strip())
    except ValueError:
        raise ValidationError("wip_limit", f"{text.strip()!r} is not a whole number") from None
    if not 1 <= limit <= MAX_WIP_LIMIT:
        raise ValidationError("wip_limit", f"must be from 1 to {MAX_WIP_LIMIT}")
    return limit
