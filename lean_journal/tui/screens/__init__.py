"""Screens: one module per area and per dialog. Screens talk to the store; widgets do not."""
