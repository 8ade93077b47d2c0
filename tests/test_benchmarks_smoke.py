"""`python -m benchmarks --smoke` keeps working: one table of rows with baselines and ratios, and its JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_benchmark_command_prints_one_table_and_writes_json(tmp_path: Path) -> None:
    """The smoke run reports every row in one table and as JSON with figure, baseline and ratio."""
    out = tmp_path / "rows.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr  # 1 only means a budget is over on this machine now
    assert "== all figures" in done.stdout
    rows = json.loads(out.read_text())
    assert {row["bench"] for row in rows} == {"store"} and {row["years"] for row in rows} == {1}
    opened = next(row for row in rows if row["what"].startswith("open the file"))
    assert opened["baseline"] > 0 and opened["ratio"] == round(opened["measured"] / opened["baseline"], 3)
