"""A Footer that rebuilds only when the keys it shows change, not on every focus move between lists."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's Footer, minus the rebuild when focus moves between widgets that offer the same keys."""

    _shown: tuple[tuple[object, ...], ...] = ()

    def bindings_changed(self, screen: Screen) -> None:
        """Rebuild (as Footer does) only if the shown keys differ from those on screen now."""
        shown = tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for _node, binding, enabled, tooltip in screen.active_bindings.values()
            if binding.show
        )
        if shown == self._shown and self.children:
            return
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown
        super().bindings_changed(screen)
