"""PDCA board budgets on the ten-year demo (1,500 cards): opening the board and a navigation keypress.

Run: python -m benchmarks.bench_board [YEARS ...]   (default: 1 10)

Opening the board is a keypress, `2`, timed in a real terminal (benchmarks/pty_app.py) against a key in
a minimal app, at several moments after the journal's first frame: the app gets the board ready in idle
time after it (lean_journal/tui/startup/warm_up.py). Moving on the board is timed with Pilot against a minimal
app driven the same way.
"""

from __future__ import annotations

import asyncio
import sys
import time

from benchmarks.harness import (
    APP_SCRIPT,
    BENCH_NOW,
    demo_file,
    fresh_copy,
    installed_python,
    interleaved_first_frame,
    median,
    report,
)
from benchmarks.pty_app import PtyApp, minimal_keypresses
from lean_journal.clock import FixedClock
from lean_journal.store import Store

EARLY_DELAYS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.6)  # seconds after the first frame: start-up still settling
BOARD_MARKER = b"Done/Dropped"  # the board's button bar: on screen once the board is painted
APP_FIRST_FRAME = """
import sys
from lean_journal.tui.app import LeanJournalApp
from lean_journal.clock import SystemClock
from lean_journal.store import Store
class FirstArea(LeanJournalApp):
    DEFAULT_MODE = sys.argv[2]
FirstArea(Store(sys.argv[1], SystemClock()), SystemClock(), file_label="journal.json").run()
"""
MINIMAL_LIST_APP = """
from textual.app import App
from textual.containers import Horizontal
from textual.widgets import OptionList
class MinimalList(App):
    def compose(self):
        with Horizontal():
            yield OptionList(*[f"row {n}" for n in range(20)])
            yield OptionList(*[f"row {n}" for n in range(20)])
"""


def app_first_frame(python: str, path: str, mode: str, marker: bytes, repeat: int = 5) -> tuple[float, float]:
    """Medians of starting the app straight on area `mode` until `marker` shows, and of F0 (interleaved)."""
    return interleaved_first_frame([python, "-c", APP_FIRST_FRAME, path, mode], marker, python, repeat)


def first_2_times(python: str, path: str, delays: tuple[float, ...], rounds: int = 3) -> dict[float, float]:
    """Median seconds from the first 2, pressed `delay` s after the journal's first frame, to the board."""
    times: dict[float, list[float]] = {delay: [] for delay in delays}
    for _ in range(rounds):
        for delay in delays:
            app = PtyApp([python, "-c", APP_SCRIPT, path])
            try:
                app.wait_for(b"All entries")
                if delay:
                    app.read_for(delay)
                times[delay].append(app.key_until(b"2", BOARD_MARKER))
            finally:
                app.close()
    return {delay: median(values) for delay, values in times.items()}


def later_switches(python: str, path: str, rounds: int = 5) -> float:
    """Median seconds of a switch between the journal (1) and the board (2) once both have been shown."""
    app = PtyApp([python, "-c", APP_SCRIPT, path])
    times = []
    try:
        app.wait_for(b"All entries")
        app.read_for(2.0)
        app.key_until(b"2", BOARD_MARKER)
        for _ in range(rounds):
            app.read_for(0.3)
            times.append(app.key_until(b"1", b"All entries"))
            app.read_for(0.3)
            times.append(app.key_until(b"2", BOARD_MARKER))
        return median(times)
    finally:
        app.close()


async def keypress_times(
    app: object, keys: list[str], before: list[str], repeat: int = 20, settle: float = 0.5
) -> list[float]:
    """Seconds from pressing each key until the app has processed it and repainted, over `repeat` rounds."""
    out: list[float] = []
    async with app.run_test(size=(120, 36)) as pilot:  # type: ignore[attr-defined]
        await pilot.press(*before)
        await pilot.pause(settle)  # deferred work (the journal's list, the warm-up) runs meanwhile
        for _ in range(repeat):
            for key in keys:
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                out.append(time.perf_counter() - start)
    return out


def minimal_keypress(keys: list[str]) -> float:
    """The median keypress in a minimal app with two OptionLists (down/up, or tab/shift+tab between them)."""
    namespace: dict[str, object] = {}
    exec(MINIMAL_LIST_APP, namespace)
    app = namespace["MinimalList"]()  # type: ignore[operator]
    return median(asyncio.run(keypress_times(app, keys, [])))


