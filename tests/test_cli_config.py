"""`lean-journal config`: the settings listed with their defaults, shown, set, and bad ones refused."""

from __future__ import annotations

import json
import sys

import pytest
from cli_helpers import run_cli
from growth_cli_support import opened, seed_lessons
from test_cli_growth_process import run

from lean_journal.growth import debt
from lean_journal.review.streaks import WEEKLY_STREAK_KEY, weekly_streak_days_from

DEFAULTS = [
    "share-debt-days     14       default 14",
    "weekly-streak-days  3        default 3",
    "author              not set  default not set",
]


@pytest.fixture
def journal(capsys, db_path):
    """A journal that exists, with its settings never set."""
    assert run_cli(capsys, "--db", str(db_path), "learn", "add", "Go and see").code == 0
    return db_path


def config(capsys, db_path, *argv: str):
    """Run `lean-journal --db db_path config argv...` in-process."""
    return run_cli(capsys, "--db", str(db_path), "config", *argv)


def test_config_lists_each_setting_its_value_and_its_default(capsys, journal):
    result = config(capsys, journal)
    assert (result.code, result.err) == (0, "")
    assert result.out.splitlines() == DEFAULTS


def test_config_sets_each_setting_and_says_what_it_was(capsys, journal):
    assert config(capsys, journal, "share-debt-days", "21").out == "share-debt-days: 21 (was 14)\n"
    assert config(capsys, journal, "weekly-streak-days", " 5 ").out == "weekly-streak-days: 5 (was 3)\n"
    assert config(capsys, journal, "author", "  Dana   Lee ").out == "author: Dana Lee (was not set)\n"
    assert config(capsys, journal).out.splitlines() == [
        "share-debt-days     21        default 14",
        "weekly-streak-days  5         default 3",
        "author              Dana Lee  default not set",
    ]
    store = opened(journal)
    assert store.settings.get(debt.SHARE_DEBT_SETTING) == 21 and store.reports.author() == "Dana Lee"
    assert weekly_streak_days_from(store.settings.get(WEEKLY_STREAK_KEY)) == 5


def test_config_json_and_one_value(capsys, journal):
    config(capsys, journal, "author", "Dana Lee")
    assert json.loads(config(capsys, journal, "--json").out) == {
        "share-debt-days": {"value": 14, "default": 14},
        "weekly-streak-days": {"value": 3, "default": 3},
        "author": {"value": "Dana Lee", "default": None},
    }
    assert config(capsys, journal, "author").out == "Dana Lee\n"
    assert config(capsys, journal, "share-debt-days").out == "14\n"


def test_an_author_never_set_prints_nothing(capsys, journal):
    result = config(capsys, journal, "author")
    assert (result.code, result.out, result.err) == (0, "", "")


def test_the_share_debt_days_set_here_are_the_ones_learn_list_uses(capsys, db_path):
    lessons = seed_lessons(capsys, db_path)
    config(capsys, db_path, "share-debt-days", "15")
    listed = run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt").out
    assert [line.split()[1] for line in listed.splitlines()] == [lessons["old"]]


def test_the_author_is_printed_harmlessly(capsys, journal):
    out = config(capsys, journal, "author", "\x1b]0;owned\x07 Dana").out
    assert not any(ch in out for ch in "\x1b\x07") and "\ufffd" in out
    assert opened(journal).reports.author() == "\x1b]0;owned\x07 Dana"
    assert not any(ch in config(capsys, journal).out for ch in "\x1b\x07")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["colour", "red"], "invalid choice: 'colour' (choose from 'share-debt-days', 'weekly-streak-days'"),
        (["share_debt_days", "21"], "invalid choice"),
        (["share-debt-days", "-1"], "share-debt-days: write a whole number of days from 0 to 99999"),
        (["share-debt-days", "100000"], "from 0 to 99999"),
        (["share-debt-days", "²"], "from 0 to 99999"),
        (["share-debt-days", ""], "from 0 to 99999"),
        (["weekly-streak-days", "0"], "weekly-streak-days: write a number of days from 1 to 7"),
        (["weekly-streak-days", "8"], "from 1 to 7"),
        (["weekly-streak-days", "²"], "from 1 to 7"),
        (["weekly-streak-days", "9" * 5000], "from 1 to 7"),
        (["author", "   "], "needs a name"),
        (["author", "--json"], "--json lists every setting"),
        (["share-debt-days", "1", "2"], "unrecognized arguments: 2"),
    ],
)
def test_a_bad_name_or_value_is_one_line_exit_2_and_changes_nothing(capsys, journal, argv, message):
    before = journal.read_bytes()
    result = config(capsys, journal, *argv)
    assert (result.code, result.out) == (2, "")
    assert len(result.err_lines) == 1 and result.err.startswith("lean-journal: error: ")
    assert message in result.err
    assert journal.read_bytes() == before


def test_a_bad_value_for_a_journal_not_there_yet_creates_nothing(capsys, db_path):
    assert config(capsys, db_path, "weekly-streak-days", "9").code == 2
    assert list(db_path.parent.iterdir()) == []


def test_undecodable_text_is_refused(capsys, journal, monkeypatch):
    before = journal.read_bytes()
    result = config(capsys, journal, "author", "Dana \udcff")
    assert result.code == 2 and "not valid UTF-8" in result.err and len(result.err_lines) == 1
    assert journal.read_bytes() == before


def test_the_app_and_config_share_one_rule_for_share_debt_days():
    from lean_journal.tui.screens.growth import editing

    assert editing.whole_days is debt.whole_days


def test_config_in_separate_processes(db_path):
    assert run(db_path, "learn", "add", "Go and see").returncode == 0
    done = run(db_path, "config", "share-debt-days", "21")
    assert (done.returncode, done.stdout) == (0, "share-debt-days: 21 (was 14)\n")
    assert json.loads(run(db_path, "config", "--json").stdout)["share-debt-days"] == {
        "value": 21,
        "default": 14,
    }
    before = db_path.read_bytes()
    bad = run(db_path, "config", "weekly-streak-days", "8")
    assert (bad.returncode, bad.stdout) == (2, "")
    assert len(bad.stderr.splitlines()) == 1 and "from 1 to 7" in bad.stderr
    assert db_path.read_bytes() == before


def test_config_loads_no_textual(db_path):
    import subprocess

    code = (
        "import sys\n"
        "from lean_journal.__main__ import main\n"
        f"status = main(['--db', {str(db_path)!r}, 'config'])\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'shtab')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines()[-1] == "0 []"
