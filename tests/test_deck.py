"""The kaizen deck as data, Markdown and HTML: golden files of a hand-made month, escaping, empty months.

Regenerate the golden files after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_deck.py`.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from deck_fixture import ASK, AUTHOR, HEADLINE, MONTH, TODAY, card_id, fixture_store
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from lean_journal.model.report import MonthNotes
from lean_journal.review.deck.content import (
    build_deck,
    deck_cards,
    previous_month,
)
from lean_journal.review.deck.html import render_html
from lean_journal.review.deck.marp import escape, render_markdown
from lean_journal.review.deck.slides import Bullets, Chart, Fields, SlideKind, Table
from lean_journal.text import printable

GOLDEN = Path(__file__).parent / "golden"
MARKUP_TOKENS = {
    "html_block",
    "html_inline",
    "link_open",
    "image",
    "code_inline",
    "heading_open",
    "hr",
    "fence",
}
MARKUP_TOKENS |= {"code_block", "blockquote_open", "em_open", "strong_open", "ordered_list_open", "s_open"}
"""What user text must never become in Markdown (the commonmark preset reads raw HTML, as Marp does)."""
HOSTILE = "<script>alert(1)</script> [x](javascript:alert(1)) [/] \x1b]0;x\x07 # heading"


def golden(name: str, text: str) -> str:
    """The golden file's text (written first when UPDATE_GOLDEN is set)."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def month_store(db_path):
    """The fixture month in a fresh journal file."""
    return fixture_store(db_path)


def test_deck_slides_in_order_with_the_boss_first(month_store):
    deck = build_deck(month_store, MONTH, TODAY)
    assert deck.author == AUTHOR and deck.month_label == "November 2026" and not deck.empty
    kinds = [slide.kind for slide in deck.slides]
    assert kinds == [
        SlideKind.TITLE, SlideKind.NUMBERS, SlideKind.STRUGGLES,
        SlideKind.CARD, SlideKind.CARD, SlideKind.CARD,
        SlideKind.RECHECKS, SlideKind.DROPPED, SlideKind.NEXT,
    ]  # fmt: skip
    # Finished cards first (A adopted, B adapted), then C moved forward; D was dropped, E finished in October.
    assert [s.card_id for s in deck.slides if s.kind is SlideKind.CARD] == [
        card_id("a"),
        card_id("b"),
        card_id("c"),
    ]
    struggles = deck.slides[2].blocks[0]
    assert isinstance(struggles, Bullets)
    assert struggles.items[0] == "Changeovers on line 1: Adopted (from you; my boss: Karen)"
    assert struggles.items[2] == "Searching for tools: Moved to Do (my own)"


def test_a3_in_brief_has_numbers_and_unit(month_store):
    deck = build_deck(month_store, MONTH, TODAY)
    fields = dict(deck.slides[3].blocks[0].rows)  # type: ignore[union-attr]
    assert fields["Before → after"] == "42 → 20 min (target 22)"
    assert fields["Impact"] == "30 min/week"
    assert fields["What I learned"] == "Most of the time was searching."
    assert fields["Next step"] == "Teach the night shift."
    assert deck.slides[3].subtitle == "Adopted · from you · a0000000"


def test_summary_figures_and_charts(month_store):
    deck = build_deck(month_store, MONTH, TODAY)
    figures = {f.label: (f.value, f.change) for f in deck.slides[0].blocks[1].items}  # type: ignore[union-attr]
    assert figures["improvements finished"] == ("2", "+1 vs Oct")  # A and B; E in October
    assert figures["min/week"] == ("30", "+15 vs Oct")  # A adopted; E's 15 in October
    assert figures["days in a row written, the month's longest run"] == (
        "5",
        "2 running at month end",
    )  # 1-5 Nov; 29-30 Nov
    assert figures["shared with others"] == ("1", "")
    assert figures["re-checks still holding"] == ("1 of 2", "")  # E held, the stores' kanban slipped
    impact, throughput = (b for b in deck.slides[1].blocks if isinstance(b, Chart))
    assert impact.categories == ("min/week",)
    assert [(s.name, s.values) for s in impact.series] == [("Oct 26", (15.0,)), ("Nov 26", (30.0,))]
    assert throughput.series[0].values == (0.0, 0.0, 2.0, 0.0, 1.0, 2.0)


