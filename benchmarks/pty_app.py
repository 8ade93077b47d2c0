"""An app running in a real pseudo-terminal (120x36), driven by keys and timed until text shows.

Pilot tests are no clock for keys: `Pilot.pause` paints the screen itself, and its idle wait polls in
20 ms steps. Here a key is written to the terminal, and the time is taken when the app has written the
expected text back, as a user would see it.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time

MINIMAL_KEY_APP = """
from textual.app import App
from textual.widgets import Static
class MinimalKeys(App):
    BINDINGS = [("2", "flip")]
    flips = 0
    def compose(self):
        yield Static("FIRST-FRAME-MARKER", id="text")
    def action_flip(self):
        self.flips += 1
        self.query_one("#text").update(f"FLIPPED-{self.flips}-TIMES")
MinimalKeys().run()
"""


class PtyApp:
    """A program in a pseudo-terminal of 120x36, read as it writes."""

    def __init__(self, argv: list[str]) -> None:
        """Start `argv` in the terminal."""
        self.master, slave = pty.openpty()
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "36"}
        self.child = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env)
        os.close(slave)
        self.seen = b""

    def read_for(self, seconds: float) -> None:
        """Collect (and forget) what it writes for a while."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            ready, _, _ = select.select([self.master], [], [], 0.002)
            if ready:
                os.read(self.master, 1 << 20)
        self.seen = b""

    def wait_for(self, marker: bytes, timeout: float = 10.0) -> float:
        """Wait until `marker` shows in what it writes from now on; the moment it did (perf_counter)."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([self.master], [], [], 0.002)
            if ready:
                self.seen += os.read(self.master, 1 << 20)
                found = self.seen.find(marker)
                if found >= 0:
                    self.seen = self.seen[found + len(marker) :]
                    return time.perf_counter()
        raise RuntimeError(f"{marker!r} did not appear within {timeout} s")

    def key_until(self, key: bytes, marker: bytes) -> float:
        """Seconds from writing `key` until `marker` shows."""
        self.seen = b""
        start = time.perf_counter()
        os.write(self.master, key)
        return self.wait_for(marker) - start

    def close(self) -> None:
        """Stop it."""
        self.child.kill()
        self.child.wait()
        os.close(self.master)


def minimal_keypresses(python: str, count: int = 10) -> list[float]:
    """Seconds per keypress in a minimal Textual app whose key changes the text of one Static."""
    app = PtyApp([python, "-c", MINIMAL_KEY_APP])
    try:
        app.wait_for(b"FIRST-FRAME-MARKER")
        app.read_for(0.5)
        times = []
        for flip in range(1, count + 1):
            times.append(app.key_until(b"2", f"FLIPPED-{flip}-TIMES".encode()))
            app.read_for(0.05)
        return times
    finally:
        app.close()
