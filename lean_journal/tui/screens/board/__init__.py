"""The board's screen, card flows and dialogs (may use widgets, store, pure code)."""
