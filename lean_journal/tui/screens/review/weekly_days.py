"""Review's setting for the forgiving weekly streak: how many written days make a week count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from lean_journal.review.streaks import WEEKLY_STREAK_KEY, weekly_streak_days_from, weekly_streak_days_typed
from lean_journal.store import Store

WEEKLY_DAYS_QUESTION = "Written days that make a week count for the weekly streak (1 to 7):"


class WeeklyDaysMixin(Screen[None]):
    """The `w` key of the Review area, over its `store`, `load` and `report_error`."""

    store: Store

    if TYPE_CHECKING:  # provided by the Review area

        def load(self, quiet: bool = False) -> None: ...
        def report_error(self, error: Exception) -> None: ...

    @work(group="review-weekly-days", exclusive=True)
    async def action_weekly_days(self) -> None:
        """Ask how many written days make a week count, keep it in the file, and re-make the figures."""
        from lean_journal.tui.screens.dialogs.text_prompt import ask_setting

        days = weekly_streak_days_from(self.store.settings.get(WEEKLY_STREAK_KEY))
        if await ask_setting(self, WEEKLY_DAYS_QUESTION, WEEKLY_STREAK_KEY, days, weekly_streak_days_typed):
            self.load(quiet=True)
