"""The one-way dependencies of the house, checked from the source: model <- store <- services <- UI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "lean_journal"
PURE_SERVICES = [
    "pdca",
    "demo",
    "cli",
    "journal_search.py",
    "dates.py",
    "exchange.py",
    "jrnl_import.py",
    "external_editor.py",
    "entry_draft.py",
    "entry_links.py",
    "paths.py",
    "clock.py",
    "display.py",
]


def modules(*parts: str) -> list[Path]:
    """The Python files of these parts of the package (folders or single files)."""
    found: list[Path] = []
    for part in parts:
        path = PACKAGE / part
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def imported(path: Path) -> set[str]:
    """Every module a file imports, at any depth (lazy imports inside functions count too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def offending(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    """'file: module' for each import of a forbidden package."""
    return [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in paths
        for name in sorted(imported(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_the_model_knows_nothing_of_storage_or_screens() -> None:
    """model/ imports neither textual, rich, tinydb nor any other layer of ours."""
    forbidden = (
        "textual",
        "rich",
        "tinydb",
        "lean_journal.store",
        "lean_journal.screens",
        "lean_journal.widgets",
    )
    assert offending(modules("model"), forbidden) == []


def test_only_the_store_imports_tinydb() -> None:
    """TinyDB stays behind the store."""
    outside = [p for p in PACKAGE.rglob("*.py") if PACKAGE / "store" not in p.parents]
    assert offending(outside, ("tinydb",)) == []


def test_the_store_and_services_never_import_the_tui() -> None:
    """The store and the pure services (and the CLI) run without Textual."""
    forbidden = ("textual", "lean_journal.screens", "lean_journal.widgets", "lean_journal.app")
    launcher = PACKAGE / "cli" / "tui.py"  # the one place the CLI starts the app, importing it lazily
    checked = [p for p in modules("store", *PURE_SERVICES) if p != launcher]
    assert offending(checked, forbidden) == []
    assert "textual" not in {name.split(".")[0] for name in imported(launcher)}


@pytest.mark.parametrize("path", modules("widgets"), ids=lambda p: p.name)
def test_widgets_never_touch_the_store(path: Path) -> None:
    """Widgets get data as attributes and post messages; they neither import the store nor reach for it."""
    assert offending([path], ("lean_journal.store", "lean_journal.screens", "lean_journal.app")) == []
    source = path.read_text()
    assert "app.store" not in source and "screen.store" not in source
