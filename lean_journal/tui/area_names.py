"""The names of the four areas, in one table: the key bar, the palette, the title bar, help and each screen.

Pure (no Textual), so that the screens can read their own names from it without importing `tui.areas`,
which sits above them and names their classes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AreaName:
    """How one area is named: its mode, its key, its word in the key bar, its title and its help line."""

    mode: str
    key: str
    footer: str  # the short word in the key bar
    title: str  # the title bar, the palette command, the area's own heading and its group in help
    help: str  # the palette's line under the command


AREA_NAMES: tuple[AreaName, ...] = (
    AreaName("journal", "1", "Journal", "Journal", "Daily reflections, prompts and search"),
    AreaName("board", "2", "Board", "PDCA board", "Improvement experiments, Plan-Do-Check-Act"),
    AreaName("growth", "3", "Grow", "Learn · Share · Grow", "What you learned, shared and grew"),
    AreaName("review", "4", "Review", "Review", "Streaks, trends and the monthly kaizen report"),
)

THIS_AREA = "This area: "  # help's name for the group of the screen's own keys, before the screen's title


def area_group(mode: str) -> str:
    """How help names the keys of the area `mode`, its own group at the top of the table."""
    return THIS_AREA + area_name(mode).title


def area_name(mode: str) -> AreaName:
    """The names of the area `mode` (KeyError for a mode that is no area)."""
    for name in AREA_NAMES:
        if name.mode == mode:
            return name
    raise KeyError(mode)
