"""The key line at the bottom of every area: Textual's Footer drawn by one widget (start-up is quicker)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import groupby
from typing import NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

PALETTE_EDGE = "▏"  # the left edge of a `vkey` border, which Footer draws before the palette key


class ShownKey(NamedTuple):
    """A key as the bar shows it: what to press, how it reads, whether it works now, its tooltip."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


class ShownGroup(NamedTuple):
    """A Binding.Group of several actions: their keys side by side, then the group's description."""

    keys: tuple[ShownKey, ...]
    description: str
    compact: bool


class ShownKeys(NamedTuple):
    """Everything the bar shows, in Footer's order; the palette key is docked on the right."""

    items: tuple[ShownKey | ShownGroup, ...] = ()
    palette: ShownKey | None = None


def shown_keys(screen: Screen, display: Callable[[Binding], str], palette_key: str | None) -> ShownKeys:
    """The keys `screen` shows now, grouped and ordered as Footer.compose does."""
    active = screen.active_bindings
    by_action: defaultdict[str, list[tuple[Binding, bool, str]]] = defaultdict(list)
    for _node, binding, enabled, tooltip in active.values():
        if binding.show:
            by_action[binding.action].append((binding, enabled, tooltip))
    items: list[ShownKey | ShownGroup] = []
    for group, runs in groupby(by_action.values(), lambda run: run[0][0].group):
        firsts = [run[0] for run in runs]
        if group is not None and len(firsts) > 1:
            keys = tuple(ShownKey(b.key, display(b), "", on, tip or b.description) for b, on, tip in firsts)
            items.append(ShownGroup(keys, group.description, group.compact))
        else:
            items += [ShownKey(b.key, display(b), b.description, on, tip) for b, on, tip in firsts]
    palette = None
    if palette_key is not None and palette_key in active:
        _node, b, enabled, _tooltip = active[palette_key]
        palette = ShownKey(b.key, display(b), b.description, enabled, b.tooltip or b.description)
    return ShownKeys(tuple(items), palette)


class Piece(NamedTuple):
    """One segment of the line, and the key it belongs to (None for the bar's own background)."""

    text: str
    style: Style
    key: ShownKey | None


