"""The key bar looks and acts like Textual's Footer, with one widget instead of one per key."""

from __future__ import annotations

import pytest
from drawn_bar_support import bottom_line, counted_refreshes, picture, style_of
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Footer, Static, Tooltip
from waiting import until

from lean_journal.tui.widgets.key_bar import KeyBar

MOVE = Binding.Group("Move", compact=True)
JUMP = Binding.Group("Jump")
MARKUP = "[@click=app.quit]x[/]"


class Pane(Static, can_focus=True):
    """A focusable pane with no keys of its own."""


class NotePane(Pane):
    """A focusable pane that adds a key."""

    BINDINGS = [Binding("n", "new_note", "New note")]


class KeysApp(App[None]):
    """Keys of every kind: plain, two groups (one compact), disabled, with a tooltip, markup-like."""

    TOOLTIP_DELAY = 0.01
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("a", "left", "Left", group=MOVE),
        Binding("b", "right", "Right", group=MOVE),
        Binding("x", "first", "First", group=JUMP),
        Binding("y", "last", "Last", group=JUMP),
        Binding("d", "delete", "Delete"),
        Binding("s", "save", "Save", tooltip="Save the entry"),
        Binding("m", "note", MARKUP),
    ]

    def __init__(self, bar: type[Widget]) -> None:
        """Show `bar` under three panes."""
        super().__init__()
        self.bar = bar
        self.ran: list[str] = []

    def compose(self) -> ComposeResult:
        """Two panes with the same keys, one with a key more, and the bar."""
        yield Pane("one", id="one")
        yield Pane("two", id="two")
        yield NotePane("three", id="three")
        yield self.bar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Delete is shown but disabled."""
        return None if action == "delete" else True

    def action_save(self) -> None:
        """Record the save."""
        self.ran.append("save")

    def action_delete(self) -> None:
        """Record the delete (it must never run)."""
        self.ran.append("delete")

    def action_note(self) -> None:
        """Record the note."""
        self.ran.append("note")


class MarkupGroupApp(KeysApp):
    """A group whose description looks like markup."""

    BINDINGS = [
        Binding("f1", "one", "One", group=Binding.Group(MARKUP)),
        Binding("f2", "two", "Two", group=Binding.Group(MARKUP)),
    ]


async def picture_of(bar: type[Widget], width: int, hover: int | None, theme: str) -> tuple[str, str]:
    """The bottom line and the screenshot of a KeysApp showing `bar`, the pointer at column `hover`."""
    return await picture(KeysApp(bar), (width, 5), hover, theme)


@pytest.mark.parametrize(
    ("width", "hover", "theme"),
    [
        (120, None, "textual-dark"),
        (120, 1, "textual-dark"),  # over the first key
        (120, 117, "textual-dark"),  # over the palette key
        (50, None, "textual-light"),  # too narrow: the keys are cut under the palette key
        (50, 13, "textual-dark"),  # over a key of the compact group
        (8, None, "nord"),  # narrower than the palette key: its right part only
    ],
)
async def test_it_reads_like_textuals_footer(width: int, hover: int | None, theme: str) -> None:
    """The same text as Footer at every width (keys cut under the palette key, or the palette key cut)."""
    footer_line, _ = await picture_of(Footer, width, hover, theme)
    line, _ = await picture_of(KeyBar, width, hover, theme)
    assert line == footer_line


async def test_the_line_reads_like_footers() -> None:
    """Padded keys, grouped keys before their label, the dim disabled key, the palette key on the right."""
    app = KeysApp(KeyBar)
    async with app.run_test(size=(110, 5)) as pilot:
        await pilot.pause()
        line = bottom_line(app)
        assert line.startswith(" q Quit  ab Move  x y Jump  d Delete  s Save  m [@click=app.quit]x[/] ")
        assert line.endswith("▏^p palette ")
        assert len(line) == 110
        bar = app.query_one(KeyBar)
        disabled, enabled = style_of(bar, "Delete"), style_of(bar, "Save")
        assert disabled and disabled.dim and enabled and not enabled.dim


def column_of(app: App[None], text: str) -> int:
    """The column where `text` starts on the bottom line."""
    return bottom_line(app).index(text)


async def test_a_click_presses_the_key() -> None:
    """A click on a key (its key or its description) runs its action."""
    app = KeysApp(KeyBar)
    async with app.run_test(size=(110, 5)) as pilot:
        await pilot.pause()
        await pilot.click(KeyBar, offset=(column_of(app, " s "), 0))
        await pilot.click(KeyBar, offset=(column_of(app, "Save"), 0))
        await pilot.pause()
        assert app.ran == ["save", "save"]


async def test_a_click_on_a_disabled_key_rings_the_bell_only() -> None:
    """The disabled key's action does not run; the bell rings."""
    app = KeysApp(KeyBar)
    bells: list[bool] = []
    async with app.run_test(size=(110, 5)) as pilot:
        app.bell = lambda: bells.append(True)  # type: ignore[method-assign]
        await pilot.pause()
        await pilot.click(KeyBar, offset=(column_of(app, "Delete"), 0))
        await pilot.click(KeyBar, offset=(column_of(app, "Move"), 0))  # a label: not a key
        await pilot.pause()
        assert app.ran == [] and bells == [True]


