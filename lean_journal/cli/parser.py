"""The argument parser: every command and flag, and one-line errors instead of a usage dump."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from datetime import date
from typing import Any, NoReturn

from lean_journal import __version__
from lean_journal.cli.arg_types import day_type, file_path, int_between, month_period, tag_value, year_period
from lean_journal.cli.errors import UsageError
from lean_journal.review.deck.formats import FORMATS

MAX_DEMO_YEARS = 50
DATE_HELP = "2026-03-05, today, yesterday, 3 days ago, last monday"
FORMATS_OUT = ("json", "md", "markdown", "jrnl")
FORMATS_LIST = ("text", "json", "md")
FORMATS_IN = ("auto", "lean-journal", "jrnl")
SOURCES_IN = ("jrnl", "dayone", "json")
SHELLS = ("bash", "zsh")


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors become one line and exit status 2 (see cli.errors)."""

    def __init__(self, *args: Any, path_actions: list[argparse.Action] | None = None, **kwargs: Any) -> None:
        """A parser that adds each argument taking a file path to `path_actions` (for shell completion)."""
        super().__init__(*args, **kwargs)
        self.path_actions = [] if path_actions is None else path_actions

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """Add the argument; remember it when it takes a file path."""
        action = super().add_argument(*args, **kwargs)
        if kwargs.get("type") is file_path:
            self.path_actions.append(action)
        return action

    def error(self, message: str) -> NoReturn:
        """Raise instead of printing the usage and exiting."""
        raise UsageError(message)


def build_parser(today: date) -> CliParser:
    """The whole command line; dates like `today` are read relative to `today`."""
    paths: list[argparse.Action] = []
    parser = CliParser(
        path_actions=paths,
        prog="lean-journal",
        description="A journal, PDCA board and monthly review for a personal lean practice. "
        "With no command, opens the app.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"lean-journal {__version__}")
    parser.add_argument("--db", type=file_path, metavar="PATH", help="the journal file (or $LEAN_JOURNAL_DB)")
    parser.add_argument("--demo", action="store_true", help="open the app on a temporary one-year demo")
    common = CliParser(add_help=False, allow_abbrev=False, path_actions=paths)
    common.add_argument(
        "--db", type=file_path, metavar="PATH", default=argparse.SUPPRESS, help="the journal file"
    )
    sub_parser = functools.partial(CliParser, path_actions=paths)
    commands = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=sub_parser,  # type: ignore[call-overload]
    )
    commands_added = (
        _add_add,
        _add_list,
        _add_export,
        _add_import,
        _add_demo,
        _add_check,
        _add_backup,
        _add_restore,
        _add_merge,
        _add_stats,
        _add_report,
        _add_config,
        _add_completion,
    )
    for add_command in commands_added:
        add_command(commands, common, day_type(today))
    from lean_journal.cli.growth_args import add_growth_commands  # learn, share, grow (needs this module)

    add_growth_commands(commands, common, day_type(today))
    return parser


