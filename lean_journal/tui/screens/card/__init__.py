"""The card page, an A3 of one card (may import widgets, store and pure code)."""
