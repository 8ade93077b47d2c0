"""Repositories: add, get, update, delete and list one kind of document, as model objects."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, Protocol, TypeVar

from tinydb import TinyDB
from tinydb.table import Document, Table

from lean_journal.clock import Clock
from lean_journal.store.errors import NotFoundError
from lean_journal.store.set_aside import UNREADABLE, SetAside, set_aside
from lean_journal.store.storage import AtomicJSONStorage


class Model(Protocol):
    """What a repository needs of a model class."""

    @property
    def id(self) -> str:
        """The document's UUID."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        ...

    def with_changes(self, **changes: Any) -> Any:
        """A validated copy with some fields changed."""
        ...


M = TypeVar("M", bound=Model)
T = TypeVar("T")


class StrIdTable(Table):
    """A TinyDB table keyed by our UUID strings instead of integers."""

    document_id_class = str  # type: ignore[assignment]


class Repository(Generic[M]):
    """Model objects of one table, cached in memory and rebuilt when the file changes."""

    table_name = ""
    kind = "document"

    def __init__(self, db: TinyDB, storage: AtomicJSONStorage, clock: Clock) -> None:
        """Use `db`'s table named `table_name`."""
        self._db = db
        self._storage = storage
        self._clock = clock
        self._items: dict[str, M] = {}
        self._derived: dict[str, dict[str, Any]] = {}
        self._generation = -1
        # Made so far toward the cache (see load_some); None for a document set aside.
        self._decoded: dict[str, M | None] = {}
        self._decoded_generation = -1
        self._set_aside: dict[str, SetAside] = {}  # documents met that do not validate, by id

    def from_dict(self, data: dict[str, Any]) -> M:
        """Build the model object for one stored document."""
        raise NotImplementedError

    def search_text(self, item: M) -> str:
        """The lower-cased text that free-text search looks in."""
        raise NotImplementedError

    @property
    def _table(self) -> Table:
        """The TinyDB table behind this repository (no query cache: reads come from memory)."""
        return self._db.table(self.table_name, cache_size=0)

    def _cache(self) -> dict[str, M]:
        """All items by id, rebuilt when the file was reloaded."""
        if not self.is_built():
            raw = self.raw_documents()
            done = self.decoded_so_far()
            made = {
                doc_id: done[doc_id] if doc_id in done else self._load(doc_id, doc)
                for doc_id, doc in raw.items()
            }
            self._items = {doc_id: item for doc_id, item in made.items() if item is not None}
            self._set_aside = {
                doc_id: self._set_aside[doc_id] for doc_id, item in made.items() if item is None
            }
            self._derived = {}
            self._generation = self._storage.generation
            self._decoded = {}
        return self._items

    def decoded_so_far(self) -> dict[str, M | None]:
        """The model objects already made from the current file's documents, ahead of the whole cache
        (None for a document set aside)."""
        if self._decoded_generation != self._storage.generation:
            self._decoded = {}
            self._decoded_generation = self._storage.generation
        return self._decoded

    def load_some(self, count: int) -> bool:
        """Make up to `count` more model objects toward the cache (idle-time work); True once it is whole.

        Loading every card at once is a stall a key would feel; in steps of a hundred or so, a key pressed
        meanwhile waits only for the step under way.
        """
        if self.is_built():
            return True
        raw = self.raw_documents()
        done = self.decoded_so_far()
        for doc_id, doc in raw.items():
            if count <= 0:
                break
            if doc_id not in done:
                done[doc_id] = self._load(doc_id, doc)
                count -= 1
        if len(done) >= len(raw):
            self._cache()
        return self.is_built()

    def decode(self, doc_id: str, doc: dict[str, Any]) -> M | None:
        """The model object of one stored document, made once (whole cache or not); None if set aside."""
        if self.is_built():
            return self._items.get(doc_id)
        done = self.decoded_so_far()
        if doc_id not in done:
            done[doc_id] = self._load(doc_id, doc)
        return done[doc_id]

    def is_built(self) -> bool:
        """Whether the model objects of the current file are already in memory."""
        return self._generation == self._storage.generation

    def raw_documents(self) -> dict[str, dict[str, Any]]:
        """The stored documents of this table as TinyDB holds them: read-only, never to be changed."""
        return (self._storage.read() or {}).get(self.table_name, {})

    def _load(self, doc_id: str, doc: dict[str, Any]) -> M | None:
        """One stored document as a model object, or None after setting it aside (see store.set_aside)."""
        try:
            return self.from_dict({**doc, "id": doc_id})
        except UNREADABLE as error:
            self._set_aside[doc_id] = set_aside(self.table_name, doc_id, doc, error)
            return None

    def set_aside(self) -> list[SetAside]:
        """Every document of this table that does not validate (each is read, and kept toward the cache)."""
        if self.is_built():
            return self.set_aside_so_far()
        for doc_id, doc in self.raw_documents().items():
            self.decode(doc_id, doc)
        bad = [doc_id for doc_id, item in self.decoded_so_far().items() if item is None]
        return sorted((self._set_aside[doc_id] for doc_id in bad), key=lambda problem: problem.doc_id)

    def set_aside_so_far(self) -> list[SetAside]:
        """The documents found not to validate among those read so far (none are read to know)."""
        return sorted(self._set_aside.values(), key=lambda problem: problem.doc_id)

    def _per_item(self, name: str, compute: Callable[[M], T]) -> dict[str, T]:
        """A value derived from each item (search text, tags...), computed once and kept up to date."""
        items = self._cache()
        table = self._derived.setdefault(name, {})
        if len(table) != len(items):
            for item_id, item in items.items():
                if item_id not in table:
                    table[item_id] = compute(item)
        return table

    def _remember(self, item: M) -> None:
        """Update the cache after a successful write (rebuilt whole if the write merged outside changes)."""
        self._cache()[item.id] = item
        self._forget_derived(item.id)

    def _forget_derived(self, item_id: str) -> None:
        """Drop what was derived from one item, to be recomputed on next use."""
        for table in self._derived.values():
            table.pop(item_id, None)

    def __len__(self) -> int:
        """How many items there are."""
        return len(self._cache())

    def get(self, item_id: str) -> M:
        """The item with this id, or NotFoundError."""
        try:
            return self._cache()[item_id]
        except KeyError:
            raise NotFoundError(self.kind, item_id) from None

    def find(self, prefix: str) -> M | None:
        """The one item whose id starts with `prefix` (at least 4 characters), if exactly one does."""
        prefix = prefix.lower()
        if len(prefix) < 4:
            return None
        matches = [item for item_id, item in self._cache().items() if item_id.startswith(prefix)]
        return matches[0] if len(matches) == 1 else None

    def all(self) -> list[M]:
        """Every item, in no particular order."""
        return list(self._cache().values())

    def add(self, item: M) -> M:
        """Store a new item and return it."""
        self._cache()
        self._table.insert(Document(item.to_dict(), doc_id=item.id))  # type: ignore[arg-type]
        self._remember(item)
        return item

    def add_many(self, items: Iterable[M]) -> None:
        """Store many new items in one save."""
        items = list(items)
        self._cache()
        self._table.insert_multiple(Document(i.to_dict(), doc_id=i.id) for i in items)  # type: ignore[arg-type]
        for item in items:
            self._remember(item)

    def update(self, item: M) -> M:
        """Replace the stored item with the same id; stamps `updated` and returns the stored copy."""
        self.get(item.id)
        stamped: M = item.with_changes(updated=self._clock.now())
        self._table.update(_replace_with(stamped.to_dict()), doc_ids=[item.id])  # type: ignore[arg-type, list-item]
        self._remember(stamped)
        return stamped

    def delete(self, item_id: str) -> M:
        """Remove the item with this id and return what it was."""
        item = self.get(item_id)
        self._table.remove(doc_ids=[item_id])  # type: ignore[list-item]
        self._cache().pop(item_id, None)
        self._forget_derived(item_id)
        return item

    def made_where(self, keep: Callable[[dict[str, Any]], bool]) -> list[M]:
        """The items whose stored document `keep` accepts, made only for those while the whole cache is not
        built (a month's report out of ten years). A document `keep` cannot judge is made too, so one that
        does not validate is still set aside as by `all`."""
        found = []
        for doc_id, doc in self.raw_documents().items():
            try:
                wanted = keep(doc)
            except (KeyError, TypeError, ValueError, AttributeError, IndexError):
                wanted = True
            item = self.decode(doc_id, doc) if wanted else None
            if item is not None:
                found.append(item)
        return found

    def prepare_search(self) -> None:
        """Build the lower-cased search texts now (e.g. as a search box opens), not on the first keystroke."""
        self._per_item("text", self.search_text)

    def candidates(self, text: str | None) -> Iterable[M]:
        """The items whose search text contains every word of `text` (case-insensitive); all if none."""
        items = self._cache()
        words = sorted(set((text or "").lower().split()), key=len, reverse=True)
        if not words:
            return items.values()
        texts = self._per_item("text", self.search_text)
        first, *rest = words
        ids = [item_id for item_id, haystack in texts.items() if first in haystack]
        for word in rest:
            ids = [item_id for item_id in ids if word in texts[item_id]]
        return [items[item_id] for item_id in ids]


def put_document(table: Table, doc_id: str, content: dict[str, Any]) -> None:
    """Insert or replace one document in a single save (TinyDB's upsert may save twice)."""
    if table.contains(doc_id=doc_id):  # type: ignore[arg-type]
        table.update(_replace_with(content), doc_ids=[doc_id])  # type: ignore[arg-type, list-item]
    else:
        table.insert(Document(content, doc_id=doc_id))  # type: ignore[arg-type]


def _replace_with(new: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """A TinyDB update that makes a document exactly `new` (dropping keys it no longer has)."""

    def transform(doc: dict[str, Any]) -> None:
        """Replace the document's content in place."""
        doc.clear()
        doc.update(new)

    return transform
