"""Demo learn and share items: lessons from books, courses, the gemba, mistakes, people and PDCA cards,
passed on to audiences by every channel, with some lessons still waiting to be shared (share debt)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from lean_journal.demo.growth_share_text import CHANNEL_WEIGHTS, SHARE_NOTES, SHARES
from lean_journal.demo.growth_text import (
    BOOK_LESSONS,
    BOOKS,
    COURSE_LESSONS,
    COURSES,
    EXPERIMENT_TITLES,
    GEMBA_LESSONS,
    GROWTH_TAGS,
    MISTAKE_LESSONS,
    NOTES,
    OTHER_LESSONS,
    OTHER_SOURCES,
    PERSON_LESSONS,
)
from lean_journal.demo.rng import DemoRandom, Span, fill
from lean_journal.model import Card, JournalEntry, Learning, Share, SourceKind, Stage
from lean_journal.model.growth import link

LEARN_PER_YEAR = 150
SHARES_PER_YEAR = 145
KIND_WEIGHTS = {
    SourceKind.BOOK: 0.24,
    SourceKind.COURSE: 0.08,
    SourceKind.GEMBA: 0.2,
    SourceKind.MISTAKE: 0.12,
    SourceKind.PERSON: 0.16,
    SourceKind.EXPERIMENT: 0.14,
    SourceKind.OTHER: 0.06,
}
LESSONS: dict[SourceKind, tuple[tuple[str, ...], ...]] = {
    SourceKind.BOOK: BOOK_LESSONS,
    SourceKind.COURSE: COURSE_LESSONS,
    SourceKind.GEMBA: GEMBA_LESSONS,
    SourceKind.MISTAKE: MISTAKE_LESSONS,
    SourceKind.PERSON: PERSON_LESSONS,
    SourceKind.OTHER: OTHER_LESSONS,
}
RECENT_DAYS = 45  # lessons this recent are often not passed on yet
KEPT_BACK = {"recent": 0.55, "old": 0.04}  # chance a lesson worth sharing is never picked by a share
LINK_ENTRY_CHANCE = {SourceKind.GEMBA: 0.7, SourceKind.MISTAKE: 0.6, SourceKind.PERSON: 0.3}


def build_learnings(
    rng: DemoRandom, span: Span, years: int, entries: Sequence[JournalEntry], cards: Sequence[Card]
) -> list[Learning]:
    """The demo's learn items, oldest first; some link to the entry of their day or to their card."""
    by_day: dict[date, list[JournalEntry]] = {}
    for entry in entries:
        by_day.setdefault(entry.day, []).append(entry)
    checked = [(day, card) for card in cards if (day := _checked_on(card)) is not None and card.learned]
    rng.shuffle(checked)
    offsets = sorted(rng.randint(0, span.days - 1) for _ in range(LEARN_PER_YEAR * years))
    items = [_learning(rng, span, span.day(offset), by_day, checked) for offset in offsets]
    return sorted(items, key=lambda item: (item.day, item.created))


def _checked_on(card: Card) -> date | None:
    """The day a card's results were checked, if it got that far."""
    return next((change.at.date() for change in card.history if change.stage is Stage.CHECK), None)


def _learning(
    rng: DemoRandom,
    span: Span,
    day: date,
    by_day: dict[date, list[JournalEntry]],
    checked: list[tuple[date, Card]],
) -> Learning:
    """One lesson learned on `day` (a lesson from a checked card takes that card's day)."""
    values: dict[str, Any] = span.slots(rng, day)
    kind = rng.choices(tuple(KIND_WEIGHTS), tuple(KIND_WEIGHTS.values()))[0]
    links: list[str] = []
    if kind is SourceKind.EXPERIMENT and checked:
        day, card = checked.pop()
        title = fill(rng.choice(EXPERIMENT_TITLES), {"card": card.title})
        insight = card.learned.split(". ")[0].rstrip(".") + "."
        source, links = f"PDCA card {card.short_id}: {card.title}", [link("card", card.id)]
    else:
        kind = SourceKind.BOOK if kind is SourceKind.EXPERIMENT else kind
        title, insight, *who = (fill(text, values) for text in rng.choice(LESSONS[kind]))
        source = who[0] if who else _source(rng, kind, values)
    if by_day.get(day) and rng.chance(LINK_ENTRY_CHANCE.get(kind, 0.1)):
        links.append(link("entry", rng.choice(by_day[day]).id))
    created = rng.moment(day, span.tz, 20 * 60, 22 * 60 + 30)
    return Learning(
        title=title,
        day=day,
        created=created,
        updated=created,
        insight=insight,
        source_kind=kind,
        source=source,
        tags=tuple(rng.some(GROWTH_TAGS["learn"], 1, 2)),
        worth_sharing=rng.chance(0.85),
        links=tuple(links),
        notes=fill(rng.choice(NOTES), values) if rng.chance(0.3) else "",
        id=rng.uuid(),
    )


