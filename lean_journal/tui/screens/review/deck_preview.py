"""The month's kaizen deck, previewed: choose its cards, write its headline and ask, export it to a file.

The headline, the ask and the chosen cards are kept in the file as the month's notes (store.reports),
a moment after each change and when the preview closes, so every format (and `lean-journal report`) uses
them. The deck's author is asked for once, if the file has none. Exports go to a file named with .md,
.html or .pptx (the extension picks the format), never over an existing file without asking.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Markdown, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from lean_journal.clock import Clock
from lean_journal.model import ValidationError
from lean_journal.model.report import MonthNotes, month_key
from lean_journal.review.deck.card_slides import outcome
from lean_journal.review.deck.content import build_deck, deck_cards
from lean_journal.review.deck.formats import deck_bytes, default_name, format_of
from lean_journal.review.deck.slides import Deck
from lean_journal.review.period import Period
from lean_journal.store import Store, StoreError
from lean_journal.text import printable, user_text
from lean_journal.tui.screens.area import show_error, unless_closing
from lean_journal.tui.screens.debounce import Debounce
from lean_journal.tui.widgets.key_bar import KeyBar
from lean_journal.tui.widgets.safe_editors import SafeInput, SafeTextArea
from lean_journal.tui.widgets.title_bar import TitleBar

SAVE_DELAY, SAVE_MAX_WAIT = 0.6, 3.0  # seconds: notes are kept once typing pauses, at the latest after this
AUTHOR_QUESTION = "Who sends the deck? Your name, as the deck is signed (asked once; kept in the file)."
HEADLINE_HINT = "One line the boss remembers"
EXPORT_QUESTION = "Export the deck to which file? The name's ending picks the format: .md, .html or .pptx."


def front_matter_removed(markdown: str) -> str:
    """The deck's Markdown without its Marp front matter (the preview shows the slides only)."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end >= 0:
            return markdown[end + 5 :]
    return markdown


def export_path(text: str) -> Path:
    """The file typed, or a ValidationError when its ending names no format."""
    name = text.strip()
    if not name:
        raise ValidationError("file", "type the file to write")
    if format_of(name) is None:
        raise ValidationError("file", "end the name with .md, .html or .pptx")
    return Path(name).expanduser()


