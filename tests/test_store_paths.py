"""Which file a journal path names: links followed once, no folders made for a mistyped path, and
anything but a plain file (a folder, a device, a pipe, binary data) refused in one line, untouched."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run_cli

from lean_journal.store import Store, StoreError, UnreadableFileError
from lean_journal.store.fileio import lock_path
from lean_journal.store.location import NOT_A_FILE, NOT_REGULAR
from lean_journal.store.preview import preview_path


def test_a_symlinked_journal_is_written_through_the_link_and_its_sidecars_go_beside_the_target(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`add` through a link saves into the real file; the link stays a link; nothing lands beside it."""
    real = tmp_path / "real" / "journal.json"
    real.parent.mkdir()
    assert run_cli(capsys, "--db", str(real), "add", "first").code == 0
    links = tmp_path / "links"
    links.mkdir()
    link = links / "journal.json"
    link.symlink_to(real)
    assert run_cli(capsys, "--db", str(link), "add", "second").code == 0
    assert link.is_symlink() and link.resolve() == real
    assert sorted(e.title for e in Store(real).entries.list()) == ["first", "second"]
    assert sorted(p.name for p in links.iterdir()) == ["journal.json"]
    assert lock_path(real).exists() and preview_path(real).exists()
    assert Store(link).path == real


@pytest.mark.parametrize("kind", ["dangling", "loop"])
def test_a_dangling_link_or_a_loop_is_refused_and_never_replaced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    """Even `list` refuses in one line (status 1) and leaves the link as it was, creating nothing."""
    link = tmp_path / "journal.json"
    if kind == "dangling":
        link.symlink_to(tmp_path / "moved" / "journal.json")
        expected = "which does not exist"
    else:
        other = tmp_path / "other.json"
        other.symlink_to(link)
        link.symlink_to(other)
        expected = "loop of symbolic links"
    before = sorted(p.name for p in tmp_path.iterdir())
    for argv in (["list"], ["add", "lost?"]):
        result = run_cli(capsys, "--db", str(link), *argv)
        assert result.code == 1
        [line] = result.err_lines
        assert line.startswith(f"lean-journal: error: {link}: is a ") and expected in line
    assert link.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_mistyped_path_creates_no_folders_and_no_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A `--db` in a folder that does not exist is refused in one line; nothing is created."""
    typo = tmp_path / "jounral" / "sub" / "journal.json"
    result = run_cli(capsys, "--db", str(typo), "add", "hello")
    assert result.code == 1
    [line] = result.err_lines
    assert "does not exist" in line and "only in an existing folder" in line
    assert not (tmp_path / "jounral").exists()


def test_a_new_journal_in_an_existing_folder_is_announced_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Creating a journal says so in one line on stderr; the next command says nothing."""
    path = tmp_path / "journal.json"
    first = run_cli(capsys, "--db", str(path), "add", "hello")
    assert first.code == 0 and first.err_lines == [f"lean-journal: created a new, empty journal: {path}"]
    again = run_cli(capsys, "--db", str(path), "list")
    assert again.code == 0 and again.err == ""


def test_the_default_location_is_created_with_private_folders(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no `--db`, the default folder and its missing parents are made, each 0700, whatever the umask."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    old = os.umask(0)
    try:
        assert run_cli(capsys, "add", "hello").code == 0
    finally:
        os.umask(old)
    for folder in (
        tmp_path / "home",
        tmp_path / "home" / "share",
        tmp_path / "home" / "share" / "lean-journal",
    ):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_every_folder_the_store_creates_is_private_whatever_the_umask(tmp_path: Path) -> None:
    """Parents included (they were 0755, or 0777 under umask 000)."""
    for umask in (0o000, 0o022):
        top = tmp_path / f"u{umask:o}"
        old = os.umask(umask)
        try:
            Store(top / "a" / "b" / "journal.json")
        finally:
            os.umask(old)
        for folder in (top, top / "a", top / "a" / "b"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_folder_is_refused_without_leaving_a_lock_beside_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`--db` naming a folder: one line, status 1, and no `folder.lock` beside it."""
    folder = tmp_path / "notes"
    folder.mkdir()
    result = run_cli(capsys, "--db", str(folder), "list")
    assert result.code == 1
    assert result.err_lines == [f"lean-journal: error: {folder}: {NOT_A_FILE}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]


def limited_memory() -> None:
    """Cap the child's memory (1 GiB), so a regression that reads /dev/zero fails fast, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_a_device_is_refused_before_anything_is_read() -> None:
    """/dev/zero would be read until memory runs out; it gets one line and status 1 (a real process)."""
    result = subprocess.run(
        [sys.executable, "-m", "lean_journal", "--db", "/dev/zero", "list"],
        capture_output=True,
        text=True,
        timeout=120,  # only a safety net, as for the pipe below
        check=False,
        preexec_fn=limited_memory,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"lean-journal: error: /dev/zero: {NOT_REGULAR}"]


def test_a_pipe_is_refused_instead_of_waiting_for_a_writer(tmp_path: Path) -> None:
    """A FIFO would hang the command forever; it gets one line and status 1 (a real process)."""
    fifo = tmp_path / "journal.json"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "lean_journal", "--db", str(fifo), "list"],
        capture_output=True,
        text=True,
        timeout=60,  # only a safety net: the fixed command answers at once, the broken one never does
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"lean-journal: error: {fifo}: {NOT_REGULAR}"]


def test_binary_data_is_called_binary_not_truncated(db_path: Path) -> None:
    """A picture or an encrypted file is not 'perhaps truncated' JSON."""
    db_path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(UnreadableFileError) as caught:
        Store(db_path)
    assert "binary data" in str(caught.value) and "truncated" not in str(caught.value)


def test_a_truncated_file_is_still_called_truncated(db_path: Path) -> None:
    """JSON cut off at its end is named as perhaps truncated."""
    db_path.write_bytes(b'{"_meta":{"meta":{"app":"lean-journal","schema":2}},"entries":{"a":{"title":"cut')
    with pytest.raises(UnreadableFileError, match="perhaps truncated"):
        Store(db_path)


def test_a_broken_journal_gets_no_stray_lock(db_path: Path) -> None:
    """Refusing a damaged file leaves its folder as it was (no `journal.json.lock`)."""
    db_path.write_bytes(b"Dear diary, today I")
    with pytest.raises(StoreError):
        Store(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["journal.json"]