def _add_add(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`add`: a new journal entry, from the arguments, stdin or the editor."""
    cmd = commands.add_parser("add", parents=[common], allow_abbrev=False, help="add a journal entry")
    cmd.add_argument(
        "text",
        nargs="*",
        metavar="TEXT",
        help="the entry: its first sentence or line is the title (default: stdin when piped, else $EDITOR)",
    )
    cmd.add_argument("--body", help="the body (TEXT is then the whole title)")
    cmd.add_argument(
        "--tag", type=tag_value, action="append", default=[], metavar="TAG", help="a tag (repeatable)"
    )
    cmd.add_argument("--mood", type=int_between(1, 5), help="mood from 1 to 5")
    cmd.add_argument("--energy", type=int_between(1, 5), help="energy from 1 to 5")
    cmd.add_argument(
        "--date", dest="day", type=day, metavar="DATE", help=f"the day (default today; {DATE_HELP})"
    )
    cmd.add_argument("--day", dest="day", type=day, help=argparse.SUPPRESS)  # the older name of --date
    cmd.add_argument("--star", action="store_true", help="star the entry")


def _add_list(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`list`: entries newest first."""
    cmd = commands.add_parser("list", parents=[common], allow_abbrev=False, help="list journal entries")
    cmd.add_argument("-n", type=int_between(1, 10**9), metavar="N", help="the N newest entries that match")
    cmd.add_argument("--from", dest="since", type=day, metavar="DATE", help=f"from this day on ({DATE_HELP})")
    cmd.add_argument("--to", dest="until", type=day, metavar="DATE", help="up to this day")
    cmd.add_argument("--on", type=day, metavar="DATE", help="only this day")
    cmd.add_argument(
        "--tag",
        type=tag_value,
        action="append",
        default=[],
        metavar="TAG",
        help="with this tag (repeatable: all)",
    )
    cmd.add_argument("--contains", action="append", default=[], metavar="TEXT", help="containing this text")
    cmd.add_argument("--starred", action="store_true", help="only starred entries")
    cmd.add_argument("--format", choices=FORMATS_LIST, help="text (default), json or md")
    cmd.add_argument("--json", action="store_true", help="the same as --format json")
    cmd.add_argument("--reverse", action="store_true", help="oldest first")
    cmd.add_argument("words", nargs="*", metavar="WORDS", help="only entries containing every word")


def _add_export(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`export`: everything as JSON, or the journal as Markdown or jrnl text."""
    cmd = commands.add_parser("export", parents=[common], allow_abbrev=False, help="export the journal")
    cmd.add_argument(
        "-o",
        "--out",
        type=file_path,
        metavar="PATH",
        help="write to PATH (default: stdout); for md, a folder gets a file per month (YYYY/YYYY-MM.md)",
    )
    cmd.add_argument(
        "--format",
        choices=FORMATS_OUT,
        help="json (default: everything, lossless), md (default for *.md or a folder) or jrnl (jrnl's text)",
    )
    cmd.add_argument("--force", action="store_true", help="overwrite files that exist")


def _add_import(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`import`: a jrnl journal or JSON export, a Day One export, or a lean-journal export."""
    cmd = commands.add_parser("import", parents=[common], allow_abbrev=False, help="import entries")
    cmd.add_argument(
        "file", type=file_path, metavar="PATH", help="a jrnl journal or JSON export, Day One export or zip"
    )
    cmd.add_argument(
        "--from",
        dest="source",
        choices=SOURCES_IN,
        help="jrnl, dayone or json (default: detected)",
    )
    cmd.add_argument("--format", dest="source", choices=FORMATS_IN, help=argparse.SUPPRESS)  # the old --from
    cmd.add_argument("--dry-run", action="store_true", help="count what would be imported; write nothing")
    cmd.set_defaults(source="auto")


def _add_demo(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`demo`: write a demo journal to a new file."""
    cmd = commands.add_parser("demo", allow_abbrev=False, help="write a demo journal")
    cmd.add_argument(
        "--years", type=int_between(1, MAX_DEMO_YEARS), required=True, metavar="N",
        help=f"how many years of practice it holds, up to today (1 to {MAX_DEMO_YEARS})",
    )  # fmt: skip
    cmd.add_argument("--out", type=file_path, metavar="FILE", required=True, help="a new file")
    cmd.add_argument("--seed", type=int_between(0, 2**31), default=7, help="random seed")


def _add_check(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`check`: schema, unique ids, links that resolve, and documents set aside."""
    commands.add_parser(
        "check",
        parents=[common],
        allow_abbrev=False,
        help="check the journal: schema, ids, links, unreadable documents",
    )


def _add_backup(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`backup`: a copy of the journal now."""
    cmd = commands.add_parser("backup", parents=[common], allow_abbrev=False, help="back up the journal now")
    cmd.add_argument(
        "-o",
        "--out",
        type=file_path,
        metavar="PATH",
        help="write the copy here (default: beside it, in backups/)",
    )


def _add_restore(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`restore`: list the backups, or put one back."""
    cmd = commands.add_parser(
        "restore", parents=[common], allow_abbrev=False, help="list the backups, or restore one"
    )
    cmd.add_argument("backup", nargs="?", type=file_path, metavar="BACKUP", help="a backup file or its name")
    cmd.add_argument("--yes", action="store_true", help="do not ask first (for scripts)")


def _add_merge(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`merge`: fold a second copy of the journal into this one."""
    cmd = commands.add_parser(
        "merge", parents=[common], allow_abbrev=False, help="fold another copy of the journal into this one"
    )
    cmd.add_argument(
        "other", type=file_path, metavar="OTHER_FILE", help="the other copy (another journal file)"
    )
    cmd.add_argument("--dry-run", action="store_true", help="say what would come in; write nothing")


def _add_stats(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`stats`: the review figures of a month, a year or a range, against the period before."""
    cmd = commands.add_parser(
        "stats", parents=[common], allow_abbrev=False, help="review figures for a month, year or range"
    )
    cmd.add_argument(
        "--month", type=month_period, metavar="YYYY-MM", help="a calendar month (default: this one)"
    )
    cmd.add_argument("--year", type=year_period, metavar="YYYY", help="a calendar year")
    cmd.add_argument("--from", dest="since", type=day, metavar="DATE", help=f"from this day ({DATE_HELP})")
    cmd.add_argument("--to", dest="until", type=day, metavar="DATE", help="up to this day (default: today)")
    cmd.add_argument("--json", action="store_true", help="print a JSON object")


def _add_report(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`report`: the month's kaizen deck for the boss."""
    cmd = commands.add_parser(
        "report", parents=[common], allow_abbrev=False, help="the month's kaizen deck (md, html or pptx)"
    )
    cmd.add_argument(
        "--month",
        type=month_period,
        metavar="YYYY-MM",
        help="the month (default: the previous calendar month)",
    )
    cmd.add_argument(
        "--format", choices=FORMATS, help="md, html or pptx (default: as -o FILE's ending says, else md)"
    )
    cmd.add_argument(
        "-o",
        "--out",
        type=file_path,
        metavar="FILE",
        help="write to FILE, in the format its ending names (pptx default: kaizen-YYYY-MM.pptx)",
    )
    cmd.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    cmd.add_argument(
        "--author", metavar="NAME", help="sign the deck with NAME and keep it for the next decks"
    )


def _add_config(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`config`: the settings kept in the journal, listed with their defaults, or one shown or set."""
    from lean_journal.cli.config import SETTINGS

    cmd = commands.add_parser(
        "config", parents=[common], allow_abbrev=False, help="list the settings, or show or set one"
    )
    cmd.add_argument("name", nargs="?", choices=tuple(SETTINGS), metavar="NAME", help=", ".join(SETTINGS))
    cmd.add_argument("value", nargs="?", metavar="VALUE", help="the new value (default: show the value)")
    cmd.add_argument("--json", action="store_true", help="list every setting as a JSON object")


def _add_completion(
    commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]
) -> None:
    """`completion`: the shell completion script."""
    cmd = commands.add_parser(
        "completion", allow_abbrev=False, help="print a completion script for bash or zsh"
    )
    cmd.add_argument("shell", choices=SHELLS, help="bash or zsh")
