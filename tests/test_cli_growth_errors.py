"""`learn`, `share` and `grow` with bad or hostile input: one line, a non-zero exit, the file unchanged."""

from __future__ import annotations

import json
import sys

import pytest
from cli_helpers import NOW, run_cli
from growth_cli_support import added, opened
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_colour_only_on_a_terminal_without_no_color(capsys, db_path, lessons, monkeypatch):
    assert "\x1b" not in run_cli(capsys, "--db", str(db_path), "learn", "list").out
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    coloured = run_cli(capsys, "--db", str(db_path), "learn", "list").out
    assert f"\x1b[33m2026-11-04  {lessons['old']}" in coloured
    assert "\x1b" not in run_cli(capsys, "--db", str(db_path), "learn", "list", environ={"NO_COLOR": "1"}).out


def test_hostile_text_is_listed_harmlessly(capsys, db_path):
    added(
        capsys, db_path, "learn", "add", "\x1b]0;owned\x07 [/] [@click=app.quit]x[/]", "--source", "\x1b[2J"
    )
    added(capsys, db_path, "share", "add", "\u202eevil", "--to", "\x1b[31mred")
    added(capsys, db_path, "grow", "add", "\x9b31m goal", "--milestone", "\x07")
    for kind in ("learn", "share", "grow"):
        out = run_cli(capsys, "--db", str(db_path), kind, "list").out
        assert out and not any(ch in out for ch in "\x1b\x07\x9b\u202e")
        assert "\ufffd" in out


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["learn", "add", "x", "--date", "someday"], 2, "--date"),
        (["learn", "add", "x", "--source-kind", "podcast"], 2, "'podcast' is not one of book, course"),
        (["learn", "add", "   "], 2, "the title must not be empty"),
        (["learn", "add", "x", "--tag", "two words"], 2, "--tag"),
        (["learn"], 2, "required: ACTION"),
        (["learn", "remove", "x"], 2, "invalid choice"),
        (["share", "add", "x"], 2, "required: --to"),
        (["share", "add", "x", "--to", " "], 2, "--to must not be empty"),
        (["share", "add", "x", "--to", "team", "--via", "email"], 2, "'email' is not one of conversation"),
        (
            ["share", "add", "x", "--to", "team", "--passes", "ffffffff"],
            1,
            "no learn item has the id 'ffffffff'",
        ),
        (["share", "add", "x", "--to", "team", "--passes", "{learn}", "--passes", "abc"], 1, "at least 4"),
        (
            ["share", "add", "x", "--to", "team", "--passes", "{learn}", "--date", "2026-11-01"],
            2,
            "before learn",
        ),
        (["share", "add", "", "--to", "team"], 2, "the title must not be empty"),
        (["grow", "add", "x", "--target", "5/3"], 2, "--target"),
        (["grow", "add", "x", "--milestone", ""], 2, "a milestone must not be empty"),
        (["grow", "add", "x" * 501], 2, "the limit is 500"),
        (["grow", "tick", "ffffffff", "1"], 1, "no goal has the id 'ffffffff'"),
        (["grow", "tick", "{goal}", "4"], 1, "milestone 4 does not exist (the goal has 3)"),
        (["grow", "tick", "{goal}", "0"], 2, "must be a whole number"),
        (["grow", "tick", "{goal}", "two"], 2, "must be a whole number"),
        (["grow", "tick", "{goal}"], 2, "required: N"),
    ],
)
def test_bad_input_is_one_line_a_non_zero_exit_and_changes_nothing(
    capsys, db_path, lessons, goal, argv, status, message
):
    argv = [arg.format(learn=lessons["edge"], goal=goal) for arg in argv]
    before = db_path.read_bytes()
    result = run_cli(capsys, "--db", str(db_path), *argv)
    assert (result.code, result.out) == (status, "")
    assert len(result.err_lines) == 1 and result.err.startswith("lean-journal: error: ")
    assert message in result.err
    assert db_path.read_bytes() == before


def test_an_ambiguous_learn_id_names_the_problem_and_changes_nothing(capsys, db_path, clock):
    from lean_journal.model import Learning

    store = opened(db_path)
    for tail in ("1", "2"):
        store.learnings.add(
            Learning("Twin", NOW.date(), NOW, NOW, id=f"abcd0000-0000-4000-8000-00000000000{tail}")
        )
    before = db_path.read_bytes()
    result = run_cli(capsys, "--db", str(db_path), "share", "add", "x", "--to", "team", "--passes", "abcd")
    assert result.code == 1 and "'abcd' matches 2 learn items; type more of the id" in result.err
    assert db_path.read_bytes() == before


def test_hostile_text_in_json_is_escaped(capsys, db_path):
    added(capsys, db_path, "learn", "add", "\x1b[2J\x9b\u202e\x7f", "--insight", "\x07")
    out = run_cli(capsys, "--db", str(db_path), "learn", "list", "--json").out
    assert not any(ch in out for ch in "\x1b\x07\x9b\u202e\x7f")
    [item] = json.loads(out)
    assert item["title"] == "\x1b[2J\x9b\u202e\x7f" and item["insight"] == "\x07"


ANY_CHARACTER = st.characters(blacklist_categories=())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["learn", "share", "grow"]),
    title=st.text(ANY_CHARACTER, max_size=30),
    other=st.text(ANY_CHARACTER, max_size=30),
)
def test_any_text_is_added_or_refused_in_one_line(capsys, tmp_path, kind, title, other):
    path = tmp_path / "j.json"
    flag = {"learn": "--insight", "share": "--to", "grow": "--milestone"}[kind]
    before = path.read_bytes() if path.exists() else None
    result = run_cli(capsys, "--db", str(path), kind, "add", f"{flag}={other}", "--", title)
    assert result.code in (0, 2), result.err
    if result.code == 0:
        assert len(result.out) == 9
    else:
        assert len(result.err_lines) == 1 and result.out == ""
        assert (path.read_bytes() if path.exists() else None) == before
