"""The Review area's deck preview (p) on the fixture month of tests/deck_fixture.py (November 2026, seen on
2 Dec 2026): the app on a journal file, opening the preview of a period, and reading what it shows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from deck_fixture import CLOCK_AT, MONTH, TODAY, fixture_store
from review_area_support import open_review, press_and_settle, review_app
from textual.pilot import Pilot
from textual.widgets import Input, Markdown, SelectionList, TextArea
from textual.widgets.markdown import MarkdownBlock
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.review.deck.content import build_deck
from lean_journal.review.deck.slides import Deck
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.review.deck_preview import DeckPreviewScreen

SIZE = (120, 36)
NOVEMBER = "2026-11"
OCTOBER = "2026-10"


def journal(tmp_path: Path, *, notes: bool = True, title_a: str = "Changeovers on line 1") -> Store:
    """The fixture journal in a private folder; `notes`: November's headline and ask, and the author."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700, exist_ok=True)
    return fixture_store(folder / "journal.json", title_a=title_a, notes=notes)


def fixture_clock() -> FixedClock:
    """The fixture's clock: 2 Dec 2026, 08:00 UTC (Review opens on December 2026)."""
    return FixedClock(CLOCK_AT)


def app_on(store: Store) -> LeanJournalApp:
    """The app on `store` at the fixture's clock."""
    return review_app(store, fixture_clock())


def on_disk(store: Store) -> Store:
    """The journal file of `store` opened afresh: what is kept in the file, not in memory."""
    return Store(store.path, fixture_clock())


def preview(app: LeanJournalApp) -> DeckPreviewScreen:
    """The deck preview on the app's screen stack (under a dialog, if one is open)."""
    found = [screen for screen in app.screen_stack if isinstance(screen, DeckPreviewScreen)]
    assert found, f"no deck preview in {app.screen_stack}"
    return found[-1]


def previewing(app: LeanJournalApp) -> bool:
    """Whether a deck preview is on the screen stack."""
    return any(isinstance(screen, DeckPreviewScreen) for screen in app.screen_stack)


async def open_preview(pilot: Pilot[None], *keys: str) -> DeckPreviewScreen:
    """Open Review, press `keys` one at a time (each period's figures waited for), then p; wait for the
    preview and its first slide."""
    review = await open_review(pilot)
    for key in keys:
        await press_and_settle(pilot, review, key)
    await pilot.press("p")
    app: LeanJournalApp = pilot.app
    await until(pilot, lambda: previewing(app), "the deck preview")
    screen = preview(app)
    await until(pilot, lambda: "Kaizen report" in slides_text(screen), "the slides shown")
    return screen


async def open_november(pilot: Pilot[None]) -> DeckPreviewScreen:
    """The preview of November 2026 (Review shows December on 2 Dec: one month back, then p)."""
    return await open_preview(pilot, "left")


def slides_text(screen: DeckPreviewScreen) -> str:
    """The text the slides pane shows, block by block (as drawn, not the Markdown source)."""
    markdown = screen.query_one("#deck-markdown", Markdown)
    return "\n".join(str(block.render()) for block in markdown.query(MarkdownBlock))


def choices(screen: DeckPreviewScreen) -> list[tuple[str, bool]]:
    """The cards listed, as shown, and whether each is ticked."""
    cards = screen.query_one("#deck-cards", SelectionList)
    options = [cards.get_option_at_index(i) for i in range(cards.option_count)]
    return [(str(option.prompt), option.value in cards.selected) for option in options]


def headline(screen: DeckPreviewScreen) -> str:
    """The headline as typed in the preview."""
    return screen.query_one("#deck-headline", Input).value


def ask(screen: DeckPreviewScreen) -> str:
    """The ask as typed in the preview."""
    return screen.query_one("#deck-ask", TextArea).text


def november_deck(store: Store) -> Deck:
    """November's deck as the notes kept in the file make it."""
    return build_deck(on_disk(store), MONTH, TODAY)


def card_slides(deck: Deck) -> list[str]:
    """The ids of the cards that have an A3 slide in `deck`, in order."""
    return [slide.card_id for slide in deck.slides if slide.card_id is not None]


async def until_shown(
    pilot: Pilot[None], screen: DeckPreviewScreen, present: Sequence[str], absent: Sequence[str] = ()
) -> None:
    """Wait until the slides show every text in `present` and none in `absent` (the slides are drawn
    afresh after a change: an empty pane in between shows nothing, so `present` must not be empty)."""

    def drawn() -> bool:
        """Whether the slides drawn now are the ones waited for."""
        text = slides_text(screen)
        return all(part in text for part in present) and not any(part in text for part in absent)

    await until(pilot, drawn, f"the slides showing {list(present)} without {list(absent)}")


def slide_titles(screen: DeckPreviewScreen) -> list[str]:
    """The titles of the slides drawn (their H1 and H2 headings)."""
    markdown = screen.query_one("#deck-markdown", Markdown)
    return [str(block.render()) for block in markdown.query("MarkdownH1, MarkdownH2")]
