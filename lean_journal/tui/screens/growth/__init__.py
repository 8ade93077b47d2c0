"""The Learn · Share · Grow area's screens (may use widgets, store, pure code)."""
