"""`lean-journal stats` as a real process on a small hand-made journal: JSON keys and values, the text
table, and bad flags (one line, exit 2, the file unchanged). The period lies in the past, so the real
clock of the process does not change the answers (R is the period's last day)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli
from review_support import at, card, entry

from lean_journal.clock import FixedClock
from lean_journal.model import Decision, Goal, GoalStatus, Learning, Milestone, Share, Stage
from lean_journal.store import Store

D = date


def moment(day: date) -> datetime:
    """9:00 UTC on `day`."""
    return datetime.combine(day, time(9), UTC)


def learning(day: date, **fields: object) -> Learning:
    """A lesson learned on `day`."""
    return Learning(title="lesson", day=day, created=moment(day), updated=moment(day), **fields)  # type: ignore[arg-type]


@pytest.fixture
def journal(db_path: Path) -> Path:
    """November 2025 by hand: 4 entries on 3 days, 3 cards finished, lessons, a share and goals."""
    store = Store(db_path, FixedClock(NOW))
    store.entries.add_many(
        [
            entry(D(2025, 10, 31), "a b", mood=2),
            entry(D(2025, 11, 1), "a b c", mood=4),
            entry(D(2025, 11, 2), "d e", mood=3),
            entry(D(2025, 11, 2), "f"),
            entry(D(2025, 11, 30), "g h", mood=5),
        ]
    )
    first = card(  # started 3 Nov, Plan 5 Nov, adopted 15 Nov: 10 days
        at(D(2025, 11, 3)),
        [(Stage.PLAN, at(D(2025, 11, 5))), (Stage.DONE, at(D(2025, 11, 15)))],
        decision=Decision.ADOPT,
        impact=12,
        unit="minutes/day",
        rechecks=(D(2025, 12, 15), D(2026, 2, 13)),
    )
    second = card(at(D(2025, 11, 10)), [(Stage.DROPPED, at(D(2025, 11, 20)))])  # dropped, no decision
    third = card(  # started in October, Plan 5 Oct, adopted 25 Nov: 51 days
        at(D(2025, 10, 1)),
        [(Stage.PLAN, at(D(2025, 10, 5))), (Stage.DONE, at(D(2025, 11, 25)))],
        decision=Decision.ADOPT,
        impact=1.5,
        unit="defects/week",
        rechecks=(D(2025, 11, 28), D(2026, 2, 23)),
    )
    store.cards.add_many([first, second, third])
    passed = learning(D(2025, 11, 4))
    store.learnings.add_many(
        [
            passed,
            learning(D(2025, 11, 25)),  # not passed on, but only 5 days old on 30 November
            learning(D(2025, 10, 1)),  # not passed on, 60 days old: share debt
            learning(D(2025, 10, 2), worth_sharing=False),
            learning(D(2025, 12, 1)),
        ]
    )
    at_six = moment(D(2025, 11, 6))
    store.shares.add(
        Share(title="told the team", day=D(2025, 11, 6), created=at_six, updated=at_six, passes=(passed.id,))
    )
    steps = (Milestone("one", D(2025, 11, 10)), Milestone("two", D(2025, 10, 2)), Milestone("three"))
    store.goals.add_many(
        [
            Goal(
                title="coach", created=moment(D(2025, 9, 1)), updated=moment(D(2025, 9, 1)), milestones=steps
            ),
            Goal(
                title="talk",
                created=moment(D(2025, 8, 1)),
                updated=moment(D(2025, 8, 1)),
                status=GoalStatus.DONE,
                done_on=D(2025, 11, 20),
            ),
        ]
    )
    store.close()
    return db_path


def run(*argv: str, db: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m lean_journal --db DB argv...`, stdout a pipe (not a terminal)."""
    environ = {key: value for key, value in os.environ.items() if key not in ("LEAN_JOURNAL_DB", "NO_COLOR")}
    return subprocess.run(
        [sys.executable, "-m", "lean_journal", "--db", str(db), *argv],
        capture_output=True,
        text=True,
        env={**environ, **env},
        timeout=60,
    )


