"""A child process for the app's crash test: the saves the app's screens make, acknowledged one by one.

Usage: python app_save_worker.py PATH SEED
It makes the store calls the journal editor and the board make: a draft kept while typing
(`drafts.save`), an entry saved from its draft (add or update, and the draft forgotten, in one
batch) and a card moved (`pdca.move`, then `cards.update` in one batch), until it is killed.
Each save prints 'B op fact...' before it starts and 'A op fact...' once it returned; a fact is
kind:id=value (entry: its body; draft: its body, '-' once forgotten; card: its stage).
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

from lean_journal import pdca
from lean_journal.clock import SystemClock
from lean_journal.model import Stage
from lean_journal.model.draft import EntryDraft
from lean_journal.store import Store

CYCLE = {Stage.PLAN: Stage.DO, Stage.DO: Stage.CHECK, Stage.CHECK: Stage.ACT, Stage.ACT: Stage.PLAN}


def say(*parts: object) -> None:
    """Print one line and flush it, so the parent sees it even if we are killed next."""
    print(*parts, flush=True)


def saved(op: str, facts: list[str], save: object) -> None:
    """Announce a save, make it (`save` is a callable), acknowledge it."""
    say("B", op, *facts)
    save()  # type: ignore[operator]
    say("A", op, *facts)


class Session:
    """One app session's editing: a draft being typed, entries saved from it, cards moved."""

    def __init__(self, store: Store, seed: int) -> None:
        """Start with no draft."""
        self.store = store
        self.seed = seed
        self.count = 0
        self.draft_key: str | None = None
        self.draft: EntryDraft | None = None

    def token(self, letter: str) -> str:
        """A new value nobody wrote before (so the parent can tell every save apart)."""
        self.count += 1
        return f"{letter}{self.seed}x{self.count}"

    def type_draft(self) -> None:
        """Keep the draft of the entry being typed, as the editor does after a pause in typing."""
        if self.draft_key is None:
            self.draft_key = self.token("k")
            self.draft = EntryDraft(day=self.store.clock.today(), title="typed in the app")
        assert self.draft is not None
        key, self.draft = self.draft_key, replace(self.draft, body=self.token("d"))
        draft = self.draft
        saved("draft", [f"draft:{key}={draft.body}"], lambda: self.store.drafts.save(key, draft))

    def save_entry(self) -> None:
        """Save the draft as a new entry and forget the draft, in one save, as ctrl+s does."""
        if self.draft_key is None or self.draft is None:
            return self.type_draft()
        key, draft = self.draft_key, self.draft
        entry = draft.new_entry(self.store.clock.now())
        self.draft_key = self.draft = None

        def save() -> None:
            """The editor's save: the entry and the draft's end in one batch."""
            with self.store.batch():
                self.store.entries.add(entry)
                self.store.drafts.delete(key)

        saved("entry", [f"entry:{entry.id}={draft.body}", f"draft:{key}=-"], save)
        return None

    def update_entry(self, rng: random.Random) -> None:
        """Edit an entry and save it, as ctrl+s on an edited entry does."""
        entries = self.store.entries.all()
        if not entries:
            return self.save_entry()
        current = rng.choice(entries)
        draft = replace(EntryDraft.from_entry(current), body=self.token("u"))

        def save() -> None:
            """The editor's save of an edited entry."""
            with self.store.batch():
                self.store.entries.update(draft.applied_to(self.store.entries.get(current.id)))

        saved("entry", [f"entry:{current.id}={draft.body}"], save)
        return None

    def move_card(self, rng: random.Random) -> None:
        """Move a card one column on (Act back to Plan), at the bottom, as the board's move does."""
        card = rng.choice(self.store.cards.list())
        target = CYCLE[card.stage]
        moved = pdca.move(card, target, self.store.clock.now(), override=True)
        moved = moved.with_changes(position=pdca.append_position(self.store.cards.list(stage=target)))

        def save() -> None:
            """The board's save of a moved card."""
            with self.store.batch():
                self.store.cards.update(moved)

        saved("move", [f"card:{card.id}={target.value}"], save)


def run(path: Path, seed: int) -> None:
    """Edit and move at random, forever, until killed."""
    rng = random.Random(seed)
    session = Session(Store(path, SystemClock()), seed)
    say("ready")
    while True:
        choice = rng.random()
        if choice < 0.4:
            session.type_draft()
        elif choice < 0.6:
            session.save_entry()
        elif choice < 0.7:
            session.update_entry(rng)
        else:
            session.move_card(rng)


if __name__ == "__main__":
    run(Path(sys.argv[1]), int(sys.argv[2]))
