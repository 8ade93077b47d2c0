"""Demo journal entries: Markdown days of a lean practice, some of them mentioning PDCA cards."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from lean_journal.demo.days import Day, written_days
from lean_journal.demo.growth_text import BOOKS
from lean_journal.demo.rng import DemoRandom, Span, fill
from lean_journal.demo.text import SHOP_FLOOR, Theme
from lean_journal.demo.text_moods import (
    CARD_MENTIONS,
    GOOD_DAY,
    HEADINGS,
    LOW_DAY,
    NEXT_STEPS,
    ONE_LINERS,
    REFLECTIONS,
)
from lean_journal.demo.text_people import PEOPLE
from lean_journal.demo.text_stories import STORIES
from lean_journal.model import Card, JournalEntry, Stage

THEMES = SHOP_FLOOR + PEOPLE
SHAPES = ("line", "para", "two", "list", "long")
SHAPE_WEIGHTS = (0.06, 0.14, 0.25, 0.2, 0.35)
# How often a card's move into a stage is written about on that day.
MENTION_CHANCE = {
    "struggle": 0.3,
    "plan": 0.15,
    "do": 0.3,
    "check": 0.45,
    "act": 0.2,
    "done": 0.35,
    "dropped": 0.3,
}
EVENING = (19 * 60, 23 * 60 + 15)
LUNCH = (12 * 60, 13 * 60 + 45)


def build_entries(rng: DemoRandom, span: Span, cards: list[Card]) -> list[JournalEntry]:
    """Entries for every written day, oldest first."""
    moves = _card_moves(cards)
    entries: list[JournalEntry] = []
    for written in written_days(rng, span):
        if written.entries == 2:
            entries.append(_entry(rng, span, written, LUNCH, []))
        entries.append(_entry(rng, span, written, EVENING, moves.get(written.day, [])))
    return entries


def _card_moves(cards: list[Card]) -> dict[date, list[tuple[Card, Stage]]]:
    """Every stage change of every card, by the day it happened."""
    moves: dict[date, list[tuple[Card, Stage]]] = {}
    for card in sorted(cards, key=lambda c: c.id):
        for change in card.history:
            moves.setdefault(change.at.date(), []).append((card, change.stage))
    return moves


def _theme(rng: DemoRandom, span: Span, written: Day) -> Theme:
    """A theme for the day, weighted by how far along the practice is."""
    progress = written.day.toordinal() - span.first.toordinal()
    share = progress / max(1, span.days)
    weights = [early + (late - early) * share for early, late in (t.weight for t in THEMES)]
    return rng.choices(THEMES, weights)[0]


def _entry(rng: DemoRandom, span: Span, written: Day, minutes: tuple[int, int], moves: list) -> JournalEntry:
    """One entry written at a time within `minutes` on the written day."""
    theme = _theme(rng, span, written)
    values: dict[str, Any] = span.slots(rng, written.day)
    values["book"] = rng.choice(BOOKS)[0]
    body = _body(rng, theme, written, values)
    mentions = [
        _mention(rng, card, stage, values) for card, stage in moves if rng.chance(MENTION_CHANCE[stage])
    ]
    if mentions:
        body = "\n\n".join([body, *mentions])
    tags = [theme.tag, *rng.some(theme.related, 0, 1)] + (["pdca"] if mentions else [])
    if rng.chance(0.12):
        body += "\n\n" + " ".join(f"#{tag}" for tag in rng.some((*theme.related, theme.tag), 1, 2))
    created = rng.moment(written.day, span.tz, *minutes)
    edited = rng.randint(3, 90) if rng.chance(0.1) else 0
    return JournalEntry(
        id=rng.uuid(),
        day=written.day,
        title=fill(rng.choice(theme.titles), values),
        body=body,
        tags=tuple(tags),
        mood=None if rng.chance(0.04) else rng.rating(written.mood),
        energy=None if rng.chance(0.07) else rng.rating(written.energy),
        starred=rng.chance(0.03 if len(body) < 1000 else 0.07),
        created=created,
        updated=min(created + timedelta(minutes=edited), _end_of(created)),
    )


def _end_of(moment: datetime) -> datetime:
    """The last minute of the moment's day."""
    return moment.replace(hour=23, minute=59)


