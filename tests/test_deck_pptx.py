"""The kaizen deck as PowerPoint, read back with python-pptx: slides, titles, native charts and tables."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from deck_fixture import AUTHOR, CLOCK_AT, MONTH, TODAY, fixture_store
from pptx import Presentation
from pptx.util import Inches

from lean_journal.review.deck.content import build_deck
from lean_journal.review.deck.pptx import render_pptx


def read_back(data: bytes):
    """The presentation in `data`."""
    return Presentation(io.BytesIO(data))


def slide_title(slide) -> str:
    """The text of the slide's title box."""
    return next(shape for shape in slide.shapes if shape.name == "Title").text_frame.text


def test_pptx_is_16_9_with_one_slide_per_deck_slide(db_path):
    deck = build_deck(fixture_store(db_path), MONTH, TODAY)
    prs = read_back(render_pptx(deck, CLOCK_AT))
    assert (prs.slide_width, prs.slide_height) == (Inches(13.333), Inches(7.5))
    assert len(prs.slides) == len(deck.slides) == 9
    assert [slide_title(s) for s in prs.slides] == list(deck.titles)
    assert prs.core_properties.author == AUTHOR
    assert prs.core_properties.title == "Kaizen report · November 2026"


def test_pptx_charts_are_native_with_the_months_numbers(db_path):
    prs = read_back(render_pptx(build_deck(fixture_store(db_path), MONTH, TODAY), CLOCK_AT))
    charts = {shape.name: shape.chart for shape in prs.slides[1].shapes if shape.has_chart}
    impact = charts["Impact by unit"]
    assert list(impact.plots[0].categories) == ["min/week"]
    assert [(s.name, tuple(s.values)) for s in impact.plots[0].series] == [
        ("Oct 26", (15.0,)),
        ("Nov 26", (30.0,)),
    ]
    finished = charts["Improvements finished per month"]
    assert list(finished.plots[0].categories) == ["Jun 26", "Jul 26", "Aug 26", "Sep 26", "Oct 26", "Nov 26"]
    assert tuple(finished.plots[0].series[0].values) == (0.0, 0.0, 2.0, 0.0, 1.0, 2.0)


def test_pptx_cards_table_is_native(db_path):
    prs = read_back(render_pptx(build_deck(fixture_store(db_path), MONTH, TODAY), CLOCK_AT))
    table = next(shape.table for shape in prs.slides[1].shapes if shape.has_table)
    cells = [[table.cell(r, c).text for c in range(len(table.columns))] for r in range(len(table.rows))]
    assert cells == [
        ["Card", "This month", "Before → after", "Impact"],
        ["Changeovers on line 1", "Adopted", "42 → 20 min (target 22)", "30 min/week"],
        ["Huddle runs long", "Adapted", "37 → 24 min (target 15)", ""],
        ["Searching for tools", "Moved to Do", "78 min/day now (target 17)", ""],
    ]


def test_pptx_of_an_empty_month_and_hostile_text(db_path):
    store = fixture_store(db_path, title_a="<script>alert(1)</script> \x1b]0;x\x07", notes=False)
    prs = read_back(render_pptx(build_deck(store, MONTH.replace(month=6), TODAY), CLOCK_AT))
    assert [slide_title(s) for s in prs.slides] == ["Kaizen report · June 2026", "Next month"]
    assert (prs.core_properties.author, prs.core_properties.last_modified_by) == ("", "")  # no one's name
    prs = read_back(render_pptx(build_deck(store, MONTH, TODAY), CLOCK_AT))
    assert slide_title(prs.slides[3]) == "<script>alert(1)</script> \ufffd]0;x\ufffd"


def test_pptx_properties_are_the_users_and_the_clocks_not_the_templates(db_path):
    data = render_pptx(build_deck(fixture_store(db_path), MONTH, TODAY), CLOCK_AT)
    props = read_back(data).core_properties
    assert (props.author, props.last_modified_by) == (AUTHOR, AUTHOR)
    assert props.created == props.modified == datetime(2026, 12, 2, 8, 0)  # the clock's now, in UTC
    assert (props.title, props.subject) == (
        "Kaizen report · November 2026",
        "Kaizen report for November 2026",
    )
    assert (props.keywords, props.comments, props.category, props.revision) == ("", "", "", 1)
    app = zipfile.ZipFile(io.BytesIO(data)).read("docProps/app.xml").decode()
    assert "Microsoft" not in app and "4:3" not in app and "<Slides>9</Slides>" in app


def test_pptx_thumbnail_is_a_16_9_sketch_of_this_deck_not_the_templates(db_path):
    """A file browser shows a 16:9 picture drawn from the deck's title, not python-pptx's 4:3 blank."""
    from PIL import Image

    store = fixture_store(db_path)
    november = zipfile.ZipFile(io.BytesIO(render_pptx(build_deck(store, MONTH, TODAY), CLOCK_AT)))
    june = zipfile.ZipFile(
        io.BytesIO(render_pptx(build_deck(store, MONTH.replace(month=6), TODAY), CLOCK_AT))
    )
    template = zipfile.ZipFile(io.BytesIO(_template_bytes()))
    shot = november.read("docProps/thumbnail.jpeg")
    picture = Image.open(io.BytesIO(shot))
    assert picture.format == "JPEG" and picture.size == (256, 144)
    assert shot != june.read("docProps/thumbnail.jpeg"), "each month's title is drawn"
    assert shot != template.read("docProps/thumbnail.jpeg")
    assert Image.open(io.BytesIO(template.read("docProps/thumbnail.jpeg"))).size != (256, 144)


def _template_bytes() -> bytes:
    """python-pptx's own empty presentation, saved."""
    out = io.BytesIO()
    Presentation().save(out)
    return out.getvalue()
