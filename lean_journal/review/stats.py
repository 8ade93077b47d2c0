"""Every review figure of a period and its change against the previous period, and their JSON form.

Use: `data = ReviewData.from_store(store)` once (it sorts the entries and reads the settings), then
`data.review(period, today)` for a `Review` of any period (its figures, the previous period's, and
`change()`), or `data.figures(period, today)` for one period alone. `Review.to_json()` is what
`lean-journal stats --json` prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from lean_journal.growth import debt
from lean_journal.model import Card, Goal, JournalEntry, Learning, Share
from lean_journal.review.delta import Delta, compare, compare_totals, may_be_new
from lean_journal.review.growth_figures import GrowthFigures, growth_figures
from lean_journal.review.journal_figures import JournalFigures, JournalIndex, journal_figures
from lean_journal.review.pdca_figures import PdcaFigures, pdca_figures
from lean_journal.review.period import Period
from lean_journal.review.rechecks import RecheckFigures, all_rechecks, recheck_figures
from lean_journal.review.streaks import DEFAULT_WEEKLY_STREAK_DAYS, WEEKLY_STREAK_KEY, weekly_streak_days_from
from lean_journal.review.trends import JournalTrends, journal_trends

if TYPE_CHECKING:
    from lean_journal.store import Store

SECTIONS = ("journal", "pdca", "growth", "rechecks")
"""The parts of `Figures`, in the order the JSON and the table give them."""
RECHECK_COUNTS = ("due", "overdue", "held", "slipped")
"""The re-check lists counted in the JSON and compared."""
LISTS = ("cycle_days",)
"""Fields kept out of the comparison and the JSON (the detail behind a figure)."""


@dataclass(frozen=True, slots=True)
class Figures:
    """Every figure of one period."""

    period: Period
    journal: JournalFigures
    pdca: PdcaFigures
    growth: GrowthFigures
    rechecks: RecheckFigures
    trends: JournalTrends
    """The journal's detail over time (shown and in the JSON, not compared)."""


class ReviewData:
    """Everything the figures are made from, read once: the journal indexed by day, the cards and their
    re-checks, learn and share items, goals, and the two settings."""

    def __init__(
        self,
        entries: Iterable[JournalEntry],
        cards: Iterable[Card],
        learnings: Iterable[Learning] = (),
        shares: Iterable[Share] = (),
        goals: Iterable[Goal] = (),
        *,
        weekly_days: int = DEFAULT_WEEKLY_STREAK_DAYS,
        debt_days: int = debt.DEFAULT_SHARE_DEBT_DAYS,
    ) -> None:
        """Index the entries and re-checks; keep the rest as given."""
        self.journal = JournalIndex(entries)
        self.cards = list(cards)
        self.rechecks = all_rechecks(self.cards)
        self.learnings, self.shares, self.goals = list(learnings), list(shares), list(goals)
        self.weekly_days = weekly_days
        self.debt_days = debt_days

    @classmethod
    def from_store(cls, store: Store) -> ReviewData:
        """The data of a journal file, with its `weekly_streak_days` and `share_debt_days` settings."""
        return cls(
            store.entries.all(),
            store.cards.all(),
            store.learnings.all(),
            store.shares.all(),
            store.goals.all(),
            weekly_days=weekly_streak_days_from(store.settings.get(WEEKLY_STREAK_KEY)),
            debt_days=debt.debt_days(store.settings.get(debt.SHARE_DEBT_SETTING)),
        )

    def figures(self, period: Period, today: date) -> Figures:
        """Every figure of `period`, as seen on `today`."""
        growth = growth_figures(self.learnings, self.shares, self.goals, period, today, self.debt_days)
        return Figures(
            period=period,
            journal=journal_figures(self.journal, period, today, self.weekly_days),
            pdca=pdca_figures(self.cards, period),
            growth=growth,
            rechecks=recheck_figures(self.rechecks, period, today),
            trends=journal_trends(self.journal, period, today),
        )

    def review(self, period: Period, today: date) -> Review:
        """The figures of `period` and of the period before it."""
        return Review(self.figures(period, today), self.figures(period.previous(), today), self.weekly_days)


