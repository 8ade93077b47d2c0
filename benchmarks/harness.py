"""Shared benchmark harness: demo files, timing, and the baselines of budgets.md (F0, L, D, W, S, jrnl).

Every budget is a ratio to a baseline measured in the same run, because these machines are shared and noisy.
"""

from __future__ import annotations

import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import orjson

CACHE = Path(__file__).parent / ".cache"
BENCH_NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
MINIMAL_APP = """
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("FIRST-FRAME-MARKER")
Minimal().run()
"""
APP_SCRIPT = """
import sys
from lean_journal.tui.app import LeanJournalApp
from lean_journal.clock import SystemClock
from lean_journal.store import Store
LeanJournalApp(Store(sys.argv[1], SystemClock()), SystemClock(), file_label="journal.json").run()
"""
"""The app on the journal file given as its one argument, as `python -c APP_SCRIPT FILE`."""


def demo_file(years: int, seed: int = 7) -> Path:
    """A demo journal of `years` years, made once and cached under benchmarks/.cache/."""
    from lean_journal.clock import FixedClock
    from lean_journal.demo import write_demo
    from lean_journal.store import Store

    path = CACHE / f"demo-{years}y-{seed}" / "journal.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_demo(Store(path, FixedClock(BENCH_NOW)), years=years, seed=seed)
    return path


def fresh_copy(path: Path) -> Path:
    """A private copy of a journal file in a new temporary folder (benchmarks never touch the cache)."""
    folder = Path(tempfile.mkdtemp(prefix="lj-bench-"))
    target = folder / path.name
    target.write_bytes(path.read_bytes())
    return target


def timings(action: Callable[[], object], repeat: int = 15, warmup: int = 1) -> list[float]:
    """Seconds taken by `repeat` calls of `action`, after `warmup` untimed calls."""
    for _ in range(warmup):
        action()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        out.append(time.perf_counter() - start)
    return out


def median(values: list[float]) -> float:
    """The median."""
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass
class FileBaselines:
    """L, D, W and S of budgets.md for one journal file, in seconds."""

    loads: float
    dumps: float
    write: float
    scan: float


def file_baselines(path: Path) -> FileBaselines:
    """Measure orjson.loads (L), orjson.dumps (D), write+fsync (W) and one lowered substring scan (S)."""
    content = path.read_bytes()
    data = orjson.loads(content)
    target = Path(tempfile.mkdtemp(prefix="lj-bench-w-")) / "w.json"

    def write() -> None:
        """Write the bytes and fsync them."""
        with open(target, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())

    texts = [
        f"{d.get('title', '')}\n{d.get('body', '')}".lower()
        for table in ("entries", "cards", "learnings")
        for d in data.get(table, {}).values()
    ]
    return FileBaselines(
        loads=median(timings(lambda: orjson.loads(content), 9)),
        dumps=median(timings(lambda: orjson.dumps(data), 9)),
        write=median(timings(write, 9)),
        scan=median(timings(lambda: [t for t in texts if "kaizen" in t], 15)),
    )


def first_frame(
    argv: list[str], marker: bytes, env: dict[str, str] | None = None, timeout: float = 30
) -> float:
    """Seconds from starting `argv` in a real pty (120x36) until `marker` appears on its screen."""
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    environment = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "36", **(env or {})}
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=environment, close_fds=True)
    os.close(slave)
    seen = b""
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                if marker in seen:
                    return time.perf_counter() - start
        raise RuntimeError(f"{marker!r} never appeared within {timeout}s")
    finally:
        child.kill()
        child.wait()
        os.close(master)


def interleaved_first_frame(argv: list[str], marker: bytes, python: str, repeat: int) -> tuple[float, float]:
    """Medians of `argv`'s first frame (until `marker` shows) and of F0, their runs interleaved (seconds).

    One untimed start first: like every later start of the app, the timed ones find the file's preview.
    Each start is paired with a minimal app's, so that both see the same machine: on these shared
    machines a block of runs taken a minute apart can differ by a third.
    """
    minimal = [python, "-c", MINIMAL_APP]
    first_frame(argv, marker)
    frames, baselines = [], []
    for _ in range(repeat):
        baselines.append(first_frame(minimal, b"FIRST-FRAME-MARKER"))
        frames.append(first_frame(argv, marker))
    return median(frames), median(baselines)


def minimal_first_frame(repeat: int = 5, python: str | None = None) -> float:
    """F0: the median first frame of a one-Static Textual app in the same pty harness."""
    argv = [python or sys.executable, "-c", MINIMAL_APP]
    return median([first_frame(argv, b"FIRST-FRAME-MARKER") for _ in range(repeat)])


def installed_python() -> str:
    """The Python of a private venv where lean-journal is installed as users get it (`pip install .`).

    Not the editable development install: pip compiles an installed package's bytecode, while an editable
    one under PYTHONDONTWRITEBYTECODE (set on these machines) is compiled from source at every start.
    Reinstalled on every call, so it always holds the code being measured.
    """
    venv = CACHE / "lj-venv"
    if not (venv / "bin" / "pip").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    root = Path(__file__).parent.parent
    pip = str(venv / "bin" / "pip")
    subprocess.run([pip, "install", "-q", str(root)], check=True)
    subprocess.run([pip, "install", "-q", "--force-reinstall", "--no-deps", str(root)], check=True)
    return str(venv / "bin" / "python")


def jrnl_command() -> list[str] | None:
    """The jrnl executable of a private venv under benchmarks/.cache (installed on first use), or None."""
    venv = CACHE / "jrnl-venv"
    exe = venv / "bin" / "jrnl"
    if not exe.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "jrnl==4.6"], check=True)
        except subprocess.CalledProcessError:
            return None
    return [str(exe)]


RECORDED: list[dict[str, object]] = []
"""Every row reported in this process, for `python -m benchmarks`'s one table and its JSON."""
SECTION: dict[str, object] = {"bench": "", "years": None}
"""The benchmark and workload size the next rows belong to (set by `python -m benchmarks`)."""


def report(rows: list[tuple[str, float, float, float]], unit: str = "ms") -> bool:
    """Print (what, measured, baseline, allowed ratio) rows; return whether all are within budget.

    Times are in seconds and shown in ms; with another `unit` the values are shown as they are.
    """
    ok = True
    scale = 1000 if unit == "ms" else 1
    print(f"{'what':58} {'measured':>10} {'baseline':>10} {'ratio':>7} {'budget':>7}")
    for what, measured, baseline, allowed in rows:
        ratio = measured / baseline if baseline else float("inf")
        within = ratio <= allowed
        ok &= within
        flag = "ok" if within else "OVER"
        shown, base = measured * scale, baseline * scale
        print(f"{what:58} {shown:8.1f}{unit:>2} {base:8.1f}{unit:>2} {ratio:7.2f} {allowed:7.2f} {flag}")
        RECORDED.append(
            {
                **SECTION,
                "what": what,
                "measured": shown,
                "baseline": base,
                "unit": unit,
                "ratio": round(ratio, 3),
                "budget": allowed,
                "within": within,
            }
        )
    return ok