def _body(rng: DemoRandom, theme: Theme, written: Day, values: dict[str, Any]) -> str:
    """A Markdown body whose length and shape vary from one line to several sections."""
    shape = rng.choices(SHAPES, SHAPE_WEIGHTS)[0]
    if shape == "line":
        return fill(rng.choice(ONE_LINERS), values)
    first = _paragraph(rng, theme, values, 3, 7) + _mood_line(rng, written, values)
    if shape == "para":
        return f"{first}\n\n{_stories(rng, values, 1)}" if rng.chance(0.5) else first
    if shape == "two":
        other = _paragraph(rng, rng.choice(THEMES), values, 1, 3)
        return f"{first}\n\n{_stories(rng, values, 1)}\n\n{other}{_reflection(rng)}"
    bullets = _bullets(rng, theme.bullets, values, 3, 5)
    if shape == "list":
        return f"{first}\n\n{rng.choice(HEADINGS['saw'])}\n\n{bullets}\n\n{_stories(rng, values, 1)}"
    return "\n\n".join(
        [
            rng.choice(HEADINGS["saw"]),
            first,
            _stories(rng, values, 2),
            rng.choice(HEADINGS["notes"]),
            bullets,
            rng.choice(HEADINGS["next"]),
            _bullets(rng, NEXT_STEPS, values, 2, 4),
            rng.choice(HEADINGS["reflect"]),
            _paragraph(rng, rng.choice(THEMES), values, 2, 4) + " " + rng.choice(REFLECTIONS),
        ]
    )


def _stories(rng: DemoRandom, values: dict[str, Any], count: int) -> str:
    """Longer paragraphs: small stories from the floor or the office."""
    return "\n\n".join(fill(story, values) for story in rng.sample(STORIES, count))


def _paragraph(rng: DemoRandom, theme: Theme, values: dict[str, Any], low: int, high: int) -> str:
    """An opening sentence and a few middles from a theme."""
    middles = rng.sample(theme.middles, rng.randint(low, min(high, len(theme.middles))))
    sentences = [rng.choice(theme.openers), *middles]
    return " ".join(fill(s, values) for s in sentences)


def _bullets(rng: DemoRandom, items: tuple[str, ...], values: dict[str, Any], low: int, high: int) -> str:
    """A Markdown bullet list of a few items."""
    return "\n".join(f"- {fill(item, values)}" for item in rng.some(items, low, high))


def _mood_line(rng: DemoRandom, written: Day, values: dict[str, Any]) -> str:
    """A sentence about how the day felt, on the clearly bad or clearly good days."""
    if written.mood < 2.7 and rng.chance(0.7):
        return " " + fill(rng.choice(LOW_DAY), values)
    if written.mood > 4.0 and rng.chance(0.6):
        return " " + fill(rng.choice(GOOD_DAY), values)
    return ""


def _reflection(rng: DemoRandom) -> str:
    """Sometimes a closing reflection, now and then as a quote."""
    if not rng.chance(0.35):
        return ""
    line = rng.choice(REFLECTIONS)
    return f"\n\n> {line}" if rng.chance(0.3) else f"\n\n{line}"


def card_ref(card: Card) -> str:
    """How an entry names a card: '#1a2b3c4d' when that cannot be mistaken for a tag, else 'card abcd1234'."""
    return f"#{card.short_id}" if card.short_id[0].isdigit() else f"card {card.short_id}"


def _mention(rng: DemoRandom, card: Card, stage: Stage, values: dict[str, Any]) -> str:
    """A sentence about a card that moved today."""
    fields = {
        "ref": card_ref(card),
        "title": card.title,
        "hypothesis": card.hypothesis,
        "result": card.result,
        "learned": card.learned,
        "standard": card.standard,
        "next_step": card.next_step,
        "drop_reason": card.drop_reason,
    }
    return fill(rng.choice(CARD_MENTIONS[stage.value]), {**values, **fields}).strip()
