"""Three-way merge of whole databases, so two processes writing one file never lose each other's work."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lean_journal.model.validation import new_id

Tables = dict[str, dict[str, Any]]


@dataclass
class Conflict:
    """A document both sides changed: ours won, theirs is kept here."""

    table: str
    doc_id: str
    theirs: Any


@dataclass
class MergeResult:
    """The merged tables and the documents our write overwrote."""

    tables: Tables
    conflicts: list[Conflict] = field(default_factory=list)


def merge(base: Tables, ours: Tables, theirs: Tables) -> MergeResult:
    """Apply our changes since `base` on top of `theirs`; on a clash the later write (ours) wins."""
    result: Tables = {name: dict(docs) for name, docs in theirs.items()}
    conflicts: list[Conflict] = []
    for name in set(base) | set(ours):
        base_docs = base.get(name, {})
        our_docs = ours.get(name, {})
        their_docs = theirs.get(name, {})
        target = result.setdefault(name, {})
        for doc_id in set(base_docs) | set(our_docs):
            mine = our_docs.get(doc_id)
            original = base_docs.get(doc_id)
            if mine == original:
                continue
            current = their_docs.get(doc_id)
            if current != original and current != mine and current is not None:
                conflicts.append(Conflict(name, doc_id, current))
            if mine is None:
                target.pop(doc_id, None)
            else:
                target[doc_id] = mine
    return MergeResult(result, conflicts)


def keep_overwritten(tables: Tables, history_table: str, conflicts: list[Conflict], at: str) -> None:
    """Keep every version a merged write overwrites in `tables`' history table, stamped `at`."""
    history = tables.setdefault(history_table, {})
    for conflict in conflicts:
        history[new_id()] = {
            "table": conflict.table,
            "doc_id": conflict.doc_id,
            "doc": conflict.theirs,
            "at": at,
            "reason": "overwritten by a concurrent save",
        }
