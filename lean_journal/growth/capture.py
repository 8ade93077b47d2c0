"""Capture from where learning happens: a journal entry's answers or a card's lesson as growth items. Pure.

An entry's answer is the text under a prompt heading (`## What did I learn?`): any ATX heading level,
matched without regard to case, spacing or closing punctuation, up to the next heading of any level.
Headings inside fenced code blocks do not count. An answer of only whitespace counts as none.

- Learn headings: "What did I learn?", "What did I learn today?", "What have I learned?", "What I learned",
  "Learned", "Lessons learned" (and the British "learnt").
- Share headings: "Who did I help?", "Who did I help today?", "Whom did I help?", "Who I helped",
  "How did I help?". "Who helped me?" is help received, not passed on, so it is no share heading.

Capturing twice is refused: `already_captured` finds the learn (or share) item that already links the
same entry or card with the same text, and the screen says "Already captured as learn item 1a2b3c4d."
An answer edited since gives a new item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import TypeVar

from rich.cells import cell_len, set_cell_size

from lean_journal.model import Card, JournalEntry
from lean_journal.model.growth import Channel, Learning, Share, SourceKind, link

Item = TypeVar("Item", Learning, Share)

TITLE_CELLS = 72
"""The widest a captured title gets, in terminal cells (an ellipsis marks a cut)."""
LEARN_HEADINGS = frozenset(
    {
        "what did i learn",
        "what did i learn today",
        "what have i learned",
        "what have i learnt",
        "what i learned",
        "what i learnt",
        "learned",
        "learnt",
        "lessons learned",
        "lessons learnt",
    }
)
SHARE_HEADINGS = frozenset(
    {"who did i help", "who did i help today", "whom did i help", "who i helped", "how did i help"}
)
AREA_KEY = "3"
AREA_NAME = "Learn · Share · Grow"

HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
LEAD_MARKS = re.compile(r"^(?:\s*(?:[-*+>]|\d+[.)])\s+)+")
SENTENCE_END = re.compile(r"(?<=[.!?])\s")
SOURCE_WORDS = (  # the first kind whose word appears in the answer, the title or the tags
    (SourceKind.GEMBA, re.compile(r"\bgemba\b|\bon the floor\b|\bshop floor\b")),
    (SourceKind.MISTAKE, re.compile(r"\bmistake|\bgot (?:it )?wrong\b|\bmy fault\b|\bi forgot\b")),
    (SourceKind.EXPERIMENT, re.compile(r"\bexperiment|\btrial\b|\bpdca\b|\bcard:|\bcountermeasure")),
    (SourceKind.BOOK, re.compile(r"\bbook\b|\bchapter\b|\breading\b|\barticle\b")),
    (SourceKind.COURSE, re.compile(r"\bcourse\b|\btraining\b|\bworkshop\b|\bclass\b")),
    (SourceKind.PERSON, re.compile(r"\b(?:told|showed|taught) me\b|\bmentor\b|\bcoach(?:ed)? me\b")),
)
AUDIENCE = re.compile(
    r"\b(?i:helped|coached|showed|taught|told|mentored|with|for)\s+"
    r"((?:the|our|my)\s+[a-z][\w-]*(?:\s+(?:shift|team|crew|line))?|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
NOT_NAMES = frozenset({"I", "The", "A", "An", "It", "This", "That", "We", "They", "He", "She"})


def heading_key(text: str) -> str:
    """A heading as compared: lower-cased, spaces collapsed, closing punctuation and emphasis dropped."""
    words = " ".join(text.replace("*", " ").replace("_", " ").split()).lower()
    return words.rstrip("?!.:… ").strip()


def sections(body: str) -> list[tuple[str, str]]:
    """Each ATX heading of a Markdown body (its key) with the text under it up to the next heading."""
    found: list[tuple[str, list[str]]] = []
    fence = ""
    for line in body.splitlines():
        opened = FENCE.match(line)
        if opened and (not fence or opened.group(1)[0] == fence[0]):
            fence = "" if fence else opened.group(1)
        heading = None if fence or opened else HEADING.match(line)
        if heading:
            found.append((heading_key(heading.group(2) or ""), []))
        elif found:
            found[-1][1].append(line)
    return [(key, "\n".join(lines).strip()) for key, lines in found]


def answer(body: str, headings: frozenset[str]) -> str:
    """The first non-empty answer under one of `headings`, else ""."""
    return next((text for key, text in sections(body) if key in headings and text), "")


def learn_answer(body: str) -> str:
    """The answer to "What did I learn?" (or a heading like it), else ""."""
    return answer(body, LEARN_HEADINGS)


def share_answer(body: str) -> str:
    """The answer to "Who did I help?" (or a heading like it), else ""."""
    return answer(body, SHARE_HEADINGS)


def shorten(text: str, cells: int = TITLE_CELLS) -> str:
    """`text` on one line, cut to at most `cells` terminal cells (at a space if near) with an ellipsis."""
    line = " ".join(text.split())
    if cell_len(line) <= cells:
        return line
    cut = set_cell_size(line, cells - 1)
    space = cut.rfind(" ")
    if space > len(cut) // 2 and line[len(cut)] != " ":
        cut = cut[:space]
    return cut.rstrip() + "…"


def first_sentence(text: str) -> str:
    """The first non-empty line of `text`, up to the end of its first sentence, list marks dropped."""
    for raw in text.splitlines():
        line = LEAD_MARKS.sub("", raw).replace("**", "").replace("__", "").strip()
        if line:
            return SENTENCE_END.split(line, maxsplit=1)[0].strip()
    return ""


def title_from(text: str, fallback: str) -> str:
    """A title-sized first sentence of `text`, else `fallback` shortened (never empty)."""
    return shorten(first_sentence(text)) or shorten(fallback) or "Untitled"


def guess_source(*texts: str) -> SourceKind:
    """Where a lesson came from, guessed from words in `texts`; OTHER when nothing says."""
    words = " ".join(texts).lower()
    return next((kind for kind, pattern in SOURCE_WORDS if pattern.search(words)), SourceKind.OTHER)


def guess_audience(text: str) -> str:
    """Whom a share went to, from its first line ("Helped Nadia with…" → "Nadia"); "" when unsure."""
    line = first_sentence(text)
    head, colon, _rest = line.partition(":")
    if colon and head and len(head.split()) <= 3 and not head.lower().startswith(("i ", "we ")):
        return head.strip()
    for found in AUDIENCE.finditer(line):
        name = found.group(1)
        if name.split()[0] not in NOT_NAMES:
            return name
    return ""


def entry_learning(entry: JournalEntry, now: datetime) -> Learning:
    """A learn item from the entry's "What did I learn?" answer, or from the whole entry if it has none."""
    lesson = learn_answer(entry.body)
    title = title_from(lesson, entry.title) if lesson else shorten(entry.title) or "Untitled"
    insight = lesson or entry.body.strip()
    return Learning(
        title=title,
        day=entry.day,
        created=now,
        updated=now,
        insight=insight,
        source_kind=guess_source(insight, entry.title, " ".join(entry.all_tags)),
        tags=entry.all_tags,
        links=(link("entry", entry.id),),
    )


