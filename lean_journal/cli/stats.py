"""`lean-journal stats`: the review figures of a month, a year or a range, with the change against the
period before, as a compact table or as JSON."""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from collections.abc import Mapping

from lean_journal.cli.commands import note_set_aside, open_to_read
from lean_journal.cli.errors import EXIT_OK
from lean_journal.cli.output import write_stdout
from lean_journal.cli.periods import stats_period
from lean_journal.cli.stats_trends import NONE, shown, trends_parts
from lean_journal.clock import Clock
from lean_journal.review.delta import LOWER_IS_BETTER, NEW, Delta
from lean_journal.review.stats import Review, ReviewData
from lean_journal.text import json_printable, printable

PLAIN_WIDTH = 100
# The rows of the table: (section in Review.change(), figure, label); after the cycle times, time per
# stage gets a row per stage some stay ended in, and impact a row per unit.
ROWS: tuple[tuple[str, str, str], ...] = (
    ("journal", "entries", "entries"),
    ("journal", "days_written", "days written"),
    ("journal", "words", "words"),
    ("journal", "current_streak", "current streak (days)"),
    ("journal", "longest_streak", "longest streak (days)"),
    ("journal", "weekly_streak", "weekly streak"),
    ("journal", "longest_weekly_streak", "longest weekly streak"),
    ("journal", "mood_avg", "mood (mean)"),
    ("journal", "energy_avg", "energy (mean)"),
    ("pdca", "started", "cards started"),
    ("pdca", "adopted", "adopted"),
    ("pdca", "adapted", "adapted"),
    ("pdca", "abandoned", "abandoned"),
    ("pdca", "dropped", "dropped"),
    ("pdca", "cycle_days_p50", "cycle time p50 (days)"),
    ("pdca", "cycle_days_p85", "cycle time p85 (days)"),
    ("growth", "learned", "learned"),
    ("growth", "shared", "shared"),
    ("growth", "share_debt", "share debt"),
    ("growth", "goals_active", "goals active"),
    ("growth", "goals_done", "goals done"),
    ("growth", "milestones_done", "milestones done"),
    ("rechecks", "due", "re-checks due"),
    ("rechecks", "overdue", "re-checks overdue"),
    ("rechecks", "held", "re-checks held"),
    ("rechecks", "slipped", "re-checks slipped"),
)
SECTIONS = {"journal": "Journal", "pdca": "PDCA", "growth": "Learn · Share · Grow", "rechecks": "Re-checks"}


def cmd_stats(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Print the review figures of the chosen period, as a table or (--json) as a JSON object."""
    today = clock.today()
    period = stats_period(args, today)
    store = open_to_read(args, clock, environ)
    review = ReviewData.from_store(store).review(period, today)
    if args.json:
        import orjson

        data = orjson.dumps(review.to_json(), option=orjson.OPT_INDENT_2)
        write_stdout(json_printable(data.decode()) + "\n")
    else:
        tty = sys.stdout.isatty()
        colour = tty and "NO_COLOR" not in environ
        width = shutil.get_terminal_size().columns if tty else PLAIN_WIDTH
        write_stdout(stats_text(review, colour=colour, width=width))
    note_set_aside(store)
    return EXIT_OK


def shown_change(delta: Delta) -> str:
    """A change as the table shows it: `+3`, `-1.5`, `0`, `new`, or a dash."""
    if delta.change is None:
        return NONE
    if delta.change == NEW:
        return NEW
    text = shown(delta.change)
    return text if text.startswith("-") or text == "0" else f"+{text}"


def _rows(review: Review) -> list[tuple[str, str, Delta, bool]]:
    """(section, label, delta, lower is better) per row; time per stage and impact follow cycle time."""
    changes = review.change()
    rows = []
    for section, name, label in ROWS:
        if name in ("weekly_streak", "longest_weekly_streak"):
            label = f"{label} (weeks of {review.weekly_days}+ days)"
        rows.append((section, label, changes[section][name], name in LOWER_IS_BETTER))
        if name == "cycle_days_p85":
            rows.extend(_stage_rows(review))
            for unit, delta in changes["pdca"]["impact"].items():
                rows.append(("pdca", f"impact: {unit or 'no unit'}", delta, False))
    return rows


def _stage_rows(review: Review) -> list[tuple[str, str, Delta, bool]]:
    """A row per board stage, in board order, that a stay ended in during either period."""
    stages = review.change()["pdca"]["time_per_stage"]
    return [
        ("pdca", f"time in {stage.label} (days)", stages[stage], True)
        for stage in review.current.pdca.time_per_stage
        if (stages[stage].current, stages[stage].previous) != (None, None)
    ]


def stats_text(review: Review, *, colour: bool, width: int = PLAIN_WIDTH) -> str:
    """The figures as a compact Rich table, coloured (green better, red worse) only when `colour`."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    now, before = review.current.period, review.previous.period
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for heading, justify in (
        ("", "left"),
        (now.label, "right"),
        (before.label, "right"),
        ("change", "right"),
    ):
        table.add_column(heading, justify=justify)  # type: ignore[arg-type]
    section = ""
    for part, label, delta, lower in _rows(review):
        if part != section:
            if section:
                table.add_section()
            table.add_row(Text(SECTIONS[part], style="bold"))
            section = part
        style = {"better": "green", "worse": "red"}.get(delta.verdict(lower) or "", "")
        cells = (shown(delta.current), shown(delta.previous), shown_change(delta))
        table.add_row(Text(printable(label)), *(Text(c) for c in cells[:2]), Text(cells[2], style=style))
    out = io.StringIO()
    console = Console(
        file=out, width=width, force_terminal=colour, no_color=not colour, highlight=False, emoji=False
    )
    console.print(Text(f"{now.label}: {now.start} to {now.end}, against {before.start} to {before.end}"))
    console.print(table)
    for block in trends_parts(review.current.trends):
        console.print(block)
    return out.getvalue()
