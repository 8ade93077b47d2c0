"""Journal budgets on the demo (3,650 entries at ten years): first frame, store search, search keystrokes.

Run: python -m benchmarks.bench_journal [YEARS ...]   (default: 1 10)

Rows (budgets.md): the journal's first frame vs 1.5 x F0 (a one-Static app in the same pty harness; both
run by the Python of a regular, non-editable install, as users get it: see harness.installed_python);
full-text search in the store vs 3 x S (one lowered substring scan over every text); a keystroke in the
search box until the list and entry are repainted, over a minimal app's keypress in the same Pilot harness,
vs 100 ms (the real-terminal figure is bench_search_keys); j/k in the list, timed in a real terminal
(benchmarks/pty_app.py) against a key in a minimal app, vs + 30 ms (the Pilot figure is information:
Pilot paints by itself and polls in 20 ms steps).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from benchmarks.harness import (
    APP_SCRIPT,
    BENCH_NOW,
    demo_file,
    file_baselines,
    first_frame,
    fresh_copy,
    installed_python,
    interleaved_first_frame,
    median,
    minimal_first_frame,
    report,
    timings,
)
from benchmarks.pty_app import PtyApp, minimal_keypresses
from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.store.preview import preview_path

MINIMAL_LIST_APP = """
from textual.app import App
from textual.widgets import OptionList
class MinimalList(App):
    def compose(self):
        yield OptionList(*[f"row {n}" for n in range(20)])
