"""Turning anything a user can cause into one line on stderr and an exit status, never a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lean_journal.store import StoreError

PROG = "lean-journal"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A problem the user can fix (a file that exists, a bad import file); exit status 1."""

    exit_status = EXIT_FAILED


class UsageError(CliError):
    """A bad flag, date or value on the command line; exit status 2."""

    exit_status = EXIT_USAGE


def say(message: str, kind: str = "") -> None:
    """Print `lean-journal: [kind: ]message` as exactly one harmless line on stderr (paths are user text)."""
    from lean_journal.text import printable

    one_line = printable(" ".join(message.splitlines()), multiline=False)
    print(f"{PROG}: {kind + ': ' if kind else ''}{one_line}", file=sys.stderr)


def say_error(message: str) -> None:
    """Print `lean-journal: error: message` as exactly one line on stderr."""
    say(message, "error")


def say_warning(message: str) -> None:
    """Print `lean-journal: warning: message` as exactly one line on stderr (the command still succeeds)."""
    say(message, "warning")


def say_note(message: str) -> None:
    """Print `lean-journal: message` (something the user should know; not an error) on stderr."""
    say(message)


def store_problem(error: StoreError) -> str:
    """The message for a journal file that cannot be used, naming its newest backup if there is one (not
    for a failed save: the file still holds the last good save)."""
    from lean_journal.store import SaveError
    from lean_journal.store.backups import newest_backup

    backup = None if isinstance(error, SaveError) else newest_backup(error.path)
    return f"{error}; newest backup: {backup}" if backup else str(error)


def run_guarded(command: Callable[[], int]) -> int:
    """Run `command`, turning user-caused errors into one line and an exit status."""
    from lean_journal.model import ValidationError
    from lean_journal.store import StoreError

    try:
        return command()
    except CliError as error:
        say_error(str(error))
        return error.exit_status
    except StoreError as error:
        say_error(store_problem(error))
        return EXIT_FAILED
    except ValidationError as error:
        say_error(str(error))
        return EXIT_FAILED
    except OSError as error:
        return _os_error(error)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED


def _os_error(error: OSError) -> int:
    """A closed pipe (`| head`) ends quietly; any other OS error is one line and status 1."""
    if isinstance(error, BrokenPipeError):
        silence_stdout()
        return EXIT_OK
    where = f"{error.filename}: " if error.filename else ""
    say_error(f"{where}{error.strerror or error}")
    return EXIT_FAILED


def silence_stdout() -> None:
    """Point stdout at /dev/null so Python's exit-time flush does not complain about a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
