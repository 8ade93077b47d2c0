"""Quitting keeps what the editor holds at that moment, not what its last processed message said.

Keys reach the body before the messages that report them reach the screen; under load the app can be told
to quit (a key, SIGTERM, a closed terminal) with such messages still queued. What is kept must be the text
on screen, and nothing queued or run later (the screen's unmount) may write an older state over it.
"""

from __future__ import annotations

from test_journal_editor import journal, journal_app
from textual.widgets import TextArea

from lean_journal.clock import FixedClock
from lean_journal.store import Store


async def test_quitting_with_reports_still_queued_keeps_the_latest_text(
    store: Store, clock: FixedClock
) -> None:
    """Type, let it be reported; add text whose report is still queued and quit at once: the draft has it."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"first words")
        await pilot.pause()
        body = journal(app).query_one("#editor-body", TextArea)
        body.insert(" and the last ones")  # on screen now; its Changed messages not yet handled
        app.exit()
    [(_, kept)] = store.drafts.all()
    assert "first words and the last ones" in kept.body


async def test_a_hang_up_keeps_the_latest_text(store: Store, clock: FixedClock) -> None:
    """The same through the signal handler: the text typed last is in the draft, and the code says why."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("n", *"typed before")
        await pilot.pause()
        journal(app).query_one("#editor-body", TextArea).insert(" and just before the hang-up")
        app.hang_up(1)
    assert app.return_code == 129
    [(_, kept)] = store.drafts.all()
    assert "typed before and just before the hang-up" in kept.body
