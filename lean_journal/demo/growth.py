"""Demo Learn · Share · Grow items: what was read and heard, what was shared, and how I grew."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from lean_journal.demo.growth_text import (
    AUDIENCES,
    BOOKS,
    GROW_NOTES,
    GROW_TITLES,
    GROW_WHY,
    GROWTH_TAGS,
    LEARN_TITLES,
    LESSONS,
    LINKS,
    OTHER_SOURCES,
    SHARE_NEXT,
    SHARE_NOTES,
    SHARE_TITLES,
)
from lean_journal.demo.rng import DemoRandom, Span, fill
from lean_journal.model import Goal, GrowthItem, Learning, Share
from lean_journal.model.serial import to_plain
from lean_journal.store.migrations import GOALS, LEARNINGS, growth_document

ITEMS_PER_YEAR = 300
LEARN, SHARE, GROW = "learn", "share", "grow"
KIND_WEIGHTS = {LEARN: 0.45, SHARE: 0.3, GROW: 0.25}
# Days an item of each kind usually takes from being noted to being done.
DURATION = {LEARN: (0, 30), SHARE: (0, 14), GROW: (20, 200)}


def build_growth(rng: DemoRandom, span: Span, years: int) -> list[GrowthItem]:
    """All demo items, oldest first, spread over the years."""
    offsets = sorted(rng.randint(0, max(0, span.days - 1)) for _ in range(ITEMS_PER_YEAR * years))
    return [_item(rng, span, span.day(offset)) for offset in offsets]


def _item(rng: DemoRandom, span: Span, day: date) -> GrowthItem:
    """One item noted on `day`."""
    kind = rng.choices(tuple(KIND_WEIGHTS), tuple(KIND_WEIGHTS.values()))[0]
    values: dict[str, Any] = span.slots(rng, day)
    fields = {LEARN: _learn, SHARE: _share, GROW: _grow}[kind](rng, values)
    status, done_on = _progress(rng, span, kind, day)
    created = rng.moment(day, span.tz, 20 * 60, 22 * 60 + 30)
    updated = datetime.combine(done_on, time(21, 0), tzinfo=span.tz) if done_on else created
    if rng.chance(0.1):
        fields["links"] = (rng.choice(LINKS),)
    old = {
        "id": rng.uuid(),
        "kind": kind,
        "day": day,
        "status": status,
        "done_on": done_on,
        "tags": tuple(rng.some(GROWTH_TAGS[kind], 1, 2)),
        "created": created,
        "updated": max(created, updated),
        **fields,
    }
    table, doc = growth_document(to_plain(old))
    if table == LEARNINGS:
        return Learning.from_dict(doc)
    return Goal.from_dict(doc) if table == GOALS else Share.from_dict(doc)


def _learn(rng: DemoRandom, values: dict[str, Any]) -> dict[str, Any]:
    """Something learned from a book, a podcast, a mentor or a visit."""
    if rng.chance(0.6):
        book, author = rng.choice(BOOKS)
        values |= {"book": book, "source": f"{book} ({author})"}
        title = rng.choice(LEARN_TITLES[:3])
    else:
        values["source"] = fill(rng.choice(OTHER_SOURCES), values)
        title = rng.choice(LEARN_TITLES[3:])
    lessons = rng.some(LESSONS, 1, 4)
    notes = lessons[0] if len(lessons) == 1 else "\n".join(f"- {lesson}" for lesson in lessons)
    if rng.chance(0.5):
        notes += "\n\nTry on the floor: " + rng.choice(LESSONS).lower()
    return {"title": fill(title, values), "source": values["source"], "notes": notes}


def _share(rng: DemoRandom, values: dict[str, Any]) -> dict[str, Any]:
    """Something shared with an audience."""
    audience, values["audience"] = rng.choice(AUDIENCES)
    notes = fill(rng.choice(SHARE_NOTES), values)
    if rng.chance(0.6):
        notes += " Main point: " + rng.choice(LESSONS)
    if rng.chance(0.4):
        notes += "\n\n" + fill(rng.choice(SHARE_NEXT), values)
    return {"title": fill(rng.choice(SHARE_TITLES), values), "audience": audience, "notes": notes}


def _grow(rng: DemoRandom, values: dict[str, Any]) -> dict[str, Any]:
    """A way I am trying to grow."""
    notes = "\n\n".join(fill(note, values) for note in rng.some(GROW_NOTES, 1, 3))
    if rng.chance(0.5):
        notes = fill(rng.choice(GROW_WHY), values) + "\n\n" + notes
    fields = {"title": fill(rng.choice(GROW_TITLES), values), "notes": notes}
    if rng.chance(0.3):
        fields["source"] = fill(rng.choice(OTHER_SOURCES), values)
    return fields


def _progress(rng: DemoRandom, span: Span, kind: str, day: date) -> tuple[str, date | None]:
    """Status and completion day: old items are mostly done, recent ones still ideas or under way."""
    yesterday = span.today - timedelta(days=1)
    done_on = day + timedelta(days=rng.randint(*DURATION[kind]))
    if done_on <= yesterday and rng.chance(0.93):
        return "done", done_on
    return rng.choice(("idea", "active", "active")), None
