"""`build_deck`: a month's kaizen deck as data, from the journal file, for every format and the preview.

The report is sent at the start of a month for the month before: it says what was finished, what it
changed in numbers, whose struggles it served (the boss's first), what is holding, what was dropped and
learned, and what comes next with the ask.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from lean_journal.growth.goals import progress_text
from lean_journal.model import OPEN, Card, Stage
from lean_journal.model.growth import Goal
from lean_journal.model.report import MonthNotes
from lean_journal.review.deck import facts
from lean_journal.review.deck.card_slides import (
    BEFORE_AFTER,
    MAX_ITEMS,
    before_after,
    capped,
    card_slide,
    dropped_slide,
    headline_block,
    impact,
    line,
    number,
    outcome,
    rechecks_slide,
    slide_order,
    struggles_slide,
)
from lean_journal.review.deck.facts import CardMonth, next_month, short_label
from lean_journal.review.deck.slides import (
    NO_AUTHOR,
    Block,
    Bullets,
    Chart,
    Deck,
    Figure,
    Figures,
    Heatmap,
    Series,
    Slide,
    SlideKind,
    Table,
    Text,
)
from lean_journal.review.delta import Delta, compare, compare_totals
from lean_journal.review.journal_figures import JournalIndex
from lean_journal.review.pdca_figures import PdcaFigures, pdca_figures
from lean_journal.review.period import Period
from lean_journal.review.streaks import current_streak, longest_streak
from lean_journal.review.trends import words_per_day

if TYPE_CHECKING:
    from lean_journal.store import Store

NOTHING_FINISHED = "No improvements finished this month."
NO_ASK = "Nothing needed from you this month."
THROUGHPUT_MONTHS = 6
NEXT_TITLE = "Next month"
GROWTH_TITLE = "Learn · Share · Grow"
ASK_HEADING = "What I need from you"


def previous_month(today: date) -> date:
    """The first day of the calendar month before `today`'s: the month a report is sent for by default."""
    return Period.month_of(today).previous().start


def worked_on(cards: list[Card], month: date) -> list[CardMonth]:
    """Every card finished, moved forward or dropped in the month of `month`, oldest move first."""
    span = Period.month_of(month)
    found = [moved for card in cards if (moved := facts.card_month(card, span)) is not None]
    found.sort(key=lambda m: (m.last_move, m.card.title, m.card.id))
    return found


def offered(moved: CardMonth) -> bool:
    """Whether the month's notes choose if the card is shown (finished or moved forward, the preview's
    choices); a dropped card is not offered, so no choice ever hides it."""
    return not moved.dropped


def deck_cards(store: Store, month: date) -> list[CardMonth]:
    """The cards the deck may show for the month (finished or moved forward): the preview's choice list."""
    return [m for m in worked_on(store.cards.moved_since(month), month) if offered(m)]


def _months_back(span: Period) -> list[Period]:
    """The months the throughput chart shows, ending with `span`."""
    months = [span]
    while len(months) < THROUGHPUT_MONTHS:
        months.insert(0, months[0].previous())
    return months


