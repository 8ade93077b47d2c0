"""The house's layers are import-linter contracts (pyproject.toml); this holds what imports cannot show."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "lean_journal"
WIDGETS = sorted((PACKAGE / "tui" / "widgets").rglob("*.py"))


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_the_import_contracts_are_kept() -> None:
    """`lint-imports` passes: pure packages never import textual, only the store imports tinydb, ..."""
    done = subprocess.run(
        ["lint-imports", "--no-cache"], cwd=PACKAGE.parent, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("path", WIDGETS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_widgets_never_reach_for_the_store(path: Path) -> None:
    """Widgets get data as attributes and post messages; they never reach the store through the app."""
    source = path.read_text()
    assert "app.store" not in source and "screen.store" not in source
