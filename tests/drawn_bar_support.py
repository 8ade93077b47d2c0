"""Helpers for tests of widgets that draw a whole bar themselves (KeyBar, BoardActions)."""

from __future__ import annotations

import re

from rich.style import Style
from textual.app import App
from textual.widget import Widget


def screenshot(app: App[None]) -> str:
    """The app's SVG screenshot, without the id that differs between runs (as pytest-textual-snapshot)."""
    return re.sub(r"\bterminal-\d+-([\w-]+)", r"terminal-\1", app.export_screenshot())


def bottom_line(app: App[None]) -> str:
    """The text of the screen's last line."""
    return "".join(segment.text for segment in app.screen._compositor.render_strips()[-1])


def counted_refreshes(bar: Widget) -> list[bool]:
    """A list that grows by one each time `bar` asks to be repainted."""
    refreshes: list[bool] = []
    refresh = bar.refresh

    def counted_refresh(*args: object, **kwargs: object) -> Widget:
        """Count, then refresh."""
        refreshes.append(True)
        return refresh(*args, **kwargs)  # type: ignore[arg-type]

    bar.refresh = counted_refresh  # type: ignore[method-assign,assignment]
    return refreshes


def style_of(bar: Widget, text: str) -> Style | None:
    """The style of the bar's segment that holds `text`."""
    return next(segment.style for segment in bar.render_line(0) if text in segment.text)


async def picture(app: App[None], size: tuple[int, int], hover: int | None, theme: str) -> tuple[str, str]:
    """The bottom line and the screenshot of `app` in `theme`, the pointer on its last line at `hover`."""
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        await pilot.pause()
        if hover is not None:
            await pilot.hover(offset=(hover, size[1] - 1))
            await pilot.pause()
        return bottom_line(app), screenshot(app)
