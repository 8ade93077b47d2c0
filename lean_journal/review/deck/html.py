"""The deck as one self-contained HTML file: 16:9 slides on screen, one slide per printed page.

No script, no external resource: the style is inline, the charts are inline SVG (pygal, its script and
namespace URLs taken out) and the month's heatmap is drawn by hand. Every user text goes through
`html.escape`.
"""

from __future__ import annotations

import re
from html import escape

from lean_journal.review.deck.heatmap import heatmap_svg
from lean_journal.review.deck.slides import (
    Block,
    Bullets,
    Chart,
    Deck,
    Fields,
    Figures,
    Heatmap,
    Slide,
    SlideKind,
    Table,
    Text,
)

STYLE = """
:root { --ink: #1f2933; --muted: #616e7c; --accent: #0b6e4f; --line: #d9e2ec; }
* { box-sizing: border-box; }
body { margin: 0; background: #e4e7eb; color: var(--ink); font-family: system-ui, sans-serif; }
.slide { width: min(96vw, 1280px); aspect-ratio: 16 / 9; margin: 2vh auto; padding: 3.5% 4.5%;
  background: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 15%); overflow: hidden; display: flex;
  flex-direction: column; gap: 0.8em; break-after: page; page-break-after: always; font-size: 1.05rem; }
.slide:last-child { break-after: auto; page-break-after: auto; }
h1 { font-size: 2.6em; margin: auto 0 0; color: var(--accent); }
h2 { font-size: 1.7em; margin: 0; color: var(--accent); }
.subtitle { color: var(--muted); margin: 0; font-size: 1.1em; }
.body { display: flex; flex-wrap: wrap; gap: 1em 2em; align-content: flex-start; min-height: 0; }
.body > * { flex: 1 1 40%; min-width: 0; }
.body > .wide { flex-basis: 100%; }
p { margin: 0; line-height: 1.4; }
ul { margin: 0.2em 0 0; padding-left: 1.2em; line-height: 1.35; }
.heading { font-weight: 600; margin: 0; }
.empty { color: var(--muted); font-style: italic; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.35em 1em; margin: 0; }
dt { font-weight: 600; color: var(--muted); }
dd { margin: 0; }
.figures { display: flex; gap: 1.2em; flex-wrap: wrap; }
.figure { border-left: 4px solid var(--accent); padding: 0.2em 0.8em; min-width: 9em; }
.figure .value { font-size: 2em; font-weight: 700; display: block; }
.figure .change { color: var(--muted); font-size: 0.9em; display: block; }
table { border-collapse: collapse; font-size: 0.8em; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
figure { margin: 0; }
figure svg { width: 100%; height: auto; max-height: 30vh; }
figure svg.heatmap { width: auto; height: 6.5em; }
figcaption { font-weight: 600; }
@page { size: 13.333in 7.5in; margin: 0; }
@media print {
  body { background: #fff; }
  .slide { width: 100%; height: 100vh; aspect-ratio: auto; margin: 0; box-shadow: none; }
}
"""
LONG_LABEL = 8
"""Category labels longer than this turn a chart's columns into bars, so the labels read across."""
SVG_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
SVG_COMMENT = re.compile(r"<!--.*?-->", re.S)
SVG_NAMESPACES = re.compile(r'\s+xmlns(:\w+)?="[^"]*"')
SVG_ID = re.compile(r'id="chart-([0-9a-f-]+)"')