def board_keypress(path: str, keys: list[str], before: list[str]) -> float:
    """The median of pressing `keys` on the board (after pressing `before`)."""
    from lean_journal.tui.app import LeanJournalApp

    clock = FixedClock(BENCH_NOW)
    app = LeanJournalApp(Store(path, clock), clock, file_label="journal.json", watch_interval=3600)
    return median(asyncio.run(keypress_times(app, keys, ["2", *before])))


def board_refresh(path: str) -> tuple[float, float]:
    """Median seconds of re-reading the board with Done/Dropped shown: unchanged, and every row redrawn."""
    from lean_journal.tui.app import LeanJournalApp
    from lean_journal.tui.widgets.board.board_column import BoardColumn

    clock = FixedClock(BENCH_NOW)
    app = LeanJournalApp(Store(path, clock), clock, file_label="journal.json", watch_interval=3600)
    results: list[float] = []

    async def measure() -> None:
        """Time refresh_from_store as it runs after a save, then with every column forced to redraw."""
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("2", "a")
            await pilot.pause()
            board = app.areas["board"]
            for redraw in (False, True):
                times = []
                for _ in range(10):
                    if redraw:
                        for column in board.query(BoardColumn):
                            column._drawn = ()
                    start = time.perf_counter()
                    board.refresh_from_store()
                    times.append(time.perf_counter() - start)
                results.append(median(times))

    asyncio.run(measure())
    return results[0], results[1]


def bench(years: int, python: str, key0: float, focus0: float) -> bool:
    """Measure the board on one demo size and print its rows."""
    path = str(fresh_copy(demo_file(years)))
    cards = len(Store(path, FixedClock(BENCH_NOW)).cards)
    frame, f0 = app_first_frame(python, path, "board", b"Struggles")
    pty_key0 = median(minimal_keypresses(python))
    first_2 = first_2_times(python, path, (*EARLY_DELAYS, 1.0))
    later = later_switches(python, path)
    down = board_keypress(path, ["down", "up"], [])
    across = board_keypress(path, ["right", "left"], [])
    closed = board_keypress(path, ["down", "up"], ["a", *["right"] * 5])
    unchanged, redrawn = board_refresh(path)
    print(
        f"\n== {years} year(s): {cards} cards; F0={f0 * 1000:.0f} ms; minimal app keypress: in a terminal "
        f"{pty_key0 * 1000:.1f} ms; Pilot down/up {key0 * 1000:.1f} ms, focus move {focus0 * 1000:.1f} ms"
    )
    return report(
        [
            ("first 2, 1 s after the first frame: extra vs 30 ms", first_2[1.0] - pty_key0, 0.030, 1.0),
            ("1 and 2 back and forth later: extra vs 30 ms", later - pty_key0, 0.030, 1.0),
            *(
                (
                    f"  first 2, {t:.1f} s after the first frame: extra (info)",
                    first_2[t] - pty_key0,
                    0.030,
                    99.0,
                )
                for t in EARLY_DELAYS
            ),
            ("  start straight on the board (info: the app opens on the journal) vs F0", frame, f0, 99.0),
            ("up/down in a column: extra over minimal vs 30 ms", down - key0, 0.030, 1.0),
            ("left/right between columns: extra over minimal vs 30 ms", across - key0, 0.030, 1.0),
            ("  left/right: extra over a minimal focus move (info)", across - focus0, 0.030, 99.0),
            ("up/down in Done (paged, 200 rows): extra vs 30 ms", closed - key0, 0.030, 1.0),
            ("re-read after a save, Done/Dropped shown (info) vs 30 ms", unchanged, 0.030, 99.0),
            ("redraw all 7 columns, 400 closed rows (info) vs 30 ms", redrawn, 0.030, 99.0),
        ]
    )


def run(sizes: list[int]) -> bool:
    """Every board row at each size, against keypresses of a minimal app measured once."""
    python = installed_python()
    key0 = minimal_keypress(["down", "up"])
    focus0 = minimal_keypress(["tab", "shift+tab"])
    return all([bench(years, python, key0, focus0) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [1, 10]) else 1)
