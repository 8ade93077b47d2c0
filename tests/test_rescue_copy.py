"""A rescue copy: when the journal cannot be saved, what the app holds can be written to another file."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest
from journal_browse_support import journal_app
from textual.app import App
from textual.widgets import Input, TextArea
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry
from lean_journal.store import SaveError, Store, StoreError
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen
from lean_journal.tui.screens.rescue import RESCUE_COMMAND


def new_entry(store: Store, title: str) -> JournalEntry:
    """An entry stamped by the store's clock (not yet saved)."""
    now = store.clock.now()
    return JournalEntry(day=now.date(), title=title, created=now, updated=now)


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on every save of the journal fails as on a full disk."""

    def full(path: Path, data: bytes) -> None:
        """Fail like a full disk."""
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("lean_journal.store.storage.atomic_write", full)


def test_a_rescue_copy_holds_the_edits_a_full_disk_refused(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saves fail (disk full); the copy opens with a fresh Store and holds the saved and the failed edits."""
    kept = store.entries.add(new_entry(store, "Saved before"))
    before = store.path.read_bytes()
    disk_full(monkeypatch)
    refused = new_entry(store, "Refused by the disk")
    with pytest.raises(SaveError):
        store.entries.add(refused)
    with pytest.raises(SaveError):
        store.entries.update(kept.with_changes(title="Saved before, then edited"))
    with pytest.raises(SaveError):  # a retry with more typed: the newer text wins
        store.entries.add(refused.with_changes(body="and more"))
    with pytest.raises(SaveError):
        store.settings.set("theme", "nord")
    assert [e.title for e in store.entries.list()] == ["Saved before"], "memory matches the file"
    copy = store.save_copy(tmp_path / "rescue.json")
    assert store.path.read_bytes() == before, "the journal file itself is untouched"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    rescued = Store(copy, store.clock)
    assert {e.id: (e.title, e.body) for e in rescued.entries.all()} == {
        kept.id: ("Saved before, then edited", ""),
        refused.id: ("Refused by the disk", "and more"),
    }
    assert rescued.settings.get("theme") == "nord"


def test_a_rescue_copy_when_another_program_damaged_the_file(store: Store, tmp_path: Path) -> None:
    """The file on disk was overwritten with garbage: saves are refused, the copy holds it all."""
    kept = store.entries.add(new_entry(store, "Written before the damage"))
    store.path.write_bytes(b"\x00garbage from another program")
    with pytest.raises(StoreError, match="not JSON text"):
        store.entries.add(new_entry(store, "Written after the damage"))
    assert store.path.read_bytes() == b"\x00garbage from another program", "never written over"
    rescued = Store(store.save_copy(tmp_path / "rescue.json"), store.clock)
    assert sorted(e.title for e in rescued.entries.all()) == ["Written after the damage", kept.title]


def test_a_save_that_works_again_ends_the_rescue(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a save succeeds, the copy is what memory and the file hold: a failed edit given up is not."""
    disk_full(monkeypatch)
    with pytest.raises(SaveError):
        store.entries.add(new_entry(store, "Failed, then given up"))
    monkeypatch.undo()
    store.entries.add(new_entry(store, "Saved once the disk was freed"))
    copy = store.save_copy(tmp_path / "copy.json")
    assert [e.title for e in Store(copy, store.clock).entries.all()] == ["Saved once the disk was freed"]


def test_a_rescue_copy_never_replaces_a_file(store: Store, tmp_path: Path) -> None:
    """An existing file (or a link) is refused with one line and left as it was; so is a missing folder."""
    store.entries.add(new_entry(store, "Kept"))
    existing = tmp_path / "precious.txt"
    existing.write_text("do not touch")
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "nowhere.json")
    for taken in (existing, link, store.path):
        with pytest.raises(SaveError, match="already exists"):
            store.save_copy(taken)
    assert existing.read_text() == "do not touch" and not (tmp_path / "nowhere.json").exists()
    with pytest.raises(SaveError, match="folder that does not exist"):
        store.save_copy(tmp_path / "no" / "such" / "folder.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "link.json", "precious.txt"]


def test_a_failing_rescue_copy_leaves_nothing_behind(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy's folder fills up too: a SaveError naming the copy, and no partial file."""
    store.entries.add(new_entry(store, "Kept"))
    folder = tmp_path / "stick"
    folder.mkdir()

    def full(*args: object) -> None:
        """Fail like a full disk."""
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("lean_journal.store.rescue.os.fsync", full)
    with pytest.raises(SaveError, match="No space left on device") as failure:
        store.save_copy(folder / "copy.json")
    assert failure.value.path == folder / "copy.json"
    assert list(folder.iterdir()) == []


def titles(app: App[None]) -> list[str]:
    """The titles of the notifications shown."""
    return [note.title for note in app._notifications]


async def test_the_app_saves_a_rescue_copy_after_a_failed_save(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry the full disk refused: the notification names the command, which writes it to a new file."""
    app = journal_app(store, clock)
    target = tmp_path / "rescued.json"
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#editor-title", Input).value = "Written on a full disk"
        app.screen.query_one(TextArea).text = "precious words"
        disk_full(monkeypatch)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "Not saved" in titles(app), "the failed save was reported")
        note = next(note for note in app._notifications if note.title == "Not saved")
        assert RESCUE_COMMAND in note.message
        assert RESCUE_COMMAND in [command.title for command in app.get_system_commands(app.screen)]
        app.call_later(app.action_save_rescue_copy)  # as the palette runs it
        await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the prompt for a path")
        answer = app.screen.query_one("#answer", Input)
        assert answer.value.endswith("-rescue.json")
        answer.value = str(target)
        await pilot.press("enter")
        await until(pilot, lambda: "Rescue copy saved" in titles(app), "the copy was reported")
        assert titles(app)[-1] == "Rescue copy saved"
    assert store.entries.all() == []
    [entry] = Store(target, clock).entries.all()
    assert (entry.title, entry.body) == ("Written on a full disk", "precious words")


async def test_the_prompt_refuses_an_existing_file_and_stays_open(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    """A path that exists is refused in the prompt, which stays open; nothing is written."""
    existing = tmp_path / "taken.json"
    existing.write_text("mine")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        app.call_later(app.action_save_rescue_copy)  # as the palette runs it
        await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the prompt for a path")
        app.screen.query_one("#answer", Input).value = str(existing)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TextPromptScreen)
        assert existing.read_text() == "mine"
