"""The Learn · Share · Grow filter and sort: parsing what was typed after `/`, and matching items. Pure.

A filter is words (each must appear, case-insensitive), `#tag` (each must be among the item's tags) and
the flags `debt` (learn items in share debt), `active` and `overdue` (goals). A flag narrows only the
pane it is about: `debt` leaves shares and goals as the words and tags alone would show them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from lean_journal.growth.goals import is_overdue
from lean_journal.model.growth import Goal, GoalStatus, Learning, Share

FLAGS = ("debt", "active", "overdue")
"""The words that are flags rather than text to look for."""
SORTS = ("date", "status")
"""The orders a pane can be sorted in; `o` goes from one to the next."""
STATUS_ORDER = {GoalStatus.ACTIVE: 0, GoalStatus.IDEA: 1, GoalStatus.DONE: 2, GoalStatus.DROPPED: 3}


@dataclass(frozen=True, slots=True)
class GrowthFilter:
    """What the panes show: words and tags every item must have, and the flags."""

    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    debt: bool = False
    active: bool = False
    overdue: bool = False

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every item through."""
        return not (self.words or self.tags or self.debt or self.active or self.overdue)


def parse_filter(text: object) -> GrowthFilter:
    """The filter written in `text` (anything: never raises; a lone `#` is ignored)."""
    if not isinstance(text, str):
        return GrowthFilter()
    words: list[str] = []
    tags: list[str] = []
    flags: set[str] = set()
    for token in text.lower().split():
        if token.startswith("#"):
            tag = token.lstrip("#")
            if tag:
                tags.append(tag)
        elif token in FLAGS:
            flags.add(token)
        else:
            words.append(token)
    return GrowthFilter(
        words=tuple(dict.fromkeys(words)),
        tags=tuple(dict.fromkeys(tags)),
        debt="debt" in flags,
        active="active" in flags,
        overdue="overdue" in flags,
    )


def learn_text(item: Learning) -> str:
    """The lower-cased text words are looked for in, of a learn item."""
    return "\n".join((item.title, item.insight, item.source_kind.value, item.source, item.notes)).lower()


def share_text(item: Share) -> str:
    """The lower-cased text words are looked for in, of a share item."""
    return "\n".join((item.title, item.audience, item.channel.value, item.notes)).lower()


def goal_text(item: Goal) -> str:
    """The lower-cased text words are looked for in, of a goal."""
    return "\n".join((item.title, item.why, item.status.value, *(m.text for m in item.milestones))).lower()


class TextCache:
    """The lower-cased text of each item, made once per version of it (items are frozen: a change is a new
    object), so that a keystroke in the filter box only compares."""

    def __init__(self) -> None:
        """Nothing made yet."""
        self._texts: dict[str, tuple[object, str]] = {}

    def text(self, item: Learning | Share | Goal, make: Callable[[Any], str]) -> str:
        """`make(item)`, remembered for this very object."""
        found = self._texts.get(item.id)
        if found is not None and found[0] is item:
            return found[1]
        made = make(item)
        self._texts[item.id] = (item, made)
        return made

    def texts(self, items: Sequence[Any], make: Callable[[Any], str]) -> list[str]:
        """The text of each item, in order (one loop: a keystroke's filter runs over thousands)."""
        known = self._texts
        out = []
        for item in items:
            found = known.get(item.id)
            if found is None or found[0] is not item:
                found = known[item.id] = (item, make(item))
            out.append(found[1])
        return out


def _narrowed(
    items: list[Any], wanted: GrowthFilter, make: Callable[[Any], str], cache: TextCache
) -> list[Any]:
    """The items with every wanted tag and every word (the same rule as `_text_matches`, over a list)."""
    for tag in wanted.tags:
        items = [item for item in items if tag in item.tags]
    if wanted.words and items:
        texts = cache.texts(items, make)
        for word in wanted.words:
            kept = [(item, text) for item, text in zip(items, texts, strict=True) if word in text]
            items, texts = [k[0] for k in kept], [k[1] for k in kept]
    return items


