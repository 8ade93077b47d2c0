"""The journal's figures for a period: entries, days written, words, streaks and average mood and energy.

Build a `JournalIndex` once from every entry; each period's figures then read only the entries inside it
(found by bisection), plus the set of written days for the streaks that run past the period's start.
A day is an entry's own `day` field, never its `created` time converted to another time zone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lean_journal.model import JournalEntry
from lean_journal.review import streaks
from lean_journal.review.period import Period

DECIMALS = 2


def word_count(entry: JournalEntry) -> int:
    """The whitespace-separated words of the entry's body (the title is not counted)."""
    return len(entry.body.split())


def mean(values: Iterable[int | float]) -> float | None:
    """The mean rounded to two decimals, or None when there are no values."""
    numbers = list(values)
    return round(sum(numbers) / len(numbers), DECIMALS) if numbers else None


class JournalIndex:
    """Every entry, sorted by day once, and the set of days written."""

    def __init__(self, entries: Iterable[JournalEntry]) -> None:
        """Sort the entries by their day."""
        self.entries: list[JournalEntry] = sorted(entries, key=lambda entry: entry.day)
        self._days = [entry.day for entry in self.entries]
        self.written: frozenset[date] = frozenset(self._days)
        """Every day with at least one entry."""

        self._words: list[int | None] = [None] * len(self.entries)

    def _bounds(self, period: Period) -> tuple[int, int]:
        """The slice of `entries` whose day is inside the period."""
        return bisect_left(self._days, period.start), bisect_right(self._days, period.end)

    def within(self, period: Period) -> list[JournalEntry]:
        """The entries whose day is inside the period, oldest day first."""
        low, high = self._bounds(period)
        return self.entries[low:high]

    def word_counts(self, period: Period) -> list[int]:
        """The body words of each entry `within(period)` returns, in the same order (counted once each)."""
        low, high = self._bounds(period)
        counts = self._words
        for position in range(low, high):
            if counts[position] is None:
                counts[position] = word_count(self.entries[position])
        return counts[low:high]  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class JournalFigures:
    """What the journal shows for one period (see lean_journal.review.streaks for the streaks)."""

    entries: int
    days_written: int
    words: int
    longest_streak: int
    current_streak: int
    weekly_streak: int
    longest_weekly_streak: int
    mood_avg: float | None
    energy_avg: float | None

    @property
    def empty(self) -> bool:
        """Whether the period holds no entry at all."""
        return self.entries == 0


def journal_figures(
    index: JournalIndex,
    period: Period,
    today: date,
    weekly_days: int = streaks.DEFAULT_WEEKLY_STREAK_DAYS,
) -> JournalFigures:
    """The journal's figures for `period`, current streaks ending on R = min(today, period.end)."""
    inside = index.within(period)
    written = index.written
    days = {entry.day for entry in inside}
    return JournalFigures(
        entries=len(inside),
        days_written=len(days),
        words=sum(index.word_counts(period)),
        longest_streak=streaks.longest_streak(days, period),
        current_streak=streaks.current_streak(written, period, today),
        weekly_streak=streaks.current_weekly_streak(written, period, today, weekly_days),
        longest_weekly_streak=streaks.longest_weekly_streak(written, period, weekly_days),
        mood_avg=mean(entry.mood for entry in inside if entry.mood is not None),
        energy_avg=mean(entry.energy for entry in inside if entry.energy is not None),
    )
