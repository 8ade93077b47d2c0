"""How much room text takes on a PowerPoint slide, estimated from its length: python-pptx cannot measure
text, and PowerPoint shrinks text to fit a box only once someone edits it, so the deck sizes every font and
table row itself, to keep each line on its slide. Pure (no python-pptx); lengths in inches, sizes in points.

The estimates are deliberately wide (DejaVu Sans, LibreOffice's stand-in for Calibri, is the wider font),
so text laid out here fits in PowerPoint, Keynote and LibreOffice alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from lean_journal.review.deck.slides import Table

CHAR_EM, BOLD_EM = 0.58, 0.65
"""The average width of a character, in ems, of regular and bold text (DejaVu Sans, a little over)."""
LINE_EM = 1.2
"""The height of a line, in ems (single spacing)."""
INSET_X, INSET_Y = 0.1, 0.05
"""The inner margins of a text box and of a table cell (python-pptx's and PowerPoint's defaults)."""
SCALES = (1.0, 0.9, 0.8, 0.7, 0.6)
"""How far a text box's fonts are scaled down to fit, step by step, before its last lines are cut."""
TABLE_SIZES = (13.0, 12.0, 11.0, 10.0, 9.0)
"""The font sizes a table is tried at, largest first, before its last rows are cut."""
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph to write in a text box, with its look."""

    text: str
    size: float
    bold: bool = False
    colour: tuple[int, int, int] | None = None


@dataclass(frozen=True, slots=True)
class TableFit:
    """A table laid out to fit: its font size, column widths, row heights (header first), header and rows."""

    size: float
    widths: tuple[float, ...]
    heights: tuple[float, ...]
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def height(self) -> float:
        """The whole table's height."""
        return sum(self.heights)


def per_line(size: float, width: float, *, bold: bool = False) -> int:
    """How many characters of `size` points fit on one line `width` inches wide (at least one)."""
    return max(1, int(width * 72 / (size * (BOLD_EM if bold else CHAR_EM))))


def wrapped_lines(text: str, size: float, width: float, *, bold: bool = False) -> int:
    """How many lines `text` takes, wrapped at word ends, in `width` inches at `size` points."""
    most = per_line(size, width, bold=bold)
    count = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            length = len(word)
            if used and used + 1 + length <= most:
                used += 1 + length
                continue
            if used:
                lines += 1
            lines += (length - 1) // most if length else 0  # a word longer than a line breaks anywhere
            used = (length - 1) % most + 1 if length else 0
        count += lines
    return count


def line_height(size: float) -> float:
    """The height of one line of text of `size` points."""
    return size * LINE_EM / 72


def lines_height(lines: Sequence[Line], width: float) -> float:
    """The height the paragraphs take in a box `width` inches wide, its inner margins included."""
    inner = width - 2 * INSET_X
    text = sum(wrapped_lines(p.text, p.size, inner, bold=p.bold) * line_height(p.size) for p in lines)
    return text + 2 * INSET_Y


def fit_lines(lines: Sequence[Line], width: float, height: float) -> tuple[Line, ...]:
    """The paragraphs in a box of `width` by `height`: scaled down until they fit, and at the smallest scale
    cut after the last line that fits (ending with '…')."""
    scaled: tuple[Line, ...] = tuple(lines)
    for scale in SCALES:
        scaled = tuple(replace(p, size=round(p.size * scale * 2) / 2) for p in lines)
        if lines_height(scaled, width) <= height:
            return scaled
    return _cut(scaled, width, height)


def _cut(lines: Sequence[Line], width: float, height: float) -> tuple[Line, ...]:
    """The paragraphs that fit in the box, the first one that does not shortened to the room left."""
    inner, room = width - 2 * INSET_X, height - 2 * INSET_Y
    kept: list[Line] = []
    for paragraph in lines:
        need = wrapped_lines(paragraph.text, paragraph.size, inner, bold=paragraph.bold)
        if need * line_height(paragraph.size) <= room:
            kept.append(paragraph)
            room -= need * line_height(paragraph.size)
            continue
        left = int(room / line_height(paragraph.size))
        if left:
            kept.append(replace(paragraph, text=shortened(paragraph, inner, left)))
        break
    return tuple(kept)


def shortened(paragraph: Line, width: float, lines: int) -> str:
    """The paragraph's text cut at a word end so that it, and a closing '…', take at most `lines` lines."""
    words = paragraph.text.split()
    while words:
        words.pop()
        text = " ".join(words) + ELLIPSIS
        if wrapped_lines(text, paragraph.size, width, bold=paragraph.bold) <= lines:
            return text
    return ELLIPSIS


def column_widths(lines: Sequence[Sequence[str]], width: float, size: float) -> tuple[float, ...]:
    """Each column's share of `width` (the header the first of `lines`): a column whose longest text fits
    in an even share gets just that room, the others share the rest evenly; all grow alike if room is left."""
    need = [
        max(
            (len(text) + 1) * size * (BOLD_EM if row == 0 else CHAR_EM) / 72
            for row, text in enumerate(column)
        )
        + 2 * INSET_X
        for column in zip(*lines, strict=True)
    ]
    if sum(need) <= width:
        return tuple(each * width / sum(need) for each in need)
    widths, left, room = list(need), set(range(len(need))), width
    while left:
        share = room / len(left)
        narrow = {index for index in left if need[index] <= share}
        if not narrow:
            for index in left:
                widths[index] = share
            break
        room -= sum(need[index] for index in narrow)
        left -= narrow
    return tuple(widths)


def fit_table(table: Table, width: float, height: float) -> TableFit:
    """The table laid out in `width` by `height`: at the largest font size at which every row fits, else
    at the smallest with its last rows left out (a last row says how many)."""
    fit = _laid_out(table, width, TABLE_SIZES[0])
    for size in TABLE_SIZES:
        fit = _laid_out(table, width, size)
        if fit.height <= height:
            return fit
    for keep in range(len(table.rows) - 1, -1, -1):
        left_out = len(table.rows) - keep
        cut = replace(table, rows=table.rows[:keep], more=table.more + left_out)
        fit = _laid_out(cut, width, TABLE_SIZES[-1])
        if fit.height <= height:
            return fit
    return fit


def _laid_out(table: Table, width: float, size: float) -> TableFit:
    """The table's column widths and row heights at `size` points (a 'None.' row when it has none)."""
    rows = table.shown_rows or (("None.", *("",) * (len(table.header) - 1)),)
    widths = column_widths((table.header, *rows), width, size)
    heights = tuple(
        _row_height(cells, widths, size, bold=index == 0) for index, cells in enumerate((table.header, *rows))
    )
    return TableFit(size, widths, heights, table.header, rows)


def _row_height(cells: Sequence[str], widths: Sequence[float], size: float, *, bold: bool) -> float:
    """The height of a row whose tallest cell wraps the most."""
    most = max(
        wrapped_lines(text, size, w - 2 * INSET_X, bold=bold) for text, w in zip(cells, widths, strict=True)
    )
    return most * line_height(size) + 2 * INSET_Y
