"""The month's days written as a small hand-made SVG calendar: a column per week, a row per weekday."""

from __future__ import annotations

from datetime import timedelta

from lean_journal.review.deck.slides import Heatmap

CELL = 22
GAP = 4
SHADES = ("#ebedf0", "#c6e9d6", "#7fcba4", "#3a9d6e", "#0b6e4f")
WEEKDAYS = "MTWTFSS"


def shade(words: int, most: int) -> str:
    """The colour of a day: grey for none, then four greens by share of the month's busiest day."""
    if words <= 0 or most <= 0:
        return SHADES[0]
    return SHADES[min(4, 1 + (4 * words - 1) // most)]


def heatmap_svg(item: Heatmap) -> str:
    """The calendar with a legend, as inline SVG (no namespace URL: it is parsed as HTML)."""
    most = max(item.words, default=0)
    offset = item.first.weekday()
    weeks = (offset + len(item.words) + 6) // 7
    left, top = 18, 4
    cells = [
        f'<text x="0" y="{top + row * (CELL + GAP) + 15}" font-size="11" fill="#616e7c">{day}</text>'
        for row, day in enumerate(WEEKDAYS)
    ]
    for index, words in enumerate(item.words):
        column, row = divmod(offset + index, 7)
        day = item.first + timedelta(days=index)
        x, y = left + column * (CELL + GAP), top + row * (CELL + GAP)
        cells.append(
            f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" rx="3" fill="{shade(words, most)}">'
            f"<title>{day:%a %d %b}: {words:,} words</title></rect>"
        )
    width = left + weeks * (CELL + GAP)
    legend_y = top + 7 * (CELL + GAP) + 14
    cells.append(f'<text x="0" y="{legend_y}" font-size="11" fill="#616e7c">fewer</text>')
    for index, colour in enumerate(SHADES):
        cells.append(
            f'<rect x="{38 + index * 14}" y="{legend_y - 10}" width="11" height="11" fill="{colour}"/>'
        )
    cells.append(f'<text x="{38 + 5 * 14 + 4}" y="{legend_y}" font-size="11" fill="#616e7c">more</text>')
    view = f"0 0 {max(width, 150)} {legend_y + 6}"
    return f'<svg viewBox="{view}" role="img" class="heatmap">' + "".join(cells) + "</svg>"
