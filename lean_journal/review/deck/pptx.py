"""The deck as a 16:9 PowerPoint file (python-pptx, imported only when a deck is made): native, editable
charts and tables, the author and title in the file's properties; PowerPoint, Keynote and LibreOffice
open it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from lean_journal.review.deck.slides import (
    Block,
    Bullets,
    Chart,
    Deck,
    Fields,
    Figures,
    Heatmap,
    Slide,
    Table,
    Text,
)

WIDTH_IN, HEIGHT_IN = 13.333, 7.5
MARGIN_IN = 0.6
BLANK_LAYOUT = 6
ACCENT = (0x0B, 0x6E, 0x4F)
MUTED = (0x61, 0x6E, 0x7C)
APP_PART = "/docProps/app.xml"
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>lean-journal</Application><PresentationFormat>Widescreen</PresentationFormat>"
    "<Slides>{slides}</Slides></Properties>"
)
"""The file's application properties (the template's say Microsoft PowerPoint, 4:3 and no slides)."""


def render_pptx(deck: Deck, made: datetime) -> bytes:
    """The whole deck as the bytes of a .pptx file made at `made`."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(WIDTH_IN), Inches(HEIGHT_IN)
    _properties(prs, deck, made)
    for item in deck.slides:
        _slide(prs, item)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _properties(prs: Any, deck: Deck, made: datetime) -> None:
    """The file's properties: the author, the title, made and last changed at `made`, and nothing left from
    python-pptx's template (its author, dates, comments, revision and 4:3 application properties)."""
    props = prs.core_properties
    props.author = props.last_modified_by = deck.author if deck.signed else ""
    props.title, props.subject = deck.title, f"Kaizen report for {deck.month_label}"
    props.keywords = props.comments = props.category = ""
    props.revision = 1
    moment = made.astimezone(UTC).replace(tzinfo=None) if made.tzinfo else made  # the file says UTC
    props.created = props.modified = moment
    app = next(part for part in prs.part.package.iter_parts() if part.partname == APP_PART)
    app.blob = APP_XML.format(slides=len(deck.slides)).encode()


def _slide(prs: Any, item: Slide) -> None:
    """One slide: the title, the subtitle, then text blocks on the left and charts and tables on the right."""

    page = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    width = WIDTH_IN - 2 * MARGIN_IN
    title = _textbox(page, MARGIN_IN, 0.35, width, 0.9, name="Title")
    _put(title.text_frame.paragraphs[0], item.title, size=30, bold=True, colour=ACCENT)
    top = 1.2
    if item.subtitle:
        box = _textbox(page, MARGIN_IN, top, width, 0.45)
        _put(box.text_frame.paragraphs[0], item.subtitle, size=16, colour=MUTED)
        top += 0.5
    visual = [b for b in item.blocks if isinstance(b, (Chart, Table))]
    words = [b for b in item.blocks if not isinstance(b, (Chart, Table, Heatmap))]
    text_width = width if not visual else (width * 0.42 if words else 0)
    if words:
        box = _textbox(page, MARGIN_IN, top, text_width, HEIGHT_IN - top - 0.4)
        first = True
        for block in words:
            first = _text_block(box.text_frame, block, first)
    left = MARGIN_IN + (text_width + 0.3 if words else 0)
    _visuals(page, visual, left, top, WIDTH_IN - MARGIN_IN - left, HEIGHT_IN - top - 0.4)


def _visuals(page: Any, visual: Sequence[Block], x: float, y: float, w: float, h: float) -> None:
    """The charts side by side on top, the tables below them, in the box given in inches."""
    from pptx.util import Inches, Pt

    charts = [b for b in visual if isinstance(b, Chart)]
    tables = [b for b in visual if isinstance(b, Table)]
    chart_h = h * 0.5 if tables and charts else h
    gap = 0.25
    chart_w = (w - gap * (len(charts) - 1)) / max(len(charts), 1)
    for index, chart in enumerate(charts):
        left = x + index * (chart_w + gap)
        _chart(page, chart, Inches(left), Inches(y), Inches(chart_w), Inches(chart_h))
    top = y + (chart_h + gap if charts else 0)
    for table in tables:
        _table(page, table, Inches(x), Inches(top), Inches(w), Pt(11 if len(table.rows) > 5 else 13))
        top += 0.35 * (len(table.rows) + 1) + gap


