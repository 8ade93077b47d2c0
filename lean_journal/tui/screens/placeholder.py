"""An area that shows what it will hold until its issue fills it, with a count of what the file holds."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from lean_journal.tui.screens.area import AreaScreen, unless_closing
from lean_journal.tui.widgets.key_bar import KeyBar
from lean_journal.tui.widgets.title_bar import TitleBar


class PlaceholderArea(AreaScreen):
    """A deliberate placeholder: title, blurb, a live count line and the plans for the area."""

    BLURB = ""
    PLANS: tuple[str, ...] = ()
    DEFAULT_CSS = """
    /* The big name of an area, and the sentence under it that says what the area is for. */
    .area-title {
        margin: 1 2 0 2;
        padding: 0 1;
        text-style: bold;
        color: $accent;
        border-bottom: solid $accent 50%;
        width: auto;
    }

    .area-blurb {
        margin: 0 2 1 2;
        padding: 0 1;
        color: $text-muted;
    }

    /* Placeholder areas: what the file holds today and what the area will offer. */
    #area-count {
        margin: 0 2;
        padding: 0 1;
    }

    .area-plans {
        margin: 1 2;
        padding: 1 2;
        width: 100%;
        max-width: 100;
        height: auto;
        border: round $primary 60%;
        border-title-color: $primary;
        color: $text-muted;
    }
    """

    def compose(self) -> ComposeResult:
        """A header, what this area will hold, what the file holds today, and the footer."""
        yield TitleBar()
        yield Static(self.TITLE_TEXT, classes="area-title", markup=False)
        yield Static(self.BLURB, classes="area-blurb", markup=False)
        yield Static(id="area-count", markup=False)
        plans = Static("\n".join(f"• {plan}" for plan in self.PLANS), classes="area-plans", markup=False)
        plans.border_title = "Coming to this area"
        yield plans
        yield KeyBar()

    @unless_closing
    def on_mount(self) -> None:
        """Show how much the store holds."""
        self.refresh_from_store()

    def refresh_from_store(self) -> None:
        """Show the count line."""
        self.query_one("#area-count", Static).update(self.count_line())

    def count_line(self) -> str:
        """One line about what the file holds for this area."""
        raise NotImplementedError
