"""`lean-journal import` of a ten-year jrnl text file (3,650 entries) as a whole command (budget: 3 s).

The file is written from the demo journal in jrnl's default time format (`[2026-11-24 02:35:48 PM]`), with
multi-line bodies and tags, and imported into a new, empty journal each time.

Run: python -m benchmarks.bench_import [YEARS]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import demo_file, median, report, timings
from lean_journal.store import Store

BUDGET_SECONDS = 3.0
ROOT = Path(__file__).parent.parent


def jrnl_journal(store: Store) -> str:
    """The store's entries as jrnl 4.x writes its journal file: oldest first, `%F %r` stamps."""
    parts = []
    for entry in sorted(store.entries.all(), key=lambda e: (e.created, e.id)):
        stamp = entry.created.strftime("%Y-%m-%d %I:%M:%S %p")
        star = " *" if entry.starred else ""
        tags = " ".join(f"#{tag}" for tag in entry.tags)
        body = "\n".join(part for part in (entry.body.strip(), tags) if part)
        parts.append(
            f"[{stamp}] {entry.title}{star}\n{body}\n" if body else f"[{stamp}] {entry.title}{star}\n"
        )
    return "\n".join(parts)


def import_once(source: Path, folder: Path) -> None:
    """Import `source` into a new journal in `folder` with `python -m lean_journal`, failing loudly."""
    target = folder / "journal.json"
    for leftover in folder.iterdir():
        if leftover.is_file():
            leftover.unlink()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-m", "lean_journal", "--db", str(target), "import", str(source)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def main(years: int) -> bool:
    """Time the whole import command and report it against the budget."""
    store = Store(demo_file(years))
    count = len(store.entries.all())
    folder = Path(tempfile.mkdtemp(prefix="lj-import-"))
    source = folder / "journal.txt"
    source.write_text(jrnl_journal(store))
    target = folder / "db"
    target.mkdir()
    measured = median(timings(lambda: import_once(source, target), 3))
    print(f"\n== import of a {years}-year jrnl journal ({count} entries)")
    return report([(f"import of {count} jrnl entries (whole command) vs 3 s", measured, BUDGET_SECONDS, 1.0)])


def run(sizes: list[int]) -> bool:
    """The import row at each size."""
    return all([main(years) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [10]) else 1)
