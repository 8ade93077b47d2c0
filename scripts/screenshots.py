"""Render every area of lean-journal (and the help) from a fresh one-year demo into screenshots/<name>.svg.

Usage: python scripts/screenshots.py [--out screenshots] [NAME ...]

To add a shot, append (name, setup) to SHOTS: `setup` is an async function given the Pilot of an app
running at 120x36 on its own copy of the demo file; it presses keys or clicks until the app shows what the
picture should. `press(...)` builds the common case. Every shot starts from the untouched demo.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from textual.pilot import Pilot

from lean_journal.clock import FixedClock
from lean_journal.demo import write_demo
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp

Setup = Callable[[Pilot], Awaitable[None]]

SIZE = (120, 36)
TODAY = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
FILE_LABEL = "~/.local/share/lean-journal/journal.json"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "screenshots"


def press(*keys: str) -> Setup:
    """A setup that presses `keys` in order."""

    async def setup(pilot: Pilot) -> None:
        """Press the keys."""
        await pilot.press(*keys)

    return setup


async def open_check_card(pilot: Pilot, sections_down: int = 0) -> None:
    """Open the first card in Check as an A3 page and jump `sections_down` sections down."""
    from lean_journal.tui.screens.card.card_detail import CardDetailScreen

    app: LeanJournalApp = pilot.app  # type: ignore[assignment]
    card = app.store.cards.list(stage="check")[0]
    await app.push_screen(CardDetailScreen(app.store, app.clock, card.id))
    await pilot.pause()
    await pilot.press(*["ctrl+down"] * sections_down)


async def card_top(pilot: Pilot) -> None:
    """A card's A3 page: header, Struggle and Plan."""
    await open_check_card(pilot)


async def card_bottom(pilot: Pilot) -> None:
    """A card's A3 page scrolled to Check, Act and the timeline."""
    await open_check_card(pilot, sections_down=4)


async def journal_writing(pilot: Pilot) -> None:
    """Today's entry from the daily reflection: an answer typed, mood set, a tag being completed."""
    await pilot.press("1", "n", *"Moved the kettle next to the sink: four steps saved, twenty times a day.")
    await pilot.press("tab", "tab", "4", "tab", "3", "shift+tab", "shift+tab", *"5s ka")


async def journal_entry(pilot: Pilot) -> None:
    """The journal list with yesterday's entry rendered as Markdown on the right."""
    await pilot.press("1", "down")
    await pilot.pause(0.3)


async def journal_search(pilot: Pilot) -> None:
    """Search results for 'kanban', the match marked in the shown entry."""
    await pilot.press("1", "slash", *"kanban", "enter")
    await pilot.pause(0.3)


async def until(pilot: Pilot, condition: Callable[[], object], what: str, bound: float = 60.0) -> None:
    """Let the app run until `condition()` is true (a clear error if it never is)."""
    deadline = time.monotonic() + bound
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"never happened: {what}")
        await pilot.pause(0.01)


async def deck_preview(pilot: Pilot) -> None:
    """Review's kaizen deck of November 2026, its headline and ask written earlier (kept in the file), the
    author given when asked (the demo has none), and the slides drawn."""
    from textual.widgets import Markdown
    from textual.widgets.markdown import MarkdownBlock

    from lean_journal.model.report import MonthNotes
    from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen
    from lean_journal.tui.screens.review.deck_preview import DeckPreviewScreen

    app: LeanJournalApp = pilot.app  # type: ignore[assignment]
    headline = "Kettle by the sink: four steps saved"
    ask = "Two hours with maintenance on line 1 in December."
    app.store.reports.put(MonthNotes(month="2026-11", headline=headline, ask=ask))
    await pilot.press("4", "p")
    await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the author asked")
    await pilot.press(*"Sam Rivera", "enter")
    await until(pilot, lambda: isinstance(app.screen, DeckPreviewScreen), "the deck preview")

    def drawn() -> bool:
        """Whether the slides are drawn, signed and with the headline."""
        blocks = app.screen.query_one("#deck-markdown", Markdown).query(MarkdownBlock)
        text = "\n".join(str(block.render()) for block in blocks)
        return headline in text and "Sam Rivera" in text

    await until(pilot, drawn, "the slides drawn")


SHOTS: list[tuple[str, Setup]] = [
    ("journal", journal_entry),
    ("journal-search", journal_search),
    ("board", press("2")),
    ("board-done-dropped", press("2", "a")),
    ("board-decide", press("2", "right", "right", "right", "right", "l")),
    ("board-gate", press("2", "l", "l")),
    ("growth", press("3")),
    ("growth-debt", press("3", "slash", *"debt", "enter")),
    ("growth-milestones", press("3", "tab", "tab", "m")),
    ("review", press("4")),
    ("help", press("1", "question_mark")),
    ("card", card_top),
    ("card-check-act-timeline", card_bottom),
    ("journal-editor", journal_writing),
    ("journal-prompts", press("1", "p")),
    ("deck-preview", deck_preview),
]


def make_demo(folder: Path) -> Path:
    """Write the one-year demo (seed 7, 'today' fixed) into `folder` and return its path."""
    path = folder / "demo" / "journal.json"
    write_demo(Store(path, FixedClock(TODAY)), years=1, seed=7)
    return path


async def take(name: str, setup: Setup, demo: Path, out: Path) -> Path:
    """Open a copy of `demo`, run `setup`, and save the screen as `out/<name>.svg`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.json"
        shutil.copyfile(demo, path)
        clock = FixedClock(TODAY)
        app = LeanJournalApp(Store(path, clock), clock, file_label=FILE_LABEL)
        async with app.run_test(size=SIZE) as pilot:
            await setup(pilot)
            await pilot.pause()
            await pilot.wait_for_scheduled_animations()
            return Path(app.save_screenshot(filename=f"{name}.svg", path=str(out)))


async def take_all(names: list[str], out: Path) -> list[Path]:
    """Take the shots named (all when `names` is empty) from one fresh demo."""
    unknown = set(names) - {name for name, _ in SHOTS}
    if unknown:
        raise SystemExit(f"no such shot: {', '.join(sorted(unknown))}")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        demo = make_demo(Path(folder))
        return [await take(n, setup, demo, out) for n, setup in SHOTS if not names or n in names]


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and write the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="shots to take (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the SVG files")
    args = parser.parse_args(argv)
    for path in asyncio.run(take_all(args.names, args.out)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
