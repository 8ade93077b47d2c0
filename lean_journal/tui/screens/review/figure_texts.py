"""The Review area's panels as Rich Text (drawn into Statics by the screen): each figure with its change.

Every function takes the pure `Overview` (lean_journal.review.overview) and returns a Text; user text
(card and goal titles, units) goes through `lean_journal.text` and is never read as markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from rich.style import Style
from rich.text import Text

from lean_journal.growth.goals import due_text, progress_fraction, progress_text
from lean_journal.review.delta import LOWER_IS_BETTER, NEW, Delta, compare
from lean_journal.review.overview import Overview
from lean_journal.review.period import Period, PeriodKind
from lean_journal.text import printable

GOOD, BAD, SAME = Style(color="green"), Style(color="red"), Style(dim=True)
LABEL = Style(dim=True)
THROUGHPUT = Style(color="#d29922")
BAR = "█"
BAR_WIDTH = 24
GOAL_BAR = 6  # cells of a goal's progress bar: its title needs the room more
NO_VALUE = "\u2013"  # an en dash: no figure


def number(value: float | int | None, suffix: str = "") -> str:
    """A figure as shown: thousands separated, at most two decimals, an en dash for none."""
    if value is None:
        return NO_VALUE
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".") + suffix
    return f"{int(value):,}{suffix}"


def change_text(delta: Delta | None, name: str = "") -> Text:
    """The change as '(+3)' in green or red (by whether it improved), '(new)', or nothing."""
    if delta is None or delta.change is None:
        return Text("")
    verdict = delta.verdict(lower_is_better=name in LOWER_IS_BETTER)
    style = {"better": GOOD, "worse": BAD}.get(verdict or "", SAME)
    if delta.change == NEW:
        return Text(" (new)", style=style)
    change = delta.change
    sign = "+" if isinstance(change, int | float) and change > 0 else ""
    return Text(f" ({sign}{number(change)})", style=style)


def figure(label: str, value: float | int | None, delta: Delta | None = None, name: str = "") -> Text:
    """'label value (change)'."""
    return Text.assemble((f"{label} ", LABEL), (number(value), Style(bold=True)), change_text(delta, name))


def joined(parts: list[Text], separator: str = " · ") -> Text:
    """Texts on one line, separated."""
    return Text(separator, style=LABEL).join(parts)


def lines(rows: list[Text]) -> Text:
    """Rows one under the other, each cut with an ellipsis rather than wrapped."""
    text = Text("\n").join(rows)
    text.no_wrap, text.overflow = True, "ellipsis"
    return text


def journal_text(view: Overview) -> Text:
    """Entries, days written, words, the streaks now and the period's best, mood and energy."""
    now, change = view.review.current.journal, view.review.change()["journal"]
    best = f" · {best_label(view.period)} best"
    return lines(
        [
            joined([figure(label, getattr(now, key), change[key], key) for label, key in JOURNAL_FIGURES]),
            figure("Words", now.words, change["words"]),
            Text.assemble(
                figure("Streak", now.current_streak),
                (" days", LABEL),
                figure(best, now.longest_streak, change["longest_streak"]),
            ),
            Text.assemble(
                figure(f"Weeks ≥{view.review.weekly_days} days", now.weekly_streak),
                figure(best, now.longest_weekly_streak, change["longest_weekly_streak"]),
            ),
            rounded("Mood", now.mood_avg, change["mood_avg"], 1),
            rounded("Energy", now.energy_avg, change["energy_avg"], 1),
        ]
    )


def best_label(period: Period) -> str:
    """What the period's best streak is called: `Nov`, `2026`, `365d` or `period`."""
    if period.kind is PeriodKind.MONTH:
        return f"{period.start:%b}"
    if period.kind is PeriodKind.YEAR:
        return str(period.start.year)
    return "365d" if period.kind is PeriodKind.ROLLING else "period"


JOURNAL_FIGURES = (("Entries", "entries"), ("Days", "days_written"))


def bar(value: float, most: float, width: int = BAR_WIDTH) -> str:
    """A bar of `value` against `most`, `width` cells at most (a non-zero value shows at least one)."""
    if most <= 0 or value <= 0:
        return ""
    return BAR * max(1, round(value / most * width))


