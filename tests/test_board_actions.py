"""The board's action bar looks and acts like the row of compact Buttons it replaces, as one widget."""

from __future__ import annotations

from itertools import pairwise

import pytest
from drawn_bar_support import bottom_line, counted_refreshes, picture, style_of
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Button, Static
from waiting import until

from lean_journal.tui.widgets.board.board_actions import (
    ACTIONS,
    GAP,
    MIN_WIDTH,
    PRESS_EFFECT,
    BoardActions,
    lay_out,
)

NAMES = [name for name, _label in ACTIONS]
MARKUP = "[@click=app.quit]x[/]"


class ButtonRow(Horizontal):
    """The bar as it was: a compact, unfocusable Button per action, with the same CSS."""

    DEFAULT_CSS = """
    ButtonRow { height: 1; width: 1fr; padding: 0 1; }
    ButtonRow Button { margin-right: 1; min-width: 8; }
    """

    def compose(self) -> ComposeResult:
        """One Button per action."""
        for _name, label in ACTIONS:
            button = Button(label, compact=True)
            button.can_focus = False
            yield button


class MarkupActions(BoardActions):
    """A bar whose labels look like markup."""

    ACTIONS = (("bold", "[b]bold[/b]"), ("quit", MARKUP))


class Pane(Static, can_focus=True):
    """A focusable pane above the bar (the board's columns)."""


class BarApp(App[None]):
    """A pane and, on the last line, the bar; it records the actions the bar asks for."""

    CSS = "Pane { height: 1fr; }"

    def __init__(self, bar: type[Widget] = BoardActions) -> None:
        """Show `bar` under a pane."""
        super().__init__()
        self.bar = bar
        self.requested: list[str] = []

    def compose(self) -> ComposeResult:
        """The pane and the bar."""
        yield Pane("cards", id="pane")
        yield self.bar(id="bar")

    def on_mount(self) -> None:
        """The pane has the focus, as the board's columns do."""
        self.query_one("#pane").focus()

    def on_board_actions_requested(self, event: BoardActions.Requested) -> None:
        """Record the action asked for."""
        self.requested.append(event.action)


def bar_of(app: App[None]) -> BoardActions:
    """The app's action bar."""
    return app.query_one("#bar", BoardActions)


def column_of(name: str) -> int:
    """The screen column in the middle of the label of `name` (the bar starts at column 0)."""
    slot = next(slot for slot in lay_out(ACTIONS) if slot.name == name)
    return 1 + (slot.left + slot.right - 1) // 2


async def picture_of(bar: type[Widget], width: int, hover: int | None, theme: str) -> tuple[str, str]:
    """The bottom line and the screenshot of a BarApp showing `bar`, the pointer at column `hover`."""
    return await picture(BarApp(bar), (width, 3), hover, theme)


@pytest.mark.parametrize(
    ("width", "hover", "theme"),
    [
        (120, None, "textual-dark"),
        (120, column_of("open"), "textual-dark"),  # over a label centred on MIN_WIDTH cells
        (120, column_of("closed"), "textual-light"),
        (100, 9, "nord"),  # over the gap after + New
        (40, None, "gruvbox"),  # too narrow: the last labels are cut
    ],
)
async def test_it_looks_exactly_like_the_row_of_compact_buttons(
    width: int, hover: int | None, theme: str
) -> None:
    """Same text, colours and segments as the Buttons it replaces: the screenshots are byte-identical."""
    buttons_line, buttons_svg = await picture_of(ButtonRow, width, hover, theme)
    line, svg = await picture_of(BoardActions, width, hover, theme)
    assert line == buttons_line
    assert svg == buttons_svg


def test_labels_are_padded_and_spaced_as_the_buttons_were() -> None:
    """A cell of padding each side, MIN_WIDTH cells at least, GAP cells between two labels."""
    slots = lay_out(ACTIONS)
    assert [slot.label for slot in slots] == [label for _name, label in ACTIONS]
    assert [slot.width for slot in slots] == [8, 8, 8, 11, 8, 8, 8, 14]
    assert all(slot.width >= MIN_WIDTH for slot in slots)
    assert all(after.left == before.right + GAP for before, after in pairwise(slots))
    assert slots[2].centring() == (1, 1) and slots[0].centring() == (0, 1)


async def test_the_line_reads_like_the_buttons() -> None:
    """The labels in ACTIONS' order, Done/Dropped last; the rest of the line blank."""
    app = BarApp()
    async with app.run_test(size=(100, 3)) as pilot:
        await pilot.pause()
        line = bottom_line(app)
        labels = "  + New    ◀ Back    Open    Forward ▶    ▲ Up    ▼ Down   ✕ Drop   Done/Dropped "
        assert line.startswith(labels)
        assert len(line) == 100 and line[len(labels) :].strip() == ""


async def test_each_click_asks_for_its_action_once() -> None:
    """A click on a label posts Requested with the label's action, once."""
    app = BarApp()
    async with app.run_test(size=(120, 3)) as pilot:
        bar = bar_of(app)
        for name in NAMES:
            await pilot.click("#bar", offset=bar.offset_of(name))
            await pilot.pause()
        assert app.requested == NAMES


