"""Deleting a document together with every link to it, and undoing that: one save each.

Learn items, share items and goals point at other documents: their `links` (`entry:…`, `card:…`,
`learn:…`, `share:…`) and a share's `passes` (learn item ids). A delete takes every such link out in the
same save as the document, so nothing is left pointing at nothing; the `Deletion` it returns puts the
document back and each link back in its place. The document's own links come back as they were, but for
one to a document deleted since (an older file's link that already pointed nowhere stays). The functions
that take no store are pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from lean_journal.model.growth import LINK_TABLES, Goal, Learning, Share, link, link_parts

if TYPE_CHECKING:
    from lean_journal.store import Store

T = TypeVar("T")
Linker = TypeVar("Linker", Learning, Share, Goal)
LINKER_KIND = {Learning: "learn", Share: "share", Goal: "goal"}
"""The kind of link naming each kind of document that holds links."""
NOUNS = {"goal": ("goal", "goals"), "share": ("share", "shares"), "learn": ("learn item", "learn items")}
"""How the confirm question counts the documents that link, in the order it names them."""


@dataclass(frozen=True, slots=True)
class LinkRemoved:
    """One link taken out of a document: which document, which field, the value and its place there."""

    kind: str
    """The linking document's kind of link: learn, share or goal."""
    item_id: str
    field: str
    """`links` or `passes`."""
    value: str
    index: int


@dataclass(frozen=True, slots=True)
class Deletion(Generic[T]):
    """A document deleted (of `kind`: entry, card, learn, share, goal) and the links taken out with it."""

    kind: str
    item: T
    removed: tuple[LinkRemoved, ...]
    dangling: tuple[LinkRemoved, ...] = ()
    """The document's own links that already pointed at nothing when it was deleted."""


def links_to(kind: str, item_id: str, linkers: Iterable[Learning | Share | Goal]) -> tuple[LinkRemoved, ...]:
    """Every link among `linkers` to the document `item_id` of `kind`, with where it stands."""
    reference = link(kind, item_id)
    found = []
    for item in linkers:
        holder = LINKER_KIND[type(item)]
        if reference in item.links:
            found.append(LinkRemoved(holder, item.id, "links", reference, item.links.index(reference)))
        if kind == "learn" and isinstance(item, Share) and item_id in item.passes:
            found.append(LinkRemoved(holder, item.id, "passes", item_id, item.passes.index(item_id)))
    return tuple(found)


def own_links(item: Any) -> tuple[LinkRemoved, ...]:
    """Every link `item` holds itself, with where it stands (none for an entry or a card)."""
    kind = LINKER_KIND.get(type(item))
    if kind is None:
        return ()
    found = [LinkRemoved(kind, item.id, "links", value, index) for index, value in enumerate(item.links)]
    if isinstance(item, Share):
        found += [LinkRemoved(kind, item.id, "passes", value, i) for i, value in enumerate(item.passes)]
    return tuple(found)


def without_links(item: Linker, removed: Iterable[LinkRemoved]) -> Linker:
    """`item` with the links `removed` from it taken out (links of other documents are ignored)."""
    mine = [one for one in removed if one.item_id == item.id]
    if not mine:
        return item
    changes = {}
    for field in {one.field for one in mine}:
        gone = {one.value for one in mine if one.field == field}
        changes[field] = tuple(value for value in getattr(item, field) if value not in gone)
    return item.with_changes(**changes)


def with_links_back(item: Linker, removed: Iterable[LinkRemoved]) -> Linker:
    """`item` with the links `removed` from it put back where they stood (one still there stays once)."""
    mine = sorted((one for one in removed if one.item_id == item.id), key=lambda one: one.index)
    if not mine:
        return item
    values = {field: list(getattr(item, field)) for field in {one.field for one in mine}}
    for one in mine:
        if one.value not in values[one.field]:
            values[one.field].insert(one.index, one.value)
    return item.with_changes(**{field: tuple(found) for field, found in values.items()})


def linked_text(removed: Sequence[LinkRemoved]) -> str:
    """What the delete question says of the links: '2 goals and 1 share link to it; the links are removed'."""
    documents = {(one.kind, one.item_id) for one in removed}
    if not documents:
        return ""
    parts = []
    for kind, (singular, plural) in NOUNS.items():
        count = sum(1 for holder, _ in documents if holder == kind)
        if count:
            parts.append(f"{count} {singular if count == 1 else plural}")
    named = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    if len(documents) == 1:
        return f"{named} links to it; the link is removed."
    return f"{named} link to it; the links are removed."


def pointing_nowhere(store: Store, item: Any) -> tuple[LinkRemoved, ...]:
    """The links `item` holds to documents not in the store's file (as `lean-journal check` counts them:
    a document set aside is still there)."""
    return tuple(one for one in own_links(item) if not _stored(store, one))


def _stored(store: Store, one: LinkRemoved) -> bool:
    """Whether the document a link names is in the file (read as stored: no cache of a kind is built)."""
    kind, item_id = ("learn", one.value) if one.field == "passes" else link_parts(one.value)
    return item_id in _repository(store, kind).raw_documents()


def linkers(store: Store) -> list[Learning | Share | Goal]:
    """Every document of the store that can hold links."""
    return [*store.learnings.all(), *store.shares.all(), *store.goals.all()]


def links_in_store(store: Store, kind: str, item_id: str) -> tuple[LinkRemoved, ...]:
    """Every link in the store to the document `item_id` of `kind`."""
    return links_to(kind, item_id, linkers(store))


def delete_with_links(store: Store, kind: str, item_id: str) -> Deletion[Any]:
    """Delete the document `item_id` of `kind` and every link to it, in one save."""
    removed = links_in_store(store, kind, item_id)
    dangling = pointing_nowhere(store, _repository(store, kind).get(item_id))
    with store.batch():
        item = _repository(store, kind).delete(item_id)
        for holder, holder_id in _holders(removed):
            repository = _repository(store, holder)
            repository.update(without_links(repository.get(holder_id), removed))
    return Deletion(kind, item, removed, dangling)


def undo_deletion(store: Store, deletion: Deletion[Any]) -> None:
    """Bring back a deleted document and put back each link to it, in one save (a document that linked to
    it and was deleted since stays deleted, and so does its own link to one)."""
    gone_since = [one for one in pointing_nowhere(store, deletion.item) if one not in deletion.dangling]
    with store.batch():
        _repository(store, deletion.kind).add(without_links(deletion.item, gone_since))
        for holder, holder_id in _holders(deletion.removed):
            repository = _repository(store, holder)
            try:
                current = repository.get(holder_id)
            except LookupError:
                continue
            restored = with_links_back(current, deletion.removed)
            if restored != current:
                repository.update(restored)


def _holders(removed: Iterable[LinkRemoved]) -> list[tuple[str, str]]:
    """The documents the links were in, each once, in order."""
    return list(dict.fromkeys((one.kind, one.item_id) for one in removed))


def _repository(store: Store, kind: str) -> Any:
    """The store's repository of documents of `kind`."""
    return getattr(store, LINK_TABLES[kind])
