"""The app's start-up tuning of Textual's App: a screen that put off a paint, or got a key, paints at once.

The screens are QuickScreens (quick_screen.py): they skip rendering during a batch and paint when idle.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from textual import events
from textual.app import App

from lean_journal.tui.startup.quick_screen import QuickScreen


class QuickApp(App[None]):
    """An App whose QuickScreens paint as soon as a batch of updates or a key is handled."""

    @contextmanager
    def batch_update(self) -> Iterator[None]:
        """Textual's batch of updates, then a nudge to the screen on show to paint what it put off.

        The screen skips its update while a batch runs, and Textual's end of a batch prompts only the
        app. A switch made during a batch (a widget recomposing, say) otherwise stayed unpainted
        until the next key.
        """
        with super().batch_update():
            yield
        for screen in self.screen_stack[-1:]:
            screen.check_idle()

    async def on_event(self, event: events.Event) -> None:
        """Handle `event`; after a key, the screen shown paints its effect as soon as it is idle."""
        await super().on_event(event)
        if isinstance(event, events.Key) and isinstance(self.screen, QuickScreen):
            self.screen.paint_when_idle()
