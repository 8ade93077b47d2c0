"""The period `stats` and `report` work on, by one rule: a period the calendar holds with room around it
(review.period.supported) that has begun by today (review.period.begun); anything else is one usage line,
said before the journal is opened or anything is computed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from lean_journal.cli.errors import UsageError
from lean_journal.review.period import Period, PeriodError, begun, period_between, supported


def reviewable(make: Callable[[], Period], today: date) -> Period:
    """The period `make` gives, if it can be reviewed on `today`; a UsageError saying why not."""
    try:
        return begun(supported(make()), today)
    except PeriodError as error:
        raise UsageError(str(error)) from None


def stats_period(args: argparse.Namespace, today: date) -> Period:
    """The period the flags name (at most one of --month, --year, --from/--to); this month by default."""
    given = [flag for flag, value in (("--month", args.month), ("--year", args.year)) if value]
    if args.since or args.until:
        given.append("--from/--to")
    if len(given) > 1:
        raise UsageError(f"give one of --month, --year or --from/--to, not {' and '.join(given)}")
    if args.month or args.year:
        chosen: Period = args.month or args.year
        return reviewable(lambda: chosen, today)
    if args.since or args.until:
        return reviewable(lambda: period_between(args.since, args.until, today), today)
    return reviewable(lambda: Period.month_of(today), today)


def report_month(args: argparse.Namespace, today: date) -> Period:
    """The month --month names, or by default the calendar month before today's (sent for last month)."""
    if args.month:
        chosen: Period = args.month
        return reviewable(lambda: chosen, today)
    from lean_journal.review.deck.content import previous_month

    return reviewable(lambda: Period.month_of(previous_month(today)), today)
