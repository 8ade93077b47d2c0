"""Deterministic, lived-in demo data: years of journal entries, PDCA cards and Learn · Share · Grow items.

`build_demo` is pure (same years, seed, today and timezone give identical data); `write_demo` puts the
result into a store in one save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from lean_journal.demo.board import build_cards
from lean_journal.demo.goals import build_goals
from lean_journal.demo.growth import build_learnings, build_shares
from lean_journal.demo.journal import build_entries, card_ref
from lean_journal.demo.rng import DemoRandom, Span
from lean_journal.model import Card, Goal, GrowthItem, JournalEntry, Learning, Share
from lean_journal.store import Store

DAYS_PER_YEAR = 365

__all__ = ["Demo", "build_demo", "card_ref", "write_demo"]


@dataclass(frozen=True)
class Demo:
    """Everything the demo writes."""

    entries: list[JournalEntry]
    cards: list[Card]
    learnings: list[Learning]
    shares: list[Share]
    goals: list[Goal]

    @property
    def growth(self) -> list[GrowthItem]:
        """Every Learn · Share · Grow item."""
        return [*self.learnings, *self.shares, *self.goals]


def build_demo(*, years: int, seed: int, today: date, tz: tzinfo) -> Demo:
    """Demo data covering `years` years up to yesterday, the same every time for the same arguments."""
    if years < 1:
        raise ValueError(f"years must be at least 1, not {years}")
    rng = DemoRandom(seed)
    span = Span(first=today - timedelta(days=DAYS_PER_YEAR * years), today=today, tz=tz)
    cards = build_cards(rng, span, years)
    entries = build_entries(rng, span, cards)
    learnings = build_learnings(rng, span, years, entries, cards)
    shares = build_shares(rng, span, years, learnings, entries)
    goals = build_goals(rng, span, years, (entries, cards, shares))
    return Demo(entries=entries, cards=cards, learnings=learnings, shares=shares, goals=goals)


def write_demo(store: Store, *, years: int, seed: int = 7) -> Demo:
    """Build the demo for the store's clock and add all of it in a single save."""
    tz = store.clock.now().tzinfo
    if tz is None:
        raise ValueError("the store's clock must give timezone-aware times")
    demo = build_demo(years=years, seed=seed, today=store.clock.today(), tz=tz)
    with store.batch():
        store.entries.add_many(demo.entries)
        store.cards.add_many(demo.cards)
        store.learnings.add_many(demo.learnings)
        store.shares.add_many(demo.shares)
        store.goals.add_many(demo.goals)
    return demo
