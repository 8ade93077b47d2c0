"""Every line of the PowerPoint deck stays on its 16:9 slide, read back with python-pptx, for a month with
fifteen cards of long titles and long A3 texts and for every month of the one-year demo: each shape ends
above the slide's bottom edge, each table row is as tall as its wrapped text needs (PowerPoint grows a row
to fit its text, pushing the table off the slide), and each text box holds its text at the sizes written
(PowerPoint shrinks text to fit only once someone edits it)."""

from __future__ import annotations

import io
import math
from datetime import date

import pytest
from deck_fixture import CLOCK_AT, MONTH, TODAY, at, fixture_store
from pptx import Presentation
from pptx.util import Emu

from lean_journal.model import Card, Decision, Stage, StageChange
from lean_journal.review.deck.content import build_deck
from lean_journal.review.deck.pptx import render_pptx

LONG = (
    "Operators walk to the far store for every missing part, and the walk is never planned, never timed and "
    "never written down, so nobody sees that it takes most of the shift's spare minutes. "
)
EM, LINE = 0.5, 1.2
"""A narrow estimate of a character's width and a line's height, in ems: text needs at least this room."""


def crowded_store(db_path):
    """The fixture journal plus fifteen cards adopted in November 2026, each with a long title and long
    A3 texts, numbers and an impact in a long unit."""
    store = fixture_store(db_path)
    history = (StageChange(Stage.PLAN, at(10, 1)), StageChange(Stage.DONE, at(11, 20)))
    store.cards.add_many(
        [
            Card(
                title=f"Card {n}: the walk to the far store for parts that should be at the line already",
                stage=Stage.DONE,
                decision=Decision.ADOPT,
                problem=LONG * 4,
                baseline=40 + n,
                actual=12,
                unit="minutes walked per operator per shift",
                target_value=15,
                hypothesis=LONG,
                standard=LONG,
                learned=LONG * 4,
                next_step=LONG,
                impact=30 + n,
                impact_unit="operator minutes saved per shift on line 3",
                history=history,
                created=at(10, 1),
                updated=at(11, 20),
            )
            for n in range(15)
        ]
    )
    return store


def needed_lines(text: str, size_pt: float, width_in: float) -> int:
    """The fewest lines `text` can take at `size_pt` in a column `width_in` wide (no word wrap counted)."""
    return max(1, math.ceil(len(text) * EM * size_pt / 72 / width_in))


def sizes(frame) -> list[float]:
    """The font size, in points, of each paragraph of a text frame (a paragraph without one is an error:
    PowerPoint's default 18 points would apply)."""
    found = []
    for paragraph in frame.paragraphs:
        size = paragraph.font.size or next((run.font.size for run in paragraph.runs if run.font.size), None)
        assert size is not None, f"no font size for {paragraph.text!r}"
        found.append(size.pt)
    return found


def check_table(shape, slide_height) -> None:
    """Each row at least as tall as its text needs, and the rows' sum on the slide."""
    table = shape.table
    for row in table.rows:
        for cell, column in zip(row.cells, table.columns, strict=True):
            inner = Emu(column.width).inches - 0.2
            lines = [
                (needed_lines(p.text, size, inner), size)
                for p, size in zip(cell.text_frame.paragraphs, sizes(cell.text_frame), strict=True)
            ]
            need = sum(count * size * LINE / 72 for count, size in lines) + 0.1
            assert Emu(row.height).inches >= need - 0.005, f"row of {cell.text!r} is shorter than its text"
    assert shape.top + sum(row.height for row in table.rows) <= slide_height


def check_text(shape) -> None:
    """The text box holds its paragraphs at the sizes written."""
    frame = shape.text_frame
    inner = Emu(shape.width).inches - 0.2
    need = sum(
        needed_lines(p.text, size, inner) * size * LINE / 72
        for p, size in zip(frame.paragraphs, sizes(frame), strict=True)
    )
    assert need + 0.1 <= Emu(shape.height).inches + 0.005, f"text overflows: {frame.text[:60]!r}"


def check_deck(data: bytes) -> int:
    """Check every shape of every slide; the number of slides."""
    prs = Presentation(io.BytesIO(data))
    for number, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            where = f"slide {number}, {shape.name}"
            assert shape.top + shape.height <= prs.slide_height, f"{where} runs off the bottom"
            assert shape.left + shape.width <= prs.slide_width, f"{where} runs off the right"
            if shape.has_table:
                check_table(shape, prs.slide_height)
            elif shape.has_text_frame:
                check_text(shape)
    return len(prs.slides)


def test_a_month_of_fifteen_long_cards_stays_on_its_slides(db_path):
    deck = build_deck(crowded_store(db_path), MONTH, TODAY)
    data = render_pptx(deck, CLOCK_AT)
    assert check_deck(data) == len(deck.slides) == 24  # 3 + 15 A3 slides + 6 others
    table = next(shape.table for shape in Presentation(io.BytesIO(data)).slides[1].shapes if shape.has_table)
    first_column = [table.cell(r, 0).text for r in range(1, len(table.rows))]
    assert first_column[-1] == f"… and {18 - (len(first_column) - 1)} more"  # 15 + the fixture's A, B, C


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_of_the_demo_stays_on_its_slides(demo_store, month):
    deck = build_deck(demo_store, date(2026 if month <= 11 else 2025, month, 1), date(2026, 11, 24))
    assert check_deck(render_pptx(deck, CLOCK_AT)) == len(deck.slides)