class DeckPreviewScreen(Screen[None]):
    """The kaizen deck of one month: the cards to show, the headline and the ask on the left, the slides on
    the right."""

    DEFAULT_CSS = """
    DeckPreviewScreen #deck-body { height: 1fr; }
    DeckPreviewScreen #deck-choices { width: 56; padding: 0 1; border-right: vkey $primary 40%; }
    DeckPreviewScreen .label { color: $text-muted; margin-top: 1; }
    DeckPreviewScreen #deck-cards { height: 1fr; min-height: 5; }
    DeckPreviewScreen #deck-ask { height: 6; }
    DeckPreviewScreen #deck-slides { width: 1fr; padding: 0 1; }
    """
    BINDINGS = [
        Binding(
            "ctrl+o", "export", "Export", priority=True, tooltip="Write the deck to a .md, .html or .pptx"
        ),
        Binding("escape", "close", "Back", tooltip="Back to Review (the notes are kept)"),
    ]

    def __init__(self, store: Store, clock: Clock, month: date) -> None:
        """Preview the deck of the month `month` is in."""
        super().__init__()
        self.store = store
        self.clock = clock
        self.month = Period.month_of(month)
        self.key = month_key(self.month.start)
        self.notes = store.reports.get(self.month.start)
        self.saver = Debounce(self, self._keep_quietly, SAVE_DELAY, SAVE_MAX_WAIT)
        self.title = f"Kaizen deck · {self.month.label}"
        self.last_export: Path | None = None

    def compose(self) -> ComposeResult:
        """The choices on the left and the slides on the right."""
        cards = deck_cards(self.store, self.month.start)
        yield TitleBar()
        with Horizontal(id="deck-body"):
            with Vertical(id="deck-choices"):
                yield Static("Cards to show (space: show or hide)", classes="label", markup=False)
                yield SelectionList[str](
                    *(
                        Selection(
                            user_text(f"{outcome(moved)}: {moved.card.title}"),
                            moved.card.id,
                            self.notes.shows(moved.card.id),
                        )
                        for moved in cards
                    ),
                    id="deck-cards",
                )
                yield Static("Headline of the month", classes="label", markup=False)
                yield SafeInput(
                    self.notes.headline, placeholder="One line the boss remembers", id="deck-headline"
                )
                yield Static("What I need from you (the ask)", classes="label", markup=False)
                yield SafeTextArea(self.notes.ask, id="deck-ask", soft_wrap=True)
            with VerticalScroll(id="deck-slides"):
                yield Markdown(id="deck-markdown")
        yield KeyBar()

    @unless_closing
    def on_mount(self) -> None:
        """Show the slides; ask for the author if the file has none."""
        self.query_one("#deck-cards", SelectionList).focus()
        self.show_slides()
        if not self.store.reports.author():
            self.ask_author()

    # The notes -----------------------------------------------------------------------------------

    def written_notes(self) -> MonthNotes:
        """The notes as the preview holds them now."""
        cards = self.query_one("#deck-cards", SelectionList)
        offered = [cards.get_option_at_index(i).value for i in range(cards.option_count)]
        shown = set(cards.selected)
        hidden = [card_id for card_id in offered if card_id not in shown]
        hidden += [card_id for card_id in self.notes.hidden if card_id not in offered]  # not offered now
        return MonthNotes(
            month=self.key,
            headline=self.query_one("#deck-headline", Input).value,
            ask=self.query_one("#deck-ask", TextArea).text,
            hidden=tuple(hidden),
        )

    @on(SelectionList.SelectedChanged)
    @on(Input.Changed, "#deck-headline")
    @on(TextArea.Changed, "#deck-ask")
    def _changed(self) -> None:
        """A choice or a word changed: keep the notes once typing pauses."""
        self.saver.poke()

    def _keep_quietly(self) -> None:
        """The pause after a change: keep the notes."""
        self.keep_notes()

    def keep_notes(self) -> bool:
        """Save the notes if they changed and show the slides again; False if the save failed."""
        self.saver.cancel()
        try:
            notes = self.written_notes()
        except ValidationError as error:
            self.notify(str(error), title="Not kept", severity="warning", markup=False)
            return False
        if notes == self.notes:
            return True
        try:
            self.notes = self.store.reports.put(notes)
        except (StoreError, OSError) as error:
            show_error(self, error)
            return False
        self.show_slides()
        return True

    def show_slides(self) -> None:
        """Render the deck as the file's notes make it, slide after slide."""
        from lean_journal.review.deck.marp import render_markdown

        self.query_one("#deck-markdown", Markdown).update(front_matter_removed(render_markdown(self.deck())))

    # The author ----------------------------------------------------------------------------------

    def ask_author(self) -> None:
        """Ask once for the name the deck is signed with."""
        from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen

        question = TextPromptScreen(AUTHOR_QUESTION, placeholder="e.g. Sam Rivera", ok="Sign", check=_name)
        self.app.push_screen(question, self._author_given)

    def _author_given(self, name: str | None) -> None:
        """Keep the name given (nothing when the question was cancelled: it is asked next time)."""
        if not name:
            return
        try:
            self.store.reports.set_author(name)
        except (StoreError, OSError) as error:
            show_error(self, error)
            return
        self.show_slides()

    # Export --------------------------------------------------------------------------------------

    def action_export(self) -> None:
        """Ask for the file to write (kaizen-YYYY-MM.md in the current folder unless changed)."""
        from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen

        if not self.keep_notes():
            return
        suggested = self.last_export or Path.cwd() / default_name(self.key, "md")
        question = TextPromptScreen(EXPORT_QUESTION, value=str(suggested), ok="Export", check=export_path)
        self.app.push_screen(question, self._export_to)

    def _export_to(self, path: Path | None) -> None:
        """Write to `path`, asking first if a file is there already."""
        from lean_journal.store.own_files import journal_file

        if path is None:
            return
        what = journal_file(path, self.store.path)
        if what is not None:
            self.notify(f"That is {what}; choose another file.", severity="error", markup=False)
            return
        if path.is_dir() or not path.parent.is_dir():
            self.notify(f"Cannot write {path}: no such folder.", severity="error", markup=False)
            return
        if path.exists():
            from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen

            question = ConfirmScreen(f"{path} exists. Replace it with this deck?", yes="Replace", no="Keep")
            self.app.push_screen(question, partial(self._replace_answered, path))
            return
        self.write_deck(path, self.deck())

    def deck(self) -> Deck:
        """The month's deck as the notes make it now."""
        return build_deck(self.store, self.month.start, self.clock.today(), notes=self.notes)

    def _replace_answered(self, path: Path, replace: bool | None) -> None:
        """Write over the file only if the user said so."""
        if replace:
            self.write_deck(path, self.deck())

    @work(thread=True, group="deck-export", exclusive=True)
    def write_deck(self, path: Path, deck: Deck) -> None:
        """Render `deck` in the format the name asks for and write it (mode 0600), in a thread."""
        from lean_journal.store.fileio import atomic_write

        fmt = format_of(path.name) or "md"
        try:
            atomic_write(path, deck_bytes(deck, fmt, self.clock.now()))
        except OSError as error:
            self.app.call_from_thread(show_error, self, error)
            return
        self.app.call_from_thread(self._written, path)

    def _written(self, path: Path) -> None:
        """Say where the deck went."""
        self.last_export = path
        self.notify(f"Deck written to {printable(str(path.absolute()), multiline=False)}", markup=False)

    def action_close(self) -> None:
        """Keep the notes and go back to Review."""
        if self.keep_notes():
            self.dismiss(None)


def _name(text: str) -> str:
    """The author's name typed, or a ValidationError when blank."""
    name = " ".join(text.split())
    if not name:
        raise ValidationError("author", "type a name, or press escape to be asked next time")
    return name
