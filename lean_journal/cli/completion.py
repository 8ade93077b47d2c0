"""`lean-journal completion bash|zsh`: a shell completion script made by shtab from the one parser."""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from lean_journal.clock import Clock


def cmd_completion(args: argparse.Namespace, clock: Clock, env: Mapping[str, str]) -> int:
    """Print the completion script for `args.shell`; arguments that take a path complete file names."""
    import shtab

    from lean_journal.cli.parser import build_parser

    parser = build_parser(clock.today())
    for action in parser.path_actions:
        action.complete = shtab.FILE  # type: ignore[attr-defined]
    print(shtab.complete(parser, shell=args.shell))
    return 0
