"""The real app in a real terminal: a closed terminal (SIGHUP) or a terminate (SIGTERM) keeps the draft.

The app runs in a pseudo-terminal that is its controlling terminal, so closing the terminal's master side
hangs it up as closing a terminal window does. Its draft timer is set to an hour: only the signal can have
kept what was typed. Every wait polls for a condition, with a generous timeout.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.store.draft_files import drafts_folder

TIMEOUT = 60.0
TYPED = "zebra crossing notes"
PROBE, LAST = "ж", "Ω"
"""Characters that show on screen only once typed into the body."""

LAUNCH = """
import fcntl, os, sys, termios
os.setsid()
fcntl.ioctl(0, termios.TIOCSCTTY, 0)
import lean_journal.tui.screens.journal.drafts as drafts
drafts.DRAFT_DELAY = drafts.DRAFT_MAX_WAIT = 3600.0
from lean_journal.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""
"""Run the app on the journal given, in a new session whose controlling terminal is its stdin."""


class Terminal:
    """The app in a pseudo-terminal of 100x30, read as it writes."""

    def __init__(self, journal: Path) -> None:
        """Start the app on `journal`."""
        self.master, slave = pty.openpty()
        os.set_blocking(self.master, False)
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
        env.pop("LEAN_JOURNAL_DB", None)
        self.child = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, str(journal)], stdin=slave, stdout=slave, stderr=slave, env=env
        )
        os.close(slave)
        self.seen = b""

    def read(self, wait: float) -> None:
        """Collect what the app wrote, waiting at most `wait` seconds for something."""
        ready, _, _ = select.select([self.master], [], [], wait)
        if ready:
            try:
                self.seen += os.read(self.master, 1 << 20)
            except OSError:  # the app closed its side
                time.sleep(0.01)

    def wait_for(self, text: bytes) -> None:
        """Wait until the app has written `text` (from its start)."""
        deadline = time.monotonic() + TIMEOUT
        while text not in self.seen:
            assert time.monotonic() < deadline, f"{text!r} never showed; the app wrote {self.seen[-400:]!r}"
            assert self.child.poll() is None, f"the app exited: {self.seen[-400:]!r}"
            self.read(0.1)

    def type(self, keys: bytes) -> None:
        """Type `keys`."""
        os.write(self.master, keys)

    def wait_exit(self, *, reading: bool) -> int:
        """Wait for the app to exit (reading what it writes meanwhile, if the terminal is still open)."""
        deadline = time.monotonic() + TIMEOUT
        while self.child.poll() is None:
            assert time.monotonic() < deadline, "the app did not exit"
            if reading:
                self.read(0.1)
            else:
                time.sleep(0.05)
        return self.child.returncode

    def close(self) -> None:
        """Close the terminal (a hang-up for the app)."""
        os.close(self.master)

    def stop(self) -> None:
        """Make sure the app is gone."""
        if self.child.poll() is None:
            self.child.kill()
            self.child.wait()


def typed_in_editor(journal: Path) -> Terminal:
    """The app on `journal` with a new entry open and TYPED in it (shown on screen, not yet kept).

    A character drawn only where it is typed tells the body has the cursor (one typed before that is
    lost, so it is typed again); a last one, once drawn, tells every key before it reached the body.
    """
    terminal = Terminal(journal)
    terminal.wait_for(b"Nothing written yet")
    terminal.type(b"n")
    terminal.wait_for(b"New entry")
    deadline = time.monotonic() + TIMEOUT
    while PROBE.encode() not in terminal.seen:
        assert time.monotonic() < deadline, "the body never took a key"
        terminal.type(PROBE.encode())
        terminal.read(0.5)
    terminal.type(TYPED.encode() + LAST.encode())
    terminal.wait_for(LAST.encode())
    return terminal


def kept_bodies(journal: Path) -> list[str]:
    """What the drafts in the journal's drafts folder hold (title and body), read straight from the files.

    Under load the first keys may reach the title before the body has the cursor; typing kept in either
    is typing kept.
    """
    folder = drafts_folder(journal)
    drafts = [orjson.loads(p.read_bytes())["draft"] for p in sorted(folder.glob("*.json"))]
    return [f"{draft['title']}\n{draft['body']}" for draft in drafts]


@pytest.fixture
def journal(db_path: Path, clock: FixedClock) -> Path:
    """An empty journal on disk."""
    Store(db_path, clock).close()
    return db_path


@pytest.mark.slow
def test_closing_the_terminal_keeps_the_draft(journal: Path) -> None:
    """Typed, then the terminal closed at once (SIGHUP): the draft file holds the text; the app exits."""
    terminal = typed_in_editor(journal)
    try:
        assert kept_bodies(journal) == []  # nothing kept yet: the draft timer waits an hour
        terminal.close()
        assert terminal.wait_exit(reading=False) == 128 + signal.SIGHUP
    finally:
        terminal.stop()
    [body] = kept_bodies(journal)
    assert TYPED in body


@pytest.mark.slow
def test_a_terminate_keeps_the_draft_and_restores_the_terminal(journal: Path, clock: FixedClock) -> None:
    """Typed, then SIGTERM: the draft file holds the text, and the app leaves the alternate screen."""
    terminal = typed_in_editor(journal)
    try:
        assert kept_bodies(journal) == []
        terminal.seen = b""
        terminal.child.send_signal(signal.SIGTERM)
        assert terminal.wait_exit(reading=True) == 128 + signal.SIGTERM
        terminal.read(0)
        assert b"\x1b[?1049l" in terminal.seen  # back to the normal screen: the terminal is restored
    finally:
        terminal.stop()
        terminal.close()
    [body] = kept_bodies(journal)
    assert TYPED in body
    reopened = Store(journal, clock)
    assert [TYPED in f"{d.title}\n{d.body}" for _, d in reopened.drafts.all()] == [True]


@pytest.mark.slow
def test_a_resumed_app_still_takes_keys_and_a_closed_terminal_still_ends_it(journal: Path) -> None:
    """After a SIGCONT (as after `fg`) the app still takes what is typed; closing the terminal then ends it
    with the hang-up's status (the resume that comes with the SIGHUP is left undone), the draft kept."""
    terminal = typed_in_editor(journal)
    try:
        terminal.child.send_signal(signal.SIGCONT)
        terminal.type("after the resume ∑".encode())
        terminal.wait_for("∑".encode())
        terminal.close()
        assert terminal.wait_exit(reading=False) == 128 + signal.SIGHUP
    finally:
        terminal.stop()
    [body] = kept_bodies(journal)
    assert "after the resume" in body
