"""Helpers shared by the command-line tests: run `main` in-process and collect what it printed."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from lean_journal.__main__ import main
from lean_journal.clock import FixedClock

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@dataclass
class Result:
    """The exit status and the text printed on stdout and stderr."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        """The lines printed on stderr."""
        return self.err.splitlines()


class FakeTty:
    """A stdin that is a terminal, so `add` does not wait for piped text."""

    def isatty(self) -> bool:
        """Always a terminal."""
        return True

    def read(self) -> str:
        """Never called for a terminal."""
        raise AssertionError("read stdin while it is a terminal")


def run_cli(
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    environ: dict[str, str] | None = None,
    stdin: str | None = None,
) -> Result:
    """Run `lean-journal argv...` in-process with a fixed clock and an empty environment.

    Stdin is a terminal, or a pipe holding `stdin` when that is given.
    """
    capsys.readouterr()
    saved = sys.stdin
    sys.stdin = FakeTty() if stdin is None else io.StringIO(stdin)
    try:
        code = main(list(argv), clock=FixedClock(NOW), environ=environ or {})
    finally:
        sys.stdin = saved
    out, err = capsys.readouterr()
    return Result(code, out, err)
