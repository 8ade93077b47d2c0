"""Reusable widgets that post messages and know nothing of the store."""
