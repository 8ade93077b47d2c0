"""Small pure pieces of the command line: where the file is, and how dates are read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lean_journal.cli.output import entry_line
from lean_journal.journal.dates import parse_day
from lean_journal.paths import default_db_path, resolve_db_path
from lean_journal.text import printable

TODAY = date(2026, 11, 24)


def test_the_flag_beats_the_environment_which_beats_the_default():
    env = {"LEAN_JOURNAL_DB": "/env/journal.json"}
    assert resolve_db_path("/flag/j.json", env) == Path("/flag/j.json")
    assert resolve_db_path(None, env) == Path("/env/journal.json")
    assert resolve_db_path(None, {}) == default_db_path()
    assert resolve_db_path(None, {"LEAN_JOURNAL_DB": "  "}) == default_db_path()


def test_home_is_expanded(monkeypatch):
    monkeypatch.setenv("HOME", "/home/someone")
    assert resolve_db_path("~/j.json", {}) == Path("/home/someone/j.json")
    assert resolve_db_path(None, {"LEAN_JOURNAL_DB": "~/e.json"}) == Path("/home/someone/e.json")


def test_the_default_file_is_named_journal_json_in_a_lean_journal_folder():
    path = default_db_path()
    assert (path.name, path.parent.name) == ("journal.json", "lean-journal")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-02-28", date(2026, 2, 28)),
        (" 2026-02-28 ", date(2026, 2, 28)),
        ("today", TODAY),
        ("Yesterday", date(2026, 11, 23)),
        ("TOMORROW", date(2026, 11, 25)),
        ("3 days ago", date(2026, 11, 21)),
        ("last monday", date(2026, 11, 23)),
    ],
)
def test_days_that_are_understood(text, day):
    assert parse_day(text, TODAY) == day


@pytest.mark.parametrize("text", ["", "2026-02-30", "someday", "x" * 100, "2026-11-24 and more"])
def test_days_that_are_refused_say_what_is_accepted(text):
    with pytest.raises(ValueError, match="try 2026-03-05, yesterday") as caught:
        parse_day(text, TODAY)
    assert "\n" not in str(caught.value)


def test_printable_replaces_control_characters_but_keeps_text():
    assert printable("a\x1b[31mb\x07c\x9bd 🎯 עברית") == "a\ufffd[31mb\ufffdc\ufffdd 🎯 עברית"


def test_entry_line_without_tags_or_ratings():
    from datetime import UTC, datetime

    from lean_journal.model import JournalEntry

    moment = datetime(2026, 11, 24, tzinfo=UTC)
    entry_id = "a1b2c3d4-0000-4000-8000-000000000000"
    entry = JournalEntry(day=TODAY, title="Plain", created=moment, updated=moment, id=entry_id)
    assert entry_line(entry) == "2026-11-24  a1b2c3d4    Plain"
