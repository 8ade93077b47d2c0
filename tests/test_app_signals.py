"""The app's signals: a hang-up marks the app as ending at once and quits it from the loop; Textual's resume
(SIGCONT) then is left undone (the kernel sends SIGHUP and SIGCONT together when a terminal closes), and
otherwise reaches the driver at once. The real app in a terminal: tests/test_draft_signals.py."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from waiting import until_no_paint

from lean_journal.tui.app_signals import HANG_UPS, RESUME, AppSignals


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


@pytest.fixture
def driver_calls() -> Iterator[list[int]]:
    """A stand-in for the driver's resume handler, recording the signals; every handler put back after."""
    calls: list[int] = []
    before = {signum: signal.getsignal(signum) for signum in (RESUME, *HANG_UPS)}
    signal.signal(RESUME, lambda number, _frame: calls.append(number))
    yield calls
    for signum, handler in before.items():
        signal.signal(signum, handler)


def guarded(app: FakeApp) -> AppSignals:
    """AppSignals over `app`, its hang-ups handled and the driver's resume guarded."""
    signals = AppSignals(app, app.hang_up)  # type: ignore[arg-type]
    signals.handle_hang_ups()
    assert signals.guard_resume()
    return signals


async def test_a_resume_alone_reaches_the_driver_at_once(driver_calls: list[int]) -> None:
    """A SIGCONT (as after `fg`) runs the driver's resume as soon as it comes, as without the guard."""
    app = FakeApp()
    signals = guarded(app)
    to_this_thread(RESUME)
    assert driver_calls == [RESUME]
    signals.restore()
    assert signal.getsignal(RESUME) == signal.SIG_DFL, "no resume of a terminal the app has left"


async def test_a_resume_that_comes_with_a_hang_up_is_left_undone(driver_calls: list[int]) -> None:
    """SIGCONT and SIGHUP pending together (a closed terminal): the driver does not resume; the app quits."""
    app = FakeApp()
    signals = guarded(app)
    together = {signal.SIGHUP, RESUME}
    signal.pthread_sigmask(signal.SIG_BLOCK, together)
    try:
        to_this_thread(RESUME)  # sent first, yet handled after the hang-up: Python goes by number
        to_this_thread(signal.SIGHUP)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, together)
    assert driver_calls == []
    await until_no_paint(lambda: app.hang_ups, "the app was told to quit")
    assert app.hang_ups == [signal.SIGHUP]
    signals.restore()


async def test_a_resume_after_the_app_was_told_to_quit_is_left_undone(driver_calls: list[int]) -> None:
    """Once the app is quitting (q, say), a SIGCONT starts nothing on the terminal being left."""
    app = FakeApp(return_code=0)
    signals = guarded(app)
    to_this_thread(RESUME)
    assert driver_calls == []
    signals.restore()


async def test_no_driver_handler_no_change(driver_calls: list[int]) -> None:
    """Where the driver put no handler (a headless run), nothing is guarded."""
    signal.signal(RESUME, signal.SIG_DFL)
    app = FakeApp()
    assert not AppSignals(app, app.hang_up).guard_resume()  # type: ignore[arg-type]
    assert signal.getsignal(RESUME) == signal.SIG_DFL
