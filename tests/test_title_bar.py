"""The title bar looks and acts like Textual's Header, with one widget instead of four."""

from __future__ import annotations

import pytest
from rich.color import Color
from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.widget import Widget
from textual.widgets import Header, Static

from lean_journal.tui.widgets.title_bar import TitleBar

Cell = tuple[str, Color | None, Color | None]
MARKUP = "[/] [@click=app.quit]x[/]"


class BarApp(App[None]):
    """A title, a subtitle, a bar at the top and some text."""

    TITLE = "Journal"

    def __init__(self, bar: type[Widget], sub_title: str) -> None:
        """Show `bar` over `sub_title`."""
        super().__init__()
        self.bar = bar
        self.sub_title = sub_title

    def compose(self) -> ComposeResult:
        """The bar and a body."""
        yield self.bar()
        yield Static("body")


def cells(app: App[None]) -> list[list[Cell]]:
    """Every cell of the screen as (character, background, foreground unless it is a space)."""
    return [
        [
            (
                char,
                segment.style.bgcolor if segment.style else None,
                None if char == " " else segment.style.color,
            )
            for segment in strip
            for char in segment.text
            if segment.style is not None
        ]
        for strip in app.screen._compositor.render_strips()
    ]


async def screen_of(
    bar: type[Widget], sub_title: str, size: tuple[int, int], action: str
) -> list[list[Cell]]:
    """The cells of a BarApp with `bar` after `action` ('', 'hover' the icon, or 'click' the titles)."""
    app = BarApp(bar, sub_title)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        if action == "hover":
            await pilot.hover(offset=(2, 0))
        elif action == "click":
            await pilot.click(offset=(12, 0))
        await pilot.pause()
        return cells(app)


@pytest.mark.parametrize("action", ["", "hover", "click"])
@pytest.mark.parametrize(
    ("size", "sub_title"),
    [
        ((120, 8), "Tue 24 Nov 2026 · journal.json"),
        ((40, 8), "Tue 24 Nov 2026 · long/path/journal.json"),
        ((19, 5), ""),
    ],
)
async def test_it_looks_like_textuals_header(size: tuple[int, int], sub_title: str, action: str) -> None:
    """Cell for cell the same as a Header: centred, cut with '…', icon hover, tall after a click."""
    header = await screen_of(Header, sub_title, size, action)
    assert await screen_of(TitleBar, sub_title, size, action) == header


async def test_the_icon_opens_the_command_palette() -> None:
    """A click on the icon opens the palette, as on Header."""
    app = BarApp(TitleBar, "sub")
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.click(TitleBar, offset=(2, 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_titles_are_shown_literally_and_clicks_on_them_run_nothing() -> None:
    """A subtitle that looks like markup is drawn as typed; clicking it only makes the bar taller."""
    app = BarApp(TitleBar, MARKUP)
    async with app.run_test(size=(80, 10)) as pilot:
        bar = app.query_one(TitleBar)
        assert MARKUP in "".join(segment.text for segment in bar.render_line(0))
        await pilot.click(TitleBar, offset=(50, 0))
        await pilot.pause()
        assert app.return_code is None and bar.tall and bar.size.height == 3


async def test_a_new_subtitle_is_shown() -> None:
    """The screen's subtitle replaces the app's, and a change is painted."""
    app = BarApp(TitleBar, "old")
    async with app.run_test(size=(80, 10)) as pilot:
        app.screen.sub_title = "new one"
        await pilot.pause()
        line = "".join(segment.text for segment in app.query_one(TitleBar).render_line(0))
        assert "Journal — new one" in line and "old" not in line