def _textbox(page: Any, x: float, y: float, w: float, h: float, name: str = "") -> Any:
    """A text box at these inches whose text wraps and shrinks to fit (PowerPoint and LibreOffice do so)."""
    from pptx.enum.text import MSO_AUTO_SIZE
    from pptx.util import Inches

    box = page.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    box.text_frame.word_wrap = True
    box.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    if name:
        box.name = name
    return box


def _put(
    paragraph: Any,
    text: str,
    *,
    size: int = 16,
    bold: bool = False,
    colour: tuple | None = None,
    level: int = 0,
) -> None:
    """Set one paragraph's text (literal: PowerPoint has no markup to escape) and its look."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    paragraph.level = level
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    if colour is not None:
        run.font.color.rgb = RGBColor(*colour)


def _next(frame: Any, first: bool) -> Any:
    """The frame's first paragraph for the first line, else a new one."""
    return frame.paragraphs[0] if first else frame.add_paragraph()


def _text_block(frame: Any, block: Block, first: bool) -> bool:
    """Append a text block to the frame; False once anything was written."""
    if isinstance(block, Text):
        for text in block.text.splitlines() or [""]:
            _put(_next(frame, first), text, size=18)
            first = False
    elif isinstance(block, Bullets):
        if block.heading:
            _put(_next(frame, first), block.heading, size=16, bold=True)
            first = False
        for point in block.items or (block.empty,):
            _put(_next(frame, first), f"• {point}", size=14, colour=None if block.items else MUTED)
            first = False
    elif isinstance(block, Fields):
        for label, value in block.rows:
            _put(_next(frame, first), label, size=13, bold=True, colour=MUTED)
            _put(frame.add_paragraph(), " ".join(value.split()), size=15)
            first = False
    elif isinstance(block, Figures):
        for figure in block.items:
            change = f"  ({figure.change})" if figure.change else ""
            _put(_next(frame, first), f"{figure.value}  {figure.label}{change}", size=20, bold=True)
            first = False
    return first


LONG_LABEL = 8
"""Category labels longer than this turn a chart's columns into bars, so the labels read across."""


def _chart(page: Any, block: Chart, x: Any, y: Any, w: Any, h: Any) -> None:
    """A native, editable clustered chart: columns for short labels (months), bars for long ones (units)."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Pt

    data = CategoryChartData()
    data.categories = list(block.categories)
    for series in block.series:
        data.add_series(series.name, list(series.values))
    long_labels = any(len(str(category)) > LONG_LABEL for category in block.categories)
    kind = XL_CHART_TYPE.BAR_CLUSTERED if long_labels else XL_CHART_TYPE.COLUMN_CLUSTERED
    frame = page.shapes.add_chart(kind, x, y, w, h, data)
    frame.name = block.title
    chart = frame.chart
    chart.font.size = Pt(11)
    chart.has_title = True
    chart.chart_title.text_frame.text = block.title
    chart.chart_title.text_frame.paragraphs[0].font.size = Pt(14)
    chart.has_legend = len(block.series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    chart.plots[0].has_data_labels = True


def _table(page: Any, block: Table, x: Any, y: Any, w: Any, size: Any) -> None:
    """A native table: a header row, then one row per line (a 'None.' row when empty)."""
    from pptx.util import Emu

    rows = block.rows or (("None.",) + ("",) * (len(block.header) - 1),)
    frame = page.shapes.add_table(
        len(rows) + 1, len(block.header), x, y, w, Emu(int(size) * 2 * (len(rows) + 1))
    )
    frame.name = block.title
    table = frame.table
    for column, text in enumerate(block.header):
        _cell(table.cell(0, column), text, size, bold=True)
    for row, cells in enumerate(rows, 1):
        for column, text in enumerate(cells):
            _cell(table.cell(row, column), text, size)


def _cell(cell: Any, text: str, size: Any, *, bold: bool = False) -> None:
    """One table cell's text and size."""
    cell.text = text
    for paragraph in cell.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = size
            run.font.bold = bold
