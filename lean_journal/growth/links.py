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
        candidates: Iterable[str] = (kind,)
    else:
        candidates, prefix = allowed, text
    found = [link(kind, item.id) for kind in candidates if (item := _find(store, kind, prefix)) is not None]
    if not found:
        raise LinkError(f"{typed!r}: no {' or '.join(KIND_NOUN[k] for k in candidates)} has that id")
    if len(found) > 1:
        raise LinkError(
            f"{typed!r} matches {len(found)} documents; write it as kind:id, e.g. {found[0][:13]}"
        )
    return found[0]


def _find(store: Store, kind: str, prefix: str) -> Any:
    """The one document of `kind` whose id starts with `prefix`, else None."""
    return getattr(store, REPOSITORY_OF[kind]).find(prefix)


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
