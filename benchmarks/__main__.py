"""`python -m benchmarks [--years 1 10 20] [--only store cli ...] [--json FILE]`: every benchmark, one table.

Each figure is a ratio to a baseline measured in the same run (see BUDGETS.md). `--smoke` runs the quick,
terminal-free benchmarks on one year of data, as the test suite does to keep this command working.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from benchmarks import harness

BENCHES = (
    "store",
    "cli",
    "cli_list",
    "journal",
    "search_keys",
    "board",
    "growth",
    "memory",
    "title_bar",
    "stats",
    "report",
    "review",
    "import",
)
SMOKE = ("store",)
RESULTS = Path(__file__).parent / "results" / "latest.json"


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10, 20], help="workload sizes")
    parser.add_argument("--only", nargs="+", choices=BENCHES, help="run only these benchmarks")
    parser.add_argument("--smoke", action="store_true", help="quick benchmarks on one year only")
    parser.add_argument("--json", type=Path, default=RESULTS, help=f"where the rows go (default {RESULTS})")
    return parser.parse_args(argv)


def run_all(names: tuple[str, ...] | list[str], sizes: list[int]) -> bool:
    """Run each benchmark at each size; True when every row is within its budget."""
    ok = True
    for name in names:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        for years in sizes:
            harness.SECTION.update(bench=name, years=years)
            ok &= module.run([years])
    return ok


def table(rows: list[dict[str, object]]) -> str:
    """One table of every row: benchmark, size, figure, baseline, ratio and budget."""
    lines = [
        f"{'bench':12} {'years':>5}  {'what':58} {'measured':>10} {'baseline':>10} {'ratio':>6} {'budget':>6}"
    ]
    for r in rows:
        flag = "" if r["within"] else "  OVER"
        lines.append(
            f"{r['bench']!s:12} {r['years']!s:>5}  {r['what']!s:58.58} {r['measured']:8.1f}{r['unit']!s:>2}"
            f" {r['baseline']:8.1f}{r['unit']!s:>2} {r['ratio']:6.2f} {r['budget']:6.2f}{flag}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run, print the one table, write the JSON; exit 1 when a budget is over."""
    args = parse(argv)
    names = SMOKE if args.smoke else tuple(args.only or BENCHES)
    sizes = [1] if args.smoke else args.years
    ok = run_all(names, sizes)
    print("\n== all figures\n" + table(harness.RECORDED))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(harness.RECORDED, indent=1))
    print(f"\nrows written to {args.json}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
