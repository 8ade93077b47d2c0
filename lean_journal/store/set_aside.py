"""Documents set aside: stored documents that do not validate (a hand edit, an old bug).

They are never loaded as model objects, never rewritten and never dropped: the file keeps them exactly as
they are (every save writes them back unchanged), the rest of the journal works as usual, and the user is
told once how many there are and that `lean-journal check` lists them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lean_journal.model import ValidationError

CHECK_COMMAND = "lean-journal check"
UNREADABLE = (ValidationError, TypeError, ValueError, KeyError, AttributeError, OverflowError)
"""What building a model object from a hand-edited document can raise (ValidationError for a bad value;
the others for shapes the model never expected, e.g. a list of numbers where tags are text)."""


@dataclass(frozen=True)
class SetAside:
    """One stored document that could not be read: where it is, which field, and why."""

    table: str
    doc_id: str
    field: str
    reason: str
    document: dict[str, Any]
    """The document as stored (read-only: it is the store's own copy)."""


def set_aside(table: str, doc_id: str, document: dict[str, Any], error: Exception) -> SetAside:
    """The record of a document that `error` kept from being read."""
    if isinstance(error, ValidationError):
        return SetAside(table, doc_id, error.field, error.problem, document)
    return SetAside(table, doc_id, "?", f"unexpected shape ({type(error).__name__}: {error})", document)


def summary(problems: Sequence[SetAside]) -> str:
    """One line telling the user how many documents were set aside and where to see them."""
    count = len(problems)
    noun = "document" if count == 1 else "documents"
    verb = "was" if count == 1 else "were"
    them = "it" if count == 1 else "them"
    return (
        f"{count} {noun} in the journal could not be read and {verb} set aside "
        f"(kept unchanged in the file); `{CHECK_COMMAND}` lists {them}"
    )


def export_form(problem: SetAside) -> dict[str, Any]:
    """How a JSON export holds a set-aside document: where it was, why, and the document as stored."""
    return {
        "table": problem.table,
        "id": problem.doc_id,
        "problem": f"{problem.field}: {problem.reason}",
        "document": problem.document,
    }
