"""A child process for the soak test: mixed saves of its own documents, acknowledged one by one.

Usage: python soak_worker.py PATH PROC SEED
Process PROC touches only documents it made (titles and setting keys start with `p<PROC>-`), so two
of them on one file never edit the same document and the parent's model of them is exact.
Each save prints 'B table id value' before it starts and 'A table id value' once it returned;
the value is the entry's body, the card's 'title|stage', the growth item's title, the setting's
value, or '-' once deleted.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from lean_journal import pdca
from lean_journal.clock import SystemClock
from lean_journal.model import Card, JournalEntry, Learning, Stage
from lean_journal.store import Store

STAGES = (Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT)
SETTING_KEYS = 4  # setting keys per process


def say(*parts: object) -> None:
    """Print one line and flush it, so the parent sees it even if we are killed next."""
    print(*parts, flush=True)


def card_value(card: Card) -> str:
    """What the parent models of a card."""
    return f"{card.title}|{card.stage.value}"


class Worker:
    """One process's share of the journal and the operations on it."""

    def __init__(self, store: Store, proc: int, seed: int) -> None:
        """Pick up the documents this process made in earlier runs."""
        self.store = store
        self.prefix = f"p{proc}-"
        self.rng = random.Random(seed)
        self.seed = seed
        self.count = 0

    def token(self) -> str:
        """A value never written before."""
        self.count += 1
        return f"{self.prefix}{self.seed}x{self.count}"

    def mine(self, items: list) -> list:  # type: ignore[type-arg]
        """The items (entries, cards, learn items) this process made."""
        return [item for item in items if item.title.startswith(self.prefix)]

    def save(self, table: str, doc_id: str, value: str, action: object) -> None:
        """Announce, make (`action` is a callable), acknowledge."""
        say("B", table, doc_id, value)
        action()  # type: ignore[operator]
        say("A", table, doc_id, value)

    def entry_op(self) -> None:
        """Add, update or delete one of this process's entries."""
        entries = self.mine(self.store.entries.all())
        roll = self.rng.random()
        now = self.store.clock.now()
        if roll < 0.5 or not entries:
            entry = JournalEntry(
                day=now.date(), title=f"{self.prefix}e", body=self.token(), created=now, updated=now
            )
            self.save("entries", entry.id, entry.body, lambda: self.store.entries.add(entry))
        elif roll < 0.8:
            changed = self.rng.choice(entries).with_changes(body=self.token(), updated=now)
            self.save("entries", changed.id, changed.body, lambda: self.store.entries.update(changed))
        else:
            doc_id = self.rng.choice(entries).id
            self.save("entries", doc_id, "-", lambda: self.store.entries.delete(doc_id))

    def card_op(self) -> None:
        """Add, move, rename or delete one of this process's cards."""
        cards = self.mine(self.store.cards.list())
        roll = self.rng.random()
        now = self.store.clock.now()
        if roll < 0.4 or not cards:
            card = pdca.new_card(self.token(), self.rng.choice(STAGES), now)
            self.save("cards", card.id, card_value(card), lambda: self.store.cards.add(card))
            return
        card = self.rng.choice(cards)
        if roll < 0.7:
            target = self.rng.choice([stage for stage in STAGES if stage != card.stage])
            changed = pdca.move(card, target, now, override=True)
        elif roll < 0.9:
            changed = card.with_changes(title=self.token(), updated=now)
        else:
            self.save("cards", card.id, "-", lambda: self.store.cards.delete(card.id))
            return
        self.save("cards", changed.id, card_value(changed), lambda: self.store.cards.update(changed))

    def growth_op(self) -> None:
        """Add, rename or delete one of this process's learn items."""
        items = self.mine(self.store.learnings.all())
        roll = self.rng.random()
        now = self.store.clock.now()
        if roll < 0.5 or not items:
            item = Learning(title=self.token(), day=now.date(), created=now, updated=now)
            self.save("learnings", item.id, item.title, lambda: self.store.learnings.add(item))
        elif roll < 0.8:
            changed = self.rng.choice(items).with_changes(title=self.token(), updated=now)
            self.save("learnings", changed.id, changed.title, lambda: self.store.learnings.update(changed))
        else:
            doc_id = self.rng.choice(items).id
            self.save("learnings", doc_id, "-", lambda: self.store.learnings.delete(doc_id))

    def setting_op(self) -> None:
        """Set one of this process's settings."""
        key, value = f"{self.prefix}{self.rng.randrange(SETTING_KEYS)}", self.token()
        self.save("settings", key, value, lambda: self.store.settings.set(key, value))

    def run(self) -> None:
        """Mixed operations until killed (or told to stop by a closed stdin: never)."""
        ops = (self.entry_op, self.entry_op, self.card_op, self.growth_op, self.setting_op)
        while True:
            self.store.reload_if_changed()  # as the app's file watcher does
            self.rng.choice(ops)()


if __name__ == "__main__":
    store = Store(Path(sys.argv[1]), SystemClock())
    worker = Worker(store, int(sys.argv[2]), int(sys.argv[3]))
    say("ready")
    worker.run()
