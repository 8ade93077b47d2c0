"""The deck's slides about cards: the struggles worked on, one A3 in brief per card, re-checks, drops."""

from __future__ import annotations

from collections.abc import Sequence

from lean_journal.model import FLOW, Card, Stage
from lean_journal.model.card import StruggleFrom
from lean_journal.pdca.rechecks import Recheck
from lean_journal.pdca.wording import DECISION_OUTCOME, field_label, moved_to
from lean_journal.review.deck.facts import STRUGGLE_ORDER, CardMonth, after_days
from lean_journal.review.deck.slides import Bullets, Fields, Slide, SlideKind, Text, and_more
from lean_journal.text import printable

STRUGGLES_TITLE = "Your struggles I worked on"
RECHECKS_TITLE = "Still holding? Re-checks"
DROPPED_TITLE = "Experiments dropped, and what they taught"
BEFORE_AFTER = "Before → after"
MAX_ITEMS = 8
"""The most points a list on one slide shows."""
STRUGGLE_FROM = {
    StruggleFrom.BOSS: "from you",
    StruggleFrom.CUSTOMER: "from a customer",
    StruggleFrom.TEAM: "from the team",
    StruggleFrom.GEMBA: "seen at the gemba",
    StruggleFrom.ME: "my own",
}
"""How the struggles slide says whose struggle a card was (it is addressed to the boss)."""


def capped(items: Sequence[str], most: int = MAX_ITEMS) -> tuple[str, ...]:
    """At most `most` points for one slide, the last saying how many more there are."""
    if len(items) <= most:
        return tuple(items)
    return (*items[: most - 1], and_more(len(items) - most + 1))


def clean(text: str) -> str:
    """User text made harmless for every format: controls shown as U+FFFD, ends stripped."""
    return printable(text).strip()


def line(text: str) -> str:
    """User text on one line (a bullet or a table cell)."""
    return " ".join(printable(text, multiline=False).split())


def number(value: float) -> str:
    """A number as people write it: 12, 4.5, 1,200."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def before_after(card: Card) -> str:
    """'12 → 4 min (target 5)', or '42 min now (target 22)' before it is measured."""
    unit = f" {line(card.unit)}" if card.unit else ""
    target = f" (target {number(card.target_value)})" if card.target_value is not None else ""
    if card.baseline is None and card.actual is None:
        return f"target {number(card.target_value)}{unit}" if card.target_value is not None else ""
    if card.actual is None:
        return f"{number(card.baseline or 0)}{unit} now{target}"
    before = number(card.baseline) if card.baseline is not None else "?"
    return f"{before} → {number(card.actual)}{unit}{target}"


def impact(card: Card) -> str:
    """'30 min/week', or '' when the card has no impact figure."""
    if card.impact is None:
        return ""
    return f"{number(card.impact)} {line(card.impact_unit)}".strip()


def outcome(moved: CardMonth) -> str:
    """What the card did this month: 'Adopted', 'Adapted', 'Abandoned', 'Dropped' or 'Moved to Check'."""
    card = moved.card
    if (moved.finished or moved.dropped) and card.decision is not None:
        return DECISION_OUTCOME[card.decision]
    if moved.dropped:
        return Stage.DROPPED.label
    return moved_to(moved.reached or card.stage)


def slide_order(moved: CardMonth) -> tuple[int, int, str]:
    """The order of the A3 slides: finished first, then the cards that got furthest along the flow."""
    reached = moved.reached or moved.card.stage
    depth = FLOW.index(reached) if reached in FLOW else 0
    return (0 if moved.finished else 1, -depth, moved.card.title)


def card_slide(moved: CardMonth) -> Slide:
    """One card as an A3 in brief: problem, before → after, countermeasure, learning, next step."""
    card = moved.card
    rows = [
        (field_label("problem"), clean(card.problem or card.struggle)),
        (BEFORE_AFTER, before_after(card)),
        (field_label("hypothesis"), clean(card.standard or card.hypothesis)),
        (field_label("learned"), clean(card.learned or card.result)),
        (field_label("next_step"), clean(card.next_step)),
        (field_label("impact"), impact(card)),
    ]
    shown = tuple((label, value) for label, value in rows if value)
    subtitle = f"{outcome(moved)} · {STRUGGLE_FROM[card.struggle_from]} · {card.short_id}"
    return Slide(SlideKind.CARD, line(card.title), (Fields(shown),), subtitle=subtitle, card_id=card.id)


def struggles_slide(worked: Sequence[CardMonth]) -> Slide:
    """The cards worked on this month, the boss's struggles first, each with whose it was."""
    rank = {kind: index for index, kind in enumerate(STRUGGLE_ORDER)}
    ordered = sorted(worked, key=lambda m: (rank[m.card.struggle_from], m.last_move, m.card.title))
    items = capped([_struggle_line(moved) for moved in ordered])
    bullets = Bullets("", items, empty="No struggle moved forward this month.")
    return Slide(SlideKind.STRUGGLES, STRUGGLES_TITLE, (bullets,))


def _struggle_line(moved: CardMonth) -> str:
    """'Title: Adopted (from you; my boss: Karen)'."""
    card = moved.card
    source = f"; {line(card.source)}" if card.source and card.struggle_from is not StruggleFrom.ME else ""
    return f"{line(card.title)}: {outcome(moved)} ({STRUGGLE_FROM[card.struggle_from]}{source})"


def rechecks_slide(checks: Sequence[Recheck], month_label: str) -> Slide:
    """The adopted improvements looked at again this month: still holding, slipped, and not looked at yet."""
    held = [c for c in checks if c.result is not None and c.result.held]
    slipped = [c for c in checks if c.result is not None and not c.result.held]
    waiting = [c for c in checks if c.result is None]
    return Slide(
        SlideKind.RECHECKS,
        RECHECKS_TITLE,
        (
            Bullets("Still holding", capped([_recheck_line(c) for c in held], 5), empty="None recorded."),
            Bullets("Slipped", capped([_recheck_line(c) for c in slipped], 4), empty="None slipped."),
            Bullets(
                f"Due in {month_label}, not looked at yet",
                capped([_recheck_line(c) for c in waiting], 4),
                empty="None waiting.",
            ),
        ),
    )


def _recheck_line(check: Recheck) -> str:
    """'Title: 30 days after adoption (02 Nov): the note'."""
    note = f": {line(check.result.note)}" if check.result is not None and check.result.note else ""
    return f"{line(check.card.title)}: {after_days(check)} days after adoption ({check.due:%d %b}){note}"


def dropped_slide(dropped: Sequence[CardMonth], growth: Sequence[Bullets]) -> Slide:
    """The experiments dropped this month with what they taught, then Learn · Share · Grow."""
    items = capped([_dropped_line(moved.card) for moved in dropped])
    blocks = (Bullets("Dropped", items, empty="No experiment was dropped this month."), *growth)
    return Slide(SlideKind.DROPPED, DROPPED_TITLE, blocks)


def _dropped_line(card: Card) -> str:
    """'Title: why it was dropped; what it taught'."""
    why = line(card.drop_reason) or "no reason written"
    taught = line(card.learned or card.result)
    return f"{line(card.title)}: {why.rstrip('.')}." + (f" Learned: {taught}" if taught else "")


def headline_block(headline: str) -> Text | None:
    """The month's headline as a paragraph, if one was written."""
    return Text(clean(headline)) if headline.strip() else None
