"""Which periods `stats` and `report` work on, by one rule: inside the calendar with a year's room at each
end, and begun by today. Anything else is one line and exit 2, before the journal is opened; any period
the parser accepts ends in exit 0 or that line, never a traceback (the real CLI, in-process)."""

from __future__ import annotations

import contextlib
import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli
from hypothesis import example, given, settings
from hypothesis import strategies as st
from review_support import entry

from lean_journal.__main__ import main
from lean_journal.cli.report import NO_AUTHOR_NOTE
from lean_journal.clock import FixedClock
from lean_journal.store import Store

LINE = "lean-journal: error: "

UNSIGNED = f"lean-journal: {NO_AUTHOR_NOTE}\n"  # the one line a deck with no author set adds


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["stats", "--year", "9999"], "argument --year: '9999': the year must be from 1000 to 9998"),
        (["stats", "--month", "9999-12"], "argument --month: '9999-12': the year must be from 1000 to 9998"),
        (["report", "--month", "9999-12"], "argument --month: '9999-12': the year must be from 1000 to 9998"),
        (
            ["stats", "--from", "0001-01-01", "--to", "0001-01-05"],
            "0001-01-01 to 0001-01-05 is out of range: a period and the one before it must lie within "
            "0002-01-01 to 9998-12-31",
        ),
        (["stats", "--month", "2030-01"], "2030-01 has not begun yet (today is 2026-11-24)"),
        (["stats", "--year", "2027"], "2027 has not begun yet (today is 2026-11-24)"),
        (
            ["stats", "--from", "2026-11-25", "--to", "2026-11-30"],
            "2026-11-25 to 2026-11-30 has not begun yet (today is 2026-11-24)",
        ),
        (["report", "--month", "2026-12"], "2026-12 has not begun yet (today is 2026-11-24)"),
    ],
)
def test_a_period_out_of_range_or_not_begun_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str], says: str
) -> None:
    done = run_cli(capsys, "--db", str(db_path), *argv)
    assert (done.code, done.out, done.err) == (2, "", f"{LINE}{says}\n")
    assert not db_path.exists()  # refused before the journal was opened (or created)


@pytest.mark.parametrize("argv", [["stats", "--month", "2026-11"], ["report", "--month", "2026-11"]])
def test_the_month_under_way_has_begun(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    Store(db_path, FixedClock(NOW)).close()
    done = run_cli(capsys, "--db", str(db_path), *argv)
    assert (done.code, done.err) == (0, UNSIGNED if argv[0] == "report" else "")


@pytest.fixture(scope="module")
def edge_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal written on the calendar's first and last days and in between."""
    path = tmp_path_factory.mktemp("edges") / "journal.json"
    days = [date(1, 1, 1), date(1, 1, 2), date(2, 1, 3), date(2026, 11, 23), date(9998, 12, 31), date.max]
    store = Store(path, FixedClock(NOW))
    store.entries.add_many([entry(day, "a few words", mood=3) for day in days])
    store.close()
    return path


def months() -> st.SearchStrategy[list[str]]:
    """`--month YYYY-MM` for any month of the calendar."""
    return st.dates().map(lambda day: ["--month", f"{day.year:04d}-{day.month:02d}"])


def flags() -> st.SearchStrategy[list[str]]:
    """Any period flags `stats` or `report` take, with days of the whole calendar and relative days."""
    day = st.one_of(st.dates().map(date.isoformat), st.sampled_from(["today", "yesterday", "tomorrow"]))
    stats = st.one_of(
        st.just([]),
        months(),
        st.dates().map(lambda d: ["--year", f"{d.year:04d}"]),
        st.tuples(day, day).map(lambda two: ["--from", two[0], "--to", two[1]]),
        day.map(lambda one: ["--from", one]),
    )
    return st.one_of(
        stats.map(lambda rest: ["stats", *rest]),
        st.one_of(st.just([]), months()).map(lambda rest: ["report", *rest]),
    )


def run_in_process(db: Path, argv: list[str], today: date) -> tuple[int, str, str]:
    """`lean-journal --db DB argv...` on `today`: the exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    clock = FixedClock(datetime.combine(today, time(12), UTC))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(db), *argv], clock=clock, environ={})
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=150, deadline=None)
@given(argv=flags(), today=st.one_of(st.just(NOW.date()), st.dates()))
@example(argv=["stats", "--year", "9998"], today=date.max)
@example(argv=["stats", "--from", "0002-01-06", "--to", "0002-01-10", "--json"], today=date(2, 1, 10))
@example(argv=["report", "--month", "9998-12"], today=date.max)
@example(argv=["report"], today=date(2, 1, 1))
@example(argv=["stats"], today=date.max)
@example(argv=["stats", "--from", "yesterday"], today=date.min)
def test_any_period_the_parser_accepts_works_or_is_one_line(
    edge_journal: Path, argv: list[str], today: date
) -> None:
    code, out, err = run_in_process(edge_journal, argv, today)
    if code == 0:
        assert out and err == (UNSIGNED if argv[0] == "report" else "")
    else:
        assert code == 2 and out == ""
        assert err.startswith(LINE) and err.count("\n") == 1 and err.endswith("\n")