def _source(rng: DemoRandom, kind: SourceKind, values: dict[str, Any]) -> str:
    """Where a lesson of `kind` came from: a book and its author, a course, a place, a day..."""
    if kind is SourceKind.BOOK:
        book, author = rng.choice(BOOKS)
        return f"{book} ({author}), chapter {rng.randint(1, 14)}"
    if kind is SourceKind.COURSE:
        return f"{rng.choice(COURSES)}, day {rng.randint(1, 5)}"
    if kind is SourceKind.GEMBA:
        return fill("{area}, with {person}", values)
    if kind is SourceKind.MISTAKE:
        return fill("{weekday}, {area}", values)
    return rng.choice(OTHER_SOURCES)


def build_shares(
    rng: DemoRandom, span: Span, years: int, learnings: Sequence[Learning], entries: Sequence[JournalEntry]
) -> list[Share]:
    """The demo's share items, oldest first, each passing on one to three lessons learned before its day."""
    first = (learnings[0].day - span.first).days + 1
    offsets = sorted(rng.randint(first, span.days - 1) for _ in range(SHARES_PER_YEAR * years))
    recent = span.today - timedelta(days=RECENT_DAYS)
    waiting = [
        item
        for item in learnings
        if item.worth_sharing and not rng.chance(KEPT_BACK["recent" if item.day >= recent else "old"])
    ]
    by_day = {entry.day: entry for entry in entries}
    shares = []
    for offset in offsets:
        day = span.day(offset)
        passes = _passes(rng, day, waiting, learnings)
        shares.append(_share(rng, span, day, passes, by_day.get(day)))
    return shares


def _passes(
    rng: DemoRandom, day: date, waiting: list[Learning], learnings: Sequence[Learning]
) -> list[Learning]:
    """One to three lessons learned before `day`: the newest still waiting first, else any earlier one."""
    count = rng.choice((1, 1, 1, 2, 2, 3))
    end = bisect_left(waiting, day, key=_day_of)
    ready = waiting[max(0, end - 6) : end]
    if ready:
        picked = rng.sample(ready, min(count, len(ready)))
        for item in picked:
            waiting.remove(item)
    else:
        end = bisect_left(learnings, day, key=_day_of)
        earlier = list(learnings[max(0, end - RECENT_DAYS) : end])
        picked = rng.sample(earlier, min(count, len(earlier)))
    return sorted(picked, key=lambda item: item.day)


def _day_of(item: Learning) -> date:
    """The day a lesson was learned (the sort key of the lists searched)."""
    return item.day


def _share(
    rng: DemoRandom, span: Span, day: date, passes: Sequence[Learning], entry: JournalEntry | None
) -> Share:
    """One share item on `day` passing on `passes`."""
    values: dict[str, Any] = span.slots(rng, day) | {"lesson": f"“{passes[0].title}”"}
    channel = rng.choices(tuple(CHANNEL_WEIGHTS), tuple(CHANNEL_WEIGHTS.values()))[0]
    title, audience = (fill(text, values) for text in rng.choice(SHARES[channel]))
    created = rng.moment(day, span.tz, 20 * 60, 22 * 60 + 30)
    return Share(
        title=title,
        day=day,
        created=created,
        updated=created,
        audience=audience,
        channel=channel,
        passes=tuple(item.id for item in passes),
        notes=fill(rng.choice(SHARE_NOTES), values) if rng.chance(0.5) else "",
        tags=tuple(rng.some(GROWTH_TAGS["share"], 1, 2)),
        links=(link("entry", entry.id),) if entry is not None and rng.chance(0.25) else (),
        id=rng.uuid(),
    )
