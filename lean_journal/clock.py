"""The clock is passed in, never read globally, so tests and screenshots are deterministic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current time and day."""

    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...

    def today(self) -> date:
        """The current local day."""
        ...


class SystemClock:
    """The real clock, in the machine's local timezone."""

    def now(self) -> datetime:
        """The current moment in local time, timezone-aware."""
        return datetime.now().astimezone()

    def today(self) -> date:
        """Today's local date."""
        return self.now().date()


@dataclass
class FixedClock:
    """A clock stopped at one moment; `advance` moves it on (for tests and screenshots)."""

    moment: datetime

    def __post_init__(self) -> None:
        """Refuse naive datetimes so every timestamp stays timezone-aware."""
        if self.moment.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")

    def now(self) -> datetime:
        """The frozen moment."""
        return self.moment

    def today(self) -> date:
        """The frozen moment's date."""
        return self.moment.date()

    def advance(self, **delta: float) -> None:
        """Move the clock forward by a timedelta given as keyword arguments."""
        self.moment = self.moment + timedelta(**delta)
