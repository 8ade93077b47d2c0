"""`lean-journal backup` (a copy now) and `lean-journal restore` (list the backups, or put one back)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from lean_journal.cli.commands import db_path
from lean_journal.cli.errors import EXIT_FAILED, EXIT_OK, CliError, say
from lean_journal.cli.output import write_private_file, write_stdout
from lean_journal.clock import Clock
from lean_journal.store import StoreError, backups
from lean_journal.store.fileio import read_regular
from lean_journal.store.location import journal_path
from lean_journal.store.parsing import parse
from lean_journal.text import printable

CONFIRM_WORD = "yes"
KIND_OF_LABEL = {None: "daily", "manual": "made by backup", "pre-restore": "before a restore"}


def existing_journal(args: argparse.Namespace, environ: Mapping[str, str]) -> Path:
    """The journal these arguments name, which must exist (these commands never create one)."""
    path = db_path(args, environ)
    if not os.path.lexists(path):
        raise CliError(f"{path}: no such journal")
    return journal_path(path)


def cmd_backup(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Write a copy of the journal now, beside it in backups/ or at -o PATH (0600, never over a file)."""
    path = existing_journal(args, environ)
    content, _stat = read_regular(path)
    parse(path, content)  # a damaged journal is not backed up as if it were good: it is named instead
    if args.out:
        target = Path(args.out).expanduser()
        if target.exists() or target.is_symlink():
            raise CliError(f"{target} already exists; a backup is never written over a file")
        write_private_file(target, content, force=False)
    else:
        target = backups.write_now(path, content, clock.now())
    write_stdout(printable(f"backed up {path} to {target} ({size_text(len(content))})\n"))
    return EXIT_OK


def size_text(size: int) -> str:
    """A file size for people: `812 bytes`, `12.3 KB`, `4.1 MB`."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.1f} KB"
    return f"{size / 1_000_000:.1f} MB"


def kind_of(label: str | None) -> str:
    """What made a backup, from its label."""
    if label is None or label in KIND_OF_LABEL:
        return KIND_OF_LABEL[label]
    for prefix, kind in KIND_OF_LABEL.items():
        if prefix and label.startswith(f"{prefix}-"):
            return kind
    return f"before the upgrade to schema {label[5:]}" if label.startswith("pre-v") else label


def backup_lines(path: Path) -> list[str]:
    """One line per backup of `path`, oldest first: when it was written, its size, what made it, its path."""
    lines = []
    for label, _day, file in backups.every_backup(path):
        status = file.stat()
        written = datetime.fromtimestamp(status.st_mtime).astimezone()
        lines.append(
            f"{written:%Y-%m-%d %H:%M}  {size_text(status.st_size):>11}  {kind_of(label):20}  {file}"
        )
    return [printable(line) for line in lines]


def named_backup(path: Path, name: str) -> Path:
    """The backup `name` names: a file, or the name of one in the journal's backup folder."""
    given = Path(name).expanduser()
    if given.exists() or given.is_symlink():
        return given
    in_folder = backups.backup_dir(path) / name
    if Path(name).name == name and in_folder.exists():
        return in_folder
    raise CliError(f"{name}: no such backup (`lean-journal restore` lists them)")


def confirmed(path: Path, backup: Path) -> bool:
    """Ask on stderr and read one line from stdin; only the word `yes` confirms."""
    print(
        printable(f"Replace {path} with {backup}? The journal as it is now is backed up first."),
        file=sys.stderr,
    )
    print(f"Type {CONFIRM_WORD} to restore: ", end="", file=sys.stderr, flush=True)
    stream = sys.stdin
    answer = stream.readline() if stream is not None else ""
    if stream is not None and not stream.isatty():
        print(file=sys.stderr)  # the answer came from a pipe: end the prompt's line
    return answer.strip().lower() == CONFIRM_WORD


def cmd_restore(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """List the backups, or replace the journal with the one named after asking (or with --yes)."""
    path = journal_path(db_path(args, environ))
    if args.backup is None:
        lines = backup_lines(path)
        if not lines:
            write_stdout(printable(f"no backups of {path} yet (`lean-journal backup` makes one)\n"))
        else:
            write_stdout("".join(f"{line}\n" for line in lines))
        return EXIT_OK
    from lean_journal.store.restore import checked_backup, restore

    backup = named_backup(path, args.backup)
    try:
        checked_backup(backup)  # refused before asking: not a lean-journal file, or from a newer version
    except StoreError as error:
        raise CliError(f"{error}; not restored, the journal is unchanged") from None
    if not path.parent.is_dir():
        raise CliError(f"{path}: the folder {path.parent} does not exist")
    if not args.yes and not confirmed(path, backup):
        say("not restored; the journal is unchanged")
        return EXIT_FAILED
    kept = restore(path, backup, clock.now())
    where = f"; the journal as it was is kept in {kept}" if kept else ""
    write_stdout(printable(f"restored {path} from {backup}{where}\n"))
    return EXIT_OK
