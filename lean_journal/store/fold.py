"""Folding a second copy of a journal into this one (`lean-journal merge`). Pure: tables in, tables out.

Documents are matched by id in every table. One the other copy has and this one lacks comes in; where both
have it and they differ, the later `updated` wins and the other version is kept in the history table, so
nothing is lost. A version already kept there is not kept twice, so folding the same copy again changes
nothing. Documents this copy has and the other lacks stay (a merge cannot tell a deletion from an addition).
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from lean_journal.model.validation import new_id
from lean_journal.store.schema import META_TABLE, Tables

HISTORY = "history"
NEW, UPDATED, CONFLICT = "new", "updated", "conflict"


@dataclass
class Folded:
    """The merged tables and what came in: (table, outcome) → count, and the history records added."""

    tables: Tables
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    history_added: int = 0

    @property
    def changed(self) -> bool:
        """Whether the merged tables differ from this journal's."""
        return bool(self.counts) or self.history_added > 0


def fold(ours: Tables, theirs: Tables, at: str, source: str) -> Folded:
    """`theirs` folded into `ours` (neither is changed); `at` stamps the history, `source` names theirs."""
    result = Folded({name: dict(docs) for name, docs in ours.items()})
    history = result.tables.setdefault(HISTORY, {})
    for record_id, record in theirs.get(HISTORY, {}).items():
        if record_id not in history:
            history[record_id] = copy.deepcopy(record)
            result.history_added += 1
    kept = {_version_key(r.get("table"), r.get("doc_id"), r.get("doc")) for r in history.values()}
    for name, docs in theirs.items():
        if name in (META_TABLE, HISTORY):
            continue
        target = result.tables.setdefault(name, {})
        for doc_id, doc in docs.items():
            mine = target.get(doc_id)
            if mine == doc:
                continue
            if mine is None:
                target[doc_id] = copy.deepcopy(doc)
                result.counts[name, NEW] += 1
                continue
            theirs_later = _moment(doc) > _moment(mine)
            loser, why = (
                (mine, f"replaced by a later version merged from {source}")
                if theirs_later
                else (doc, f"an earlier version in {source}, kept when merging it")
            )
            if theirs_later:
                target[doc_id] = copy.deepcopy(doc)
            key = _version_key(name, doc_id, loser)
            if key in kept:
                if theirs_later:
                    result.counts[name, UPDATED] += 1
                continue
            kept.add(key)
            history[new_id()] = {
                "table": name,
                "doc_id": doc_id,
                "doc": copy.deepcopy(loser),
                "at": at,
                "reason": why,
            }
            result.history_added += 1
            result.counts[name, UPDATED if theirs_later else CONFLICT] += 1
    if not history and HISTORY not in ours:
        del result.tables[HISTORY]
    return result


def _version_key(table: Any, doc_id: Any, doc: Any) -> tuple[str, str, bytes]:
    """What identifies one kept version: its table, id and exact content."""
    try:
        content = orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        content = repr(doc).encode()
    return str(table), str(doc_id), content


def _moment(doc: dict[str, Any]) -> datetime:
    """When a document was last changed, from its `updated` (the oldest possible when it has none)."""
    value = doc.get("updated")
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
