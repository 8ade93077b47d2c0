"""The demo's only source of chance: a seeded random.Random with helpers for ids, picks and moments."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, TypeVar

from lean_journal.demo.text_people import AREAS, BOSSES, TEAM

T = TypeVar("T")
DAYS_PER_BOSS = 1100


def fill(text: str, values: Mapping[str, Any]) -> str:
    """A phrase with its {slots} filled in."""
    return text.format_map(values)


class DemoRandom(random.Random):
    """random.Random(seed) plus the few helpers the demo builders share."""

    def uuid(self) -> str:
        """A version-4 UUID drawn from this generator (never from the OS)."""
        return str(uuid.UUID(int=self.getrandbits(128), version=4))

    def chance(self, probability: float) -> bool:
        """True with the given probability."""
        return self.random() < probability

    def some(self, items: Sequence[T], low: int, high: int) -> list[T]:
        """Between `low` and `high` distinct items, in their original order."""
        count = self.randint(low, min(high, len(items)))
        picked = sorted(self.sample(range(len(items)), count))
        return [items[i] for i in picked]

    def moment(self, day: date, tz: tzinfo, first_minute: int, last_minute: int) -> datetime:
        """A whole-minute moment on `day` between two minutes after midnight."""
        minute = self.randint(first_minute, last_minute)
        return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=tz)

    def rating(self, centre: float) -> int:
        """A 1-5 rating scattered around `centre`."""
        return max(1, min(5, round(self.gauss(centre, 0.6))))


@dataclass(frozen=True)
class Span:
    """The stretch of days the demo covers, its timezone and the cast of people."""

    first: date
    today: date
    tz: tzinfo

    @property
    def days(self) -> int:
        """How many days lie between the first day and today."""
        return (self.today - self.first).days

    def day(self, offset: int) -> date:
        """The day `offset` days after the first."""
        return self.first + timedelta(days=offset)

    def boss_on(self, day: date) -> str:
        """Who my boss was on `day` (bosses change every three years or so; the newest is last)."""
        back = (self.today - day).days // DAYS_PER_BOSS
        return BOSSES[max(0, len(BOSSES) - 1 - back % len(BOSSES))]

    def last_moment(self) -> datetime:
        """The latest moment anything may carry: yesterday evening."""
        return datetime.combine(self.today - timedelta(days=1), time(21, 0), tzinfo=self.tz)

    def slots(self, rng: DemoRandom, day: date) -> dict[str, str]:
        """Names to fill a phrase with: people, the boss, an area and small numbers."""
        people = rng.sample(TEAM, 2)
        return {
            "person": people[0],
            "other": people[1],
            "boss": self.boss_on(day),
            "area": rng.choice(AREAS),
            "n": str(rng.randint(3, 12)),
            "minutes": str(rng.choice((10, 15, 20, 25, 30, 40, 45))),
            "weekday": day.strftime("%A"),
        }
