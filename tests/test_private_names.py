"""Private Textual names are touched only in tui/startup/ (behind its fail-safes); elsewhere `._x` is ours."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "lean_journal"
STARTUP = PACKAGE / "tui" / "startup"
OURS = sorted(p for p in PACKAGE.rglob("*.py") if STARTUP not in p.parents)
TUI = [p for p in OURS if PACKAGE / "tui" in p.parents]


def private(name: str) -> bool:
    """A private attribute or method name, as `grep "\\._[a-z]"` finds them (not `__x__`, not `_Class`)."""
    return re.match(r"_[a-z]", name) is not None


def assigned_privates(node: ast.AST) -> set[str]:
    """The private names `node` defines: functions, `self._x = ...` and `_x = ...` in a class body."""
    found: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            found.add(child.name)
        targets = child.targets if isinstance(child, ast.Assign) else []
        if isinstance(child, ast.AnnAssign | ast.AugAssign):
            targets = [child.target]
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute):
                    found.add(part.attr)
                elif isinstance(part, ast.Name):
                    found.add(part.id)
    return {name for name in found if private(name)}


def tree_of(path: Path) -> ast.Module:
    """The parsed module."""
    return ast.parse(path.read_text(), str(path))


@cache
def defined_by_us() -> frozenset[str]:
    """Every private name our code outside tui/startup/ defines."""
    return frozenset(name for path in OURS for name in assigned_privates(tree_of(path)))


@pytest.mark.parametrize("path", OURS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_private_name_used_is_one_we_define(path: Path) -> None:
    """`x._name` outside tui/startup/ reads only names our own code defines (no `_options`, `_compositor`)."""
    used = {n.attr for n in ast.walk(tree_of(path)) if isinstance(n, ast.Attribute) and private(n.attr)}
    assert used <= defined_by_us(), f"not ours: {sorted(used - defined_by_us())}"


@cache
def textual_privates(base: type) -> frozenset[str]:
    """The private names a Textual class has: its attributes and the `self._x` its module assigns."""
    source = inspect.getsource(inspect.getmodule(base))  # type: ignore[arg-type]
    assigned = set(re.findall(r"self\.(_[a-z]\w*)\s*(?::[^=\n]+)?=", source))
    return frozenset({name for name in vars(base) if private(name)} | assigned)


@pytest.mark.parametrize("path", TUI, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_our_textual_subclasses_override_no_private_textual_name(path: Path) -> None:
    """A private name our widget, screen or app defines is never also one of its Textual bases' own."""
    module = importlib.import_module(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
    for node in tree_of(path).body:
        if not isinstance(node, ast.ClassDef):
            continue
        cls = getattr(module, node.name)
        bases = [b for b in cls.__mro__ if b.__module__.split(".")[0] == "textual"]
        for base in bases:
            clash = assigned_privates(node) & textual_privates(base)
            assert not clash, f"{node.name} redefines {base.__name__}'s {sorted(clash)}"
