"""App-wide messages."""

from __future__ import annotations

from textual.message import Message


class StoreChanged(Message, bubble=False):
    """Another process saved the journal file; the receiving area should re-read the store."""
