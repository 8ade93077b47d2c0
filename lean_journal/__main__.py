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
    "export": ("export", "cmd_export"),
    "import": ("importing", "cmd_import"),
    "demo": ("transfer", "cmd_demo"),
    "check": ("check", "cmd_check"),
    "backup": ("backup", "cmd_backup"),
    "restore": ("backup", "cmd_restore"),
    "merge": ("merging", "cmd_merge"),
    "stats": ("stats", "cmd_stats"),
    "report": ("report", "cmd_report"),
    "config": ("config", "cmd_config"),
    "completion": ("completion", "cmd_completion"),
    "learn": ("growth", "cmd_growth"),
    "share": ("growth", "cmd_growth"),
    "grow": ("growth", "cmd_growth"),
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
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector, then restore it as it was: the CLI's one garbage-collector switch.

    Importing and parsing the journal allocate many objects that all stay alive, and a short command
    makes few cycles: collecting meanwhile only costs time. The app, run from here with the collector
    paused, keeps it paused through its start-up and then switches it on (lean_journal.tui.startup.gc_policy).
    """
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
        with collector_paused():
            return command(args, clock, env)

    return run_guarded(run)


def run() -> None:
    """The `lean-journal` console script: run lean-journal on the process's arguments, collector paused."""
    with collector_paused():
        status = main()
    sys.exit(status)


if __name__ == "__main__":
    raise SystemExit(main())
