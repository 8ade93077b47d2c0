"""The PowerPoint file's thumbnail, the picture a file browser shows: a 16:9 sketch of the title slide.

python-pptx's template carries a 4:3 thumbnail of an empty slide; this one has the deck's shape and
words. Pillow (which python-pptx needs) draws it; it is imported only when a deck is made.
"""

from __future__ import annotations

import io
import textwrap

from lean_journal.text import printable

SIZE = (256, 144)
"""The thumbnail's pixels: 16:9, the size PowerPoint itself writes."""
MARGIN = 12
TITLE_PX, SUBTITLE_PX = 17, 11
TITLE_CHARS = 26
"""About the characters a line of the title holds at TITLE_PX."""
INK, ACCENT, MUTED = (0x1F, 0x29, 0x33), (0x0B, 0x6E, 0x4F), (0x61, 0x6E, 0x7C)


def thumbnail_jpeg(title: str, subtitle: str) -> bytes:
    """A JPEG of the title slide: the accent band, the title (at most three lines) and the subtitle."""
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.new("RGB", SIZE, "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, SIZE[0], 5), fill=ACCENT)
    top = MARGIN + 4
    heading = ImageFont.load_default(size=TITLE_PX)
    for line in textwrap.wrap(printable(title, multiline=False), TITLE_CHARS)[:3]:
        draw.text((MARGIN, top), line, fill=INK, font=heading)
        top += TITLE_PX + 4
    small = ImageFont.load_default(size=SUBTITLE_PX)
    draw.text((MARGIN, top + 6), printable(subtitle, multiline=False)[:44], fill=MUTED, font=small)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()
