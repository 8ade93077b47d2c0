"""Which days the demo journal was written on, and how each of them felt (mood and energy drift)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lean_journal.demo.rng import DemoRandom, Span

# Chance of writing today, by (wrote yesterday?, weekend?): habits make streaks, misses make gaps.
WRITE_CHANCE = {(True, False): 0.98, (True, True): 0.93, (False, False): 0.7, (False, True): 0.5}
SECOND_ENTRY = 0.2
LIVED_IN_DAYS = 14  # the last two weeks are always written, so today's journal looks in use


@dataclass(frozen=True)
class Day:
    """One written day: how many entries and the mood and energy it was written in."""

    day: date
    entries: int
    mood: float
    energy: float
    away: str  # "", "holiday", "sick" or "slump"


def away_days(rng: DemoRandom, span: Span) -> dict[date, str]:
    """Holidays, sick weeks and slumps of each year, by day."""
    away: dict[date, str] = {}
    for year in range(span.first.year, span.today.year + 1):
        summer = date(year, 7, 1) + timedelta(days=rng.randint(0, 50))
        _mark(away, summer, rng.randint(7, 16), "holiday")
        _mark(away, date(year, 12, 23), rng.randint(8, 11), "holiday")
        if rng.chance(0.6):
            _mark(away, date(year, 1, 10) + timedelta(days=rng.randint(0, 300)), rng.randint(3, 8), "sick")
        if rng.chance(0.7):
            _mark(away, date(year, 2, 1) + timedelta(days=rng.randint(0, 280)), rng.randint(10, 25), "slump")
    return away


def _mark(away: dict[date, str], first: date, length: int, why: str) -> None:
    """Mark `length` days from `first` as away for reason `why` (earlier reasons win)."""
    for offset in range(length):
        away.setdefault(first + timedelta(days=offset), why)


def written_days(rng: DemoRandom, span: Span) -> list[Day]:
    """Every day with at least one entry, oldest first, up to yesterday."""
    away = away_days(rng, span)
    days: list[Day] = []
    wrote, drift = True, 0.0
    for offset in range(span.days):
        day = span.day(offset)
        why = away.get(day, "")
        drift = 0.9 * drift + rng.gauss(0, 0.22)
        if _writes(rng, day, why, wrote, span.days - offset <= LIVED_IN_DAYS):
            mood = 3.4 + drift + _lift(why) + (0.2 if day.weekday() == 4 else 0.0)
            mood -= 0.25 if day.weekday() == 0 else 0.0
            energy = mood - 0.2 + rng.gauss(0, 0.4) - (0.8 if why == "sick" else 0.0)
            extra = why == "" and day.weekday() < 5 and rng.chance(SECOND_ENTRY)
            days.append(Day(day, 2 if extra else 1, mood, energy, why))
            wrote = True
        else:
            wrote = False
    return days


def _writes(rng: DemoRandom, day: date, why: str, wrote: bool, lived_in: bool) -> bool:
    """Whether anything was written on `day`."""
    if lived_in:
        return True
    if why == "holiday":
        return rng.chance(0.08)
    if why == "sick":
        return rng.chance(0.15)
    chance = WRITE_CHANCE[(wrote, day.weekday() >= 5)]
    return rng.chance(chance * (0.45 if why == "slump" else 1.0))


def _lift(why: str) -> float:
    """How an away period moves the mood."""
    return {"holiday": 0.6, "sick": -0.9, "slump": -1.1}.get(why, 0.0)
