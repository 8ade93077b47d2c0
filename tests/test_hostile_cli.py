"""The CLI never writes data's terminal controls to a terminal; JSON output stays exact and escaped."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from cli_helpers import run_cli
from pty_app import PtyApp

ATTACK = "T\x1b]0;PWNED\x07\x1b[2J"
BODY = "\x1b[31mred \x85next \u202eevil \x9b2J"


def test_import_errors_do_not_echo_the_path_raw(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing import file named with escapes: one error line, the escapes shown as U+FFFD."""
    result = run_cli(
        capsys, "--db", str(tmp_path / "j.json"), "import", f"{tmp_path}/no\x1b]0;PWNED\x07\u202e"
    )
    assert result.code == 1
    assert "\x1b" not in result.err and "\x07" not in result.err and "\u202e" not in result.err
    assert "no\ufffd]0;PWNED\ufffd\ufffd" in result.err


def test_notes_and_warnings_do_not_echo_the_path_raw(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The note naming a new journal shows a folder named with escapes harmlessly, as errors do."""
    folder = tmp_path / "x\x1b]0;PWNED\x07\u202e"
    folder.mkdir(mode=0o700)
    result = run_cli(capsys, "--db", str(folder / "j.json"), "add", "A title")
    assert result.code == 0 and "created a new, empty journal" in result.err
    assert "\x1b" not in result.err and "\x07" not in result.err and "\u202e" not in result.err


def test_list_json_escapes_c1_and_bidi_controls_and_round_trips(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`list --json` writes NEL, CSI, U+202E as \\u escapes: valid JSON giving back the exact body."""
    db = str(tmp_path / "j.json")
    assert run_cli(capsys, "--db", db, "add", ATTACK, "--body", BODY).code == 0
    result = run_cli(capsys, "--db", db, "list", "--json")
    for raw in ("\x1b", "\x85", "\x9b", "\u202e", "\x07"):
        assert raw not in result.out
    assert "\\u0085" in result.out and "\\u202e" in result.out
    assert orjson.loads(result.out)[0]["body"] == BODY


def test_list_shows_bidi_overrides_visibly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`list` shows U+202E as U+FFFD: the line is not reversed on screen."""
    db = str(tmp_path / "j.json")
    run_cli(capsys, "--db", db, "add", "abc\u202edef")
    out = run_cli(capsys, "--db", db, "list").out
    assert "\u202e" not in out and "abc\ufffddef" in out


def read_all(fd: int) -> bytes:
    """Everything written to a pty's master side until its other side closes."""
    data = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return data
        if not chunk:
            return data
        data += chunk


def test_markdown_export_to_a_terminal_is_sanitised_but_to_a_file_exact(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`export --format md` on a terminal shows ESC as U+FFFD; to a file (or a pipe) the data is exact."""
    db = str(tmp_path / "j.json")
    run_cli(capsys, "--db", db, "add", ATTACK, "--body", BODY)
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "lean_journal", "--db", db, "export", "--format", "markdown"], stdout=slave
    )
    os.close(slave)
    shown = read_all(master)
    os.close(master)
    assert process.wait() == 0
    assert b"\x1b" not in shown and b"\xc2\x9b" not in shown and "\u202e".encode() not in shown
    assert b"red" in shown
    out = tmp_path / "out.md"
    assert run_cli(capsys, "--db", db, "export", "--format", "markdown", "--out", str(out)).code == 0
    assert "\x1b[31mred" in out.read_text() and BODY in out.read_text()


def test_the_real_app_never_writes_the_datas_escapes_to_its_terminal(tmp_path: Path) -> None:
    """The app in a pty on an entry of escapes: the bytes it writes never hold them (list, view, editor)."""
    db = tmp_path / "j.json"
    add = [sys.executable, "-m", "lean_journal", "--db", str(db), "add", ATTACK, "--body", BODY + " visible"]
    subprocess.run([*add, "--tag", "x\x1b[1m"], check=True, capture_output=True)
    app = PtyApp(db, tmp_path)
    try:
        app.wait_for("visible")
        app.press("e")
        app.wait_for("Save")
    finally:
        app.close()
    for attack in (
        b"\x1b]0;PWNED",
        b"\x1b[2J",
        b"\x1b[31mred",
        b"x\x1b[1m",
        "\u202e".encode(),
        "\x9b".encode(),
    ):
        assert attack not in app.raw
