"""The journal over time, for charts: mood and energy by ISO week and month, mood by tag, words per day,
entries and words per month, and "on this day" in earlier years; `journal_trends` gathers what `stats`
shows of them.

Every function reads a `JournalIndex` (built once) and only the entries of the period it is given.
Weeks are keyed by their Monday, months by their first day; a week or month partly outside the period
counts only the entries inside it. Means are rounded to two decimals, None when nothing was rated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from lean_journal.model import JournalEntry
from lean_journal.review.journal_figures import JournalIndex, mean
from lean_journal.review.period import Period
from lean_journal.review.streaks import ONE_WEEK, monday_of, reference_day, stepped


@dataclass(frozen=True, slots=True)
class Means:
    """The mean mood and energy of some entries (None when none of them was rated), and how many."""

    mood: float | None
    energy: float | None
    entries: int


@dataclass(frozen=True, slots=True)
class Totals:
    """How many entries and body words some stretch of days holds."""

    entries: int
    words: int


def _means(entries: list[JournalEntry]) -> Means:
    """The mean mood and energy of `entries`."""
    return Means(
        mood=mean(e.mood for e in entries if e.mood is not None),
        energy=mean(e.energy for e in entries if e.energy is not None),
        entries=len(entries),
    )


def week_starts(period: Period) -> list[date]:
    """The Monday of every ISO week that overlaps the period, in order."""
    mondays: list[date] = []
    monday: date | None = monday_of(period.start)
    while monday is not None and monday <= period.end:
        mondays.append(monday)
        monday = stepped(monday, ONE_WEEK)
    return mondays


def month_starts(period: Period) -> list[date]:
    """The first day of every calendar month that overlaps the period, in order."""
    firsts: list[date] = []
    day: date | None = period.start.replace(day=1)
    while day is not None and day <= period.end:
        firsts.append(day)
        day = None if day.year == date.max.year and day.month == 12 else _next_first(day)
    return firsts


def _next_first(day: date) -> date:
    """The first day of the month after `day`'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _grouped(
    entries: Iterable[JournalEntry], keys: list[date], key_of: Callable[[date], date]
) -> dict[date, list[JournalEntry]]:
    """Entries grouped under each of `keys` (every key present, possibly with no entries)."""
    groups: dict[date, list[JournalEntry]] = {key: [] for key in keys}
    for entry in entries:
        groups[key_of(entry.day)].append(entry)
    return groups


def _first_of_month(day: date) -> date:
    """The first day of `day`'s month."""
    return day.replace(day=1)


def ratings_by_week(index: JournalIndex, period: Period) -> dict[date, Means]:
    """Mean mood and energy of each ISO week overlapping the period, keyed by its Monday."""
    groups = _grouped(index.within(period), week_starts(period), monday_of)
    return {monday: _means(group) for monday, group in groups.items()}


def ratings_by_month(index: JournalIndex, period: Period) -> dict[date, Means]:
    """Mean mood and energy of each month overlapping the period, keyed by its first day."""
    groups = _grouped(index.within(period), month_starts(period), _first_of_month)
    return {first: _means(group) for first, group in groups.items()}


def totals_by_month(index: JournalIndex, period: Period) -> dict[date, Totals]:
    """Entries and body words of each month overlapping the period (for bars), keyed by its first day."""
    totals = {first: [0, 0] for first in month_starts(period)}
    for entry, words in zip(index.within(period), index.word_counts(period), strict=True):
        month = totals[entry.day.replace(day=1)]
        month[0] += 1
        month[1] += words
    return {first: Totals(count, words) for first, (count, words) in totals.items()}


def words_per_day(index: JournalIndex, period: Period) -> dict[date, int]:
    """Body words written on each day of the period that has an entry (a day missing had none; for the
    heatmap, a written day with empty bodies is 0)."""
    per_day: dict[date, int] = {}
    for entry, words in zip(index.within(period), index.word_counts(period), strict=True):
        per_day[entry.day] = per_day.get(entry.day, 0) + words
    return per_day


def mood_by_tag(index: JournalIndex, period: Period) -> dict[str, Means]:
    """Mean mood and energy of the entries carrying each tag (given or written as #tag), by tag name."""
    tagged: dict[str, list[JournalEntry]] = {}
    for entry in index.within(period):
        for tag in entry.all_tags:
            tagged.setdefault(tag, []).append(entry)
    return {tag: _means(tagged[tag]) for tag in sorted(tagged)}


def on_this_day(index: JournalIndex, day: date) -> list[JournalEntry]:
    """Entries written on the same month and day in earlier years, newest year first (29 February finds
    only earlier 29 Februaries)."""
    if not index.entries:
        return []
    first_year = index.entries[0].day.year
    return [entry for year in range(day.year - 1, first_year - 1, -1) for entry in _on(index, year, day)]


def _on(index: JournalIndex, year: int, day: date) -> list[JournalEntry]:
    """The entries of `day`'s month and day in `year` (none when that year has no such day)."""
    try:
        same = day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return []
    return index.within(Period.range(same, same))


@dataclass(frozen=True, slots=True)
class JournalTrends:
    """The journal of a period over time: mood and energy by ISO week (keyed by Monday) and by month
    (keyed by its first day), by tag, and the entries of R's day in earlier years."""

    by_week: dict[date, Means]
    by_month: dict[date, Means]
    by_tag: dict[str, Means]
    day: date
    """R, the day "on this day" looks back from: the earlier of today and the period's last day."""
    on_this_day: tuple[JournalEntry, ...]


def journal_trends(index: JournalIndex, period: Period, today: date) -> JournalTrends:
    """The period's trends, "on this day" looking back from R."""
    day = reference_day(period, today)
    return JournalTrends(
        by_week=ratings_by_week(index, period),
        by_month=ratings_by_month(index, period),
        by_tag=mood_by_tag(index, period),
        day=day,
        on_this_day=tuple(on_this_day(index, day)),
    )
