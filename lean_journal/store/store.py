"""The Store: one journal file opened once, with a repository per kind and the app's settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB

from lean_journal.clock import Clock, SystemClock
from lean_journal.store.backups import newest_backup
from lean_journal.store.entries import EntryRepository
from lean_journal.store.repository import StrIdTable
from lean_journal.store.set_aside import SetAside
from lean_journal.store.settings import Settings
from lean_journal.store.storage import HISTORY_TABLE, AtomicJSONStorage

if TYPE_CHECKING:
    from lean_journal.store.cards import CardRepository
    from lean_journal.store.drafts import DraftRepository
    from lean_journal.store.fold import Folded
    from lean_journal.store.growth import GoalRepository, LearningRepository, ShareRepository
    from lean_journal.store.prompts import PromptRepository
    from lean_journal.store.reports import MonthNotesRepository

LAZY_REPOSITORIES = ("cards", "learnings", "shares", "goals", "prompts")
"""The repositories made on first use (cached properties), that may hold documents set aside."""


class _Database(TinyDB):
    """TinyDB whose tables are keyed by UUID strings."""

    table_class = StrIdTable


def _uncreated_storage() -> type[AtomicJSONStorage]:
    """The storage that never creates a journal (imported only by the commands that read)."""
    from lean_journal.store.uncreated import UncreatedStorage

    return UncreatedStorage


class Store:
    """Everything lean-journal keeps, in one TinyDB file."""

    def __init__(self, path: str | Path, clock: Clock | None = None, *, create: bool = True) -> None:
        """Open (or create) the journal at `path`; raises StoreError if it cannot be used (a folder, a
        dangling link, a damaged file), leaving whatever is there untouched.

        With `create` false a journal not there is read as empty and never created (a save is refused).
        """
        self.clock = clock or SystemClock()
        storage = AtomicJSONStorage if create else _uncreated_storage()
        self._db = _Database(path, clock=self.clock, storage=storage)
        self.storage: AtomicJSONStorage = self._db.storage  # type: ignore[assignment]
        self.path = self.storage.path
        """The real journal file (symbolic links resolved once, when it was opened)."""
        self.entries = EntryRepository(self._db, self.storage, self.clock)
        self.settings = Settings(self._db, self.storage)

    @cached_property
    def cards(self) -> CardRepository:
        """PDCA cards (loaded on first use: the journal's first frame does not need them)."""
        from lean_journal.store.cards import CardRepository

        return CardRepository(self._db, self.storage, self.clock)

    @cached_property
    def learnings(self) -> LearningRepository:
        """Learn items (loaded on first use)."""
        from lean_journal.store.growth import LearningRepository

        return LearningRepository(self._db, self.storage, self.clock)

    @cached_property
    def shares(self) -> ShareRepository:
        """Share items (loaded on first use)."""
        from lean_journal.store.growth import ShareRepository

        return ShareRepository(self._db, self.storage, self.clock)

    @cached_property
    def goals(self) -> GoalRepository:
        """Goals (loaded on first use)."""
        from lean_journal.store.growth import GoalRepository

        return GoalRepository(self._db, self.storage, self.clock)

    @cached_property
    def prompts(self) -> PromptRepository:
        """Reflection prompts (loaded on first use: the CLI rarely needs them)."""
        from lean_journal.store.prompts import PromptRepository

        return PromptRepository(self._db, self.storage, self.clock, self.settings)

    @cached_property
    def reports(self) -> MonthNotesRepository:
        """The kaizen deck's notes per month and its author (loaded on first use)."""
        from lean_journal.store.reports import MonthNotesRepository

        return MonthNotesRepository(self._db, self.storage, self.settings)

    @cached_property
    def drafts(self) -> DraftRepository:
        """Unsaved editor drafts, kept beside the journal (loaded on first use)."""
        from lean_journal.store.drafts import DraftRepository

        return DraftRepository(self._db, self.storage, self.clock, self.path)

    def set_aside(self) -> list[SetAside]:
        """Every stored document (entries, cards, Learn · Share · Grow, prompts) that does not validate."""
        repositories = (self.entries, self.cards, self.learnings, self.shares, self.goals, self.prompts)
        return [problem for repository in repositories for problem in repository.set_aside()]

    def set_aside_so_far(self) -> list[SetAside]:
        """The documents found not to validate among those read so far (nothing more is read)."""
        used = [self.entries, *(self.__dict__[name] for name in LAZY_REPOSITORIES if name in self.__dict__)]
        return [problem for repository in used for problem in repository.set_aside_so_far()]

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Make every change inside one save (all or nothing)."""
        with self.storage.batch():
            yield

    def reload_if_changed(self) -> bool:
        """Pick up changes another process saved; return whether there were any."""
        return self.storage.reload_if_changed()

    def overwritten(self) -> list[dict[str, Any]]:
        """Versions of documents that a concurrent save overwrote, oldest first."""
        docs = (self.storage.read() or {}).get(HISTORY_TABLE, {})
        return sorted((dict(d) for d in docs.values()), key=lambda d: d.get("at", ""))

    def save_copy(self, path: str | Path) -> Path:
        """Write the journal as held in memory, saves that failed included, as a new file at `path`.

        The rescue for a journal file that cannot be saved: the copy is a complete journal (0600,
        written all or nothing) that opens like any other; an existing file is never replaced.
        """
        from lean_journal.store import rescue

        target = Path(path).expanduser().absolute()
        rescue.write_copy(target, rescue.with_unsaved(self.storage.unsaved, self.storage.read() or {}))
        return target

    def fold_in(self, other: dict[str, Any], source: str, *, dry_run: bool = False) -> Folded:
        """Fold another copy's tables (current schema) into this journal in one save (see store.fold)."""
        from lean_journal.store.fold import fold

        folded = fold(self.storage.read() or {}, other, self.clock.now().isoformat(), source)
        if folded.changed and not dry_run:
            self.storage.write(folded.tables)
            self.storage.generation += 1  # every repository rebuilds from the merged tables
        return folded

    def newest_backup(self) -> Path | None:
        """The most recent backup beside the file."""
        return newest_backup(self.path)

    def close(self) -> None:
        """Close the file (every save is already durable) and give up the drafts this app owns."""
        if "drafts" in self.__dict__:
            self.drafts.close()
        self._db.close()
