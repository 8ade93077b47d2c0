"""Every date flag of every command reads dates as the app's go-to box does, through the one parser
(journal/dates.py), and refuses an ambiguous or unreadable one in one line with exit status 2."""

from __future__ import annotations

import argparse
from datetime import date

import pytest
from cli_helpers import NOW, run_cli

from lean_journal.cli.parser import build_parser
from lean_journal.journal.dates import parse_day

DAY_TYPE = "day_type.<locals>.to_day"
"""The argparse type every date option uses (cli.arg_types.day_type)."""


def date_flags() -> list[tuple[tuple[str, ...], str]]:
    """(command words, flag) for every option of every command and sub-command that takes a date."""
    found: list[tuple[tuple[str, ...], str]] = []

    def visit(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        """Collect this parser's date options, then its sub-commands'."""
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, command in action.choices.items():
                    visit(command, (*words, name))
            elif getattr(action.type, "__qualname__", "") == DAY_TYPE and action.help != argparse.SUPPRESS:
                found.append((words, action.option_strings[0]))

    visit(build_parser(NOW.date()), ())
    return found


def test_the_commands_with_dates_are_found():
    expected = {(("add",), "--date"), (("list",), "--on"), (("list",), "--from"), (("stats",), "--to")}
    assert expected <= set(date_flags())


@pytest.mark.parametrize(("command", "flag"), date_flags())
@pytest.mark.parametrize("text", ["05.03.2026", "03/05/2026", "5/3", "05.03.26", "someday soon"])
def test_a_bad_or_ambiguous_date_is_one_line_exit_2_and_creates_nothing(capsys, db_path, command, flag, text):
    result = run_cli(capsys, "--db", str(db_path), *command, flag, text)
    assert result.code == 2 and result.out == ""
    [line] = result.err_lines
    assert line.startswith(f"lean-journal: error: argument {flag}: ")
    assert ("is ambiguous: write" in line) == ("/" in text or text == "05.03.2026")
    assert not db_path.exists()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("today", date(2026, 11, 24)),
        ("yesterday", date(2026, 11, 23)),
        ("2026-11-20", date(2026, 11, 20)),
        ("24 Nov", date(2026, 11, 24)),
        ("5 Mar 2026", date(2026, 3, 5)),
        ("last monday", date(2026, 11, 23)),
        ("3 days ago", date(2026, 11, 21)),
        ("25.03.2026", date(2026, 3, 25)),
    ],
)
def test_add_and_list_read_the_go_to_boxs_forms(capsys, db_path, text, day):
    assert parse_day(text, NOW.date()) == day
    assert run_cli(capsys, "--db", str(db_path), "add", "An entry", "--date", text).code == 0
    listed = run_cli(capsys, "--db", str(db_path), "list", "--on", text)
    assert listed.out.startswith(f"{day.isoformat()}  ") and len(listed.out.splitlines()) == 1