def chart_svg(chart: Chart, name: str) -> str:
    """A bar chart as inline SVG, made with pygal (imported only now), with no script and no URL."""
    import pygal
    from pygal.style import Style

    style = Style(
        background="white",
        plot_background="white",
        font_family="system-ui, sans-serif",
        label_font_size=15,
        major_label_font_size=15,
        value_font_size=15,
        legend_font_size=15,
        title_font_size=18,
    )
    long_labels = any(len(str(category)) > LONG_LABEL for category in chart.categories)
    kind = pygal.HorizontalBar if long_labels else pygal.Bar
    bars = kind(
        js=[],
        disable_xml_declaration=True,
        width=640,
        height=330,
        style=style,
        print_values=True,
        legend_at_bottom=True,
        show_legend=len(chart.series) > 1,
        x_label_rotation=0,
        truncate_label=28,
    )
    bars.title = chart.title
    bars.x_labels = list(chart.categories)
    for series in chart.series:
        bars.add(series.name, list(series.values))
    svg = SVG_COMMENT.sub("", SVG_SCRIPT.sub("", bars.render()))
    found = SVG_ID.search(svg)
    if found:  # a fixed id, so the same deck gives the same file
        svg = svg.replace(found.group(1), name)
    return SVG_NAMESPACES.sub("", svg)


def block(item: Block, name: str) -> str:
    """One block as HTML."""
    if isinstance(item, Text):
        return f'<p class="wide">{_lines(item.text)}</p>'
    if isinstance(item, Bullets):
        head = f'<p class="heading">{escape(item.heading)}</p>' if item.heading else ""
        points = "".join(f"<li>{escape(point)}</li>" for point in item.items)
        body = f"<ul>{points}</ul>" if points else f'<p class="empty">{escape(item.empty)}</p>'
        return f"<div>{head}{body}</div>"
    if isinstance(item, Fields):
        rows = "".join(f"<dt>{escape(label)}</dt><dd>{_lines(value)}</dd>" for label, value in item.rows)
        return f'<dl class="wide">{rows}</dl>'
    if isinstance(item, Figures):
        return '<div class="figures wide">' + "".join(_figure(f) for f in item.items) + "</div>"
    if isinstance(item, Table):
        return _table(item)
    if isinstance(item, Chart):
        return f'<figure aria-label="{escape(item.title)}">{chart_svg(item, name)}</figure>'
    return _heatmap(item)


def _lines(text: str) -> str:
    """User text, escaped, its line breaks kept."""
    return "<br>".join(escape(line) for line in text.splitlines())


def _figure(figure: object) -> str:
    """One headline number."""
    value, label, change = (escape(getattr(figure, name)) for name in ("value", "label", "change"))
    extra = f'<span class="change">{change}</span>' if change else ""
    return f'<div class="figure"><span class="value">{value}</span>{label}{extra}</div>'


def _table(item: Table) -> str:
    """A table under its title."""
    title = f'<p class="heading">{escape(item.title)}</p>'
    if not item.rows:
        return f'<div class="wide">{title}<p class="empty">None.</p></div>'
    head = "".join(f"<th>{escape(h)}</th>" for h in item.header)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in item.shown_rows
    )
    return (
        f'<div class="wide">{title}<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    )


def _heatmap(item: Heatmap) -> str:
    """The month's days as a small calendar of shaded cells."""
    caption = f"<figcaption>{escape(item.title)}</figcaption>"
    return f'<figure aria-label="{escape(item.title)}">{caption}{heatmap_svg(item)}</figure>'


def slide(item: Slide, number: int) -> str:
    """One slide as a section."""
    heading = "h1" if item.kind is SlideKind.TITLE else "h2"
    parts = [f"<{heading}>{escape(item.title)}</{heading}>"]
    if item.subtitle:
        parts.append(f'<p class="subtitle">{escape(item.subtitle)}</p>')
    blocks = "".join(block(b, f"s{number}b{index}") for index, b in enumerate(item.blocks, 1))
    parts.append(f'<div class="body">{blocks}</div>')
    return f'<section class="slide {item.kind.value}" id="slide-{number}">' + "".join(parts) + "</section>"


def render_html(deck: Deck) -> str:
    """The whole deck as one HTML document, ending in a newline."""
    slides = "\n".join(slide(s, n) for n, s in enumerate(deck.slides, 1))
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="author" content="{escape(deck.author)}">\n'
        f"<title>{escape(deck.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{slides}\n</body>\n</html>\n"
    )
