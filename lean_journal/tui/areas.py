"""The four areas of the app: their names (from `area_names`) and the screens that show them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from importlib import import_module

from lean_journal.tui.area_names import AREA_NAMES, AreaName
from lean_journal.tui.screens.area import AreaScreen
from lean_journal.tui.screens.journal.journal import JournalScreen


@dataclass(frozen=True)
class Area(AreaName):
    """One area of the app: its names, and the screen that shows it."""

    screen_class: type[AreaScreen] | str  # a class, or "module:Class" imported when first shown


SCREENS: dict[str, type[AreaScreen] | str] = {
    "journal": JournalScreen,
    "board": "lean_journal.tui.screens.board.board:BoardScreen",
    "growth": "lean_journal.tui.screens.growth.growth:GrowthScreen",
    "review": "lean_journal.tui.screens.review.review:ReviewScreen",
}
AREAS: tuple[Area, ...] = tuple(Area(**asdict(name), screen_class=SCREENS[name.mode]) for name in AREA_NAMES)


def screen_class_of(area: Area) -> type[AreaScreen]:
    """The screen class of an area, importing its module on first use (start-up stays quick)."""
    if not isinstance(area.screen_class, str):
        return area.screen_class
    module, name = area.screen_class.split(":")
    return getattr(import_module(module), name)
