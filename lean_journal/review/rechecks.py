"""Re-checks of adopted improvements over a period: due, overdue, held and slipped.

Built on lean_journal.pdca.rechecks (one re-check per day on a card, with its recorded result if any).
With R the earlier of today and the period's last day:
- due: the re-checks the period asks for: dated in the period, with no result recorded by R (a result
  recorded later does not count yet); for the month under way, the rest of the month's ones too. A
  re-check left open counts in its own period, not again in the next ones;
- overdue: the due ones whose day is before R (their day has passed without a result);
- held, slipped: the results recorded (their `on` day) in the period, by what they found (sustainment).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lean_journal.pdca.rechecks import Recheck, all_rechecks
from lean_journal.review.period import Period

__all__ = ["Recheck", "RecheckFigures", "all_rechecks", "recheck_figures"]


@dataclass(frozen=True, slots=True)
class RecheckFigures:
    """The re-checks of a period, each list ordered by day then card title (see the module docstring)."""

    due: tuple[Recheck, ...] = ()
    overdue: tuple[Recheck, ...] = ()
    held: tuple[Recheck, ...] = ()
    slipped: tuple[Recheck, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether no result was recorded in the period (due and overdue are levels, not events)."""
        return not (self.held or self.slipped)


def _open_on(check: Recheck, day: date) -> bool:
    """Whether the re-check had no result recorded by `day`."""
    return check.result is None or check.result.on > day


def recheck_figures(rechecks: Sequence[Recheck], period: Period, today: date) -> RecheckFigures:
    """The re-checks due, overdue, held and slipped for `period` as seen on `today`, from
    `all_rechecks(cards)` (ordered by day; made once for many periods)."""
    seen_on = min(today, period.end)
    days = [check.due for check in rechecks]
    dated = rechecks[bisect_left(days, period.start) : bisect_right(days, period.end)]
    due = tuple(check for check in dated if _open_on(check, seen_on))
    recorded = [c for c in rechecks if c.result is not None and period.start <= c.result.on <= period.end]
    return RecheckFigures(
        due=due,
        overdue=tuple(check for check in due if check.due < seen_on),
        held=tuple(c for c in recorded if c.result is not None and c.result.held),
        slipped=tuple(c for c in recorded if c.result is not None and not c.result.held),
    )