def build_deck(
    store: Store, month: date, today: date, *, notes: MonthNotes | None = None, author: str | None = None
) -> Deck:
    """The kaizen deck of the month `month` is in, as of `today`; notes and author default to the file's."""
    span = Period.month_of(month)
    notes = notes if notes is not None else store.reports.get(span.start)
    name = line(author if author is not None else store.reports.author()) or NO_AUTHOR
    cards = store.cards.moved_since(_months_back(span)[0].start)
    worked = worked_on(cards, span.start)
    shown = [m for m in worked if not offered(m) or notes.shows(m.card.id)]
    forward = sorted((m for m in shown if not m.dropped), key=slide_order)
    title = f"Kaizen report · {span.label}"
    next_slide = _next_slide(store, cards, span, today, notes)
    if not worked:
        opening = Slide(SlideKind.TITLE, title, _title_blocks(notes, (Text(NOTHING_FINISHED),)), name)
        middle = _short_middle(store, cards, span)
        return Deck(title, name, span.start, span.label, (opening, *middle, next_slide), empty=True)
    figures = _figures(store, cards, span, today)
    slides = [
        Slide(SlideKind.TITLE, title, _title_blocks(notes, (figures,)), subtitle=f"{name} · {span.label}"),
        _numbers_slide(store, cards, span, forward),
        struggles_slide(forward),
        *(card_slide(moved) for moved in forward),
        rechecks_slide(facts.rechecks_in(cards, span), span.label),
        dropped_slide([m for m in shown if m.dropped], _growth_blocks(store, span)),
        next_slide,
    ]
    return Deck(title, name, span.start, span.label, tuple(slides))


def _short_middle(store: Store, cards: list[Card], span: Period) -> list[Slide]:
    """The short deck's middle (no card moved): the re-checks if one was recorded held or slipped, and
    Learn · Share · Grow if anything was learned, shared or ticked; a truly empty month has neither."""
    checks = facts.rechecks_in(cards, span)
    growth = _growth_blocks(store, span)
    middle: list[Slide] = []
    if any(check.result is not None for check in checks):
        middle.append(rechecks_slide(checks, span.label))
    if any(block.items for block in growth):
        middle.append(Slide(SlideKind.GROWTH, GROWTH_TITLE, growth))
    return middle


def _title_blocks(notes: MonthNotes, rest: tuple[Block, ...]) -> tuple[Block, ...]:
    """The headline (if written) then the rest of the title slide."""
    headline = headline_block(notes.headline)
    return (headline, *rest) if headline else rest


def change(delta: Delta, month: Period) -> str:
    """The change against the previous month: '+2 vs Oct', '-1.5 vs Oct', 'same as Oct', 'new since Oct'."""
    label = f"{month.previous().start:%b}"
    if delta.change is None:
        return ""
    if isinstance(delta.change, str):
        return f"new since {label}"
    if delta.change == 0:
        return f"same as {label}"
    sign = "+" if delta.change > 0 else "-"
    return f"{sign}{number(abs(delta.change))} vs {label}"


def finished(figures: PdcaFigures) -> int:
    """Improvements finished: cards adopted or adapted (abandoned ones are on the dropped slide)."""
    return figures.adopted + figures.adapted


def _figures(store: Store, cards: list[Card], span: Period, today: date) -> Figures:
    """Finished, impact by unit with its change, the streak and what was shared."""
    now, before = pdca_figures(cards, span), pdca_figures(cards, span.previous())
    done = compare(finished(now), finished(before), before.empty)
    items = [Figure("improvements finished", number(finished(now)), change(done, span))]
    for unit, delta in compare_totals(now.impact, before.impact, before.empty).items():
        if unit in now.impact:
            items.append(Figure(line(unit) or "impact", number(now.impact[unit]), change(delta, span)))
    written = store.entries.written_days()
    longest, current = longest_streak(written, span), current_streak(written, span, today)
    run = f"{number(current)} running {'today' if today < span.end else 'at month end'}"
    items.append(Figure("days in a row written, the month's longest run", number(longest), run))
    recorded = [check.result for check in facts.rechecks_in(cards, span) if check.result is not None]
    if recorded:
        held = sum(1 for result in recorded if result.held)
        items.append(Figure("re-checks still holding", f"{held} of {len(recorded)}"))
    shared = len(store.shares.on_days(span.start, span.end))
    items.append(Figure("shared with others", number(shared)))
    return Figures(tuple(items))


