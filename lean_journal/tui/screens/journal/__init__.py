"""The journal area's screen and dialogs (may use widgets, store and pure code)."""