def test_a_month_still_under_way_counts_the_streak_running_today(month_store):
    """On 29 Nov the month has a day to go: the streak is the one running today, not at month end."""
    deck = build_deck(month_store, MONTH, date(2026, 11, 29))
    figures = {f.label: f.change for f in deck.slides[0].blocks[1].items}  # type: ignore[union-attr]
    streak = "days in a row written, the month's longest run"
    assert figures[streak] == "1 running today"  # 29 Nov; 28 Nov unwritten


def test_rechecks_dropped_and_next_month(month_store):
    deck = build_deck(month_store, MONTH, TODAY)
    held, slipped, waiting = deck.slides[6].blocks
    assert held.items == ("Label the gauges: 30 days after adoption (02 Nov): Still labelled.",)  # type: ignore[union-attr]
    assert slipped.items == (  # type: ignore[union-attr]
        "Kanban for the stores: 90 days after adoption (10 Nov): Back to old habits.",
    )
    assert waiting.items == ("Visual board at the press: 90 days after adoption (18 Nov)",)  # type: ignore[union-attr]
    dropped = deck.slides[7].blocks[0]
    assert dropped.items == (  # type: ignore[union-attr]
        "Night shift checklist: The night shift already had one. "
        "Learned: Ask the people who do the work first.",
    )
    experiments, goals, due, ask = deck.slides[8].blocks
    assert experiments.items == ("Searching for tools (Do)",)  # type: ignore[union-attr]
    assert goals.items == ("Coach Femi (1/2 milestones)",)  # type: ignore[union-attr]
    assert due.items == ("Changeovers on line 1: 30-day, 20 Dec",)  # type: ignore[union-attr]
    assert ask.items == (ASK,)  # type: ignore[union-attr]


def test_chosen_cards_and_notes_are_kept_per_month(month_store, db_path):
    month_store.reports.put(MonthNotes(month="2026-11", headline=HEADLINE, ask=ASK, chosen=(card_id("c"),)))
    from lean_journal.store import Store

    reopened = Store(db_path)
    assert reopened.reports.get(date(2026, 11, 30)).chosen == (card_id("c"),)
    assert reopened.reports.get("2026-10") == MonthNotes(month="2026-10")
    deck = build_deck(reopened, MONTH, TODAY)
    assert [s.card_id for s in deck.slides if s.kind is SlideKind.CARD] == [card_id("c")]
    table = next(b for b in deck.slides[1].blocks if isinstance(b, Table))
    assert [row[0] for row in table.rows] == ["Searching for tools"]


def test_a_choice_of_cards_never_hides_the_dropped_experiments_it_did_not_offer(month_store):
    """The preview offers the finished and moved cards only; unticking one keeps the dropped card D shown."""
    assert card_id("d") not in {m.card.id for m in deck_cards(month_store, MONTH)}
    month_store.reports.put(MonthNotes(month="2026-11", hidden=(card_id("b"),)))
    deck = build_deck(month_store, MONTH, TODAY)
    assert [s.card_id for s in deck.slides if s.kind is SlideKind.CARD] == [card_id("a"), card_id("c")]
    dropped = next(s for s in deck.slides if s.kind is SlideKind.DROPPED).blocks[0]
    assert dropped.items[0].startswith("Night shift checklist: The night shift already had one.")  # type: ignore[union-attr]


def test_a_card_that_moves_after_the_choice_is_made_is_shown(month_store):
    """Unticking B hides only B: a card that moves forward later in the month is on its slides, as are
    the others; notes an older version kept as `chosen` (the cards to show) still hide the rest."""
    month_store.reports.put(MonthNotes(month="2026-11", hidden=(card_id("b"),)))
    moved = month_store.cards.get(card_id("c")).with_changes(title="Late mover")
    late = month_store.cards.add(replace(moved, id=card_id("9")))  # a copy: it moved to Do on 5 Nov
    deck = build_deck(month_store, MONTH, TODAY)
    assert late.id in [s.card_id for s in deck.slides if s.kind is SlideKind.CARD]
    assert card_id("b") not in [s.card_id for s in deck.slides if s.kind is SlideKind.CARD]
    old = MonthNotes(month="2026-11", chosen=(card_id("a"),))
    assert old.shows(card_id("a")) and not old.shows(late.id)


def test_golden_markdown(month_store):
    text = render_markdown(build_deck(month_store, MONTH, TODAY))
    assert text == golden("deck-2026-11.md", text)


