"""Ids on the `share` and `grow` command lines: typed forms, comma lists, no journal created to look in."""

from __future__ import annotations

import sys

import pytest
from cli_helpers import run_cli
from growth_cli_support import added, opened
from test_cli_growth_process import run

from lean_journal.growth.debt import SHARE_DEBT_SETTING

LOOKS_UP = [
    ["share", "add", "X", "--to", "Bob", "--passes", "zzzz"],
    ["share", "add", "X", "--to", "Bob", "--passes", "c6a9,9081"],
    ["grow", "tick", "8db0", "1"],
    ["grow", "untick", "goal:8db0", "2"],
]


@pytest.mark.parametrize("argv", LOOKS_UP)
def test_looking_up_an_id_in_a_journal_not_there_yet_creates_nothing(capsys, db_path, argv):
    result = run_cli(capsys, "--db", str(db_path), *argv)
    assert (result.code, result.out) == (1, "")
    assert len(result.err_lines) == 1 and result.err.startswith("lean-journal: error: ")
    assert "no such journal" in result.err and "nothing was created" in result.err
    assert list(db_path.parent.iterdir()) == []


def test_in_a_real_process_too_no_journal_lock_or_preview_is_left(db_path):
    done = run(db_path, "share", "add", "X", "--to", "Bob", "--passes", "zzzz")
    assert (done.returncode, done.stdout) == (1, "")
    assert len(done.stderr.splitlines()) == 1 and "created" not in done.stderr.replace(
        "nothing was created", ""
    )
    assert list(db_path.parent.iterdir()) == []


def test_a_wrong_kind_on_a_journal_not_there_yet_is_a_usage_error_and_creates_nothing(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "grow", "tick", "learn:8db0", "1")
    assert result.code == 2 and len(result.err_lines) == 1 and "a goal's id is wanted" in result.err
    assert list(db_path.parent.iterdir()) == []


def test_commands_that_only_add_still_create_the_journal(capsys, db_path):
    for argv in (["share", "add", "X", "--to", "Bob"], ["learn", "add", "Y"]):
        result = run_cli(capsys, "--db", str(db_path), *argv)
        assert result.code == 0 and len(result.out.strip()) == 8
    assert len(opened(db_path).shares.all()) == len(opened(db_path).learnings.all()) == 1


@pytest.mark.parametrize(
    "passes",
    [
        ["--passes", "{old},{edge}"],
        ["--passes", "{old}, {edge}"],
        ["--passes", "{old},", "--passes", "{edge}"],
        ["--passes", "{old},{edge},{old}"],
        ["--passes", "learned:{old},learn:{edge}"],
        ["--passes", "#{old}", "--passes", "LEARN:{edge}"],
    ],
)
def test_passes_takes_ids_separated_by_commas_and_typed_forms(capsys, db_path, lessons, passes):
    argv = [arg.format(**lessons) for arg in passes]
    added(capsys, db_path, "share", "add", "Jidoka talk", "--to", "team", *argv)
    store = opened(db_path)
    [share] = store.shares.all()
    wanted = [store.learnings.find(lessons[name]) for name in ("old", "edge")]
    assert share.passes == tuple(item.id for item in wanted)


@pytest.mark.parametrize("typed", ["{goal}", "#{goal}", "goal:{goal}", "GOAL:{short}", " goal: {short}"])
def test_grow_tick_takes_the_goal_in_every_typed_form(capsys, db_path, goal, typed):
    result = run_cli(
        capsys, "--db", str(db_path), "grow", "tick", typed.format(goal=goal, short=goal[:4]), "1"
    )
    assert (result.code, result.err) == (0, "") and result.out.startswith('ticked 1 "Ask before telling"')


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["grow", "tick", "learn:{goal}", "1"], "'learn:{goal}' names a learn item; a goal's id is wanted"),
        (["grow", "untick", "share:{goal}", "1"], "names a share item; a goal's id is wanted here (goal:ID"),
        (["grow", "tick", "card:{goal}", "1"], "names a card; a goal's id is wanted"),
        (["grow", "tick", "foo:{goal}", "1"], "'foo' is no kind of document; a goal's id is wanted"),
        (["share", "add", "x", "--to", "t", "--passes", "goal:{edge}"], "a learn item's id is wanted"),
        (["share", "add", "x", "--to", "t", "--passes", "{edge},shared:{edge}"], "names a share item"),
        (["share", "add", "x", "--to", "t", "--passes", ","], "--passes: needs an id"),
        (["share", "add", "x", "--to", "t", "--passes", " "], "--passes: needs an id"),
    ],
)
def test_an_id_of_the_wrong_kind_is_one_line_exit_2_and_changes_nothing(
    capsys, db_path, lessons, goal, argv, message
):
    names = {**lessons, "goal": goal}
    before = db_path.read_bytes()
    result = run_cli(capsys, "--db", str(db_path), *(arg.format(**names) for arg in argv))
    assert (result.code, result.out) == (2, "")
    assert len(result.err_lines) == 1 and message.format(**names) in result.err
    assert db_path.read_bytes() == before


def test_one_unknown_id_in_a_comma_list_refuses_the_share(capsys, db_path, lessons):
    before = db_path.read_bytes()
    argv = ["share", "add", "x", "--to", "t", "--passes", f"{lessons['old']},ffffffff"]
    result = run_cli(capsys, "--db", str(db_path), *argv)
    assert result.code == 1 and result.err_lines == [
        "lean-journal: error: --passes: no learn item has the id 'ffffffff'"
    ]
    assert db_path.read_bytes() == before


def test_nothing_in_debt_is_said_on_a_terminal_with_the_real_setting(capsys, db_path, monkeypatch):
    added(capsys, db_path, "learn", "add", "Fresh lesson")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    result = run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt")
    assert (result.code, result.out) == (0, "")
    assert result.err_lines == ["lean-journal: nothing in share debt (lessons worth sharing wait 14 days)"]
    opened(db_path).settings.set(SHARE_DEBT_SETTING, 1)
    result = run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt")
    assert result.err_lines == ["lean-journal: nothing in share debt (lessons worth sharing wait 1 day)"]


def test_nothing_in_debt_stays_silent_for_scripts_json_and_when_something_is_in_debt(
    capsys, db_path, lessons, monkeypatch
):
    opened(db_path).settings.set(SHARE_DEBT_SETTING, 99)
    assert run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt").err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt", "--json").err == ""
    opened(db_path).settings.set(SHARE_DEBT_SETTING, 14)
    in_debt = run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt")
    assert in_debt.out and in_debt.err == ""
