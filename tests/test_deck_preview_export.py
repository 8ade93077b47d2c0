"""The deck preview's export (ctrl+o): the file suggested, the format the name's ending picks, the deck as
the file's notes make it, a name with no format refused, and an existing file replaced only when asked
(the safe answer, Keep, is the default)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from deck_fixture import CLOCK_AT, HEADLINE, card_id
from deck_preview_support import (
    NOVEMBER,
    SIZE,
    app_on,
    card_slides,
    journal,
    november_deck,
    on_disk,
    open_november,
)
from pptx import Presentation
from textual.pilot import Pilot
from textual.widgets import Button, Input, Static
from waiting import until

from lean_journal.review.deck.formats import deck_bytes
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen
from lean_journal.tui.screens.review.deck_preview import EXPORT_QUESTION, DeckPreviewScreen


async def ask_export(pilot: Pilot[None], name: str | None = None) -> TextPromptScreen:
    """Press ctrl+o, wait for the question and, if `name` is given, type it over the name suggested."""
    app: LeanJournalApp = pilot.app
    await pilot.press("ctrl+o")
    await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the export question")
    question = app.screen
    assert isinstance(question, TextPromptScreen) and question.question == EXPORT_QUESTION
    if name is not None:
        await pilot.press("end", "ctrl+u", *name)
    return question


async def written(pilot: Pilot[None], screen: DeckPreviewScreen, path: Path) -> None:
    """Wait until the preview says the deck went to `path`."""
    done = path.absolute()
    await until(
        pilot, lambda: screen.last_export and screen.last_export.absolute() == done, f"{path} written"
    )


def pptx_titles(data: bytes) -> list[str]:
    """The title of each slide of a PowerPoint file."""
    slides = Presentation(io.BytesIO(data)).slides
    return [next(s for s in slide.shapes if s.name == "Title").text_frame.text for slide in slides]


async def test_ctrl_o_keeps_the_notes_then_writes_the_suggested_markdown_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A headline typed then ctrl+o at once: the notes are kept first; kaizen-2026-11.md in the current
    folder is suggested; enter writes it, 0600, the deck the file's notes make, with the new headline; the
    next ctrl+o suggests that file again."""
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    store = journal(tmp_path)
    app = app_on(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        await pilot.press("tab", "end", *" Shipped.")
        question = await ask_export(pilot)
        assert on_disk(store).reports.get(NOVEMBER).headline == f"{HEADLINE} Shipped."
        target = here / "kaizen-2026-11.md"
        assert question.query_one("#answer", Input).value == str(target)
        await pilot.press("enter")
        await written(pilot, screen, target)
        content = target.read_bytes()
        assert content == deck_bytes(november_deck(store), "md", CLOCK_AT)
        assert content.startswith(b"---\nmarp: true\n") and f"{HEADLINE} Shipped.".encode() in content
        assert target.stat().st_mode & 0o777 == 0o600
        again = await ask_export(pilot)
        assert again.query_one("#answer", Input).value == str(target)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "the question closed")


@pytest.mark.parametrize("name", ["deck.html", "deck.pptx", "deck.markdown"])
async def test_the_names_ending_picks_the_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A file typed (in the current folder) ending .html, .pptx or .markdown gets that format: a web page
    with the headline, a PowerPoint with the deck's slides, Marp Markdown."""
    monkeypatch.chdir(tmp_path)
    store = journal(tmp_path)
    app = app_on(store)
    target = tmp_path / name
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        await ask_export(pilot, name)
        await pilot.press("enter")
        await written(pilot, screen, target)
    content = target.read_bytes()
    if name.endswith(".html"):
        assert content.startswith(b"<!DOCTYPE html>") and HEADLINE.encode() in content
    elif name.endswith(".pptx"):
        assert content.startswith(b"PK")
        assert pptx_titles(content) == list(november_deck(store).titles)
    else:
        assert content == deck_bytes(november_deck(store), "md", CLOCK_AT)


async def test_a_hidden_card_is_left_out_of_the_file_exported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Space hides the first card, ctrl+o right away: the Markdown written has no A3 slide for it."""
    monkeypatch.chdir(tmp_path)
    store = journal(tmp_path)
    app = app_on(store)
    target = tmp_path / "hidden.md"
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        await pilot.press("space")
        await ask_export(pilot, target.name)
        await pilot.press("enter")
        await written(pilot, screen, target)
    assert card_slides(november_deck(store)) == [card_id("a"), card_id("b")]
    content = target.read_text()
    assert "## Searching for tools" not in content and "## Huddle runs long" in content


async def test_a_name_with_no_format_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """deck.txt: the question stays open and says which endings work; escape closes it; no file."""
    monkeypatch.chdir(tmp_path)
    app = app_on(journal(tmp_path))
    target = tmp_path / "deck.txt"
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        question = await ask_export(pilot, target.name)
        await pilot.press("enter")
        assert app.screen is question
        assert ".md, .html or .pptx" in str(question.query_one("#problem", Static).render())
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "the question closed")
        await app.workers.wait_for_complete()
    assert list(tmp_path.glob("deck*")) == []


async def test_an_existing_file_is_replaced_only_when_asked_and_keep_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file exists: ctrl+o asks; Keep is focused, so enter keeps it, as do escape and y (a
    destructive question takes no letter); ctrl+d replaces it with the deck."""
    monkeypatch.chdir(tmp_path)
    store = journal(tmp_path)
    app = app_on(store)
    target = tmp_path / "deck.md"
    target.write_text("my own notes\n")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        for keys in (["enter"], ["y", "escape"]):
            await ask_export(pilot, target.name)
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked before replacing")
            confirm = app.screen
            assert target.name in confirm.question and "Replace" in confirm.question
            assert isinstance(app.focused, Button) and app.focused.id == "no"
            await pilot.press(*keys)
            await until(pilot, lambda: app.screen is screen, "the question answered")
            await app.workers.wait_for_complete()
            assert target.read_text() == "my own notes\n" and screen.last_export is None
        await ask_export(pilot, target.name)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked before replacing")
        await pilot.press("ctrl+d")
        await written(pilot, screen, target)
    assert target.read_bytes() == deck_bytes(november_deck(store), "md", CLOCK_AT)
