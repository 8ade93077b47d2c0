"""The deck as Markdown that Marp presents (pandoc and reveal-md read it too): `---` between slides.

Every user text is escaped: Markdown punctuation gets a backslash and `&`, `<`, `>` become entities, so a
title `<script>`, `[x](javascript:...)`, `# heading` or a line `---` shows as text and never splits a slide.
"""

from __future__ import annotations

import json
import re

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

THEME = "default"
PUNCTUATION = re.compile(r"([\\`*_{}\[\]#|~$^])")
"""What Markdown (Marp's, pandoc's, reveal-md's) reads as markup anywhere in a line."""
LINE_START = re.compile(r"^([-+=:])")
ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
"""What starts a list, a heading underline, a quote or a definition at the start of a line."""
ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape(text: str) -> str:
    """One line of user text as literal Markdown (and literal HTML)."""
    marked = LINE_START.sub(r"\\\1", PUNCTUATION.sub(r"\\\1", text.strip()))
    marked = ORDERED.sub(r"\1\\\2", marked)
    return "".join(ENTITIES.get(char, char) for char in marked)


def paragraph(text: str) -> str:
    """User text of several lines: each line escaped and kept, blank lines as paragraph breaks."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(
        "  \n".join(escape(line) for line in p.splitlines() if line.strip()) for p in paragraphs
    )


def cell(text: str) -> str:
    """A table cell: one line, escaped (a `|` cannot end the cell)."""
    return escape(" ".join(text.split())) or " "


def front_matter(deck: Deck) -> str:
    """Marp's directives; title and author as JSON strings, which YAML reads as quoted text."""
    return "\n".join(
        [
            "---",
            "marp: true",
            f"theme: {THEME}",
            "paginate: true",
            "size: 16:9",
            f"title: {json.dumps(deck.title)}",
            f"author: {json.dumps(deck.author)}",
            "---",
        ]
    )


def block(item: Block) -> str:
    """One block as Markdown."""
    if isinstance(item, Text):
        return paragraph(item.text)
    if isinstance(item, Bullets):
        head = f"**{escape(item.heading)}**\n\n" if item.heading else ""
        points = [f"- {escape(point)}" for point in item.items] or [f"*{escape(item.empty)}*"]
        return head + "\n".join(points)
    if isinstance(item, Fields):
        return "\n".join(
            f"- **{escape(label)}:** {escape(' '.join(value.split()))}" for label, value in item.rows
        )
    if isinstance(item, Figures):
        return "\n".join(
            f"- **{escape(f.value)}** {escape(f.label)}" + (f" {escape(f'({f.change})')}" if f.change else "")
            for f in item.items
        )
    if isinstance(item, Table):
        return table(item.title, item.header, item.shown_rows)
    if isinstance(item, Chart):
        rows = tuple((s.name, *(_value(v) for v in s.values)) for s in item.series)
        return table(item.title, ("", *item.categories), rows)
    return heatmap(item)


def _value(value: float | None) -> str:
    """A chart value in a table cell."""
    return "" if value is None else f"{value:g}"


def table(title: str, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    """A pipe table under its title (a line in italics when it has no rows)."""
    lines = [f"**{escape(title)}**", ""]
    if not rows:
        return "\n".join([*lines, "*None.*"])
    lines.append("| " + " | ".join(cell(h) for h in header) + " |")
    lines.append("|" + "---|" * len(header))
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def heatmap(item: Heatmap) -> str:
    """Days written, as one line (Markdown has no calendar)."""
    written = sum(1 for words in item.words if words)
    return f"*{escape(item.title)}: {written} of {len(item.words)} days, {sum(item.words):,} words*"


def slide(item: Slide) -> str:
    """One slide: its title as a heading, its subtitle, then its blocks."""
    level = "#" if item.kind is SlideKind.TITLE else "##"
    parts = [f"{level} {escape(item.title)}"]
    if item.subtitle:
        parts.append(f"*{escape(item.subtitle)}*")
    parts += [block(b) for b in item.blocks]
    return "\n\n".join(parts)


def render_markdown(deck: Deck) -> str:
    """The whole deck as Marp Markdown, ending in a newline."""
    slides = "\n\n---\n\n".join(slide(s) for s in deck.slides)
    return f"{front_matter(deck)}\n\n{slides}\n"
