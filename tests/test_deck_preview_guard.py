"""The deck preview's export never writes the journal (named through `..` or a link) nor a file the journal
keeps beside it: it says so, asks nothing and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from deck_fixture import CLOCK_AT, MONTH, fixture_store
from review_area_support import review_app
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.review.deck_preview import DeckPreviewScreen


def named(journal: Path, how: str) -> Path:
    """The journal's file, or its lock file, named as `how` says."""
    if how == "dotdot":
        (journal.parent / "sub").mkdir()
        return journal.parent / "sub" / ".." / journal.name
    if how == "link":
        link = journal.parent.parent / "link.json"
        link.symlink_to(journal)
        return link
    lock = journal.with_name(journal.name + ".lock")
    lock.write_text("")
    return lock


@pytest.mark.parametrize(
    ("how", "what"),
    [("dotdot", "the journal itself"), ("link", "the journal itself"), ("lock", "the journal's lock file")],
)
async def test_export_onto_the_journal_is_refused(tmp_path: Path, how: str, what: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    store = fixture_store(folder / "journal.json")
    before = store.path.read_bytes()
    target = named(store.path, how)
    app = review_app(store, FixedClock(CLOCK_AT))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = DeckPreviewScreen(store, app.clock, MONTH)
        await app.push_screen(screen)
        await pilot.pause()
        screen._export_to(target)

        def asked() -> bool:
            """Whether the preview asks a question (as it does before replacing a file)."""
            return any(isinstance(s, ConfirmScreen) for s in app.screen_stack)

        await until(pilot, lambda: app._notifications or asked(), "a notification or a question")
        await pilot.pause()
        assert not asked()  # not "exists. Replace it?": nothing is asked
        messages = [n.message for n in app._notifications]
        assert messages == [f"That is {what}; choose another file."]
    assert store.path.read_bytes() == before and "marp" not in target.read_text()