async def test_the_tooltip_and_the_highlight_follow_the_pointer() -> None:
    """Over a key: its tooltip (a grouped key's is its description), highlight, hand pointer; else none."""
    app = KeysApp(KeyBar)
    async with app.run_test(size=(110, 12), tooltips=True) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        save, quit_ = style_of(bar, "Save"), style_of(bar, "Quit")
        await pilot.hover(KeyBar, offset=(column_of(app, "Save"), 0))
        await until(
            pilot, lambda: app.screen.query(Tooltip) and app.screen.query_one(Tooltip).display, "tooltip"
        )
        assert bar.tooltip == Content("Save the entry") and bar.styles.pointer == "pointer"
        hovered = style_of(bar, "Save")
        assert hovered and save and hovered.bgcolor != save.bgcolor and style_of(bar, "Quit") == quit_
        await pilot.hover(KeyBar, offset=(column_of(app, "ab") + 1, 0))
        assert bar.tooltip == Content("Right")
        await pilot.hover(KeyBar, offset=(column_of(app, "Quit") + 1, 0))
        assert bar.tooltip is None and bar.styles.pointer == "pointer"  # Quit has no tooltip
        await pilot.hover(KeyBar, offset=(column_of(app, "Move"), 0))
        assert bar.tooltip is None and bar.styles.pointer == "default"
        assert style_of(bar, "Save") == save and style_of(bar, "Quit") == quit_


async def test_only_a_change_of_the_keys_shown_repaints() -> None:
    """Focus moving between panes with the same keys repaints nothing; a pane with another key does."""
    app = KeysApp(KeyBar)
    async with app.run_test(size=(110, 5)) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        refreshes = counted_refreshes(bar)
        app.set_focus(app.query_one("#one"))
        await pilot.pause()
        app.set_focus(app.query_one("#two"))
        await pilot.pause()
        assert refreshes == []
        app.set_focus(app.query_one("#three"))
        await pilot.pause()
        assert refreshes and " n New note " in bottom_line(app)


async def test_markup_is_shown_as_typed_and_does_nothing() -> None:
    """Descriptions that look like markup (a key's, a group's) are drawn literally; a click quits nothing."""
    app = MarkupGroupApp(KeyBar)
    async with app.run_test(size=(140, 5)) as pilot:
        await pilot.pause()
        line = bottom_line(app)
        assert f" m {MARKUP} " in line and f" f1 f2 {MARKUP} " in line
        await pilot.click(KeyBar, offset=(column_of(app, "@click"), 0))
        await pilot.pause()
        assert app.return_code is None and app.ran == ["note"]


async def test_it_leaves_the_screen_quietly() -> None:
    """Removed, the bar no longer follows the screen's bindings."""
    app = KeysApp(KeyBar)
    async with app.run_test(size=(110, 5)) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        assert bar in app.screen.bindings_updated_signal._subscriptions
        await bar.remove()
        assert bar not in app.screen.bindings_updated_signal._subscriptions  # not merely pruned on publish


@pytest.mark.parametrize("bar", [Footer, KeyBar])
async def test_it_follows_the_keys_only_while_the_app_has_focus(bar: type[Widget]) -> None:
    """As Footer: keys changed while the app is in the background show once it has the focus again."""
    app = KeysApp(bar)
    async with app.run_test(size=(110, 5)) as pilot:
        await pilot.pause()
        app.app_focus = False
        app.set_focus(app.query_one("#three"))
        await pilot.pause()
        assert "New note" not in bottom_line(app)
        app.app_focus = True
        app.screen.refresh_bindings()
        await until(pilot, lambda: "New note" in bottom_line(app), "the bar showed the focused widget's keys")


@pytest.mark.parametrize("bar", [Footer, KeyBar])
async def test_nothing_is_shown_before_the_keys_are_known(bar: type[Widget]) -> None:
    """As Footer: a bar mounted while the app is in the background is blank until it gets the focus."""
    app = KeysApp(Static)
    async with app.run_test(size=(110, 5)) as pilot:
        app.app_focus = False
        await app.mount(bar())
        await pilot.pause()
        assert bottom_line(app).strip() == ""
        app.app_focus = True
        app.set_focus(app.query_one("#one"))
        await until(pilot, lambda: "Quit" in bottom_line(app), "the bar showed the keys once focused")
