"""The review area's screens (may import widgets, store and pure code)."""
