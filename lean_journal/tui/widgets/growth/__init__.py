"""Widgets of the Learn · Share · Grow area: panes of rows; they post messages and never save."""