"""
QUERY = "kaizen walk"


def journal_first_frame(path: str, python: str, repeat: int = 11) -> tuple[float, float]:
    """Medians of the journal's first frame and of F0, interleaved (see harness.interleaved_first_frame).

    The journal's frame is from starting the app (opening the file included) until the list heading
    shows.
    """
    return interleaved_first_frame([python, "-c", APP_SCRIPT, path], b"All entries", python, repeat)


def first_frame_without_preview(path: str, python: str, repeat: int = 5) -> float:
    """The same, when the preview is missing (the first start after another tool edited the file)."""
    argv = [python, "-c", APP_SCRIPT, path]
    times = []
    for _ in range(repeat):
        preview_path(Path(path)).unlink(missing_ok=True)
        times.append(first_frame(argv, b"All entries"))
    return median(times)


def store_search(path: str) -> tuple[float, float]:
    """The first (cold: builds the lowered texts) and the median later store search for one word."""
    store = Store(path, FixedClock(BENCH_NOW))
    start = time.perf_counter()
    store.entries.list(text="kaizen")
    cold = time.perf_counter() - start
    return cold, median(timings(lambda: store.entries.list(text="kaizen"), 15))


async def pressed(pilot: object, keys: list[str]) -> list[float]:
    """Seconds from pressing each key until the app has handled it and repainted."""
    out = []
    for key in keys:
        start = time.perf_counter()
        await pilot.press(key)  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]
        out.append(time.perf_counter() - start)
    return out


def journal_keys(path: str) -> tuple[list[float], list[float]]:
    """Keystrokes in the search box (list filtered and entry marked) and j/k in the list."""
    from lean_journal.tui.app import LeanJournalApp
    from lean_journal.tui.screens.journal.journal import JournalScreen

    clock = FixedClock(BENCH_NOW)
    app = LeanJournalApp(Store(path, clock), clock, file_label="journal.json", watch_interval=3600)
    search: list[float] = []
    moves: list[float] = []

    async def run() -> None:
        """Move in the list, then type a query letter by letter (rendering the entry after each)."""
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            moves.extend(await pressed(pilot, ["j", "k"] * 20))
            await pilot.press("slash")
            screen = app.areas["journal"]
            assert isinstance(screen, JournalScreen)
            for key in [*QUERY.replace(" ", "§")] * 2 + ["backspace"] * 4:
                start = time.perf_counter()
                await pilot.press("space" if key == "§" else key)
                screen.render_selected()  # what the debounce does once typing rests
                await pilot.pause()
                search.append(time.perf_counter() - start)
            await pilot.press("escape")

    asyncio.run(run())
    return search, moves


def newest_days(path: str, count: int) -> list[bytes]:
    """The days of the `count` newest entries, as the list's rows show them (the list's first rows)."""
    store = Store(path, FixedClock(BENCH_NOW))
    try:
        return [entry.day.isoformat().encode() for entry in store.entries.list(limit=count)]
    finally:
        store.close()


def settled_journal(python: str, path: str) -> PtyApp:
    """The app in a real terminal, its start-up over (first frame, then 2 s for the idle-time work)."""
    app = PtyApp([python, "-c", APP_SCRIPT, path])
    app.wait_for(b"All entries")
    app.read_for(2.0)
    return app


def list_moves_in_terminal(python: str, path: str, rounds: int = 10) -> list[float]:
    """Seconds from j (or k), pressed once start-up has settled, until the list's new cursor row is drawn.

    A row shows its entry's date; after j the second entry's row is drawn anew (now under the cursor),
    after k the first one's. The entry view renders only after the cursor rests (RENDER_DELAY).
    """
    first, second = newest_days(path, 2)
    app = settled_journal(python, path)
    times = []
    try:
        for _ in range(rounds):
            times.append(app.key_until(b"j", second))
            app.read_for(0.3)
            times.append(app.key_until(b"k", first))
            app.read_for(0.3)
        return times
    finally:
        app.close()


def list_moves_at_a_reading_pace(python: str, path: str, pace: float = 0.15, count: int = 30) -> list[float]:
    """Seconds from each j, one every `pace` s, until its row is drawn: the entry is rendered in between.

    The view renders an entry once the cursor has rested RENDER_DELAY (0.12 s), so at this pace every
    key comes while (or just after) the last entry is rendered and painted.
    """
    days = newest_days(path, count + 1)
    app = settled_journal(python, path)
    times = []
    try:
        for day in days[1:]:
            times.append(app.key_until(b"j", day))
            app.read_for(max(0.0, pace - times[-1]))
        return times
    finally:
        app.close()


def minimal_keypress() -> float:
    """The median down/up keypress in a minimal app with one OptionList."""
    namespace: dict[str, object] = {}
    exec(MINIMAL_LIST_APP, namespace)
    app = namespace["MinimalList"]()  # type: ignore[operator]

    async def run() -> list[float]:
        """Press down and up twenty times."""
        async with app.run_test(size=(120, 36)) as pilot:  # type: ignore[attr-defined]
            await pilot.pause()
            return await pressed(pilot, ["down", "up"] * 20)

    return median(asyncio.run(run()))


def bench(years: int, f0: float, key0: float, python: str) -> bool:
    """Measure the journal on one demo size and print its rows."""
    demo = demo_file(years)
    path = str(fresh_copy(demo))
    entries = len(Store(path, FixedClock(BENCH_NOW)).entries)
    scan = file_baselines(demo).scan
    frame, frame_f0 = journal_first_frame(path, python)
    unpreviewed = first_frame_without_preview(path, python)
    cold, warm = store_search(path)
    typing, moves = journal_keys(path)
    pty_key0 = median(minimal_keypresses(python))
    pty_moves = median(list_moves_in_terminal(python, path))
    paced = sorted(list_moves_at_a_reading_pace(python, path))
    paced_median, paced_p90 = median(paced) - pty_key0, paced[len(paced) * 9 // 10] - pty_key0
    print(f"\n== {years} year(s): {entries} entries; F0={f0 * 1000:.0f} ms, S={scan * 1000:.1f} ms", end="")
    print(f", minimal keypress: Pilot {key0 * 1000:.1f} ms, in a terminal {pty_key0 * 1000:.1f} ms")
    return report(
        [
            ("app start to the journal's first frame vs 1.5 x F0 (interleaved)", frame, frame_f0, 1.5),
            ("the same without a preview (after an outside edit; information)", unpreviewed, f0, 99.0),
            ("store search, one word (texts cached) vs 3 x S", warm, scan, 3.0),
            ("store search, first (builds lowered texts; information)", cold, scan, 99.0),
            ("search keystroke: extra over a minimal keypress vs 100 ms", median(typing) - key0, 0.100, 1.0),
            (
                "search keystroke in Pilot incl. its overhead, median (information)",
                median(typing),
                0.100,
                99.0,
            ),
            ("search keystroke in Pilot incl. its overhead, worst (information)", max(typing), 0.100, 99.0),
            ("j/k in the list, in a terminal: extra over minimal vs 30 ms", pty_moves - pty_key0, 0.030, 1.0),
            ("j every 0.15 s (entries rendered between keys): extra vs 30 ms", paced_median, 0.030, 1.0),
            ("  the same, 9 in 10 keys within (information)", paced_p90, 0.030, 99.0),
            ("  j/k in the list, Pilot: extra over minimal (information)", median(moves) - key0, 0.030, 99.0),
        ]
    )


def run(sizes: list[int]) -> bool:
    """Every journal row at each size, against a minimal app's first frame and keypress measured once."""
    python = installed_python()
    f0 = minimal_first_frame(7, python)
    key0 = minimal_keypress()
    return all([bench(years, f0, key0, python) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [1, 10]) else 1)
