"""Rotating backups beside the journal: one a day for a week, one a week for about a month.

Each journal file has its own folder, `backups/<file name>/` (`backups/journal.json/2026-11-23.json`), so
`journal.json`, `journal-2025.json` and `work.db` never share or mistake each other's backups. Backups in
the older flat layout (`backups/journal-2026-11-23.json`) are still found, rotated and named.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from lean_journal.store.fileio import atomic_write, ensure_private_dir

DAILY_DAYS = 7
WEEKLY_DAYS = 35
DAY = r"(?P<day>\d{4}-\d{2}-\d{2})"
NAME = re.compile(rf"^(?:(?P<label>[a-z0-9-]+)-)?{DAY}\.json$")
"""A backup's name in its journal's folder: `2026-11-23.json`, or `pre-v2-2026-11-23.json`."""


def backups_root(path: Path) -> Path:
    """The `backups/` folder beside the journal `path`."""
    return path.parent / "backups"


def backup_dir(path: Path) -> Path:
    """The folder that holds the backups of `path` (one per journal file name)."""
    return backups_root(path) / path.name


def backup_path(path: Path, day: date, label: str = "") -> Path:
    """Where the backup of `path` for `day` goes (`label` marks special ones, e.g. pre-migration)."""
    prefix = f"{label}-" if label else ""
    return backup_dir(path) / f"{prefix}{day.isoformat()}.json"


def _flat_name(path: Path) -> re.Pattern[str]:
    """The names the older flat layout gave `path`'s backups (`journal-2026-…`, `journal-pre-v2-2026-…`)."""
    return re.compile(rf"^{re.escape(path.stem)}(?:-(?P<label>pre-v\d+))?-{DAY}\.json$")


def _all_backups(path: Path) -> list[tuple[str | None, date, Path]]:
    """Every backup of `path` in either layout, as (label, day, file)."""
    found = []
    folder = backup_dir(path)
    if folder.is_dir():
        for candidate in folder.iterdir():
            if (match := NAME.match(candidate.name)) and candidate.is_file():
                found.append((match["label"], date.fromisoformat(match["day"]), candidate))
    flat = _flat_name(path)
    root = backups_root(path)
    if root.is_dir():
        for candidate in root.iterdir():
            if (match := flat.match(candidate.name)) and candidate.is_file():
                found.append((match["label"], date.fromisoformat(match["day"]), candidate))
    return found


def list_backups(path: Path) -> list[tuple[date, Path]]:
    """The rotating (daily) backups of `path`, oldest first."""
    return sorted((day, file) for label, day, file in _all_backups(path) if label is None)


def newest_backup(path: Path) -> Path | None:
    """The most recent backup of `path` of any kind, if there is one."""
    files = [file for _, _, file in _all_backups(path)]
    return max(files, key=lambda p: p.stat().st_mtime_ns, default=None)


def every_backup(path: Path) -> list[tuple[str | None, date, Path]]:
    """Every backup of `path` of any kind, as (label, day, file), oldest first by when it was written."""
    return sorted(_all_backups(path), key=lambda found: (found[2].stat().st_mtime_ns, found[2].name))


def write_now(path: Path, content: bytes, now: datetime, label: str = "manual") -> Path:
    """Write a backup of `path` made now (`manual-093000-2026-11-24.json`), never over an existing file."""
    ensure_private_dir(backup_dir(path))
    stamp = f"{label}-{now:%H%M%S}"
    target = backup_path(path, now.date(), stamp)
    count = 1
    while target.exists():
        count += 1
        target = backup_path(path, now.date(), f"{stamp}-{count}")
    atomic_write(target, content)
    return target


def write_backup(path: Path, content: bytes, day: date, label: str = "") -> Path:
    """Write one backup (mode 0600 in 0700 folders) unless that day's already exists."""
    ensure_private_dir(backup_dir(path))
    target = backup_path(path, day, label)
    if not target.exists():
        atomic_write(target, content)
    return target


def keep(days: list[date], today: date) -> set[date]:
    """Which backup days to keep: every day of the last week, the newest of each week for a month."""
    kept = {d for d in days if today - d < timedelta(days=DAILY_DAYS)}
    newest_per_week: dict[tuple[int, int], date] = {}
    for d in days:
        if today - d < timedelta(days=WEEKLY_DAYS):
            week = d.isocalendar()[:2]
            newest_per_week[week] = max(d, newest_per_week.get(week, d))
    return kept | set(newest_per_week.values())


def prune(path: Path, today: date) -> list[Path]:
    """Delete rotating backups that `keep` does not want; return what was removed."""
    backups = list_backups(path)
    wanted = keep([d for d, _ in backups], today)
    removed = []
    for day, file in backups:
        if day not in wanted:
            file.unlink(missing_ok=True)
            removed.append(file)
    return removed
