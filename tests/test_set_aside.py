"""One bad document never locks up the journal: it is set aside, kept byte for byte, and named by `check`."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from set_aside_support import (
    BREAKS,
    KINDS,
    break_documents,
    good_titles,
    healthy_journal,
    stored_form,
    titles_of,
)

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry, Stage
from lean_journal.store import NotFoundError, Store
from lean_journal.store.preview import preview_path
from lean_journal.store.schema import CURRENT_SCHEMA
from lean_journal.store.set_aside import summary

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("kind", KINDS)
def test_a_bad_document_of_each_kind_is_set_aside_and_the_rest_load(
    db_path: Path, clock: FixedClock, kind: str
) -> None:
    """Entries, cards, learn items and prompts: the bad one is named (table, id, field), the others load."""
    healthy_journal(db_path, clock)
    broken = break_documents(db_path, (kind,))
    store = Store(db_path, clock)
    assert titles_of(store, kind) == good_titles(db_path, kind, broken)
    [problem] = store.set_aside()
    assert (problem.table, problem.doc_id, problem.field) == (kind, broken[kind], BREAKS[kind][1])


def test_saves_of_every_kind_write_the_bad_documents_back_byte_identical(
    db_path: Path, clock: FixedClock
) -> None:
    """Adding, changing and deleting around them never drops or rewrites the documents set aside."""
    healthy_journal(db_path, clock)
    broken = break_documents(db_path, KINDS)
    before = {kind: stored_form(db_path, kind, doc_id) for kind, doc_id in broken.items()}
    store = Store(db_path, clock)
    now = clock.now()
    store.entries.add(JournalEntry(day=now.date(), title="After the damage", created=now, updated=now))
    card = store.cards.list()[0]
    store.cards.update(card.with_changes(title="Renamed card"))
    store.learnings.delete(store.learnings.all()[0].id)
    store.prompts.new("My prompt")
    content = db_path.read_bytes()
    for kind, form in before.items():
        assert form in content, f"the {kind} document set aside was changed"
    reopened = Store(db_path, clock)
    assert sorted(p.doc_id for p in reopened.set_aside()) == sorted(broken.values())
    assert "After the damage" in titles_of(reopened, "entries")


def test_a_document_set_aside_cannot_be_changed_or_deleted_through_the_store(
    db_path: Path, clock: FixedClock
) -> None:
    """It is not an item of the repository: get, update and delete say there is no such item."""
    healthy_journal(db_path, clock)
    broken = break_documents(db_path, ("entries", "cards"))
    store = Store(db_path, clock)
    for kind in ("entries", "cards"):
        repository = getattr(store, kind)
        with pytest.raises(NotFoundError):
            repository.get(broken[kind])
        with pytest.raises(NotFoundError):
            repository.delete(broken[kind])


def test_the_newest_entries_from_the_preview_skip_a_bad_one_without_blaming_the_journal(
    db_path: Path, clock: FixedClock
) -> None:
    """`list -n` answered from the preview: the bad newest entry is set aside, the next valid ones shown."""
    healthy_journal(db_path, clock)
    broken = break_documents(db_path, ("entries",), pick="newest")
    Store(db_path, clock).entries.all()  # a full read writes the preview of the edited file
    assert broken["entries"].encode() in preview_path(db_path).read_bytes()
    store = Store(db_path, clock)
    assert not store.storage.loaded, "answered from the preview"
    newest = store.entries.list(limit=1)
    assert [e.title for e in newest] == ["Tagged entry"]
    assert [p.doc_id for p in store.set_aside_so_far()] == [broken["entries"]]


def test_a_healthy_journal_has_nothing_set_aside(db_path: Path, clock: FixedClock) -> None:
    """No document is set aside, and reading them all for `check` writes nothing (no prompt seeding)."""
    healthy_journal(db_path, clock)
    content = db_path.read_bytes()
    fresh = Store(db_path.with_name("fresh.json"), clock)
    fresh_content = fresh.path.read_bytes()
    assert Store(db_path, clock).set_aside() == [] and Store(fresh.path, clock).set_aside() == []
    assert db_path.read_bytes() == content and fresh.path.read_bytes() == fresh_content


def test_the_summary_counts_and_names_the_check_command(db_path: Path, clock: FixedClock) -> None:
    """One line: how many, that they are kept unchanged, and what lists them."""
    healthy_journal(db_path, clock)
    break_documents(db_path, ("entries", "cards"))
    line = summary(Store(db_path, clock).set_aside())
    assert line.startswith("2 documents in the journal could not be read and were set aside")
    assert "kept unchanged" in line and "`lean-journal check`" in line and "\n" not in line


# Hypothesis: whatever is broken, and however, loading never raises and every valid document loads. ------

VALID: dict[str, dict[str, Any]] = {
    "entries": {
        "day": "2026-11-20",
        "title": "An entry",
        "created": NOW.isoformat(),
        "updated": NOW.isoformat(),
        "tags": ["x"],
        "mood": 3,
    },
    "cards": {"title": "A card", "created": NOW.isoformat(), "updated": NOW.isoformat(), "stage": "plan"},
    "learnings": {
        "title": "An item",
        "day": "2026-11-20",
        "created": NOW.isoformat(),
        "updated": NOW.isoformat(),
    },
    "prompts": {"name": "A prompt", "body": "## Why?\n"},
}
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
BAD_VALUES = st.one_of(
    JSON_VALUES,
    st.sampled_from(["", "2026-02-30", "31.12.2026", "tomorrow", "2026-11-20T10:00:00", "nowhere"]),
    st.integers(-10, 20),
)


@st.composite
def broken_document(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    """A valid document of `kind` with fields dropped, replaced by wrong types, bad dates or odd numbers."""
    doc = dict(VALID[kind])
    for field in draw(st.lists(st.sampled_from([*doc, "stage", "position", "links"]), max_size=3)):
        if draw(st.booleans()):
            doc.pop(field, None)
        else:
            doc[field] = draw(BAD_VALUES)
    return doc


def uuid_for(n: int) -> str:
    """A fixed UUID string for the n-th document."""
    return f"00000000-0000-4000-8000-{n:012d}"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(KINDS),
    good=st.integers(1, 4),
    data=st.data(),
)
def test_broken_documents_never_stop_loading_and_every_valid_one_loads(
    kind: str, good: int, data: Any
) -> None:
    """Loading (whole, from the preview, the newest few, open cards) never raises; valid ones all load."""
    broken = data.draw(st.lists(broken_document(kind), min_size=1, max_size=4))
    docs = {uuid_for(n): {**VALID[kind], "title": f"good {n}", "name": f"good {n}"} for n in range(good)}
    docs |= {uuid_for(100 + n): doc for n, doc in enumerate(broken)}
    header = {"_meta": {"meta": {"app": "lean-journal", "schema": CURRENT_SCHEMA}}, "settings": {}}
    if kind == "prompts":
        header["settings"] = {"journal.prompts_seeded": {"value": True}}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.json"
        path.write_bytes(orjson.dumps({**header, kind: docs}))
        clock = FixedClock(NOW)
        for _ in range(2):  # without, then with the preview the first read wrote
            store = Store(path, clock)
            if kind == "entries":
                store.entries.list(limit=2)
            if kind == "cards":
                store.cards.in_stages((Stage.STRUGGLE, Stage.PLAN, Stage.DO))
            repository = getattr(store, kind)
            loaded = {item.id for item in repository.all()}
            set_aside = {problem.doc_id for problem in store.set_aside()}
            assert {uuid_for(n) for n in range(good)} <= loaded
            assert loaded | set_aside == set(docs) and not loaded & set_aside
        assert orjson.loads(path.read_bytes())[kind] == docs, "nothing was rewritten"