def test_json_has_the_promised_keys_and_hand_worked_values(journal: Path) -> None:
    done = run("stats", "--month", "2025-11", "--json", db=journal)
    assert (done.returncode, done.stderr) == (0, "")
    data = json.loads(done.stdout)
    assert (data["from"], data["to"]) == ("2025-11-01", "2025-11-30")
    assert {
        k: data["journal"][k]
        for k in ("entries", "days_written", "words", "longest_streak", "current_streak", "mood_avg")
    } == {
        "entries": 4,
        "days_written": 3,
        "words": 8,  # 3 + 2 + 1 + 2
        "longest_streak": 2,  # 1-2 November
        "current_streak": 1,  # 30 November alone
        "mood_avg": 4.0,  # (4 + 3 + 5) / 3
    }
    pdca = data["pdca"]
    assert {k: pdca[k] for k in ("started", "adopted", "adapted", "abandoned", "dropped")} == {
        "started": 2,
        "adopted": 2,
        "adapted": 0,
        "abandoned": 0,
        "dropped": 1,
    }
    assert (pdca["cycle_days_p50"], pdca["cycle_days_p85"]) == (10.0, 51.0)  # nearest rank of 10 and 51
    assert pdca["impact"] == {"defects/week": 1.5, "minutes/day": 12.0}
    assert data["growth"] == {
        "learned": 2,
        "shared": 1,
        "share_debt": 1,  # the lesson of 1 October; 25 November's is not 14 days old yet
        "goals_active": 1,
        "goals_done": 1,
        "milestones_done": 1,
    }
    assert data["rechecks"] == {"due": 1, "overdue": 1, "held": 0, "slipped": 0}  # 28 November 2025
    assert data["change"]["journal"]["entries"] == 3  # October had one entry
    assert data["previous"]["from"] == "2025-10-01"


def test_the_text_table_is_plain_when_not_a_terminal(journal: Path) -> None:
    done = run("stats", "--month", "2025-11", db=journal)
    assert done.returncode == 0 and "\x1b" not in done.stdout
    lines = [line.split() for line in done.stdout.splitlines()]
    assert done.stdout.startswith("November 2025: 2025-11-01 to 2025-11-30, against 2025-10-01 to 2025-10-31")
    assert ["entries", "4", "1", "+3"] in lines
    assert ["impact:", "minutes/day", "12", "0", "+12"] in lines
    assert ["re-checks", "overdue", "1", "0", "+1"] in lines


def test_year_and_range_flags(journal: Path) -> None:
    year = json.loads(run("stats", "--year", "2025", "--json", db=journal).stdout)
    assert (year["from"], year["to"], year["journal"]["entries"]) == ("2025-01-01", "2025-12-31", 5)
    ranged = json.loads(
        run("stats", "--from", "2025-11-02", "--to", "2025-11-02", "--json", db=journal).stdout
    )
    assert (ranged["journal"]["entries"], ranged["previous"]["from"], ranged["previous"]["to"]) == (
        2,
        "2025-11-01",
        "2025-11-01",
    )


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--month", "2026-13"], "argument --month: '2026-13' is not a month: months go from 01 to 12"),
        (["--month", "Nov"], "argument --month: 'Nov' is not a month: write it as YYYY-MM, e.g. 2026-11"),
        (["--year", "26"], "argument --year: '26' is not a year: write it as YYYY, e.g. 2026"),
        (
            ["--month", "2025-11", "--year", "2025"],
            "give one of --month, --year or --from/--to, not --month and --year",
        ),
        (["--to", "2025-11-01"], "--to needs --from: give the first day too"),
        (["--from", "2025-11-02", "--to", "2025-11-01"], "--from 2025-11-02 is later than --to 2025-11-01"),
    ],
)
def test_bad_flags_are_one_line_exit_2_and_change_nothing(journal: Path, argv: list[str], line: str) -> None:
    before = (journal.read_bytes(), journal.stat().st_mtime_ns)
    done = run("stats", *argv, db=journal)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"lean-journal: error: {line}\n")
    assert (journal.read_bytes(), journal.stat().st_mtime_ns) == before


def test_the_default_period_is_this_month_of_the_injected_clock(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    done = run_cli(capsys, "--db", str(db_path), "stats", "--json")
    data = json.loads(done.out)
    assert (done.code, data["from"], data["to"]) == (0, "2026-11-01", "2026-11-30")  # NOW is 24 November 2026


def test_colour_only_when_asked_and_user_text_shown_literally() -> None:
    from lean_journal.cli.stats import stats_text
    from lean_journal.review.period import Period
    from lean_journal.review.stats import ReviewData

    unit = "[bold red]x[/] \x1b]0;title\x07"
    adopted = card(
        at(D(2025, 11, 1)), [(Stage.DONE, at(D(2025, 11, 3)))], decision=Decision.ADOPT, impact=2, unit=unit
    )
    review = ReviewData([entry(D(2025, 11, 1), "a")], [adopted], []).review(
        Period.month(2025, 11), D(2025, 11, 24)
    )
    plain = stats_text(review, colour=False)
    assert "impact: [bold red]x[/]" in plain and "\x1b" not in plain and "\x07" not in plain
    coloured = stats_text(review, colour=True)
    assert "\x1b[32m" in coloured and "\x1b]0;" not in coloured  # green for a rise; no title change


def test_the_weekly_streak_setting_is_read_from_the_file(db_path: Path) -> None:
    from lean_journal.review.stats import ReviewData

    store = Store(db_path, FixedClock(NOW))
    assert ReviewData.from_store(store).weekly_days == 3
    store.settings.set("weekly_streak_days", 5)
    assert ReviewData.from_store(store).weekly_days == 5
    store.settings.set("weekly_streak_days", "many")
    assert ReviewData.from_store(store).weekly_days == 3
