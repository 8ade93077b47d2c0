"""Where the journal file lives: the user data folder, unless `--db` or LEAN_JOURNAL_DB says otherwise."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

APP_NAME = "lean-journal"
ENV_VAR = "LEAN_JOURNAL_DB"
FILE_NAME = "journal.json"


def default_db_path() -> Path:
    """`journal.json` in the user data folder (e.g. ~/.local/share/lean-journal/ on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


def resolve_db_path(flag: str | Path | None, environ: Mapping[str, str]) -> Path:
    """The journal file to use: the `--db` flag, else $LEAN_JOURNAL_DB, else the default."""
    if flag:
        return Path(flag).expanduser()
    from_env = environ.get(ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()


def may_create(path: Path) -> bool:
    """Whether a new journal may be created at `path`: the default location, or in a folder that exists
    (a mistyped `--db` must not make folders and an empty journal)."""
    return path.expanduser().absolute() == default_db_path() or path.expanduser().absolute().parent.is_dir()
