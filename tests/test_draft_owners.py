"""Drafts beside the journal: cheap saves that leave the journal alone, older drafts still offered, and a
draft another running app edits never offered (a crashed app's draft is)."""

from __future__ import annotations

import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from test_journal_editor import journal, journal_app, pane
from textual.widgets import TextArea
from tinydb.table import Document

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.model.draft import EntryDraft
from lean_journal.store import Store
from lean_journal.store.draft_files import drafts_folder
from lean_journal.tui.screens.journal.drafts import OPEN_ELSEWHERE

OWNER = """
import sys
from datetime import date
from lean_journal.model.draft import EntryDraft
from lean_journal.store import Store
store = Store(sys.argv[1])
key, body = sys.argv[2], sys.argv[3]
assert store.drafts.claim(key)
store.drafts.save(key, EntryDraft(day=date(2026, 11, 24), body=body, entry_id=sys.argv[4] or None))
print("ready", flush=True)
sys.stdin.read()
"""
"""Another app: owns the draft `key` (holding its lock) until its stdin closes or it is killed."""


@contextmanager
def other_app(journal_path: Path, key: str, body: str, entry_id: str = "") -> Iterator[subprocess.Popen[str]]:
    """Another process editing the draft `key`; killed (as by a crash) when the block ends, if still up."""
    child = subprocess.Popen(
        [sys.executable, "-c", OWNER, str(journal_path), key, body, entry_id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        yield child
    finally:
        child.kill()
        child.wait()


def test_a_draft_save_leaves_the_journal_alone(db_path: Path, clock: FixedClock) -> None:
    """Keeping a draft writes one small private file beside the journal, never the journal itself."""
    store = Store(db_path, clock)
    now = clock.now()
    store.entries.add(JournalEntry(day=now.date(), title="Old", body="x" * 50_000, created=now, updated=now))
    before = db_path.read_bytes(), db_path.stat().st_mtime_ns, store.storage.generation
    for n in range(20):
        store.drafts.save("new-1", EntryDraft(day=now.date(), body=f"typing {n}"))
    assert (db_path.read_bytes(), db_path.stat().st_mtime_ns, store.storage.generation) == before
    [kept] = drafts_folder(db_path).glob("*.json")
    assert kept.parent.parent == db_path.parent
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert kept.stat().st_size < 1000
    assert Store(db_path, clock).drafts.get("new-1") == EntryDraft(day=now.date(), body="typing 19")


def test_a_finished_draft_leaves_no_files(store: Store, clock: FixedClock) -> None:
    """Claim, keep, delete, release: the drafts folder is empty again (no lock files pile up)."""
    assert store.drafts.claim("new-1")
    store.drafts.save("new-1", EntryDraft(day=clock.today(), body="x"))
    store.drafts.delete("new-1")
    store.drafts.release("new-1")
    assert list(store.drafts.folder.iterdir()) == []


def test_drafts_an_older_version_kept_in_the_journal_are_offered_and_moved(
    db_path: Path, clock: FixedClock
) -> None:
    """A draft in the journal's drafts table is offered; taking it up moves it beside the journal."""
    old = Store(db_path, clock)
    draft = EntryDraft(day=clock.today(), title="From an old version", body="kept in the journal")
    old._db.table("drafts").insert(Document({**draft.to_dict(), "saved": clock.now().isoformat()}, "new-9"))
    store = Store(db_path, clock)
    assert store.drafts.latest() == ("new-9", draft)
    assert store.drafts.claim_latest() == ("new-9", draft)
    assert (drafts_folder(db_path) / "new-9.json").exists()
    assert Store(db_path, clock).storage.documents("drafts") == {}
    store.drafts.release("new-9")
    assert Store(db_path, clock).drafts.get("new-9") == draft


def test_another_store_never_takes_a_claimed_draft(db_path: Path, clock: FixedClock) -> None:
    """Two stores on one file: the second is not offered the first's draft until it is released."""
    first, second = Store(db_path, clock), Store(db_path, clock)
    assert first.drafts.claim("new-1")
    first.drafts.save("new-1", EntryDraft(day=clock.today(), body="mine"))
    assert second.drafts.claim_latest() is None
    assert not second.drafts.claim("new-1")
    first.drafts.release("new-1")
    assert second.drafts.claim_latest() == ("new-1", EntryDraft(day=clock.today(), body="mine"))


async def test_a_live_draft_of_another_app_is_not_resumed(db_path: Path, clock: FixedClock) -> None:
    """Another process is writing an entry: this app does not resume it, and saving makes one entry."""
    Store(db_path, clock).close()
    with other_app(db_path, "new-other", "the other app's words"):
        store = Store(db_path, clock)
        app = journal_app(store, clock)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert pane(app) == "viewer"
            await pilot.press("n", *"my own words", "ctrl+s")
            await pilot.pause()
        assert [("my own words" in e.body) for e in store.entries.all()] == [True]
        assert [d.body for _, d in store.drafts.all()] == ["the other app's words"]


async def test_the_draft_of_a_crashed_app_is_resumed(db_path: Path, clock: FixedClock) -> None:
    """The other process dies (kill -9) with its draft: the next app offers it again."""
    Store(db_path, clock).close()
    with other_app(db_path, "new-other", "words of a crashed app"):
        pass  # killed here
    app = journal_app(Store(db_path, clock), clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert pane(app) == "editor"
        assert "words of a crashed app" in journal(app).query_one("#editor-body", TextArea).text


async def test_an_entry_open_in_another_app_is_not_edited_here(db_path: Path, clock: FixedClock) -> None:
    """e on an entry another process is editing says so and leaves its draft alone."""
    store = Store(db_path, clock)
    now = clock.now()
    shared = JournalEntry(day=now.date(), title="Shared", body="old", created=now, updated=now)
    entry = store.entries.add(shared)
    with other_app(db_path, entry.id, "edited elsewhere", entry.id):
        app = journal_app(Store(db_path, clock), clock)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert pane(app) == "viewer"
            await pilot.press("e")
            await pilot.pause()
            assert pane(app) == "viewer"
            assert any(n.message == OPEN_ELSEWHERE for n in app._notifications)
    assert Store(db_path, clock).drafts.get(entry.id) == EntryDraft(
        day=now.date(), body="edited elsewhere", entry_id=entry.id
    )
