"""What `stats` shows beyond the headline figures: mood and energy by week and month, mood by tag, "on this
day" in earlier years, time per stage and the longest weekly streak, in the JSON and under the table.
Hand-made: November 2026 seen on Tuesday 24 November (R), the real CLI in-process."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli
from review_support import at, card, entry

from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry, Stage
from lean_journal.store import Store

D = date
MARKUP = "[red]Huddle[/] \x1b]0;x\x07"
"""A title that Rich would read as markup, with an escape sequence that would retitle a terminal."""


def titled(day: date, title: str) -> JournalEntry:
    """An entry of `day` with `title`."""
    return entry(day).with_changes(title=title)


@pytest.fixture
def journal(db_path: Path) -> tuple[Path, dict[str, str]]:
    """The journal, and the short ids of its two 24 November entries of earlier years by title."""
    earlier = [titled(D(2024, 11, 24), "Gemba walk"), titled(D(2025, 11, 24), MARKUP)]
    store = Store(db_path, FixedClock(NOW))
    store.entries.add_many(
        [
            *earlier,
            entry(D(2026, 10, 31), mood=1),  # October: outside the period
            entry(D(2026, 11, 2), mood=4, energy=2, tags=("gemba",)),  # Monday
            entry(D(2026, 11, 3), mood=2, tags=("gemba", "flow")),
            entry(D(2026, 11, 10), energy=5, tags=("flow",)),
            entry(D(2026, 11, 23), mood=5),  # Monday
        ]
    )
    # created 2 November in Struggle, in Plan on the 5th, in Do on the 12th: 3 and 7 days
    store.cards.add(
        card(at(D(2026, 11, 2)), [(Stage.PLAN, at(D(2026, 11, 5))), (Stage.DO, at(D(2026, 11, 12)))])
    )
    store.close()
    return db_path, {e.title: e.short_id for e in earlier}


def test_the_json_holds_the_trends_worked_out_by_hand(
    capsys: pytest.CaptureFixture[str], journal: tuple[Path, dict[str, str]]
) -> None:
    path, ids = journal
    done = run_cli(capsys, "--db", str(path), "stats", "--month", "2026-11", "--json")
    assert (done.code, done.err) == (0, "")
    data = json.loads(done.out)
    got = data["journal"]
    # weeks overlapping November, by Monday: 1 November (a Sunday) is in the week of 26 October
    assert got["mood_by_week"] == {
        "2026-10-26": None,  # 31 October's mood of 1 is outside the period
        "2026-11-02": 3.0,  # (4 + 2) / 2
        "2026-11-09": None,  # 10 November has an energy only
        "2026-11-16": None,
        "2026-11-23": 5.0,
        "2026-11-30": None,
    }
    assert got["energy_by_week"] == {
        "2026-10-26": None,
        "2026-11-02": 2.0,
        "2026-11-09": 5.0,
        "2026-11-16": None,
        "2026-11-23": None,
        "2026-11-30": None,
    }
    assert (got["mood_by_month"], got["energy_by_month"]) == (
        {"2026-11": 3.67},
        {"2026-11": 3.5},
    )  # 11/3, 7/2
    assert got["mood_by_tag"] == {
        "flow": 2.0,
        "gemba": 3.0,
    }  # flow: 2 (10 Nov has no mood); gemba: (4 + 2) / 2
    assert got["on_this_day"] == [  # 24 November, newest year first
        {"year": 2025, "id": ids[MARKUP], "title": MARKUP},
        {"year": 2024, "id": ids["Gemba walk"], "title": "Gemba walk"},
    ]
    assert (got["weekly_streak"], got["longest_weekly_streak"]) == (0, 0)  # no week has 3 written days
    assert data["pdca"]["time_per_stage"] == {
        "struggle": 3.0,
        "plan": 7.0,
        "do": None,
        "check": None,
        "act": None,
    }
    before = data["previous"]["journal"]  # October, seen on its last day
    assert (before["mood_by_month"], before["on_this_day"]) == ({"2026-10": 1.0}, [])
    assert "mood_by_week" not in data["change"]["journal"]  # detail, not compared


def test_the_table_shows_the_trends_and_user_text_literally(
    capsys: pytest.CaptureFixture[str], journal: tuple[Path, dict[str, str]]
) -> None:
    path, ids = journal
    done = run_cli(capsys, "--db", str(path), "stats", "--month", "2026-11")
    assert (done.code, done.err) == (0, "")
    lines = [line.split() for line in done.out.splitlines()]
    assert ["longest", "weekly", "streak", "(weeks", "of", "3+", "days)", "0", "0", "0"] in lines
    assert ["time", "in", "Struggles", "(days)", "3", "\u2013", "new"] in lines
    assert ["time", "in", "Plan", "(days)", "7", "\u2013", "new"] in lines
    assert not any(line[:3] == ["time", "in", "Do"] for line in lines)  # no stay in Do ended in either month
    text = done.out
    assert "Mood / energy by week (named by its Monday)\n" in text
    assert "2 Nov  3 / 2" in text and "9 Nov  \u2013 / 5" in text and "23 Nov  5 / \u2013" in text
    assert "Mood / energy by month\nNov 2026  3.67 / 3.5" in text
    assert "#flow  2 (2)" in text and "#gemba  3 (2)" in text
    assert f"On this day (24 Nov) in earlier years\n2025  {ids[MARKUP]}  [red]Huddle[/] " in text
    assert f"2024  {ids['Gemba walk']}  Gemba walk" in text
    assert "\x1b" not in text and "\x07" not in text


def test_a_quiet_month_says_so_in_one_line_each(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    Store(db_path, FixedClock(NOW)).close()
    done = run_cli(capsys, "--db", str(db_path), "stats", "--month", "2026-11")
    assert "Mood / energy: none rated in this period\n" in done.out
    assert "Mood by tag: no tagged entry in this period\n" in done.out
    assert "On this day (24 Nov): nothing in earlier years\n" in done.out


def test_the_readme_names_every_json_key(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### What the statistics mean") :]
    section = section[: section.index("\n## ")]
    data = json.loads(run_cli(capsys, "--db", str(db_path), "stats", "--json").out)
    keys = {key for key in data if key not in ("previous", "change")}
    keys |= {key for part in ("journal", "pdca", "growth", "rechecks") for key in data[part]}
    assert {key for key in keys if f"`{key}`" not in section} == set()
