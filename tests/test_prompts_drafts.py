"""Prompts kept in the journal file and drafts kept beside it: seeding, editing, defaults, reopening."""

from __future__ import annotations

import contextlib
import errno
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tinydb.table import Document

from lean_journal.clock import FixedClock
from lean_journal.model import ValidationError
from lean_journal.model.draft import EntryDraft
from lean_journal.store import SaveError, Store, draft_files
from lean_journal.store import storage as storage_module
from lean_journal.store.prompts import DAILY_REFLECTION, DEFAULT_PROMPTS, GEMBA_WALK

DAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def test_defaults_are_seeded_on_first_use(store: Store) -> None:
    """A new file offers the daily reflection, gemba walk and weekly review prompts."""
    names = [p.name for p in store.prompts.list()]
    assert names == ["Daily reflection", "Gemba walk notes", "Weekly review"]
    body = store.prompts.get(DAILY_REFLECTION.id).body
    for question in ("improve today", "got in my way", "learn", "try tomorrow", "Who did I help"):
        assert question in body
    assert "with my own eyes" in store.prompts.get(GEMBA_WALK.id).body


def test_seeding_is_saved_once_and_never_overwrites_edits(db_path: Path, clock: FixedClock) -> None:
    """Edited and deleted default prompts stay that way after reopening."""
    store = Store(db_path, clock)
    daily = store.prompts.get(DAILY_REFLECTION.id)
    store.prompts.update(daily.with_changes(body="## My own question\n"))
    store.prompts.delete(GEMBA_WALK.id)
    reopened = Store(db_path, clock)
    assert reopened.prompts.get(DAILY_REFLECTION.id).body == "## My own question\n"
    assert GEMBA_WALK.id not in [p.id for p in reopened.prompts.list()]
    assert len(reopened.prompts) == len(DEFAULT_PROMPTS) - 1


def test_add_prompt_and_choose_default(db_path: Path, clock: FixedClock) -> None:
    """A new prompt can become the default; deleting it falls back to the daily reflection."""
    store = Store(db_path, clock)
    assert store.prompts.default() == store.prompts.get(DAILY_REFLECTION.id)
    mine = store.prompts.new("Evening [b]check[/b]", "## What mattered?\n")
    store.prompts.set_default(mine.id)
    reopened = Store(db_path, clock)
    assert reopened.prompts.default().name == "Evening [b]check[/b]"
    reopened.prompts.delete(mine.id)
    assert reopened.prompts.default().id == DAILY_REFLECTION.id


def test_prompt_needs_a_name(store: Store) -> None:
    """A prompt without a name is refused, naming the field."""
    with pytest.raises(ValidationError) as caught:
        store.prompts.new("   ")
    assert caught.value.field == "name"


def test_seeding_when_saves_fail_still_offers_the_defaults(
    db_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a full disk the defaults are still offered, the file is untouched, a draft save says why."""
    Store(db_path, clock)
    before = db_path.read_bytes()

    def disk_full(path: Path, content: bytes, **_options: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_module, "atomic_write", disk_full)
    monkeypatch.setattr(draft_files, "atomic_write", disk_full)
    store = Store(db_path, clock)
    assert len(store.prompts.list()) == len(DEFAULT_PROMPTS)
    assert store.prompts.default().id == DAILY_REFLECTION.id
    with pytest.raises(SaveError, match="No space left"):
        store.drafts.save("new-1", EntryDraft(day=DAY, title="kept in memory only"))
    assert db_path.read_bytes() == before


def test_draft_survives_reopening(db_path: Path, clock: FixedClock) -> None:
    """A kept draft is read back exactly after reopening the file."""
    store = Store(db_path, clock)
    draft = EntryDraft(day=DAY, title="Half written", body="## Q\n\nI was", tags="kaizen 5s", mood=3)
    store.drafts.save("new-abc", draft)
    reopened = Store(db_path, clock)
    assert reopened.drafts.get("new-abc") == draft
    assert reopened.drafts.latest() == ("new-abc", draft)


def test_latest_draft_is_the_most_recently_kept(store: Store, clock: FixedClock) -> None:
    """latest() is the draft kept last; deleting is idempotent."""
    store.drafts.save("new-1", EntryDraft(day=DAY, title="first"))
    clock.advance(minutes=5)
    store.drafts.save("entry-2", EntryDraft(day=DAY, title="second"))
    assert store.drafts.latest()[0] == "entry-2"
    store.drafts.delete("entry-2")
    store.drafts.delete("entry-2")  # deleting twice is harmless
    assert store.drafts.latest()[0] == "new-1"
    assert len(store.drafts) == 1


def test_unchanged_draft_is_not_saved_again(store: Store) -> None:
    """Keeping the same draft twice writes its file once."""
    draft = EntryDraft(day=DAY, title="same")
    store.drafts.save("k", draft)
    kept = store.drafts.folder / "k.json"
    before = kept.stat().st_ino, kept.stat().st_mtime_ns
    store.drafts.save("k", draft)
    assert (kept.stat().st_ino, kept.stat().st_mtime_ns) == before


def test_damaged_draft_is_ignored(store: Store) -> None:
    """A damaged draft document is skipped, never an error."""
    store.drafts.save("good", EntryDraft(day=DAY, title="ok"))
    store._db.table("drafts").insert(Document({"day": "not a day", "title": 5}, doc_id="bad"))
    assert [key for key, _ in store.drafts.all()] == ["good"]


def test_draft_to_entry_round_trip(clock: FixedClock) -> None:
    """A draft becomes an entry and back; edits keep id and created."""
    draft = EntryDraft(day=DAY, title="T", body="b #body-tag", tags="#Kaizen  gemba", mood=4, energy=2)
    entry = draft.new_entry(clock.now())
    assert entry.tags == ("kaizen", "gemba")
    assert entry.all_tags == ("kaizen", "gemba", "body-tag")
    assert EntryDraft.from_entry(entry) == draft.with_changes(tags="kaizen gemba", entry_id=entry.id)
    edited = draft.with_changes(title="New", entry_id=entry.id).applied_to(entry)
    assert (edited.id, edited.title, edited.created) == (entry.id, "New", entry.created)


@given(
    title=st.text(max_size=40),
    body=st.text(max_size=200),
    tags=st.text(max_size=40),
    mood=st.one_of(st.none(), st.integers(1, 5)),
)
def test_any_draft_round_trips_through_a_dict(title: str, body: str, tags: str, mood: int | None) -> None:
    """Any draft survives to_dict/from_dict."""
    draft = EntryDraft(day=DAY, title=title, body=body, tags=tags, mood=mood)
    assert EntryDraft.from_dict(draft.to_dict()) == draft


FIELDS = st.sampled_from(["day", "title", "mood", "energy", "tags", "entry_id"])


@given(st.dictionaries(FIELDS, st.none() | st.integers() | st.text() | st.booleans()))
def test_bad_draft_dicts_raise_validation_errors_only(data: dict) -> None:
    """Bad stored drafts raise ValidationError, nothing else."""
    with contextlib.suppress(ValidationError):
        EntryDraft.from_dict(data)


@given(title=st.text(max_size=600), body=st.text(max_size=300), tags=st.text(max_size=80))
def test_any_typed_text_becomes_an_entry_or_one_validation_error(title: str, body: str, tags: str) -> None:
    """Whatever is typed, saving gives an entry or one ValidationError."""
    draft = EntryDraft(day=DAY, title=title, body=body, tags=tags)
    with contextlib.suppress(ValidationError):
        entry = draft.new_entry(NOW)
        assert entry.body == body
