"""Resident memory with the app open on the demo journal, after visiting every area (budget: 150 MB).

Run: python -m benchmarks.bench_memory [YEARS ...]
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

from benchmarks.harness import APP_SCRIPT, demo_file, fresh_copy, report

BUDGET_MB = 150


def rss_mb(pid: int) -> float:
    """The resident set size of a process, in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def drain(master: int, seconds: float) -> None:
    """Read (and discard) what the app writes for a while, so it never blocks on a full pty."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                os.read(master, 1 << 20)
            except OSError:
                return


def measure(years: int) -> float:
    """The app's peak RSS after opening the journal, the board (with Done/Dropped), growth and review."""
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "36"}
    path = fresh_copy(demo_file(years))
    child = subprocess.Popen(
        [sys.executable, "-c", APP_SCRIPT, str(path)], stdin=slave, stdout=slave, stderr=slave, env=env
    )
    os.close(slave)
    peak = 0.0
    try:
        drain(master, 3.0)
        for keys in (b"/", b"kaizen", b"\x1b", b"2", b"a", b"3", b"4", b"1"):
            os.write(master, keys)
            drain(master, 1.0)
            peak = max(peak, rss_mb(child.pid))
    finally:
        child.kill()
        child.wait()
        os.close(master)
    return peak


def run(sizes: list[int]) -> bool:
    """Peak memory at each size, as a ratio to the budget (the baseline is the budget itself)."""
    ok = True
    for years in sizes:
        print(f"\n== memory at {years} year(s)")
        ok &= report(
            [("peak RSS with every area open, against the budget", measure(years), BUDGET_MB, 1.0)], "MB"
        )
    return ok


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [1, 10, 20]) else 1)