def month_bars(view: Overview) -> Text:
    """Entries and words of each month of the grid, as two bars per month."""
    totals = view.month_totals
    most_entries = max((t.entries for t in totals.values()), default=0)
    most_words = max((t.words for t in totals.values()), default=0)
    rows = [Text.assemble(("       entries", LABEL), " " * 9, ("words", LABEL))]
    for first, total in totals.items():
        rows.append(
            Text.assemble(
                (f"{first:%b %y} ", LABEL),
                (f"{bar(total.entries, most_entries, 12):<12}", Style(color="#26a641")),
                f" {total.entries:>3}  ",
                (f"{bar(total.words, most_words, 12):<12}", Style(color="#58a6ff")),
                f" {total.words:>6,}",
            )
        )
    return lines(rows)


def pdca_text(view: Overview) -> Text:
    """Cards started, finished by decision and dropped; cycle time p50 and p85; cards finished per month."""
    now, change = view.review.current.pdca, view.review.change()["pdca"]
    before = view.review.previous.pdca
    return lines(
        [
            joined(
                [
                    figure("Started", now.started, change["started"]),
                    figure("Dropped", now.dropped, change["dropped"], "dropped"),
                ]
            ),
            figure("Finished", now.finished, compare(now.finished, before.finished, before.empty)),
            Text(f"  adopted {now.adopted} · adapted {now.adapted}", style=LABEL),
            Text(f"  abandoned {now.abandoned}", style=LABEL),
            *(
                rounded(f"Cycle time {key[-3:]}", getattr(now, key), change[key], 0, " days", key)
                for key in ("cycle_days_p50", "cycle_days_p85")
            ),
            Text("Finished per month", style=LABEL),
            throughput_bars(view.throughput),
        ]
    )


def rounded(
    label: str, value: float | None, delta: Delta | None, places: int, unit: str = "", name: str = ""
) -> Text:
    """'label value unit (change)', the value and its change rounded to `places` decimals."""
    shown = None if value is None else round(value, places or None)
    if delta is not None and isinstance(delta.change, int | float):
        delta = replace(delta, change=round(delta.change, places or None))
    return Text.assemble(figure(label, shown), (unit, LABEL), change_text(delta, name))


def throughput_bars(per_month: Mapping[date, int]) -> Text:
    """Cards finished in each month, a short bar each."""
    most = max(per_month.values(), default=0)
    rows = [
        Text.assemble((f"{first:%b %y} ", LABEL), (f"{bar(n, most, 12):<12}", THROUGHPUT), f" {n}")
        for first, n in per_month.items()
    ]
    return lines(rows)


def impact_text(view: Overview) -> Text:
    """Impact of the cards adopted in the period, by unit, with the change."""
    impact = view.review.change()["pdca"]["impact"]
    if not impact:
        return Text("No adopted card with an impact figure in this period.", style=LABEL)
    rows = []
    for unit, delta in impact.items():
        name = printable(unit, multiline=False) or "(no unit)"
        rows.append(Text.assemble((number(delta.current), Style(bold=True)), f" {name}", change_text(delta)))
    return Text("\n").join(rows)  # a long unit wraps: the panel lets it (never cut a unit short)


def growth_text(view: Overview) -> Text:
    """Learned, shared, share debt, goals and milestones, and re-checks recorded (sustainment)."""
    now, change = view.review.current.growth, view.review.change()["growth"]
    kept, checks = view.review.current.rechecks, view.review.change()["rechecks"]
    learned = figure("Learned", now.learned, change["learned"])
    return lines(
        [
            joined([learned, figure("Shared", now.shared, change["shared"])]),
            figure("Share debt", now.share_debt, change["share_debt"], "share_debt"),
            joined(
                [
                    figure("Goals active", now.goals_active, change["goals_active"]),
                    figure("done", now.goals_done, change["goals_done"]),
                ]
            ),
            figure("Milestones done", now.milestones_done, change["milestones_done"]),
            joined(
                [
                    figure("Sustained", len(kept.held), checks["held"]),
                    figure("slipped", len(kept.slipped), checks["slipped"], "slipped"),
                ]
            ),
        ]
    )


def goals_text(view: Overview, today: date) -> Text:
    """Each active goal with a progress bar, milestones done of all, and its days left."""
    if not view.goals:
        return Text("No active goal.", style=LABEL)
    rows = []
    for goal in view.goals:
        done = round(progress_fraction(goal) * GOAL_BAR)
        rows.append(
            Text.assemble(
                (BAR * done, Style(color="#26a641")),
                ("░" * (GOAL_BAR - done), LABEL),
                f" {progress_text(goal):>4} ",
                printable(goal.title, multiline=False),
                (f"  {due_text(goal, today)}", LABEL),
            )
        )
    return lines(rows)
