"""Typed links between documents: resolving what a user typed, and finding the links back. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from lean_journal.model.growth import LINK_TABLES, Goal, link, link_parts

if TYPE_CHECKING:
    from lean_journal.store import Store

REPOSITORY_OF = LINK_TABLES
"""The Store repository that holds each kind of link."""
KIND_NOUN = {"entry": "entry", "card": "card", "learn": "learn item", "share": "share item", "goal": "goal"}
MIN_PREFIX = 4
"""The fewest characters of an id that may name a document (the repositories' `find` needs as many)."""


class LinkError(ValueError):
    """What the user typed names no document, or more than one."""


def resolve(store: Store, typed: str, kinds: Iterable[str] = tuple(REPOSITORY_OF)) -> str:
    """The typed link for `typed`: `card:1a2b3c4d`, or a short id alone looked up in every kind allowed."""
    text = typed.strip().lstrip("#").lower()
    allowed = tuple(kinds)
    if ":" in text:
        kind, prefix = link_parts(text)
        if kind not in allowed:
            raise LinkError(f"{typed!r}: cannot link to a {kind} here (only {', '.join(allowed)})")
        candidates: tuple[str, ...] = (kind,)
    else:
        candidates, prefix = allowed, text
    prefix = prefix.strip()
    _check_length(typed, prefix)
    found = {kind: _matches(store, kind, prefix) for kind in candidates}
    hits = [(kind, item) for kind, items in found.items() for item in items]
    if not hits:
        raise LinkError(f"{typed!r}: no {' or '.join(KIND_NOUN[k] for k in candidates)} has that id")
    if len(hits) > 1:
        raise LinkError(f"{typed!r} matches {len(hits)} documents; {_more_advice(found, prefix)}")
    kind, item = hits[0]
    return link(kind, item.id)


def find_id(store: Store, kind: str, typed: str) -> str:
    """The full id of the one document of `kind` whose id starts with `typed`, else a LinkError."""
    prefix = typed.strip().lstrip("#").lower()
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
