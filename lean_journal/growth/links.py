"""Typed links between documents: resolving what a user typed, and finding the links back. Pure."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from lean_journal.model.growth import LINK_TABLES, Goal, link, link_parts
from lean_journal.model.serial import SHORT_ID_LENGTH

if TYPE_CHECKING:
    from lean_journal.store import Store

REPOSITORY_OF = LINK_TABLES
"""The Store repository that holds each kind of link."""
KIND_NOUN = {"entry": "entry", "card": "card", "learn": "learn item", "share": "share item", "goal": "goal"}
KIND_LABEL = {"entry": "entry", "card": "card", "learn": "learned", "share": "shared", "goal": "goal"}
"""How the app labels each kind beside a short id (`learned 1a2b3c4d: …`); a label may prefix an id too."""
KIND_OF_PREFIX = {**{label: kind for kind, label in KIND_LABEL.items()}, **{kind: kind for kind in KIND_NOUN}}
"""The kind each prefix typed before an id names: `learn:` and `learned:` a learn item, and so on."""
MIN_PREFIX = 4
"""The fewest characters of an id that may name a document (the repositories' `find` needs as many)."""


class LinkError(ValueError):
    """What the user typed names no document, or more than one."""


def split_ids(text: str) -> list[str]:
    """The ids typed in one field or flag, separated by commas, spaces or both (`c6a9, 9081`)."""
    return text.replace(",", " ").split()


def links_text(references: Iterable[str]) -> str:
    """Typed links as a form shows them: 'card:1a2b3c4d entry:5e6f7a8b'."""
    return " ".join(f"{kind}:{item_id[:SHORT_ID_LENGTH]}" for kind, item_id in map(link_parts, references))


def links_from(text: str, saved: Iterable[str], resolve: Callable[[str], str]) -> tuple[str, ...]:
    """The typed links of a links field: a link already saved on the item, as the form shows it or in full,
    is kept as it was (even if what it names is gone); only a newly typed one must resolve (or raise)."""
    unused = [(links_text((reference,)), reference) for reference in saved]
    found = []
    for typed in text.split():
        match = next((pair for pair in unused if typed.lower() in pair), None)
        if match is None:
            found.append(resolve(typed))
        else:
            unused.remove(match)
            found.append(match[1])
    return tuple(found)


def kinds_text(kinds: Iterable[str]) -> str:
    """The kinds as a question names them: 'an entry or card', 'an entry, card or share item'."""
    nouns = [KIND_NOUN[kind] for kind in kinds]
    listed = nouns[0] if len(nouns) == 1 else f"{', '.join(nouns[:-1])} or {nouns[-1]}"
    return _a(listed)


def typed_parts(typed: str) -> tuple[str | None, str]:
    """The kind (None: not named) and id prefix typed: `#8db0`, `goal:8db0`, `learned:8db0` (a label)."""
    text = typed.strip().lstrip("#").strip().lower()
    if ":" not in text:
        return None, text
    named, prefix = link_parts(text)
    return KIND_OF_PREFIX.get(named.strip(), named.strip()), prefix.strip()


def id_prefix(kind: str, typed: str) -> str:
    """The id prefix `typed` gives for a document of `kind`, or a LinkError if it names another kind."""
    named, prefix = typed_parts(typed)
    if named is not None and named != kind:
        other = (
            f" names {_a(KIND_NOUN[named])}" if named in KIND_NOUN else f": {named!r} is no kind of document"
        )
        raise LinkError(f"{typed!r}{other}; {_a(KIND_NOUN[kind])}'s id is wanted here ({kind}:ID or ID)")
    return prefix


def _a(noun: str) -> str:
    """`noun` with its indefinite article ("an entry", "a goal")."""
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def resolve(store: Store, typed: str, kinds: Iterable[str] = tuple(REPOSITORY_OF)) -> str:
    """The typed link for `typed`: `card:1a2b3c4d`, or a short id alone looked up in every kind allowed."""
    allowed = tuple(kinds)
    kind, prefix = checked_link(typed, allowed)
    candidates = allowed if kind is None else (kind,)
    found = {kind: _matches(store, kind, prefix) for kind in candidates}
    hits = [(kind, item) for kind, items in found.items() for item in items]
    if not hits:
        nouns = " or ".join(KIND_NOUN[k] for k in candidates)
        raise LinkError(f"{typed!r}: no {nouns} has that id{_elsewhere(store, prefix, allowed)}")
    if len(hits) > 1:
        raise LinkError(f"{typed!r} matches {len(hits)} documents; {_more_advice(found, prefix)}")
    kind, item = hits[0]
    return link(kind, item.id)


def checked_link(typed: str, kinds: Iterable[str]) -> tuple[str | None, str]:
    """The kind (None: not named) and id prefix of a link typed, or a LinkError if it cannot be one here:
    a kind not in `kinds` (or no kind at all) named, or too short an id. Nothing is looked up."""
    kind, prefix = typed_parts(typed)
    allowed = tuple(kinds)
    if kind is not None and kind not in allowed:
        raise LinkError(f"{typed!r}: cannot link to a {kind} here (only {', '.join(allowed)})")
    _check_length(typed, prefix)
    return kind, prefix


def _elsewhere(store: Store, prefix: str, allowed: tuple[str, ...]) -> str:
    """` (it names a goal, which cannot be linked here)` when documents of other kinds have that id."""
    others = [kind for kind in REPOSITORY_OF if kind not in allowed and _matches(store, kind, prefix)]
    if not others:
        return ""
    return f" (it names {' and '.join(_a(KIND_NOUN[kind]) for kind in others)}, which cannot be linked here)"


def find_id(store: Store, kind: str, typed: str) -> str:
    """The full id of the one document of `kind` whose id starts with `typed` (or `kind:…`), or LinkError."""
    prefix = id_prefix(kind, typed)
    _check_length(typed, prefix)
    items = _matches(store, kind, prefix)
    noun = KIND_NOUN[kind]
    if not items:
        raise LinkError(f"no {noun} has the id {typed!r}")
    if len(items) > 1:
        raise LinkError(f"{typed!r} matches {len(items)} {noun}s; type more of the id")
    return str(items[0].id)


def _check_length(typed: str, prefix: str) -> None:
    """A LinkError unless `prefix` is long enough to name a document."""
    if len(prefix) < MIN_PREFIX:
        raise LinkError(f"{typed!r}: an id needs at least {MIN_PREFIX} characters")


def _matches(store: Store, kind: str, prefix: str) -> list[Any]:
    """The documents of `kind` whose id starts with `prefix` (the repository's `find`, else a count)."""
    repository = getattr(store, REPOSITORY_OF[kind])
    one = repository.find(prefix)
    if one is not None:
        return [one]
    return [item for item in repository.all() if item.id.startswith(prefix)]


def _more_advice(found: dict[str, list[Any]], prefix: str) -> str:
    """How to name one of several matches: more of the id, or the kind in front of it."""
    kinds = [kind for kind, items in found.items() if items]
    if len(kinds) == 1:
        return "type more of the id"
    return "write it as " + " or ".join(f"{kind}:{prefix}" for kind in kinds)


def target(store: Store, reference: str) -> Any:
    """The document a typed link points at, or None if it is gone."""
    kind, item_id = link_parts(reference)
    repository = REPOSITORY_OF.get(kind)
    if repository is None:
        return None
    try:
        return getattr(store, repository).get(item_id)
    except LookupError:
        return None


def goals_linking(goals: Iterable[Goal], reference: str) -> list[Goal]:
    """The goals that name `reference` (a typed link) among their evidence."""
    return [goal for goal in goals if reference in goal.links]
