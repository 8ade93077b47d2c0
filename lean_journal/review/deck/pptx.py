"""The deck as a 16:9 PowerPoint file (python-pptx, imported only when a deck is made): native, editable
charts and tables, the author and title in the file's properties; PowerPoint, Keynote and LibreOffice
open it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from lean_journal.review.deck.pptx_fit import Line, TableFit, fit_lines, fit_table
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
from lean_journal.review.deck.thumbnail import thumbnail_jpeg

WIDTH_IN, HEIGHT_IN = 13.333, 7.5
MARGIN_IN = 0.6
BOTTOM_IN = HEIGHT_IN - 0.4
"""Where a slide's content ends: nothing is placed below it."""
GAP_IN = 0.25
CHART_SHARE, CHART_MOST = 0.4, 0.55
"""The least and the most of the room below the title that charts take when a table shares the slide."""
BLANK_LAYOUT = 6
ACCENT = (0x0B, 0x6E, 0x4F)
MUTED = (0x61, 0x6E, 0x7C)
APP_PART = "/docProps/app.xml"
THUMBNAIL_PART = "/docProps/thumbnail.jpeg"
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
    python-pptx's template (its author, dates, comments, revision, 4:3 app properties and thumbnail)."""
    props = prs.core_properties
    props.author = props.last_modified_by = deck.author if deck.signed else ""
    props.title, props.subject = deck.title, f"Kaizen report for {deck.month_label}"
    props.keywords = props.comments = props.category = ""
    props.revision = 1
    moment = made.astimezone(UTC).replace(tzinfo=None) if made.tzinfo else made  # the file says UTC
    props.created = props.modified = moment
    parts = {part.partname: part for part in prs.part.package.iter_parts()}
    parts[APP_PART].blob = APP_XML.format(slides=len(deck.slides)).encode()
    parts[THUMBNAIL_PART].blob = thumbnail_jpeg(deck.title, f"Kaizen report · {deck.month_label}")


def _slide(prs: Any, item: Slide) -> None:
    """One slide: the title, the subtitle, then text blocks on the left and charts and tables on the right."""
    page = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    width = WIDTH_IN - 2 * MARGIN_IN
    _words(page, [Line(item.title, 30, bold=True, colour=ACCENT)], (MARGIN_IN, 0.35, width, 0.9), "Title")
    top = 1.2
    if item.subtitle:
        _words(page, [Line(item.subtitle, 16, colour=MUTED)], (MARGIN_IN, top, width, 0.45))
        top += 0.5
    visual = [b for b in item.blocks if isinstance(b, (Chart, Table))]
    words = [b for b in item.blocks if not isinstance(b, (Chart, Table, Heatmap))]
    text_width = width if not visual else (width * 0.42 if words else 0)
    if words:
        lines = [line for block in words for line in _lines(block)]
        _words(page, lines, (MARGIN_IN, top, text_width, BOTTOM_IN - top))
    left = MARGIN_IN + (text_width + GAP_IN if words else 0)
    _visuals(page, visual, left, top, WIDTH_IN - MARGIN_IN - left, BOTTOM_IN - top)


def _visuals(page: Any, visual: Sequence[Block], x: float, y: float, w: float, h: float) -> None:
    """The charts side by side on top, the tables below them (each fitted to the room left), in the box
    given in inches."""
    from pptx.util import Inches

    charts = [b for b in visual if isinstance(b, Chart)]
    tables = [b for b in visual if isinstance(b, Table)]
    room = h - (h * CHART_SHARE + GAP_IN if charts else 0) - GAP_IN * (len(tables) - 1)
    fits = [fit_table(table, w, room / len(tables)) for table in tables]
    used = sum(fit.height for fit in fits) + GAP_IN * len(fits)
    chart_h = min(h - used, h * CHART_MOST) if tables else h
    chart_w = (w - GAP_IN * (len(charts) - 1)) / max(len(charts), 1)
    for index, chart in enumerate(charts):
        left = x + index * (chart_w + GAP_IN)
        _chart(page, chart, Inches(left), Inches(y), Inches(chart_w), Inches(chart_h))
    top = y + (chart_h + GAP_IN if charts else 0)
    for table, fit in zip(tables, fits, strict=True):
        _table(page, table.title, fit, x, top, w)
        top += fit.height + GAP_IN


def _words(page: Any, lines: Sequence[Line], box: tuple[float, float, float, float], name: str = "") -> None:
    """A text box at (x, y, width, height) inches holding the lines, their fonts sized so they fit (and
    marked to shrink on overflow too, for text edited later)."""
    from pptx.enum.text import MSO_AUTO_SIZE
    from pptx.util import Inches

    x, y, w, h = box
    shape = page.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    shape.text_frame.word_wrap = True
    shape.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    if name:
        shape.name = name
    for index, line in enumerate(fit_lines(lines, w, h)):
        paragraph = shape.text_frame.paragraphs[0] if index == 0 else shape.text_frame.add_paragraph()
        _put(paragraph, line)


def _put(paragraph: Any, line: Line) -> None:
    """Set one paragraph's text (literal: PowerPoint has no markup to escape) and its look."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    run = paragraph.add_run()
    run.text = line.text
    run.font.size = Pt(line.size)
    run.font.bold = line.bold
    if line.colour is not None:
        run.font.color.rgb = RGBColor(*line.colour)


def _lines(block: Block) -> list[Line]:
    """A text block as the paragraphs it is written in."""
    if isinstance(block, Text):
        return [Line(text, 18) for text in block.text.splitlines() or [""]]
    if isinstance(block, Bullets):
        heading = [Line(block.heading, 16, bold=True)] if block.heading else []
        none = Line(f"• {block.empty}", 14, colour=MUTED)
        return heading + ([Line(f"• {point}", 14) for point in block.items] or [none])
    if isinstance(block, Fields):
        return [
            line
            for label, value in block.rows
            for line in (Line(label, 13, bold=True, colour=MUTED), Line(" ".join(value.split()), 15))
        ]
    if isinstance(block, Figures):
        return [
            Line(f"{f.value}  {f.label}" + (f"  ({f.change})" if f.change else ""), 20, bold=True)
            for f in block.items
        ]
    return []


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


def _table(page: Any, title: str, fit: TableFit, x: float, y: float, w: float) -> None:
    """A native table laid out as `fit` says: a header row, then one row per line, each row as tall as its
    text needs."""
    from pptx.util import Inches, Pt

    lines = (fit.header, *fit.rows)
    frame = page.shapes.add_table(
        len(lines), len(fit.header), Inches(x), Inches(y), Inches(w), Inches(fit.height)
    )
    frame.name = title
    table = frame.table
    for column, width in zip(table.columns, fit.widths, strict=True):
        column.width = Inches(width)
    for index, (row, height) in enumerate(zip(table.rows, fit.heights, strict=True)):
        row.height = Inches(height)
        for column, text in enumerate(lines[index]):
            _cell(table.cell(index, column), text, Pt(fit.size), bold=index == 0)


def _cell(cell: Any, text: str, size: Any, *, bold: bool = False) -> None:
    """One table cell's text and size (an empty cell's too: its line would be 18 points high)."""
    cell.text = text
    for paragraph in cell.text_frame.paragraphs:
        paragraph.font.size = size
        for run in paragraph.runs:
            run.font.size = size
            run.font.bold = bold
