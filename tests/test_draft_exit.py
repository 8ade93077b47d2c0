"""Quitting keeps what the editor holds at that moment, not what its last processed message said.

Keys reach the body before the messages that report them reach the screen; under load the app can be told
to quit (a key, SIGTERM, a closed terminal) with such messages still queued. What is kept must be the text
on screen, and nothing queued or run later (the screen's unmount) may write an older state over it. Keys
still queued when the signal comes are never drawn: exit posts ExitApp behind them, and Textual draws
nothing once it handles that.
"""

from __future__ import annotations

import signal

from rich.console import RenderableType
from test_journal_editor import journal, journal_app
from textual import events
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import TextArea

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp


async def test_quitting_with_reports_still_queued_keeps_the_latest_text(
    store: Store, clock: FixedClock
) -> None:
    """Type, let it be reported; add text whose report is still queued and quit at once: the draft has it."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        body = await typed_in_new_entry(app, pilot, "first words")
        body.insert(" and the last ones")  # on screen now; its Changed messages not yet handled
        app.exit()
    [(_, kept)] = store.drafts.all()
    assert "first words and the last ones" in kept.body


async def test_a_hang_up_keeps_the_latest_text(store: Store, clock: FixedClock) -> None:
    """The same through the signal handler: the text typed last is in the draft, and the code says why."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        (await typed_in_new_entry(app, pilot, "typed before")).insert(" and just before the hang-up")
        app.hang_up(1)
    assert app.return_code == 129
    [(_, kept)] = store.drafts.all()
    assert "typed before and just before the hang-up" in kept.body


async def test_keys_still_queued_at_a_terminate_are_never_drawn_unkept(
    store: Store, clock: FixedClock
) -> None:
    """Keys not yet handled when SIGTERM comes: no frame drawn after it shows text the draft lacks."""
    app = journal_app(store, clock)
    async with app.run_test() as pilot:
        body = await typed_in_new_entry(app, pilot, "shown")
        drawn = frames_drawn(app, body)
        for key in "late":
            app.post_message(events.Key(key, key))  # as the terminal's reader thread posts them
        app.hang_up(signal.SIGTERM)
    [(_, kept)] = store.drafts.all()
    assert "shown" in kept.body
    assert all(text == kept.body for text in drawn)


async def typed_in_new_entry(app: LeanJournalApp, pilot: Pilot[object], words: str) -> TextArea:
    """A new entry with `words` typed and reported; its body."""
    await pilot.press("n", *words)
    await pilot.pause()
    return journal(app).query_one("#editor-body", TextArea)


def frames_drawn(app: LeanJournalApp, body: TextArea) -> list[str]:
    """From now on, the body's text at each frame `app` draws (a list that fills as it draws)."""
    drawn: list[str] = []
    display = app._display

    def spy(screen: Screen[object], renderable: RenderableType | None) -> None:
        """Note what the body holds, then draw."""
        drawn.append(body.text)
        display(screen, renderable)

    app._display = spy  # type: ignore[method-assign]
    return drawn
