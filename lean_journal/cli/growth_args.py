"""The arguments of `learn`, `share` and `grow`: Learn · Share · Grow from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from enum import StrEnum

from lean_journal.cli.arg_types import id_of, ids_of, int_between, links_of, tag_value
from lean_journal.cli.parser import DATE_HELP, CliParser
from lean_journal.model.growth import LINKABLE, Channel, SourceKind

ALIASES = {"gemba": "gemba walk", "deck": "kaizen deck"}
"""Short names accepted for the values with a space in them."""


def enum_type(kind: type[StrEnum]) -> Callable[[str], str]:
    """An argparse type for one value of `kind`, any case, `-` or `_` for a space (`gemba-walk`)."""

    def to_value(text: str) -> str:
        """The value as stored, or an argparse error naming every value allowed."""
        words = " ".join(text.lower().replace("-", " ").replace("_", " ").split())
        words = ALIASES.get(words, words)
        if words not in {member.value for member in kind}:
            allowed = ", ".join(member.value for member in kind)
            raise argparse.ArgumentTypeError(f"{text!r} is not one of {allowed}")
        return words

    return to_value


def text_value(what: str) -> Callable[[str], str]:
    """An argparse type for text that must not be blank."""

    def to_text(text: str) -> str:
        """The text, or an argparse error if it is blank."""
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{what} must not be empty")
        return text

    return to_text


def add_growth_commands(
    commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]
) -> None:
    """`learn`, `share` and `grow`, each with its actions."""
    for add_command in (_add_learn, _add_share, _add_grow):
        add_command(commands, common, day)


def _actions(commands: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    """The subcommand `name` and its required actions (`add`, `list`...)."""
    cmd = commands.add_parser(name, allow_abbrev=False, help=help_text, description=help_text)
    return cmd.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=CliParser)


def _tags(cmd: argparse.ArgumentParser) -> None:
    """The repeatable --tag flag."""
    cmd.add_argument(
        "--tag", type=tag_value, action="append", default=[], metavar="TAG", help="a tag (repeatable)"
    )


def _links(cmd: argparse.ArgumentParser, kinds: tuple[str, ...], what: str) -> None:
    """The repeatable --link flag: documents of `kinds` by short id or typed, several separated by commas."""
    cmd.add_argument(
        "--link", type=links_of(kinds), action="extend", default=[], metavar="REF[,REF...]",
        help=f"{what}, by id or as {kinds[0]}:ID (repeatable, or separated by commas)",
    )  # fmt: skip


def _add_learn(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`learn add` and `learn list`: what I learned."""
    actions = _actions(commands, "learn", "learn items: what I learned and where")
    add = actions.add_parser("add", parents=[common], allow_abbrev=False, help="add a learn item")
    add.add_argument("title", type=text_value("the title"), metavar="TITLE", help="what I learned, in a line")
    add.add_argument("--insight", metavar="TEXT", default="", help="the one thing to remember")
    kinds = ", ".join(k.value for k in SourceKind)
    add.add_argument("--source-kind", type=enum_type(SourceKind), default=SourceKind.OTHER.value, help=kinds)
    add.add_argument("--source", metavar="TEXT", default="", help="the book, course, person... it came from")
    _tags(add)
    add.add_argument("--date", type=day, metavar="DATE", help=f"the day (default today; {DATE_HELP})")
    add.add_argument("--not-worth-sharing", action="store_true", help="keep it out of the share debt")
    _links(add, LINKABLE["learn"], "the entry or card it came from")
    show = actions.add_parser("list", parents=[common], allow_abbrev=False, help="list learn items")
    show.add_argument("--debt", action="store_true", help="only lessons worth sharing not yet passed on")
    show.add_argument("--json", action="store_true", help="print a JSON array")


def _add_share(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`share add` and `share list`: what I passed on, to whom."""
    actions = _actions(commands, "share", "share items: what I passed on, to whom, and how")
    add = actions.add_parser("add", parents=[common], allow_abbrev=False, help="add a share item")
    add.add_argument("title", type=text_value("the title"), metavar="TITLE", help="what I shared, in a line")
    add.add_argument("--to", dest="audience", type=text_value("--to"), required=True, metavar="AUDIENCE")
    channels = ", ".join(c.value for c in Channel)
    add.add_argument("--via", type=enum_type(Channel), default=Channel.CONVERSATION.value, help=channels)
    add.add_argument(
        "--passes", type=ids_of("learn"), action="extend", default=[], metavar="ID[,ID...]",
        help="the learn items it passed on (repeatable, or ids separated by commas)",
    )  # fmt: skip
    add.add_argument("--date", type=day, metavar="DATE", help=f"the day (default today; {DATE_HELP})")
    add.add_argument("--note", metavar="TEXT", default="", help="notes")
    _tags(add)
    _links(add, LINKABLE["share"], "the entry or card it belongs to")
    show = actions.add_parser("list", parents=[common], allow_abbrev=False, help="list share items")
    show.add_argument("--json", action="store_true", help="print a JSON array")


def _add_grow(commands: argparse._SubParsersAction, common: CliParser, day: Callable[[str], date]) -> None:
    """`grow add`, `grow tick`, `grow untick` and `grow list`: the goals I grow toward."""
    actions = _actions(commands, "grow", "goals: how I grow, milestone by milestone")
    add = actions.add_parser("add", parents=[common], allow_abbrev=False, help="add a goal")
    add.add_argument("title", type=text_value("the title"), metavar="TITLE", help="the goal, in a line")
    add.add_argument("--why", metavar="TEXT", default="", help="why it matters")
    add.add_argument("--target", type=day, metavar="DATE", help=f"the target date ({DATE_HELP})")
    add.add_argument(
        "--milestone", type=text_value("a milestone"), action="append", default=[], metavar="TEXT",
        help="a milestone (repeatable, in order)",
    )  # fmt: skip
    _tags(add)
    _links(add, LINKABLE["goal"], "evidence: an entry, card, share or learn item")
    for name, help_text in (("tick", "mark a milestone done today"), ("untick", "mark a milestone not done")):
        milestone = actions.add_parser(name, parents=[common], allow_abbrev=False, help=help_text)
        milestone.add_argument("goal", type=id_of("goal"), metavar="ID", help="the goal's id (or goal:ID)")
        milestone.add_argument(
            "number", type=int_between(1, 10**6), metavar="N", help="the milestone's number, from 1"
        )
    show = actions.add_parser("list", parents=[common], allow_abbrev=False, help="list goals with progress")
    show.add_argument("--json", action="store_true", help="print a JSON array")
