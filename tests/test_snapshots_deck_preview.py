"""Snapshots of the Review area's deck preview at 120x36 on the fixture month of tests/deck_fixture.py
(November 2026, seen on 2 Dec 2026 by the fixed clock): the preview with its cards, headline, ask and first
slides, and the same with the author question open (a journal with no author yet)."""

from __future__ import annotations

from pathlib import Path

from deck_preview_support import SIZE, app_on, journal, open_november
from textual.pilot import Pilot
from textual.widgets import Input
from waiting import until

from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen


async def preview_shown(pilot: Pilot[None]) -> None:
    """Review, one month back to November, p; the slides drawn and the screen still."""
    await open_november(pilot)
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def author_asked(pilot: Pilot[None]) -> None:
    """As `preview_shown`, on a journal with no author: the question on top of the preview, its cursor held
    on (a blinking cursor would be drawn or not depending on when the picture is taken)."""
    await open_november(pilot)
    await until(pilot, lambda: isinstance(pilot.app.screen, TextPromptScreen), "the author asked")
    pilot.app.screen.query_one("#answer", Input).cursor_blink = False
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def test_deck_preview(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """November 2026: its three cards ticked, the headline and the ask, the title slide and the numbers."""
    assert snap_compare(app_on(journal(tmp_path)), terminal_size=SIZE, run_before=preview_shown)


def test_deck_preview_author_question(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """No author in the file: who sends the deck, asked once, over the preview."""
    app = app_on(journal(tmp_path, notes=False))
    assert snap_compare(app, terminal_size=SIZE, run_before=author_asked)
