"""App-wide messages."""

from __future__ import annotations

from textual.message import Message


class StoreChanged(Message, bubble=False):
    """Another process saved the journal file; the receiving area should re-read the store."""


class FirstFrameShown(Message, bubble=False):
    """The app has shown its first frame: work deferred to keep start-up quick may begin."""
