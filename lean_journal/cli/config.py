"""`config`: the settings kept in the journal file, listed with their defaults, shown or set one at a time.

Each value is checked by the rule the app's own dialog uses (share-debt days: growth.debt.whole_days; the
weekly streak's days: review.streaks.weekly_streak_days_typed; the author: what `report --author` does).
A bad name or value is one line and exit status 2, with the file left as it was.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from lean_journal.cli.errors import EXIT_OK, UsageError
from lean_journal.clock import Clock

if TYPE_CHECKING:
    from lean_journal.store import Store

Value = int | str | None
NOT_SET = "not set"


class Rules(NamedTuple):
    """How one setting is read from the file, checked as typed, and kept; and its default (None: none)."""

    default: Value
    read: Callable[[Store], Value]
    typed: Callable[[str], Value]
    write: Callable[[Store, Value], None]


def _stored_number(
    key: str, default: int, read: Callable[[object], int], typed: Callable[[str], int]
) -> Rules:
    """A whole-number setting kept under `key`: read back through `read`, checked as typed by `typed`."""
    return Rules(
        default,
        lambda store: read(store.settings.get(key)),
        typed,
        lambda store, value: store.settings.set(key, value),
    )


def _share_debt_days() -> Rules:
    """The days a lesson worth sharing may wait before it counts as share debt."""
    from lean_journal.growth.debt import DEFAULT_SHARE_DEBT_DAYS, SHARE_DEBT_SETTING, debt_days, whole_days

    return _stored_number(SHARE_DEBT_SETTING, DEFAULT_SHARE_DEBT_DAYS, debt_days, whole_days)


def _weekly_streak_days() -> Rules:
    """The days written that make a week count for the weekly streak."""
    from lean_journal.review import streaks

    return _stored_number(
        streaks.WEEKLY_STREAK_KEY,
        streaks.DEFAULT_WEEKLY_STREAK_DAYS,
        streaks.weekly_streak_days_from,
        streaks.weekly_streak_days_typed,
    )


def _author() -> Rules:
    """The name the kaizen deck is signed with (none until set)."""
    from lean_journal.cli.report import typed_author

    return Rules(
        None,
        lambda store: store.reports.author() or None,
        typed_author,
        lambda store, value: store.reports.set_author(str(value)),
    )


SETTINGS: dict[str, Callable[[], Rules]] = {
    "share-debt-days": _share_debt_days,
    "weekly-streak-days": _weekly_streak_days,
    "author": _author,
}
"""Each setting as the command line names it (its rules loaded only when used)."""


def checked(name: str, text: str) -> Value:
    """The value `text` gives setting `name`, or a UsageError saying what is allowed."""
    from lean_journal.cli.commands import utf8_text
    from lean_journal.model import ValidationError

    try:
        return SETTINGS[name]().typed(utf8_text(text, name))
    except ValidationError as error:
        raise UsageError(f"{name}: {error.problem}") from None


def shown(value: Value) -> str:
    """A value as printed: the number or name, or `not set`."""
    return NOT_SET if value is None else str(value)


def config_lines(store: Store) -> str:
    """`name  value  default D`, one setting a line, every column aligned (user text made harmless)."""
    from lean_journal.cli.growth_output import table

    rows = []
    for name, rules in SETTINGS.items():
        kept = rules()
        rows.append([name, shown(kept.read(store)), f"default {shown(kept.default)}"])
    return table(rows)


def config_json(store: Store) -> str:
    """{"share-debt-days": {"value": 21, "default": 14}, ...} (a setting not set: null)."""
    import orjson

    from lean_journal.text import json_printable

    data = {
        name: {"value": rules().read(store), "default": rules().default} for name, rules in SETTINGS.items()
    }
    return json_printable(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()) + "\n"


def cmd_config(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """List every setting (or as JSON), print one setting's value, or set one and say what it was."""
    from lean_journal.cli.commands import note_backup_problem, note_set_aside, open_store, open_to_read
    from lean_journal.cli.output import write_stdout
    from lean_journal.text import printable

    if args.json and args.name is not None:
        raise UsageError("--json lists every setting; it does not go with a setting's name")
    value = checked(args.name, args.value) if args.value is not None else None
    store = (open_to_read if args.value is None else open_store)(args, clock, environ)  # only a set writes
    if args.name is None:
        write_stdout(config_json(store) if args.json else config_lines(store))
    elif args.value is None:
        current = SETTINGS[args.name]().read(store)
        write_stdout("" if current is None else f"{printable(str(current), multiline=False)}\n")
    else:
        rules = SETTINGS[args.name]()
        before = rules.read(store)
        rules.write(store, value)
        note_backup_problem(store)
        after = printable(shown(rules.read(store)), multiline=False)
        write_stdout(f"{args.name}: {after} (was {printable(shown(before), multiline=False)})\n")
    note_set_aside(store)
    return EXIT_OK
