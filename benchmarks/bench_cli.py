"""`lean-journal list -n 5` against `jrnl -n 5` on the same entries (budget: at most a third of jrnl).

Run: python -m benchmarks.bench_cli [YEARS]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import (
    demo_file,
    fresh_copy,
    installed_python,
    jrnl_command,
    median,
    report,
    timings,
)
from lean_journal.store import Store
from lean_journal.store.preview import preview_path

JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def jrnl_text(store: Store) -> str:
    """The store's entries in jrnl's plain-text format, oldest first."""
    parts = []
    for entry in reversed(store.entries.list()):
        stamp = entry.created.strftime("%Y-%m-%d %H:%M")
        title = entry.title if entry.title.endswith((".", "?", "!")) else entry.title + "."
        parts.append(f"[{stamp}] {title}\n{entry.body}\n")
    return "\n".join(parts)


def installed_command() -> list[str]:
    """`lean-journal` as users get it (`pip install .`, not editable), in a private venv."""
    return [str(Path(installed_python()).with_name("lean-journal"))]


def run_command(argv: list[str]) -> None:
    """Run a command, failing loudly if it fails."""
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)


def main(years: int) -> bool:
    """Time both commands on the same entries and report the ratio."""
    path = fresh_copy(demo_file(years))
    folder = Path(tempfile.mkdtemp(prefix="lj-jrnl-"))
    journal = folder / "journal.txt"
    journal.write_text(jrnl_text(Store(path)))
    config = folder / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(journal=journal))
    ours = [*installed_command(), "--db", str(path), "list", "-n", "5"]
    mine = median(timings(lambda: run_command(ours), 9))  # the untimed first run leaves the file's preview

    def without_preview() -> None:
        """The first run after another tool edited the file: no preview to answer from."""
        preview_path(path).unlink(missing_ok=True)
        run_command(ours)

    unpreviewed = median(timings(without_preview, 5))
    jrnl = jrnl_command()
    if jrnl is None:
        print("jrnl could not be installed; no baseline")
        return False
    theirs = median(timings(lambda: run_command([*jrnl, "--config-file", str(config), "-n", "5"]), 9))
    print(f"\n== list -n 5 over {years} year(s) of entries")
    return report(
        [
            ("lean-journal list -n 5 vs 1/3 of jrnl -n 5", mine, theirs, 1 / 3),
            ("the same without a preview (after an outside edit; information)", unpreviewed, theirs, 99.0),
        ]
    )


def run(sizes: list[int]) -> bool:
    """The list row at each size."""
    return all([main(years) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [10]) else 1)
