"""Rotating backups beside the journal: one a day for a week, one a week for about a month."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from lean_journal.store.fileio import atomic_write, ensure_private_dir

DAILY_DAYS = 7
WEEKLY_DAYS = 35
NAME = re.compile(r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})\.json$")


def backup_dir(path: Path) -> Path:
    """The folder that holds the backups of `path`."""
    return path.parent / "backups"


def backup_path(path: Path, day: date, label: str = "") -> Path:
    """Where the backup of `path` for `day` goes (`label` marks special ones, e.g. pre-migration)."""
    middle = f"-{label}" if label else ""
    return backup_dir(path) / f"{path.stem}{middle}-{day.isoformat()}.json"


def list_backups(path: Path) -> list[tuple[date, Path]]:
    """The rotating backups of `path`, oldest first."""
    found = []
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    for candidate in folder.iterdir():
        match = NAME.match(candidate.name)
        if match and match["stem"] == path.stem:
            found.append((date.fromisoformat(match["day"]), candidate))
    return sorted(found)


def newest_backup(path: Path) -> Path | None:
    """The most recent backup of `path` of any kind, if there is one."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return None
    candidates = [p for p in folder.glob(f"{path.stem}-*.json") if p.is_file()]
    return max(candidates, key=lambda p: p.stat().st_mtime_ns, default=None)


def write_backup(path: Path, content: bytes, day: date, label: str = "") -> Path:
    """Write one backup (mode 0600 in a 0700 folder) unless that day's already exists."""
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
