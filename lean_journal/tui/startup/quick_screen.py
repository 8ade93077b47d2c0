"""The areas' start-up tuning of Textual's Screen: no frame rendered to be thrown away, no wait to paint.

Each piece leans on Textual's private hooks through textual_internals' fail-safe helpers, or overrides
a private hook (`_compositor_refresh`) that an upgrade renaming it would simply stop calling;
tests/test_textual_internals.py and tests/test_area_switching.py fail loudly if the fast path is lost.
"""

from __future__ import annotations

from textual import events, on
from textual.screen import Screen

from lean_journal.tui.startup.textual_internals import rendering_is_discarded, update_now


class QuickScreen(Screen[None]):
    """A screen shown whole in its first frame, painted as soon as a resume or a key is handled."""

    def __init__(self, *, id: str | None = None) -> None:
        """A screen with no paint pending."""
        super().__init__(id=id)
        self._paint_when_idle = False

    @on(events.ScreenResume)
    def _resumed_quickly(self, event: events.ScreenResume) -> None:
        """Shown (again): paint as soon as the resume is handled, and without restyling every widget.

        Textual restyles a whole screen each time its mode is shown, to be safe. An area's styles are
        current: a class or state change restyles its widgets at once, and a theme changed meanwhile
        restyles the screen in the switch itself (Textual's CSS update count).
        """
        event.refresh_styles = False
        self._paint_when_idle = True

    def paint_when_idle(self) -> None:
        """Paint what changed as soon as this screen is idle, not at its update timer's next tick.

        Textual paints from a 60 Hz timer that, once it has ticked, sleeps out the rest of its period:
        a key handled just after a paint otherwise waited up to a whole period more to show.
        """
        self._paint_when_idle = True

    def on_idle(self) -> None:
        """Once a resume or a key is handled, paint now rather than at the update timer's next tick."""
        if self._paint_when_idle:
            self._paint_when_idle = False
            if self.is_current:  # a key that switched areas: the area shown paints
                update_now(self)

    def _compositor_refresh(self) -> None:
        """Render and show what changed, except while Textual would throw the frame away (see there).

        Should an upgrade rename this private hook, it is never called and the screen renders as usual.
        """
        if rendering_is_discarded(self.app):
            return
        super()._compositor_refresh()
