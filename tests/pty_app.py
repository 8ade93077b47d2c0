"""Run the real app in a pseudo-terminal and collect every byte it writes to that terminal."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

READ_LIMIT = 120.0  # a hang guard only: every wait ends as soon as its text has arrived


class PtyApp:
    """`python -m lean_journal --db DB` on a pty of 120x40; `wait_for` text, `press` keys, `raw` bytes."""

    def __init__(self, db: Path, home: Path) -> None:
        """Start the app on `db` with `home` as its home folder."""
        self.master, slave = pty.openpty()
        os.set_blocking(self.master, False)
        import fcntl
        import struct
        import termios

        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "HOME": str(home), "COLUMNS": "120", "LINES": "40"}
        env.pop("TEXTUAL", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lean_journal", "--db", str(db)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.raw = b""

    def wait_for(self, text: str) -> None:
        """Read what the app writes until `text` (as UTF-8) has appeared, or fail if it exits first."""
        wanted = text.encode()
        give_up = time.monotonic() + READ_LIMIT
        while wanted not in self.raw:
            ready, _, _ = select.select([self.master], [], [], 1.0)
            if not ready and time.monotonic() > give_up:
                raise AssertionError(f"{text!r} never appeared; the app wrote {self.raw[-2000:]!r}")
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError as error:
                raise AssertionError(f"the app ended before {text!r}: {self.raw[-2000:]!r}") from error
            self.raw += chunk

    def press(self, keys: str) -> None:
        """Type `keys` into the terminal."""
        os.write(self.master, keys.encode())

    def close(self) -> None:
        """End the app (SIGTERM to its session) and the pty."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=READ_LIMIT)
        finally:
            os.close(self.master)
