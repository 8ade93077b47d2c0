"""`lean-journal report --month M` as a whole command, per format (budget: 0.5 s for md or html, 2 s pptx).

The budget is in seconds of wall time (BUDGETS.md names it so), so each row's baseline is one second and
its ratio is the time in seconds. The month is October 2026, a full month of the demo's last year.

Run: python -m benchmarks.bench_report [YEARS]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_cli import installed_command
from benchmarks.harness import demo_file, fresh_copy, median, report, timings

MONTH = "2026-10"
BUDGETS = {"md": 0.5, "html": 0.5, "pptx": 2.0}
ONE_SECOND = 1.0


def report_command(command: list[str], path: Path, fmt: str, out: Path) -> list[str]:
    """The command that writes the month's deck in `fmt` to `out` (replacing it)."""
    return [
        *command,
        "--db",
        str(path),
        "report",
        "--month",
        MONTH,
        "--format",
        fmt,
        "-o",
        str(out),
        "--force",
    ]


def main(years: int) -> bool:
    """Time each format's whole command on the demo journal and report it against its budget."""
    path = fresh_copy(demo_file(years))
    folder = Path(tempfile.mkdtemp(prefix="lj-report-"))
    command = installed_command()
    rows = []
    for fmt, budget in BUDGETS.items():
        argv = report_command(command, path, fmt, folder / f"deck.{fmt}")
        took = median(
            timings(lambda argv=argv: subprocess.run(argv, check=True, stdout=subprocess.DEVNULL), 7)
        )
        rows.append((f"report --month {MONTH} --format {fmt} (baseline: 1 s)", took, ONE_SECOND, budget))
    print(f"\n== report for a month over {years} year(s)")
    return report(rows)


def run(sizes: list[int]) -> bool:
    """The report rows at each size."""
    return all([main(years) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [10]) else 1)
