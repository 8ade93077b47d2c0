"""The app's signals run in the event loop: Textual's resume (SIGCONT) never at an arbitrary line, and not
once a hang-up has ended the app (the kernel sends SIGHUP and SIGCONT together when a terminal closes)."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from test_draft_signals import Terminal, kept_bodies, typed_in_editor

from lean_journal.tui.app_signals import DRIVER_SIGNALS, AppSignals

BOUND = 60.0


@dataclass
class FakeApp:
    """What AppSignals reads of the app: whether it has been told to quit, and whether it runs."""

    return_code: int | None = None
    is_running: bool = True
    hang_ups: list[int] = field(default_factory=list)

    def hang_up(self, signum: int) -> None:
        """Quit, as the app's hang_up does."""
        self.hang_ups.append(signum)
        self.return_code = 128 + signum


def to_this_thread(signum: int) -> None:
    """Send `signum` to the main thread (this one): delivered before the call returns, in order."""
    signal.pthread_kill(threading.main_thread().ident or 0, signum)


async def until(condition: Callable[[], object], what: str) -> None:
    """Let the loop run until `condition()` holds."""
    deadline = time.monotonic() + BOUND
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.01)


@pytest.fixture
def driver_calls() -> Iterator[list[int]]:
    """A stand-in for the driver's suspend and resume handlers, recording the signals; put back after."""
    calls: list[int] = []
    before = {signum: signal.getsignal(signum) for signum in (*DRIVER_SIGNALS, signal.SIGHUP, signal.SIGTERM)}
    for signum in DRIVER_SIGNALS:
        signal.signal(signum, lambda number, _frame: calls.append(number))
    yield calls
    for signum, handler in before.items():
        signal.signal(signum, handler)


async def test_the_drivers_resume_runs_in_the_loop_not_where_it_lands(
    driver_calls: list[int],
) -> None:
    """A SIGCONT calls the driver's handler from the loop, after the line it came on has finished."""
    app = FakeApp()
    signals = AppSignals(app, app.hang_up)  # type: ignore[arg-type]
    assert signals.defer_driver_handlers() == DRIVER_SIGNALS
    to_this_thread(signal.SIGCONT)
    assert driver_calls == [], "called at once, where the main thread happened to be"
    await until(lambda: driver_calls, "the driver's resume ran")
    assert driver_calls == [signal.SIGCONT]
    signals.restore()
    assert signal.getsignal(signal.SIGCONT) == signal.SIG_DFL, "no resume of a terminal the app has left"


async def test_a_resume_that_comes_with_a_hang_up_is_left_undone(driver_calls: list[int]) -> None:
    """SIGHUP and SIGCONT at once (a closed terminal): the app quits, and the driver does not resume."""
    app = FakeApp()
    signals = AppSignals(app, app.hang_up)  # type: ignore[arg-type]
    signals.handle_hang_ups()
    signals.defer_driver_handlers()
    to_this_thread(signal.SIGHUP)
    to_this_thread(signal.SIGCONT)
    await until(lambda: app.hang_ups, "the hang-up was handled")
    for _ in range(20):  # the SIGCONT's callback, queued behind the hang-up's, has run by now
        await asyncio.sleep(0)
    assert (app.hang_ups, driver_calls) == ([signal.SIGHUP], [])
    signals.restore()


async def test_no_driver_handler_no_change(driver_calls: list[int]) -> None:
    """Where the driver put no handler (a headless run), nothing is moved."""
    for signum in DRIVER_SIGNALS:
        signal.signal(signum, signal.SIG_DFL)
    app = FakeApp()
    assert AppSignals(app, app.hang_up).defer_driver_handlers() == ()  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_resumed_app_still_takes_keys_and_a_closed_terminal_still_ends_it(journal: Path) -> None:
    """The real app: after a SIGCONT (as after `fg`) it still takes what is typed; closing the terminal
    then ends it with the hang-up's status, the draft kept."""
    terminal: Terminal = typed_in_editor(journal)
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


@pytest.fixture
def journal(db_path: Path, clock: Any) -> Path:
    """An empty journal on disk."""
    from lean_journal.store import Store

    Store(db_path, clock).close()
    return db_path
