"""`import` of Day One's JSON export and its export zip: day and time in each entry's own time zone."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from cli_helpers import NOW, run_cli
from process_helpers import run_process

from lean_journal.clock import FixedClock
from lean_journal.exchange.dayone import read_dayone, title_and_body
from lean_journal.model import ValidationError
from lean_journal.store import Store

HERE = Path(__file__).parent / "fixtures" / "dayone"
JOURNAL = HERE / "Journal.json"
ZIP = HERE / "export.zip"


def entries_of(db: Path) -> dict[str, object]:
    """The journal's entries by id."""
    return {e.id: e for e in Store(db, FixedClock(NOW)).entries.all()}


def test_a_day_one_journal_imports_with_its_own_days_times_tags_and_stars(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "import", str(JOURNAL))
    assert result.code == 0 and result.out.startswith("imported 3 entries")
    found = entries_of(db_path)
    tokyo = found["8d5b9f7a-2c1e-4b3f-9a6d-0e1f2a3b4c5d"]  # 23:30 UTC on 1 March is 08:30 on 2 March there
    assert tokyo.day == date(2026, 3, 2) and (tokyo.created.hour, tokyo.created.minute) == (8, 30)
    assert tokyo.created.utcoffset() == timedelta(hours=9) and tokyo.starred
    assert tokyo.title == "Gemba walk in Tokyo" and tokyo.tags == ("travel", "gemba")
    assert tokyo.updated > tokyo.created
    la = found["1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b"]  # 03:30 UTC on 2 March is the evening of 1 March
    assert la.day == date(2026, 3, 1) and la.created.hour == 19 and not la.starred
    assert la.title == "Label board after the change"
    assert la.body.startswith("![](dayone-moment://A1B2C3D4E5F60718293A4B5C6D7E8F90)\n")  # kept as text
    assert "the [/] fix 🎯" in la.body
    photo_only = found["c0ffee00-c0ff-ee00-c0ff-ee00c0ffee00"]
    assert photo_only.title == "(untitled)" and photo_only.body.startswith("![](dayone-moment://")


def test_the_export_zip_with_two_journals_imports_both(capsys, db_path):
    result = run_cli(capsys, "--db", str(db_path), "import", str(ZIP))
    assert result.code == 0 and result.out.startswith("imported 4 entries")
    work = entries_of(db_path)["0a1b2c3d-4e5f-4607-8899-aabbccddeeff"]
    assert work.title == "Standup notes" and work.tags == ("work", "kaizen") and "pdca" in work.all_tags


def test_the_zip_and_its_journal_json_are_the_same_entries_and_nothing_comes_twice(capsys, db_path):
    run_cli(capsys, "--db", str(db_path), "import", str(ZIP))
    before = db_path.read_bytes()
    for source in (ZIP, JOURNAL):
        again = run_cli(capsys, "--db", str(db_path), "import", "--from", "dayone", str(source))
        assert again.code == 0 and again.out.startswith("imported 0 entries")
    assert db_path.read_bytes() == before


def test_dry_run_of_a_zip_writes_nothing(db_path):
    Store(db_path, FixedClock(NOW))
    before = db_path.read_bytes()
    done = run_process("import", "--dry-run", str(ZIP), db=db_path)
    assert done.returncode == 0 and done.stdout.startswith("would import 4 entries")
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("source", "argv", "words"),
    [
        (ZIP, ["--from", "jrnl"], "is a zip archive, not a jrnl journal"),
        (JOURNAL, ["--from", "jrnl"], "is not a jrnl journal or jrnl JSON export"),
        (JOURNAL, ["--from", "json"], "is not a lean-journal export"),
    ],
)
def test_a_day_one_file_that_is_not_what_from_says_is_one_line(db_path, source, argv, words):
    Store(db_path, FixedClock(NOW))
    before = db_path.read_bytes()
    done = run_process("import", *argv, str(source), db=db_path)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and words in done.stderr
    assert db_path.read_bytes() == before


def test_a_zip_without_a_journal_and_a_broken_zip_are_one_line(db_path, tmp_path):
    empty = tmp_path / "photos.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("photos/a.jpeg", b"x")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(ZIP.read_bytes()[:40])
    for source, words in ((empty, "without a Day One journal"), (broken, "not a readable zip")):
        done = run_process("import", str(source), db=db_path)
        assert done.returncode == 1 and done.stderr.count("\n") == 1 and words in done.stderr
    assert not db_path.exists()


def test_a_bad_day_one_entry_names_the_entry_and_imports_nothing(capsys, db_path, tmp_path):
    data = json.loads(JOURNAL.read_text())
    data["entries"][1]["creationDate"] = "yesterday"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    result = run_cli(capsys, "--db", str(db_path), "import", str(bad))
    assert result.code == 1 and "entries[1].creationDate" in result.err and not db_path.exists()
    with pytest.raises(ValidationError):
        read_dayone(
            {"entries": [{"creationDate": "2026-01-01T00:00:00Z", "uuid": "not-a-uuid", "text": "x"}]}
        )


def test_no_time_zone_means_this_machines_and_no_uuid_a_stable_one():
    raw = {"creationDate": "2026-06-01T12:00:00Z", "text": "Plain\nbody"}
    first, second = read_dayone({"entries": [raw]}), read_dayone({"entries": [dict(raw)]})
    assert first[0].id == second[0].id
    assert first[0].created == datetime.fromisoformat("2026-06-01T12:00:00+00:00")


def test_titles_lose_heading_marks_and_escapes_bodies_stay_markdown():
    assert title_and_body("## Three steps\\. Done\\!\n1\\. one") == ("Three steps. Done!", "1\\. one")
    assert title_and_body("\n\n![](dayone-moment://X)\nTitle\nrest") == (
        "Title",
        "![](dayone-moment://X)\nrest",
    )