@dataclass(frozen=True, slots=True)
class Review:
    """A period's figures with the previous period's, to show each change."""

    current: Figures
    previous: Figures
    weekly_days: int = DEFAULT_WEEKLY_STREAK_DAYS

    def change(self) -> dict[str, dict[str, Any]]:
        """A Delta for every figure, by section and name (impact and time per stage: a Delta per key)."""
        return {
            section: _deltas(_compared(getattr(self.current, section)), getattr(self.previous, section))
            for section in SECTIONS
        }

    def to_json(self) -> dict[str, Any]:
        """The plain form `lean-journal stats --json` prints: this period, the previous one, the changes."""
        return {
            **figures_json(self.current, self.weekly_days),
            "previous": figures_json(self.previous, self.weekly_days),
            "change": _changes_json(self.change()),
        }


def _compared(figures: Any) -> dict[str, Any]:
    """The figures of one section that are compared, by name (re-checks by how many)."""
    if isinstance(figures, RecheckFigures):
        return {name: len(getattr(figures, name)) for name in RECHECK_COUNTS}
    return {item.name: getattr(figures, item.name) for item in fields(figures) if item.name not in LISTS}


def _deltas(now: dict[str, Any], before_figures: Any) -> dict[str, Any]:
    """A Delta per figure (per key of a mapping); "new" only for events, after a quiet section."""
    before, quiet = _compared(before_figures), before_figures.empty
    out: dict[str, Any] = {}
    for name, a in now.items():
        b, empty = before[name], quiet and may_be_new(name)
        out[name] = compare_totals(a, b, empty) if isinstance(a, dict) else compare(a, b, empty)
    return out


def _plain(value: Any) -> Any:
    """A figure as JSON holds it (mappings keyed by strings)."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def _section(figures: Any) -> dict[str, Any]:
    """One figure dataclass as a plain dictionary, without the detail lists."""
    return {
        item.name: _plain(getattr(figures, item.name)) for item in fields(figures) if item.name not in LISTS
    }


def figures_json(figures: Figures, weekly_days: int = DEFAULT_WEEKLY_STREAK_DAYS) -> dict[str, Any]:
    """One period's figures as plain data: `from`, `to`, `journal`, `pdca`, `growth`, `rechecks`."""
    return {
        "from": figures.period.start.isoformat(),
        "to": figures.period.end.isoformat(),
        "period": figures.period.kind.value,
        "journal": {
            **_section(figures.journal),
            "weekly_streak_days": weekly_days,
            **trends_json(figures.trends),
        },
        "pdca": _section(figures.pdca),
        "growth": _section(figures.growth),
        "rechecks": _compared(figures.rechecks),
    }


def trends_json(trends: JournalTrends) -> dict[str, Any]:
    """The journal's detail keys: ratings by week (its Monday) and month, mood by tag, on this day."""
    weeks = {monday.isoformat(): means for monday, means in trends.by_week.items()}
    months = {first.isoformat()[:7]: means for first, means in trends.by_month.items()}
    return {
        "mood_by_week": {key: means.mood for key, means in weeks.items()},
        "energy_by_week": {key: means.energy for key, means in weeks.items()},
        "mood_by_month": {key: means.mood for key, means in months.items()},
        "energy_by_month": {key: means.energy for key, means in months.items()},
        "mood_by_tag": {tag: means.mood for tag, means in trends.by_tag.items()},
        "on_this_day": [
            {"year": entry.day.year, "id": entry.short_id, "title": entry.title}
            for entry in trends.on_this_day
        ],
    }


def _changes_json(changes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The `change` object: each Delta's change alone (a number, "new" or null)."""

    def one(value: Delta | dict[Any, Delta]) -> Any:
        """A change, or a mapping of changes."""
        return (
            {str(key): delta.change for key, delta in value.items()}
            if isinstance(value, dict)
            else value.change
        )

    return {
        section: {name: one(value) for name, value in items.items()} for section, items in changes.items()
    }