def _numbers_slide(store: Store, cards: list[Card], span: Period, shown: list[CardMonth]) -> Slide:
    """The month in numbers: impact by unit, finished per month, the cards at a glance, days written."""
    now_impact, then_impact = pdca_figures(cards, span).impact, pdca_figures(cards, span.previous()).impact
    units = tuple(sorted(set(now_impact) | set(then_impact)))
    impact_chart = Chart(
        "Impact by unit",
        tuple(line(unit) for unit in units),
        (
            Series(short_label(span.previous()), tuple(then_impact.get(u, 0.0) for u in units)),
            Series(short_label(span), tuple(now_impact.get(u, 0.0) for u in units)),
        ),
    )
    months = _months_back(span)
    throughput = Chart(
        "Improvements finished per month",
        tuple(short_label(m) for m in months),
        (Series("finished", tuple(float(finished(pdca_figures(cards, m))) for m in months)),),
    )
    rows = tuple((line(m.card.title), outcome(m), before_after(m.card), impact(m.card)) for m in shown)
    kept = rows if len(rows) <= MAX_ITEMS else rows[: MAX_ITEMS - 1]
    header = ("Card", "This month", BEFORE_AFTER, "Impact")
    table = Table("The month's cards", header, kept, more=len(rows) - len(kept))
    per_day = words_per_day(JournalIndex(store.entries.on_days(span.start, span.end)), span)
    words = tuple(per_day.get(day, 0) for day in span.each_day())
    heatmap = Heatmap(f"Days written in {span.label}", span.start, words)
    blocks: tuple[Block, ...] = (
        (impact_chart, throughput, table, heatmap) if units else (throughput, table, heatmap)
    )
    return Slide(SlideKind.NUMBERS, f"{span.label} in numbers", blocks)


def _growth_blocks(store: Store, span: Period) -> tuple[Bullets, ...]:
    """Learn · Share · Grow in the month: what I learned, what I shared (with whom), the milestones ticked."""
    learned = capped([line(item.title) for item in store.learnings.on_days(span.start, span.end)], 4)
    shared = capped(
        [
            line(item.title) + (f" (with {line(item.audience)})" if item.audience else "")
            for item in store.shares.on_days(span.start, span.end)
        ],
        4,
    )
    ticked = facts.milestones_in(store.goals.ticked_between(span.start, span.end), span)
    grown = capped([f"{line(goal.title)}: {line(step.text)}" for goal, step in ticked], 3)
    return (
        Bullets("Learned", learned, empty="Nothing written down."),
        Bullets("Shared", shared, empty="Nothing shared."),
        Bullets("Grew", grown, empty="No milestone."),
    )


def _progress(goal: Goal) -> str:
    """' (1/2 milestones)', or '' for a goal without milestones."""
    return f" ({progress_text(goal)} milestones)" if goal.milestones else ""


def _next_slide(store: Store, cards: list[Card], span: Period, today: date, notes: MonthNotes) -> Slide:
    """What comes next: open experiments, goals, re-checks due next month, and the ask."""
    working = [c for c in cards if c.stage in OPEN and c.stage is not Stage.STRUGGLE]
    working.sort(key=lambda c: (OPEN.index(c.stage), c.title))
    experiments = capped([f"{line(c.title)} ({c.stage.label})" for c in working], 6)
    goals = capped([line(g.title) + _progress(g) for g in store.goals.open()], 4)
    coming = next_month(span)
    due = capped(
        [
            f"{line(c.card.title)}: {facts.after_days(c)}-day, {c.due:%d %b}"
            for c in facts.rechecks_in(cards, coming)
            if c.result is None and c.due in coming
        ],
        4,
    )
    ask = notes.ask.strip()
    return Slide(
        SlideKind.NEXT,
        NEXT_TITLE,
        (
            Bullets("Open experiments", experiments, empty="None open."),
            Bullets("Goals", goals, empty="No goal set."),
            Bullets(f"Re-checks due in {coming.label}", due, empty="None due."),
            Bullets(ASK_HEADING, (), empty=NO_ASK) if not ask else Bullets(ASK_HEADING, (line(ask),)),
        ),
    )
