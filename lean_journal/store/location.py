"""Which real file a journal path names: symbolic links resolved once, anything but a plain file refused."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from lean_journal.store.errors import UnreadableFileError

NOT_REGULAR = "is not a regular file (a device, pipe or socket); a journal is a plain file"
NOT_A_FILE = "is a folder, not a journal file"


def journal_path(path: str | Path) -> Path:
    """The absolute, link-free path of the journal `path` names (it may not exist yet).

    The lock, the preview and the backups all go beside this real file. A dangling link, a loop of links
    and anything that exists but is not a regular file raise UnreadableFileError: they are never replaced.
    """
    given = Path(path).expanduser().absolute()
    real = Path(_followed(given) if given.is_symlink() else os.path.realpath(given))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    if stat.S_ISDIR(mode):
        raise UnreadableFileError(given, NOT_A_FILE)
    if not stat.S_ISREG(mode):
        raise UnreadableFileError(given, NOT_REGULAR)
    return real


def _followed(link: Path) -> str:
    """Where a symbolic link leads, or UnreadableFileError if it leads nowhere."""
    try:
        return os.path.realpath(link, strict=True)
    except FileNotFoundError:
        target = os.readlink(link)
        raise UnreadableFileError(
            link, f"is a symbolic link to {target}, which does not exist; no journal was created through it"
        ) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnreadableFileError(
                link, "is a loop of symbolic links; no journal was created through it"
            ) from None
        raise UnreadableFileError(
            link, f"is a symbolic link that cannot be followed ({error.strerror})"
        ) from None
