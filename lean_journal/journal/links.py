"""Card references in a journal body (`#1a2b3c4d`, `card 1a2b3c4d`) turned into Markdown links. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

CARD_SCHEME = "card:"
CARD_REFERENCE = re.compile(r"(?<![\w#/\[])(?P<ref>#|card\s+)(?P<short>[0-9a-f]{8})(?![\w-])", re.IGNORECASE)
FENCE = re.compile(r"^\s*(```|~~~)")


def link_cards(body: str, resolve: Callable[[str], str | None]) -> str:
    """`body` with each reference to an existing card (its full id from `resolve`) made a `card:` link."""
    if "#" not in body and "card" not in body.lower():
        return body
    lines = body.split("\n")
    in_fence = False
    for number, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and "`" not in line:
            lines[number] = CARD_REFERENCE.sub(lambda match: _link(match, resolve), line)
    return "\n".join(lines)


def _link(match: re.Match[str], resolve: Callable[[str], str | None]) -> str:
    """The Markdown link for one reference, or the reference unchanged if no card has that id."""
    card_id = resolve(match["short"].lower())
    if card_id is None:
        return match[0]
    return f"[{match[0]}]({CARD_SCHEME}{card_id})"


def card_id_of(href: str) -> str | None:
    """The card id a link points at, or None if it is not a card link."""
    return href[len(CARD_SCHEME) :] if href.startswith(CARD_SCHEME) else None
