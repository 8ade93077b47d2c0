"""The Learn · Share · Grow repositories: learn items, share items and goals, newest first."""

from __future__ import annotations

from datetime import date
from typing import Any

from lean_journal.model.growth import Goal, Learning, Share
from lean_journal.store.entries import in_range
from lean_journal.store.repository import Repository


class LearningRepository(Repository[Learning]):
    """What I learned, newest first."""

    table_name = "learnings"
    kind = "learn item"

    def from_dict(self, data: dict[str, Any]) -> Learning:
        """Build a learn item."""
        return Learning.from_dict(data)

    def search_text(self, item: Learning) -> str:
        """Title, insight, source, notes and tags, lower-cased."""
        parts = [item.title, item.insight, item.source_kind.value, item.source, item.notes, *item.tags]
        return "\n".join(parts).lower()

    def list(
        self, *, since: date | None = None, until: date | None = None, text: str | None = None
    ) -> list[Learning]:
        """Learn items matching every filter given, newest first."""
        found = [item for item in self.candidates(text) if in_range(item.day, since, until)]
        found.sort(key=lambda item: (item.day, item.created), reverse=True)
        return found


class ShareRepository(Repository[Share]):
    """What I passed on, newest first."""

    table_name = "shares"
    kind = "share item"

    def from_dict(self, data: dict[str, Any]) -> Share:
        """Build a share item."""
        return Share.from_dict(data)

    def search_text(self, item: Share) -> str:
        """Title, audience, channel, notes and tags, lower-cased."""
        parts = [item.title, item.audience, item.channel.value, item.notes, *item.tags]
        return "\n".join(parts).lower()

    def list(
        self, *, since: date | None = None, until: date | None = None, text: str | None = None
    ) -> list[Share]:
        """Share items matching every filter given, newest first."""
        found = [item for item in self.candidates(text) if in_range(item.day, since, until)]
        found.sort(key=lambda item: (item.day, item.created), reverse=True)
        return found


class GoalRepository(Repository[Goal]):
    """The goals I grow toward, newest first."""

    table_name = "goals"
    kind = "goal"

    def from_dict(self, data: dict[str, Any]) -> Goal:
        """Build a goal."""
        return Goal.from_dict(data)

    def search_text(self, item: Goal) -> str:
        """Title, why, status, milestones and tags, lower-cased."""
        parts = [item.title, item.why, item.status.value, *(m.text for m in item.milestones), *item.tags]
        return "\n".join(parts).lower()

    def list(self, *, text: str | None = None) -> list[Goal]:
        """Goals matching the text, newest first."""
        return sorted(self.candidates(text), key=lambda item: item.created, reverse=True)
