"""App-wide messages."""

from __future__ import annotations

from textual.message import Message


class StoreChanged(Message, bubble=False):
    """Another process saved the journal file; the receiving area should re-read the store."""


class FirstFrameShown(Message, bubble=False):
    """The app has shown its first frame: work deferred to keep start-up quick may begin."""


class OpenJournalEntry(Message, bubble=False):
    """Show the Journal area with the entry `entry_id` selected (posted to the app by another area)."""

    def __init__(self, entry_id: str) -> None:
        """About the entry `entry_id`."""
        super().__init__()
        self.entry_id = entry_id
