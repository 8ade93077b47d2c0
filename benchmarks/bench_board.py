"""PDCA board budgets on the ten-year demo (1,500 cards): opening the board and a navigation keypress.

Run: python -m benchmarks.bench_board [YEARS ...]   (default: 1 10)
"""

from __future__ import annotations

import asyncio
import sys
import time

from benchmarks.harness import (
    BENCH_NOW,
    demo_file,
    first_frame,
    fresh_copy,
    median,
    minimal_first_frame,
    report,
)
from lean_journal.clock import FixedClock
from lean_journal.store import Store

APP_FIRST_FRAME = """
import sys
from lean_journal.app import LeanJournalApp
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


def app_first_frame(path: str, mode: str, marker: bytes, repeat: int = 5) -> float:
    """Seconds from starting the app straight on area `mode` until `marker` is on screen."""
    argv = [sys.executable, "-c", APP_FIRST_FRAME, path, mode]
    return median([first_frame(argv, marker) for _ in range(repeat)])


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


def switch_to_board(path: str, settle: float) -> float:
    """Median seconds from the first press of 2, `settle` s into a running app, until the board is painted.

    0.5 s lands in the idle-time warm-up (which builds and paints the board unseen from 0.4 s after the
    first frame to about 1 s); 2 s is after it, once the user has had time to read the journal.
    """
    from lean_journal.app import LeanJournalApp

    clock = FixedClock(BENCH_NOW)
    times: list[float] = []
    for _ in range(5):
        app = LeanJournalApp(Store(path, clock), clock, file_label="journal.json", watch_interval=3600)
        times += asyncio.run(keypress_times(app, ["2"], [], repeat=1, settle=settle))
    return median(times)


def board_keypress(path: str, keys: list[str], before: list[str]) -> float:
    """The median of pressing `keys` on the board (after pressing `before`)."""
    from lean_journal.app import LeanJournalApp

    clock = FixedClock(BENCH_NOW)
    app = LeanJournalApp(Store(path, clock), clock, file_label="journal.json", watch_interval=3600)
    return median(asyncio.run(keypress_times(app, keys, ["2", *before])))


def board_refresh(path: str) -> tuple[float, float]:
    """Median seconds of re-reading the board with Done/Dropped shown: unchanged, and every row redrawn."""
    from lean_journal.app import LeanJournalApp
    from lean_journal.widgets.board_column import BoardColumn

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


def bench(years: int, f0: float, key0: float, focus0: float) -> bool:
    """Measure the board on one demo size and print its rows."""
    path = str(fresh_copy(demo_file(years)))
    cards = len(Store(path, FixedClock(BENCH_NOW)).cards)
    frame = app_first_frame(path, "board", b"Struggles")
    journal = app_first_frame(path, "journal", b"Journal")
    switch = switch_to_board(path, settle=0.5)
    switch_idle = switch_to_board(path, settle=2.0)
    down = board_keypress(path, ["down", "up"], [])
    across = board_keypress(path, ["right", "left"], [])
    closed = board_keypress(path, ["down", "up"], ["a", *["right"] * 5])
    unchanged, redrawn = board_refresh(path)
    print(
        f"\n== {years} year(s): {cards} cards; F0={f0 * 1000:.0f} ms; minimal app keypress: "
        f"down/up {key0 * 1000:.1f} ms, focus move {focus0 * 1000:.1f} ms"
    )
    return report(
        [
            ("app start to the board's first frame vs 1.5 x F0", frame, f0, 1.5),
            ("  same app, start on the journal (information) vs F0", journal, f0, 99.0),
            ("first 2, after the warm-up: extra over minimal vs 30 ms", switch_idle - key0, 0.030, 1.0),
            ("  first 2, 0.5 s in, during the warm-up: extra (info)", switch - key0, 0.030, 99.0),
            ("up/down in a column: extra over minimal vs 30 ms", down - key0, 0.030, 1.0),
            ("left/right between columns: extra over minimal vs 30 ms", across - key0, 0.030, 1.0),
            ("  left/right: extra over a minimal focus move (info)", across - focus0, 0.030, 99.0),
            ("up/down in Done (paged, 200 rows): extra vs 30 ms", closed - key0, 0.030, 1.0),
            ("re-read after a save, Done/Dropped shown (info) vs 30 ms", unchanged, 0.030, 99.0),
            ("redraw all 7 columns, 400 closed rows (info) vs 30 ms", redrawn, 0.030, 99.0),
        ]
    )


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1, 10]
    f0 = minimal_first_frame()
    key0 = minimal_keypress(["down", "up"])
    focus0 = minimal_keypress(["tab", "shift+tab"])
    results = [bench(years, f0, key0, focus0) for years in sizes]
    sys.exit(0 if all(results) else 1)
