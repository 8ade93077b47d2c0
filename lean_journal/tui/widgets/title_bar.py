"""The top line of every area: Textual's Header drawn by one widget instead of four (start-up is quicker)."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from lean_journal.text import printable

ICON = "⭘"
ICON_WIDTH = 8  # as Textual's HeaderIcon: padding 0 1, width 8
CLOCK_WIDTH = 10  # the space Textual's Header keeps on the right for its clock
DIM = Style(dim=True)


def centred(parts: list[tuple[str, Style]], width: int, fill: Style) -> list[Segment]:
    """`parts` centred in `width` cells (cut with a '…' if too long), padded with spaces in `fill`."""
    length = sum(cell_len(text) for text, _ in parts)
    if length > width:
        return cut(parts, width)
    left = (width - length) // 2
    right = width - length - left
    return [Segment(" " * left, fill), *(Segment(t, s) for t, s in parts if t), Segment(" " * right, fill)]


def cut(parts: list[tuple[str, Style]], width: int) -> list[Segment]:
    """`parts` cut to `width` cells, ending in a '…' styled like the part it cut."""
    out: list[Segment] = []
    room = max(0, width - 1)
    ellipsis_style = parts[-1][1] if parts else Style()
    for text, style in parts:
        piece = set_cell_size(text, min(cell_len(text), max(0, room)))
        if piece:
            out.append(Segment(piece, style))
        if piece != text and room >= 0:
            ellipsis_style, room = style, -1
        room = max(-1, room - cell_len(piece))
    if width > 0:
        out.append(Segment("…", ellipsis_style))
    return out


class TitleBar(Widget):
    """The area's title and the app's subtitle, centred, with the command palette icon on the left.

    Looks and behaves like Textual's Header (click the icon for the command palette, click elsewhere for a
    taller bar), but is one widget that paints one line, not a Header with three child widgets.
    """

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        &.-tall { height: 3; }
        & > .title-bar--icon-hover { background: $foreground 10%; }
    }
    """
    COMPONENT_CLASSES = {"title-bar--icon-hover"}

    tall: reactive[bool] = reactive(False)
    """Three lines high instead of one (a click on the bar toggles it, as on Textual's Header)."""
    over_icon: reactive[bool] = reactive(False)
    """The pointer is over the icon."""

    def on_mount(self) -> None:
        """Repaint whenever the app's or the screen's title or subtitle changes."""
        for owner in (self.app, self.screen):
            self.watch(owner, "title", self._title_changed, init=False)
            self.watch(owner, "sub_title", self._title_changed, init=False)

    def _title_changed(self) -> None:
        """A title changed: paint it."""
        self.refresh()

    def watch_tall(self, tall: bool) -> None:
        """One line or three."""
        self.set_class(tall, "-tall")

    def titles(self) -> tuple[str, str]:
        """The title (the screen's, else the app's) and subtitle: plain text, control characters defused."""
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        return printable(title, multiline=False), printable(sub_title, multiline=False)

    def render_line(self, y: int) -> Strip:
        """The titles on the first line, the icon on the middle one (the same line unless the bar is tall)."""
        width = self.size.width
        base = self.rich_style
        fill = Style.from_color(bgcolor=base.bgcolor)
        icon = (
            self._icon(base, fill) if y == (self.size.height - 1) // 2 else [Segment(" " * ICON_WIDTH, fill)]
        )
        if y == 0:
            title, sub_title = self.titles()
            parts = [(title, base)] + ([(" — ", base + DIM), (sub_title, base + DIM)] if sub_title else [])
            titles = centred(parts, max(0, width - ICON_WIDTH - CLOCK_WIDTH), base)
        else:
            titles = [Segment(" " * max(0, width - ICON_WIDTH - CLOCK_WIDTH), fill)]
        clock = [Segment(" " * min(CLOCK_WIDTH, max(0, width - ICON_WIDTH)), fill)]
        return Strip([*icon, *titles, *clock]).crop_extend(0, width, fill)

    def _icon(self, base: Style, fill: Style) -> list[Segment]:
        """The command palette icon, highlighted while the pointer is over it."""
        icon_style, icon_fill = base, fill
        if self.over_icon:
            hover = self.get_component_rich_style("title-bar--icon-hover")
            icon_style, icon_fill = base + hover, fill + Style.from_color(bgcolor=hover.bgcolor)
        return [
            Segment(" ", icon_fill),
            Segment(ICON.ljust(ICON_WIDTH - 2), icon_style),
            Segment(" ", icon_fill),
        ]

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Highlight the icon under the pointer, and say what a click on it does."""
        over = event.x < ICON_WIDTH
        if over != self.over_icon:
            self.over_icon = over
            self.tooltip = "Open the command palette" if over else None
            self.refresh()

    def on_leave(self) -> None:
        """The pointer left: no highlight."""
        if self.over_icon:
            self.over_icon = False
            self.tooltip = None
            self.refresh()

    async def on_click(self, event: events.Click) -> None:
        """A click on the icon opens the command palette; elsewhere it toggles a taller bar."""
        event.stop()
        if event.x < ICON_WIDTH:
            await self.run_action("app.command_palette")
        else:
            self.tall = not self.tall