async def test_a_click_beside_the_labels_asks_for_nothing() -> None:
    """The padding, a gap between two labels and the blank after the last ask for no action."""
    app = BarApp()
    async with app.run_test(size=(120, 3)) as pilot:
        first = lay_out(ACTIONS)[0]
        for x in (0, 1 + first.right, 119):
            await pilot.click("#bar", offset=(x, 0))
        await pilot.pause()
        assert app.requested == []
        assert bar_of(app).label_at(first.right) is None


async def test_a_double_click_asks_once_as_a_button_does() -> None:
    """A pressed label looks pressed and ignores clicks until its press effect ends, as Button does.

    The effect is made to last far longer than the test, and ended as its timer ends it (`release`):
    however loaded the machine, the label is still pressed when it is looked at.
    """
    app = BarApp()
    async with app.run_test(size=(120, 3)) as pilot:
        bar = bar_of(app)
        bar.press_effect = 3600.0
        unpressed = style_of(bar, " Open ")
        await pilot.double_click("#bar", offset=bar.offset_of("open"))
        await pilot.click("#bar", offset=bar.offset_of("back"))  # another label is not held up
        await pilot.pause()
        assert app.requested == ["open", "back"]
        pressed = style_of(bar, " Open ")
        assert pressed and unpressed and pressed.color != unpressed.color
        bar.release("open")
        bar.release("back")
        await pilot.pause()
        assert bar.pressed == set() and style_of(bar, " Open ") == unpressed
        await pilot.click("#bar", offset=bar.offset_of("open"))
        await pilot.pause()
        assert app.requested == ["open", "back", "open"]


async def test_the_press_effect_ends_by_itself() -> None:
    """Without a release by hand, the effect's timer ends it (PRESS_EFFECT seconds, as Button's)."""
    app = BarApp()
    async with app.run_test(size=(120, 3)) as pilot:
        bar = bar_of(app)
        assert bar.press_effect == PRESS_EFFECT
        unpressed = style_of(bar, " Open ")
        await pilot.click("#bar", offset=bar.offset_of("open"))
        await until(pilot, lambda: not bar.pressed, "the press effect ended")
        await pilot.pause()
        assert style_of(bar, " Open ") == unpressed


async def test_the_highlight_follows_the_pointer() -> None:
    """Over a label: it alone is highlighted, with a pointing hand; over a gap or off the bar: none."""
    app = BarApp()
    async with app.run_test(size=(120, 3)) as pilot:
        bar = bar_of(app)
        open_, back = style_of(bar, " Open "), style_of(bar, " ◀ Back ")
        await pilot.hover("#bar", offset=bar.offset_of("open"))
        assert bar.hovered == "open" and bar.styles.pointer == "pointer"
        hovered = style_of(bar, " Open ")
        assert hovered and open_ and hovered.bgcolor != open_.bgcolor and hovered.bold
        assert style_of(bar, " ◀ Back ") == back
        await pilot.hover("#bar", offset=(1 + lay_out(ACTIONS)[0].right, 0))
        assert bar.hovered is None and bar.styles.pointer == "default"
        await pilot.hover("#bar", offset=bar.offset_of("drop"))
        assert bar.hovered == "drop"
        await pilot.hover("#pane")
        await pilot.pause()
        assert bar.hovered is None and style_of(bar, " Open ") == open_


async def test_only_a_change_of_the_label_under_the_pointer_repaints() -> None:
    """Moving within a label repaints nothing; moving onto another does."""
    app = BarApp()
    async with app.run_test(size=(120, 3)) as pilot:
        bar = bar_of(app)
        await pilot.hover("#bar", offset=bar.offset_of("forward"))
        await pilot.pause()
        refreshes = counted_refreshes(bar)
        middle = bar.offset_of("forward")
        await pilot.hover("#bar", offset=(middle.x - 3, 0))
        await pilot.hover("#bar", offset=(middle.x + 3, 0))
        assert refreshes == []
        await pilot.hover("#bar", offset=bar.offset_of("up"))
        assert refreshes


async def test_markup_is_shown_as_typed_and_does_nothing() -> None:
    """Labels that look like markup are drawn literally; a click asks for its action and quits nothing."""
    app = BarApp(MarkupActions)
    async with app.run_test(size=(60, 3)) as pilot:
        await pilot.pause()
        assert bottom_line(app).startswith(f"  [b]bold[/b]   {MARKUP} ")
        await pilot.click("#bar", offset=bar_of(app).offset_of("quit"))
        await pilot.pause()
        assert app.return_code is None and app.requested == ["quit"]


async def test_it_never_takes_the_focus() -> None:
    """Clicks on the bar leave the focus where it was."""
    app = BarApp()
    async with app.run_test(size=(120, 3)) as pilot:
        bar = bar_of(app)
        assert not bar.can_focus
        await pilot.click("#bar", offset=bar.offset_of("new"))
        await pilot.click("#bar", offset=(0, 0))
        await pilot.pause()
        assert app.focused is app.query_one("#pane")


def test_an_unknown_action_has_no_label() -> None:
    """offset_of names only the bar's actions."""
    with pytest.raises(KeyError):
        BoardActions().offset_of("nothing")
