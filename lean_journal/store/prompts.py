"""Reflection prompts: templates for new journal entries, kept in the file and editable by the user."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from lean_journal.clock import Clock
from lean_journal.model import ValidationError
from lean_journal.model.serial import Identified
from lean_journal.model.validation import check_id, check_text, check_title, new_id
from lean_journal.store.errors import StoreError
from lean_journal.store.repository import Repository
from lean_journal.store.storage import AtomicJSONStorage

SEEDED_SETTING = "journal.prompts_seeded"
DEFAULT_SETTING = "journal.default_prompt"
_NAMESPACE = uuid.UUID("6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f")


def _questions(*questions: str) -> str:
    """A Markdown body with one heading per question and room to answer under each."""
    return "".join(f"## {question}\n\n\n" for question in questions).rstrip("\n") + "\n"


@dataclass(frozen=True, slots=True)
class Prompt(Identified):
    """A reflection template: its name (the new entry's title) and the body a new entry starts from."""

    name: str
    body: str = ""
    updated: datetime | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Validate the fields, naming the field on error."""
        object.__setattr__(self, "id", check_id("id", self.id))
        object.__setattr__(self, "name", check_title("name", self.name))
        object.__setattr__(self, "body", check_text("body", self.body))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Prompt:
        """A prompt from `to_dict`'s dictionary."""
        updated = data.get("updated")
        try:
            moment = datetime.fromisoformat(updated) if isinstance(updated, str) else None
        except ValueError:
            moment = None
        return cls(name=data.get("name"), body=data.get("body") or "", updated=moment, id=data.get("id"))  # type: ignore[arg-type]


def _default(slug: str, name: str, body: str) -> Prompt:
    """A built-in prompt with a stable id (the same in every file)."""
    return Prompt(name=name, body=body, id=str(uuid.uuid5(_NAMESPACE, slug)))


DAILY_REFLECTION = _default(
    "daily-reflection",
    "Daily reflection",
    _questions(
        "What did I improve today?",
        "What got in my way?",
        "What did I learn?",
        "What will I try tomorrow?",
        "Who did I help?",
    ),
)
GEMBA_WALK = _default(
    "gemba-walk",
    "Gemba walk notes",
    _questions("Where did I go?", "What did I see with my own eyes?", "What surprised me?"),
)
WEEKLY_REVIEW = _default(
    "weekly-review",
    "Weekly review",
    _questions(
        "What went well this week?",
        "Which experiments did I run, and what did they teach me?",
        "What keeps getting in my way?",
        "What standard will I keep, change or drop?",
        "What is my focus for next week?",
    ),
)
DEFAULT_PROMPTS = (DAILY_REFLECTION, GEMBA_WALK, WEEKLY_REVIEW)


class PromptRepository(Repository[Prompt]):
    """The prompts in the file, seeded with the defaults the first time they are used."""

    table_name = "prompts"
    kind = "prompt"

    def __init__(self, db: TinyDB, storage: AtomicJSONStorage, clock: Clock, settings: Any) -> None:
        """Use `db`'s prompts table and `settings` for the seeding flag and the default prompt."""
        super().__init__(db, storage, clock)
        self._settings = settings
        self._seed_tried = False

    def from_dict(self, data: dict[str, Any]) -> Prompt:
        """Build a prompt."""
        return Prompt.from_dict(data)

    def search_text(self, item: Prompt) -> str:
        """Name and body, lower-cased."""
        return f"{item.name}\n{item.body}".lower()

    def _cache(self) -> dict[str, Prompt]:
        """All prompts by id, after seeding the defaults once per file."""
        if not self._seed_tried and not self._settings.get(SEEDED_SETTING):
            self._seed()
        return super()._cache()

    def _seed(self) -> None:
        """Store the default prompts once, in one save; if it fails they are usable but unsaved."""
        self._seed_tried = True
        try:
            with self._storage.batch():
                self._settings.set(SEEDED_SETTING, True)
                table = self._table
                missing = [p for p in DEFAULT_PROMPTS if not table.contains(doc_id=p.id)]  # type: ignore[arg-type]
                table.insert_multiple(Document(p.to_dict(), doc_id=p.id) for p in missing)  # type: ignore[arg-type]
        except StoreError:
            super()._cache()
            self._items.update({p.id: p for p in DEFAULT_PROMPTS})

    def list(self) -> list[Prompt]:
        """Every prompt, by name."""
        return sorted(self._cache().values(), key=lambda p: (p.name.lower(), p.id))

    def default(self) -> Prompt | None:
        """The prompt `n` starts from: the chosen one, else the daily reflection, else the first."""
        prompts = self._cache()
        chosen = self._settings.get(DEFAULT_SETTING)
        for wanted in (chosen, DAILY_REFLECTION.id):
            if isinstance(wanted, str) and wanted in prompts:
                return prompts[wanted]
        listed = self.list()
        return listed[0] if listed else None

    def set_default(self, prompt_id: str) -> None:
        """Make the prompt with this id the one `n` uses."""
        self.get(prompt_id)
        self._settings.set(DEFAULT_SETTING, prompt_id)

    def new(self, name: str, body: str = "") -> Prompt:
        """Add a new prompt; raises ValidationError for an empty name."""
        return self.add(Prompt(name=name, body=body, updated=self._clock.now()))


__all__ = ["DEFAULT_PROMPTS", "Prompt", "PromptRepository", "ValidationError"]
