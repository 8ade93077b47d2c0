"""The Learn · Share · Grow repositories: learn items, share items and goals, newest first."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any, TypeVar

from lean_journal.model.growth import Goal, GoalStatus, Learning, Share
from lean_journal.store.entries import in_range
from lean_journal.store.repository import Repository

Dated = TypeVar("Dated", Learning, Share)


def dated_between(repository: Repository[Dated], since: date, until: date) -> builtins.list[Dated]:
    """The items dated from `since` to `until` (both included), oldest first, made only for those when
    the rest are not loaded yet (a month's report out of ten years)."""
    low, high = since.isoformat(), until.isoformat()
    made = repository.made_where(lambda doc: low <= doc["day"] <= high)
    found = [item for item in made if in_range(item.day, since, until)]
    found.sort(key=lambda item: (item.day, item.created, item.id))
    return found


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

    def on_days(self, since: date, until: date) -> builtins.list[Learning]:
        """The learn items dated from `since` to `until`, oldest first (only those are made)."""
        return dated_between(self, since, until)


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

    def on_days(self, since: date, until: date) -> builtins.list[Share]:
        """The share items dated from `since` to `until`, oldest first (only those are made)."""
        return dated_between(self, since, until)


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

    def open(self) -> builtins.list[Goal]:
        """The goals neither done nor dropped: active ones first, then ideas, oldest first (only those made
        while the rest are not loaded)."""
        order = (GoalStatus.ACTIVE, GoalStatus.IDEA)
        names = {status.value for status in order}
        made = self.made_where(lambda doc: doc.get("status", GoalStatus.ACTIVE.value) in names)
        found = [goal for goal in made if goal.status in order]
        found.sort(key=lambda goal: (order.index(goal.status), goal.created, goal.id))
        return found

    def ticked_between(self, since: date, until: date) -> builtins.list[Goal]:
        """The goals with a milestone done from `since` to `until` (only those made while the rest are not
        loaded), oldest first."""
        low, high = since.isoformat(), until.isoformat()

        def keep(doc: dict[str, Any]) -> bool:
            """Whether a stored goal has a milestone done in the days."""
            return any(low <= (step.get("done_on") or "") <= high for step in doc.get("milestones") or ())

        made = self.made_where(keep)
        found = [
            g
            for g in made
            if any(m.done_on is not None and since <= m.done_on <= until for m in g.milestones)
        ]
        found.sort(key=lambda goal: (goal.created, goal.id))
        return found