class KeyBar(Widget, can_focus=False):
    """The screen's keys on one line, looking and acting much like Textual's Footer, drawn by one widget.

    Footer mounts a widget per key and rebuilds them all whenever the bindings change; this paints the
    keys itself, and repaints only when the keys it shows change.
    """

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--item { background: $footer-item-background; }
        & > .key-bar--hover { color: $footer-key-foreground; background: $block-hover-background; }
        & > .key-bar--disabled { text-style: dim; }
        & > .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .key-bar--palette-edge { color: $foreground 20%; }
    }
    """
    COMPONENT_CLASSES = {
        f"key-bar--{name}" for name in ("item", "hover", "disabled", "key", "description", "palette-edge")
    }

    _shown: ShownKeys = ShownKeys()
    _hovered: ShownKey | None = None

    def on_mount(self) -> None:
        """Follow the screen's bindings, as Footer does."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        """Stop following them."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        """Repaint if the keys to show differ from those shown (a focus move often changes none)."""
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        app = self.app
        palette_key = app.COMMAND_PALETTE_BINDING if app.ENABLE_COMMAND_PALETTE else None
        shown = shown_keys(screen, app.get_key_display, palette_key)
        if shown != self._shown:
            self._shown = shown
            self._hover(None)
            self.refresh()

    def _style(self, *components: str) -> Style:
        """The Rich style of these component classes layered over the bar, as nested widgets would be."""
        return self.get_visual_style(*components).rich_style

    def _layers(self, key: ShownKey) -> tuple[str, ...]:
        """The component classes under a key: FooterKey's background (hovered or not), dim if disabled."""
        item = "key-bar--hover" if key is self._hovered else "key-bar--item"
        return (item,) if key.enabled else (item, "key-bar--disabled")

    def _key_pieces(self, key: ShownKey, compact: bool = False) -> list[Piece]:
        """A key as Footer shows it: the key in bold, then its description, with a cell of padding."""
        layers = self._layers(key)
        key_style = self._style(*layers, "key-bar--key")
        if not key.description:
            return [Piece(key.display, key_style, key)]
        description_style = self._style(*layers, "key-bar--description")
        if compact:
            key_text, description = key.display, f" {key.description}"
        else:
            key_text, description = f" {key.display} ", f"{key.description} "
        return [Piece(key_text, key_style, key), Piece(description, description_style, key)]

    def _group_pieces(self, group: ShownGroup, fill: Style) -> list[Piece]:
        """A group's keys side by side (run together if compact), then the group's description."""
        gap = Piece(" ", fill, None)
        pieces = [gap]
        for index, key in enumerate(group.keys):
            if index and not group.compact:
                pieces.append(gap)
            pieces += self._key_pieces(key)
        description = Piece(group.description, self._style("key-bar--description"), None)
        return [*pieces, gap, description, gap]

    def _palette_pieces(self) -> list[Piece]:
        """The palette key, docked on the right: a thin left edge, the compact key, one cell of padding."""
        key = self._shown.palette
        if key is None:
            return []
        background = self._style(*self._layers(key)).bgcolor
        edge = Style.from_color(self._style("key-bar--palette-edge").color, background)
        pad = Style.from_color(bgcolor=background)
        return [Piece(PALETTE_EDGE, edge, key), *self._key_pieces(key, compact=True), Piece(" ", pad, key)]

    def _layout(self) -> tuple[Strip, list[tuple[int, int, ShownKey]]]:
        """The line, and where each key is on it: the keys that fit, blank, then the palette key.

        As in Footer, the palette key covers the keys that do not fit, and shows only its right part
        when it is wider than the bar.
        """
        width = self.size.width
        fill = Style.from_color(bgcolor=self.rich_style.bgcolor)
        keys: list[Piece] = []
        for item in self._shown.items:
            keys += self._group_pieces(item, fill) if isinstance(item, ShownGroup) else self._key_pieces(item)
        palette = self._palette_pieces()
        start = width - sum(cell_len(piece.text) for piece in palette)
        room = max(0, start)
        left = Strip(segments(keys)).crop(0, room).extend_cell_length(room, fill)
        line = Strip.join([left, Strip(segments(palette)).crop(max(0, -start))])
        return line, key_spans(keys, 0, room) + key_spans(palette, start, width)

    def render_line(self, y: int) -> Strip:
        """The one line of keys."""
        return self._layout()[0]

    def key_at(self, x: int) -> ShownKey | None:
        """The key drawn at column `x`, if any."""
        return next((key for left, right, key in self._layout()[1] if left <= x < right), None)

    def _hover(self, key: ShownKey | None) -> None:
        """Highlight `key` (None: no key), with its tooltip and a pointing hand, as FooterKey:hover."""
        if key is self._hovered:
            return
        self._hovered = key
        self.tooltip = Content(key.tooltip) if key is not None and key.tooltip else None  # not markup
        self.styles.pointer = "default" if key is None else "pointer"
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Highlight the key under the pointer."""
        self._hover(self.key_at(event.x))

    def on_leave(self) -> None:
        """The pointer left the bar: no highlight."""
        self._hover(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """Press the key under the pointer, as FooterKey does (a disabled key only rings the bell)."""
        key = self.key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()


def segments(pieces: list[Piece]) -> list[Segment]:
    """The pieces as Rich segments."""
    return [Segment(piece.text, piece.style) for piece in pieces]


def key_spans(pieces: list[Piece], x: int, limit: int) -> list[tuple[int, int, ShownKey]]:
    """(left, right, key) of each piece of a key laid from column `x`, as far as is visible (0 to `limit`)."""
    spans = []
    for piece in pieces:
        right = x + cell_len(piece.text)
        if piece.key is not None and max(x, 0) < min(right, limit):
            spans.append((max(x, 0), min(right, limit), piece.key))
        x = right
    return spans
