"""`lean-journal` and `python -m lean_journal`: parse the command line, then run a command or the app."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from lean_journal.cli.errors import UsageError, run_guarded
from lean_journal.clock import Clock, SystemClock

# Each command's module and function; modules load only when their command runs (none loads Textual).
COMMANDS = {
    "add": ("commands", "cmd_add"),
    "list": ("commands", "cmd_list"),
    "export": ("transfer", "cmd_export"),
    "import": ("transfer", "cmd_import"),
    "demo": ("transfer", "cmd_demo"),
    "check": ("check", "cmd_check"),
}
Command = Callable[[argparse.Namespace, Clock, Mapping[str, str]], int]


def command_for(args: argparse.Namespace) -> Command:
    """The function that runs the chosen command (its module imported only now)."""
    if args.demo and args.command:
        raise UsageError(f"--demo opens the app on a demo journal; it does not go with {args.command!r}")
    if args.command is None:
        module, name = ("tui", "cmd_demo_app") if args.demo else ("tui", "cmd_app")
    else:
        module, name = COMMANDS[args.command]
    return getattr(importlib.import_module(f"lean_journal.cli.{module}"), name)


@contextmanager
def no_garbage_collection() -> Iterator[None]:
    """Pause the cycle collector: a short command loads thousands of objects and makes few cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def main(
    argv: Sequence[str] | None = None,
    *,
    clock: Clock | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Run lean-journal with these arguments; return the exit status."""
    from lean_journal.cli.parser import build_parser

    clock = clock or SystemClock()
    env = os.environ if environ is None else environ

    def run() -> int:
        """Parse, then run the command."""
        try:
            args = build_parser(clock.today()).parse_args(argv)
        except SystemExit as done:  # --help and --version
            return done.code if isinstance(done.code, int) else 0
        command = command_for(args)
        if args.command is None:
            return command(args, clock, env)
        with no_garbage_collection():
            return command(args, clock, env)

    return run_guarded(run)


# The `lean-journal` console script: start with the garbage collector paused, so short commands stay quick.
#
# Importing and parsing the journal allocate many objects that all stay alive; collecting while they are
# made only costs time. The collector is switched back on before the TUI starts (see cli.tui), and the
# short commands end soon anyway.
def run() -> None:
    """Pause garbage collection, then run lean-journal with the process's arguments."""
    gc.disable()
    sys.exit(main())


if __name__ == "__main__":
    raise SystemExit(main())
