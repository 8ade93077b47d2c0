"""The preview sidecar: the first screen and `list -n` answer from it, and it can never show something the
journal does not hold (stale, damaged or mismatched previews are ignored)."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lean_journal.clock import FixedClock
from lean_journal.model import CLOSED, JournalEntry
from lean_journal.model.draft import EntryDraft
from lean_journal.store import Store, preview
from lean_journal.store.preview import NEWEST_ENTRIES, newest_entry_ids, preview_path

DAY = date(2026, 11, 24)


def fill(store: Store, clock: FixedClock, count: int) -> list[JournalEntry]:
    """`count` entries, one a day back from today, added in one save."""
    entries = [
        JournalEntry(
            day=DAY - timedelta(days=n),
            title=f"Day {n}",
            body=f"body {n}",
            created=clock.now(),
            updated=clock.now(),
        )
        for n in range(count)
    ]
    store.entries.add_many(entries)
    return entries


def titles(entries: list[JournalEntry]) -> list[str]:
    """The titles, in order."""
    return [e.title for e in entries]


def test_a_reopened_store_answers_the_newest_entries_without_parsing_the_file(
    db_path: Path, clock: FixedClock
) -> None:
    """The newest entries, a setting and the latest draft come from the preview; the file waits."""
    store = Store(db_path, clock)
    fill(store, clock, 150)
    store.settings.set("theme", "nord")
    store.drafts.save("new-1", EntryDraft(day=DAY, title="Half written"))
    truth = titles(store.entries.list(limit=20))

    reopened = Store(db_path, clock)
    assert not reopened.storage.loaded
    assert titles(reopened.entries.list(limit=20)) == truth
    assert reopened.settings.get("theme") == "nord"
    latest = reopened.drafts.latest()
    assert latest is not None and latest[1].title == "Half written"
    assert not reopened.storage.loaded
    assert len(reopened.entries) == 150  # anything more reads the whole file
    assert reopened.storage.loaded


def test_asking_for_more_than_the_preview_holds_reads_the_file(db_path: Path, clock: FixedClock) -> None:
    """A limit above the preview's size gives the true answer from the whole file."""
    store = Store(db_path, clock)
    fill(store, clock, NEWEST_ENTRIES + 20)
    reopened = Store(db_path, clock)
    found = reopened.entries.list(limit=NEWEST_ENTRIES + 10)
    assert titles(found) == [f"Day {n}" for n in range(NEWEST_ENTRIES + 10)]
    assert reopened.storage.loaded


def test_a_small_journal_is_whole_in_its_preview(db_path: Path, clock: FixedClock) -> None:
    """With fewer entries than the preview holds, any limit is answered from it."""
    fill(Store(db_path, clock), clock, 3)
    reopened = Store(db_path, clock)
    assert titles(reopened.entries.list(limit=50)) == ["Day 0", "Day 1", "Day 2"]
    assert not reopened.storage.loaded


def test_writes_read_the_whole_file_first_and_refresh_the_preview(db_path: Path, clock: FixedClock) -> None:
    """A save through a preview-opened store keeps every entry, and the next start sees the new one."""
    fill(Store(db_path, clock), clock, 120)
    reopened = Store(db_path, clock)
    reopened.entries.add(
        JournalEntry(day=DAY + timedelta(days=1), title="Tomorrow", created=clock.now(), updated=clock.now())
    )
    assert len(orjson.loads(db_path.read_bytes())["entries"]) == 121
    third = Store(db_path, clock)
    assert titles(third.entries.list(limit=2)) == ["Tomorrow", "Day 0"]
    assert not third.storage.loaded


def test_a_journal_changed_behind_the_preview_is_read_in_full(db_path: Path, clock: FixedClock) -> None:
    """Another tool rewrote the journal (not through lean-journal): its preview no longer matches."""
    store = Store(db_path, clock)
    fill(store, clock, 10)
    data = orjson.loads(db_path.read_bytes())
    for doc in data["entries"].values():
        doc["title"] = "Edited elsewhere"
    db_path.write_bytes(orjson.dumps(data))  # in place: same inode, new size and time
    reopened = Store(db_path, clock)
    assert reopened.storage.loaded
    assert set(titles(reopened.entries.list(limit=5))) == {"Edited elsewhere"}


def test_a_change_between_start_and_the_full_read_is_reported(db_path: Path, clock: FixedClock) -> None:
    """A save by another process after the preview was read: the full read sees it and says so once."""
    fill(Store(db_path, clock), clock, 5)
    viewer = Store(db_path, clock)
    assert titles(viewer.entries.list(limit=1)) == ["Day 0"]
    later = JournalEntry(day=DAY + timedelta(days=2), title="Later", created=clock.now(), updated=clock.now())
    Store(db_path, clock).entries.add(later)
    assert len(viewer.entries) == 6
    assert viewer.reload_if_changed() is True
    assert viewer.reload_if_changed() is False
    assert titles(viewer.entries.list(limit=1)) == ["Later"]


def test_the_preview_is_private_and_named_beside_the_journal(db_path: Path, clock: FixedClock) -> None:
    """Mode 0600, next to the journal, holding at most the newest entries."""
    fill(Store(db_path, clock), clock, NEWEST_ENTRIES + 5)
    path = preview_path(db_path)
    assert path.parent == db_path.parent
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    _signature, _, body = path.read_bytes().partition(b"\n")
    assert len(orjson.loads(body)["newest_entries"]) == NEWEST_ENTRIES


