"""The four areas of the app: their keys, names and help lines, and the screens that show them."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from lean_journal.tui.screens.area import AreaScreen
from lean_journal.tui.screens.journal.journal import JournalScreen


@dataclass(frozen=True)
class Area:
    """One area of the app: its mode name, key, palette name and help line, and the screen that shows it."""

    mode: str
    key: str
    footer: str
    command: str
    help: str
    screen_class: type[AreaScreen] | str  # a class, or "module:Class" imported when first shown


AREAS: tuple[Area, ...] = (
    Area("journal", "1", "Journal", "Journal", "Daily reflections, prompts and search", JournalScreen),
    Area(
        "board",
        "2",
        "Board",
        "PDCA board",
        "Improvement experiments, Plan-Do-Check-Act",
        "lean_journal.tui.screens.board.board:BoardScreen",
    ),
    Area(
        "growth",
        "3",
        "Grow",
        "Learn · Share · Grow",
        "What you learned, shared and grew",
        "lean_journal.tui.screens.growth.growth:GrowthScreen",
    ),
    Area(
        "review",
        "4",
        "Review",
        "Review",
        "Streaks, trends and the monthly kaizen report",
        "lean_journal.tui.screens.review.review:ReviewScreen",
    ),
)


def screen_class_of(area: Area) -> type[AreaScreen]:
    """The screen class of an area, importing its module on first use (start-up stays quick)."""
    if not isinstance(area.screen_class, str):
        return area.screen_class
    module, name = area.screen_class.split(":")
    return getattr(import_module(module), name)
