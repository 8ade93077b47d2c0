"""The app on a journal with a bad entry and a bad card: it starts, shows the rest, and says so once."""

from __future__ import annotations

from pathlib import Path

import pytest
from board_support import titles
from journal_browse_support import visible_titles
from set_aside_support import break_documents, healthy_journal, stored_form
from textual.pilot import Pilot

import lean_journal.tui.startup.warm_up as warm_up
from lean_journal.clock import FixedClock
from lean_journal.model import Stage
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def quick_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start the warm-up right after the first frame, so the notice comes without waiting for idle time."""
    monkeypatch.setattr(warm_up, "WARM_UP_DELAY", 0.01)
    monkeypatch.setattr(warm_up, "PAINT_DELAY", 0.01)


async def until_warmed_up(app: LeanJournalApp, pilot: Pilot[None]) -> None:
    """Wait (a bounded number of turns) until the warm-up has done all its steps."""
    for _ in range(500):
        if app.warm_up.done:
            return
        await pilot.pause(0.01)
    raise AssertionError("the warm-up never finished")


def warnings(app: LeanJournalApp) -> list[str]:
    """The messages of the warning notifications shown so far."""
    return [n.message for n in app._notifications if n.severity == "warning"]


async def test_the_app_starts_shows_the_rest_and_names_the_count_once(
    db_path: Path, clock: FixedClock
) -> None:
    """No traceback: the valid entries and cards show, and one notification names the count and `check`."""
    healthy_journal(db_path, clock)
    broken = break_documents(db_path, ("entries", "cards"), pick="newest")
    Store(db_path, clock).entries.all()  # the preview holds the bad newest entry
    before = [stored_form(db_path, kind, doc_id) for kind, doc_id in broken.items()]
    app = LeanJournalApp(Store(db_path, clock), clock, file_label="~/journal.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert visible_titles(app)[:2] == ["Tagged entry", "Oldest entry"]
        await until_warmed_up(app, pilot)
        [notice] = warnings(app)
        assert notice.startswith("2 documents in the journal could not be read and were set aside")
        assert "`lean-journal check`" in notice
        await pilot.press("2")
        await pilot.pause()
        assert titles(app, Stage.STRUGGLE) == ["Second card"]
        await pilot.press("1", "n", *"Written after", "ctrl+s")
        await pilot.pause()
        assert warnings(app) == [notice], "told once"
    assert any("Written after" in entry.body for entry in Store(db_path, clock).entries.all())
    content = db_path.read_bytes()
    assert all(form in content for form in before)


async def test_a_healthy_journal_shows_no_notice(db_path: Path, clock: FixedClock) -> None:
    """Nothing set aside: nothing said."""
    healthy_journal(db_path, clock)
    app = LeanJournalApp(Store(db_path, clock), clock, file_label="~/journal.json")
    async with app.run_test(size=SIZE) as pilot:
        await until_warmed_up(app, pilot)
        assert warnings(app) == []