def test_an_unwritable_preview_never_stops_a_save(db_path: Path, clock: FixedClock) -> None:
    """A folder in the preview's place: the save succeeds and the next start reads the file."""
    store = Store(db_path, clock)
    preview_path(db_path).unlink()
    preview_path(db_path).mkdir()
    fill(store, clock, 3)
    reopened = Store(db_path, clock)
    assert reopened.storage.loaded
    assert len(reopened.entries) == 3


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=300) | st.builds(lambda s: s.encode(), st.text(max_size=200)))
def test_a_damaged_preview_is_ignored(tmp_path: Path, junk: bytes) -> None:
    """Whatever bytes the preview holds, the store opens and answers from the journal itself."""
    clock = FixedClock(datetime(2026, 11, 24, 9, 30).astimezone())
    path = tmp_path / "journal.json"
    if not path.exists():
        fill(Store(path, clock), clock, 4)
    preview_path(path).write_bytes(junk)
    assert titles(Store(path, clock).entries.list(limit=2)) == ["Day 0", "Day 1"]


def test_a_forged_preview_with_the_right_signature_but_another_shape_is_ignored(
    db_path: Path, clock: FixedClock
) -> None:
    """A preview of the right file but a wrong format version is not trusted."""
    fill(Store(db_path, clock), clock, 4)
    head, _, body = preview_path(db_path).read_bytes().partition(b"\n")
    data = orjson.loads(body)
    data["format"] = 999
    preview_path(db_path).write_bytes(head + b"\n" + orjson.dumps(data))
    reopened = Store(db_path, clock)
    assert reopened.storage.loaded


def test_the_preview_leaves_out_the_models_closed_stages() -> None:
    """The preview names the closed stages as stored (it must not load the card model): the model's own."""
    assert set(preview.CLOSED_STAGE_NAMES) == {stage.value for stage in CLOSED}


def test_newest_ids_order_same_day_entries_by_time_across_offsets() -> None:
    """Two entries on one day: the later moment comes first even when written in other time zones."""
    docs = {
        "a": {"day": "2026-11-24", "created": "2026-11-24T09:00:00+00:00"},
        "b": {"day": "2026-11-24", "created": "2026-11-24T10:30:00+02:00"},  # 08:30 UTC
        "c": {"day": "2026-11-23", "created": "2026-11-23T23:00:00+00:00"},
        "d": {"day": "2026-11-24", "created": "2026-11-24T09:10:00+00:00"},
    }
    assert newest_entry_ids(docs, 3) == ["d", "a", "b"]
    assert newest_entry_ids(docs, 0) == []
    assert newest_entry_ids({}, 5) == []


def test_a_preview_of_the_right_file_with_a_wrong_body_is_ignored(db_path: Path, clock: FixedClock) -> None:
    """The right signature line over a body of another shape (a list, a setting that is not a document)."""
    store = Store(db_path, clock)
    fill(store, clock, 4)
    store.settings.set("theme", "nord")
    head, _, body = preview_path(db_path).read_bytes().partition(b"\n")
    broken = orjson.loads(body)
    broken["tables"]["settings"]["theme"] = "not a document"
    for wrong in (b"[1, 2]", orjson.dumps(broken)):
        preview_path(db_path).write_bytes(head + b"\n" + wrong)
        reopened = Store(db_path, clock)
        assert reopened.storage.loaded
        assert reopened.settings.get("theme") == "nord"


def edit_keeping_size_and_time(path: Path, old: bytes, new: bytes) -> None:
    """Change the journal in place (same inode) to the same length, then put its times back, as a hand edit
    within one tick of a coarse clock (or with `touch -r`) does."""
    assert len(old) == len(new)
    before = os.stat(path)
    content = path.read_bytes()
    assert content.count(old) == 1
    with open(path, "r+b") as handle:
        handle.write(content.replace(old, new))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )


def test_an_outside_edit_that_keeps_size_and_time_is_never_shown_stale(
    db_path: Path, clock: FixedClock
) -> None:
    """The preview is tied to the journal's bytes: a same-size edit with its time put back is seen at once."""
    fill(Store(db_path, clock), clock, 5)
    edit_keeping_size_and_time(db_path, b'"title":"Day 0"', b'"title":"Day X"')
    reopened = Store(db_path, clock)
    assert titles(reopened.entries.list(limit=1)) == ["Day X"]
    assert titles(Store(db_path, clock).entries.list(limit=1)) == ["Day X"]  # and the preview was rewritten
    assert not Store(db_path, clock).storage.loaded


def test_a_stale_preview_found_by_the_full_read_is_rewritten_and_the_change_reported(
    db_path: Path, clock: FixedClock
) -> None:
    """A preview that claims this very journal but holds other entries (as an older version could leave):
    once the whole file is read, the app is told to redraw and the preview is made right."""
    store = Store(db_path, clock)
    fill(store, clock, 5)
    head, _, body = preview_path(db_path).read_bytes().partition(b"\n")
    preview_path(db_path).write_bytes(head + b"\n" + body.replace(b'"title":"Day 0"', b'"title":"Stale"'))
    viewer = Store(db_path, clock)
    assert titles(viewer.entries.list(limit=1)) == ["Stale"]  # served before the full read
    assert len(viewer.entries) == 5  # the full read
    assert viewer.reload_if_changed() is True
    assert titles(viewer.entries.list(limit=1)) == ["Day 0"]
    fresh = Store(db_path, clock)
    assert not fresh.storage.loaded and titles(fresh.entries.list(limit=1)) == ["Day 0"]