def test_golden_html(month_store):
    text = render_html(build_deck(month_store, MONTH, TODAY))
    assert text == golden("deck-2026-11.html", text)


def test_html_is_self_contained_and_prints_a_slide_a_page(month_store):
    text = render_html(build_deck(month_store, MONTH, TODAY))
    assert not re.search(r"https?:", text)
    assert "<script" not in text.lower() and " src=" not in text and "<link" not in text
    assert "aspect-ratio: 16 / 9" in text and "break-after: page" in text
    assert "@page { size: 13.333in 7.5in" in text, "a printed page is 16:9 too"
    assert text.count('<section class="slide') == 9
    assert text.count("<svg") == 3  # two pygal charts and the heatmap


def test_default_month_is_the_one_before():
    assert previous_month(date(2026, 12, 2)) == date(2026, 11, 1)
    assert previous_month(date(2027, 1, 1)) == date(2026, 12, 1)


@pytest.mark.parametrize(
    "text", ["<script>alert(1)</script>", "[x](javascript:alert(1))", "# heading", "---"]
)
def test_markdown_escape_shows_text(text):
    html = MarkdownIt("commonmark").render(escape(text))
    assert html.strip() in {f"<p>{text.replace('<', '&lt;').replace('>', '&gt;')}</p>", "<p>---</p>"}


def hostile_store(db_path):
    """The fixture month with hostile text in a title, a multi-line field, the headline and the ask."""
    store = fixture_store(db_path, title_a=HOSTILE)
    card = store.cards.get(card_id("a"))
    store.cards.update(card.with_changes(learned="first line\n---\nsecond\n# not a heading\n    code?"))
    store.reports.put(MonthNotes(month="2026-11", headline=HOSTILE + "\n---\nmore", ask=HOSTILE))
    store.reports.set_author(HOSTILE)
    return store


def test_hostile_text_in_markdown_stays_text(db_path):
    deck = build_deck(hostile_store(db_path), MONTH, TODAY)
    text = render_markdown(deck)
    assert "\x1b" not in text and "\x07" not in text
    body = text.split("\n---\n", 1)[1]  # after the front matter
    assert len(re.findall(r"^---$", text, flags=re.M)) == 2 + len(deck.slides) - 1  # no extra slide break
    tokens = MarkdownIt("commonmark").parse(body)
    kinds = {token.type for token in tokens} | {c.type for t in tokens for c in t.children or ()}
    assert not kinds & {"html_block", "html_inline", "link_open", "code_block", "image"}
    headings = [t for t in tokens if t.type == "heading_open"]
    assert len(headings) == len(deck.slides)  # one per slide: none from user text
    rendered = MarkdownIt("commonmark").render(body)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered and "<script" not in rendered


def test_hostile_text_in_html_stays_text(db_path):
    text = render_html(build_deck(hostile_store(db_path), MONTH, TODAY))
    assert "<script" not in text and "\x1b" not in text and "\x07" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<a " not in text and not re.search(r"https?:", text)


def test_deck_fields_are_plain_text(db_path):
    deck = build_deck(hostile_store(db_path), MONTH, TODAY)
    card = next(s for s in deck.slides if s.card_id == card_id("a"))
    assert card.title.startswith("<script>alert(1)</script>")  # as typed: each format escapes it
    learned = dict(card.blocks[0].rows)["What I learned"]  # type: ignore[union-attr]
    assert learned.startswith("first line\n---") and isinstance(card.blocks[0], Fields)
    assert "\ufffd" in card.title  # the escape and bell shown harmlessly


@settings(max_examples=300, deadline=None)  # each example is a pure function call
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_any_line_escaped_for_markdown_is_plain_text(text):
    line = " ".join(printable(text, multiline=False).split())
    tokens = MarkdownIt("commonmark").parse(f"- {escape(line)}\n\n{escape(line)}\n")
    kinds = {token.type for token in tokens} | {c.type for t in tokens for c in t.children or ()}
    assert not kinds & {
        "html_block",
        "html_inline",
        "link_open",
        "image",
        "code_inline",
        "heading_open",
        "hr",
    }
    assert not kinds & {
        "fence",
        "code_block",
        "blockquote_open",
        "em_open",
        "strong_open",
        "ordered_list_open",
    }
