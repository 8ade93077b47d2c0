"""`lean-journal list -n 5` against `jrnl -n 5` on the same entries, as whole commands (budget: a third).

The jrnl journal is our own `export --format jrnl` of the demo, read by jrnl 4.6 with a temporary config
(`jrnl --config-file`). Ours runs as `python -m lean_journal` from this tree with bytecode written on the
untimed first run, as an installed package has it; jrnl is the one beside this Python (the test extras
install jrnl 4.6), else harness.jrnl_command() installs it in a private venv.

Run: python -m benchmarks.bench_cli_list [YEARS]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import demo_file, fresh_copy, jrnl_command, median, report, timings

ROOT = Path(__file__).parent.parent
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
REPEAT = 9


def jrnl_executable() -> list[str] | None:
    """jrnl beside this Python or on the PATH, else one installed in benchmarks/.cache (or None)."""
    beside = Path(sys.executable).with_name("jrnl")
    found = str(beside) if beside.exists() else shutil.which("jrnl")
    return [found] if found else jrnl_command()


def our_environment() -> dict[str, str]:
    """This tree first on the path, bytecode written (as pip compiles an installed package)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def run_command(argv: list[str], env: dict[str, str] | None = None) -> None:
    """Run a whole command, failing loudly if it fails."""
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def main(years: int) -> bool:
    """Time both commands on the same entries and report the ratio."""
    jrnl = jrnl_executable()
    if jrnl is None:
        print("jrnl is not installed and could not be; no baseline")
        return False
    path = fresh_copy(demo_file(years))
    folder = Path(tempfile.mkdtemp(prefix="lj-jrnl-"))
    journal, config = folder / "journal.txt", folder / "jrnl.yaml"
    env = our_environment()
    ours = [sys.executable, "-m", "lean_journal", "--db", str(path)]
    run_command([*ours, "export", "--format", "jrnl", "-o", str(journal)], env)
    config.write_text(JRNL_CONFIG.format(journal=journal))
    theirs = [*jrnl, "--config-file", str(config), "-n", "5"]
    run_command(theirs)  # jrnl rewrites its config on the first run ("updated to newest version")
    mine = median(timings(lambda: run_command([*ours, "list", "-n", "5"], env), REPEAT))
    baseline = median(timings(lambda: run_command(theirs), REPEAT))
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(path.parent, ignore_errors=True)
    print(f"\n== list -n 5 over {years} year(s) of entries, jrnl reading our jrnl export")
    return report([("lean-journal list -n 5 vs 1/3 of jrnl -n 5 (whole commands)", mine, baseline, 1 / 3)])


def run(sizes: list[int]) -> bool:
    """The list row at each size."""
    return all([main(years) for years in sizes])


if __name__ == "__main__":
    sys.exit(0 if run([int(a) for a in sys.argv[1:]] or [10]) else 1)