def entry_share(entry: JournalEntry, now: datetime) -> Share | None:
    """A share item from the entry's "Who did I help?" answer; None when it has none."""
    helped = share_answer(entry.body)
    if not helped:
        return None
    coaching = re.search(r"\bcoach", helped.lower()) is not None
    return Share(
        title=title_from(helped, entry.title),
        day=entry.day,
        created=now,
        updated=now,
        audience=guess_audience(helped),
        channel=Channel.COACHING if coaching else Channel.CONVERSATION,
        notes=helped,
        tags=entry.all_tags,
        links=(link("entry", entry.id),),
    )


def card_learning(card: Card, day: date, now: datetime) -> Learning | None:
    """A learn item from the card's Check "What I learned" (titled by its first sentence); None if empty."""
    lesson = card.learned.strip()
    if not lesson:
        return None
    return Learning(
        title=title_from(lesson, card.title),
        day=day,
        created=now,
        updated=now,
        insight=lesson,
        source_kind=SourceKind.EXPERIMENT,
        source=shorten(card.title),
        tags=card.tags,
        links=(link("card", card.id),),
    )


def already_captured(existing: Iterable[Item], item: Item) -> Item | None:
    """The stored item that already holds `item`'s capture: a shared link and the same text."""
    text = _captured_text(item)
    for other in existing:
        if set(other.links) & set(item.links) and _captured_text(other) == text:
            return other
    return None


def _captured_text(item: Learning | Share) -> str:
    """The text a capture copies: a learn item's insight, a share item's notes."""
    return item.insight if isinstance(item, Learning) else item.notes


def noun(item: Learning | Share) -> str:
    """'learn item' or 'share item'."""
    return "learn item" if isinstance(item, Learning) else "share item"


def captured_notice(item: Learning | Share) -> str:
    """The one line shown after a capture: the new item's short id and where to see it."""
    return f"Saved as {noun(item)} {item.short_id}: press {AREA_KEY} to see it in {AREA_NAME}."


def already_notice(item: Learning | Share) -> str:
    """The one line shown when the same text was captured before."""
    return f"Already captured as {noun(item)} {item.short_id}."