def filter_learnings(
    items: Sequence[Learning], wanted: GrowthFilter, debt: Mapping[str, int], cache: TextCache
) -> list[Learning]:
    """The learn items that pass the filter, in the order given (as `learn_matches` says, item by item)."""
    kept = [item for item in items if item.id in debt] if wanted.debt else list(items)
    return _narrowed(kept, wanted, learn_text, cache)


def filter_shares(items: Sequence[Share], wanted: GrowthFilter, cache: TextCache) -> list[Share]:
    """The share items that pass the filter, in the order given."""
    return _narrowed(list(items), wanted, share_text, cache)


def filter_goals(items: Sequence[Goal], wanted: GrowthFilter, today: date, cache: TextCache) -> list[Goal]:
    """The goals that pass the filter, in the order given."""
    kept = list(items)
    if wanted.active:
        kept = [goal for goal in kept if goal.status is GoalStatus.ACTIVE]
    if wanted.overdue:
        kept = [goal for goal in kept if is_overdue(goal, today)]
    return _narrowed(kept, wanted, goal_text, cache)


def _text_matches(
    item: Learning | Share | Goal, make: Callable[[Any], str], wanted: GrowthFilter, cache: TextCache | None
) -> bool:
    """Every wanted tag among the item's tags (stored lower-case) and every word in its text."""
    if not all(tag in item.tags for tag in wanted.tags):
        return False
    if not wanted.words:
        return True
    text = cache.text(item, make) if cache is not None else make(item)
    return all(word in text for word in wanted.words)


def learn_matches(
    item: Learning, wanted: GrowthFilter, debt: Mapping[str, int], cache: TextCache | None = None
) -> bool:
    """Whether a learn item passes the filter (`debt`: the ids in share debt)."""
    if wanted.debt and item.id not in debt:
        return False
    return _text_matches(item, learn_text, wanted, cache)


def share_matches(item: Share, wanted: GrowthFilter, cache: TextCache | None = None) -> bool:
    """Whether a share item passes the filter."""
    return _text_matches(item, share_text, wanted, cache)


def goal_matches(item: Goal, wanted: GrowthFilter, today: date, cache: TextCache | None = None) -> bool:
    """Whether a goal passes the filter (`active`: status active; `overdue`: open and past its target)."""
    if wanted.active and item.status is not GoalStatus.ACTIVE:
        return False
    if wanted.overdue and not is_overdue(item, today):
        return False
    return _text_matches(item, goal_text, wanted, cache)


def next_sort(sort: str) -> str:
    """The order after `sort` (date → status → date)."""
    return SORTS[(SORTS.index(sort) + 1) % len(SORTS)] if sort in SORTS else SORTS[0]


def sorted_learnings(items: Sequence[Learning], sort: str, debt: Mapping[str, int]) -> list[Learning]:
    """Newest first; by status: those in debt first (the oldest debt first), then the rest newest first."""
    newest = sorted(items, key=lambda item: (item.day, item.created), reverse=True)
    if sort != "status":
        return newest
    return sorted(newest, key=lambda item: -debt[item.id] if item.id in debt else 1)


def sorted_shares(items: Sequence[Share], sort: str) -> list[Share]:
    """Newest first; by status: by channel, each newest first."""
    newest = sorted(items, key=lambda item: (item.day, item.created), reverse=True)
    if sort != "status":
        return newest
    return sorted(newest, key=lambda item: item.channel.value)


def sorted_goals(items: Sequence[Goal], sort: str, today: date) -> list[Goal]:
    """Newest first; by status: active, idea, done, dropped, each with the nearest target first."""
    newest = sorted(items, key=lambda item: item.created, reverse=True)
    if sort != "status":
        return newest
    far = date.max
    return sorted(newest, key=lambda goal: (STATUS_ORDER[goal.status], goal.target or far))
