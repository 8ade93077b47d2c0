"""Re-checks of adopted improvements over a period: due, overdue, held and slipped.

Built on lean_journal.pdca.rechecks (one re-check per day on a card, with its recorded result if any).
With R the earlier of today and the period's last day:
- due: re-checks dated in the period or before it that had no result recorded by R (a result recorded
  later does not count yet): for this month, every re-check still open up to its last day, upcoming
  ones included; for next month, the ones falling then and those still outstanding;
- overdue: the due ones whose day is before R's next day and before today (for this month: day passed
  without a result, as pdca.rechecks says);
- held, slipped: the results recorded (their `on` day) in the period, by what they found (sustainment).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

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
        """Whether no re-check is due, overdue or recorded."""
        return not (self.due or self.overdue or self.held or self.slipped)


def _open_on(check: Recheck, day: date) -> bool:
    """Whether the re-check had no result recorded by `day`."""
    return check.result is None or check.result.on > day


def recheck_figures(rechecks: Sequence[Recheck], period: Period, today: date) -> RecheckFigures:
    """The re-checks due, overdue, held and slipped for `period` as seen on `today`, from
    `all_rechecks(cards)` (ordered by day; made once for many periods)."""
    seen_on = min(today, period.end)
    late_before = min(today, period.end + timedelta(days=1))
    up_to_end = rechecks[: bisect_right([check.due for check in rechecks], period.end)]
    due = tuple(check for check in up_to_end if _open_on(check, seen_on))
    recorded = [c for c in rechecks if c.result is not None and period.start <= c.result.on <= period.end]
    return RecheckFigures(
        due=due,
        overdue=tuple(check for check in due if check.due < late_before),
        held=tuple(c for c in recorded if c.result is not None and c.result.held),
        slipped=tuple(c for c in recorded if c.result is not None and not c.result.held),
    )
