"""The deck's three file formats: which renderer each uses (imported only when a deck is made) and the
file name a deck gets by default. Shared by `lean-journal report` and the Review area's deck preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from lean_journal.review.deck.slides import Deck

FORMATS = ("md", "html", "pptx")
DEFAULT_FORMAT = "md"
"""The format of a deck written to stdout, or to a file whose name ends in none of the formats."""


def default_name(month: str, fmt: str) -> str:
    """The file a deck is written to when no name is given: kaizen-2026-11.pptx."""
    return f"kaizen-{month}.{fmt}"


def format_of(name: str) -> str | None:
    """The format a file name's extension asks for (md, html or pptx), or None for any other."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    found = {"markdown": "md", "htm": "html"}.get(suffix, suffix)
    return found if found in FORMATS else None


def deck_bytes(deck: Deck, fmt: str, made: datetime) -> bytes:
    """The deck rendered in `fmt` (the renderer's module imported only now); a PowerPoint file says it was
    made at `made` (the injected clock's now)."""
    if fmt == "pptx":
        from lean_journal.review.deck.pptx import render_pptx

        return render_pptx(deck, made)
    if fmt == "html":
        from lean_journal.review.deck.html import render_html

        return render_html(deck).encode()
    from lean_journal.review.deck.marp import render_markdown

    return render_markdown(deck).encode()
