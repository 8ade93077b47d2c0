"""The A3 form's fields: what each is called, how it is edited, and how its text becomes card values.

Pure: no Textual. The card-detail screen turns a card into form text with `form_values` and the
edited text back into card changes with `parse_changes` (which raises ValidationError naming the field).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from lean_journal.model import Card, ValidationError
from lean_journal.model.card import MAX_WHYS, guess_struggle_from
from lean_journal.model.validation import check_number, check_optional_day, check_tags, check_title
from lean_journal.pdca.wording import STRUGGLE_FROM_LABELS, field_label

Kind = Literal["line", "text", "number", "date", "tags", "choice"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One editable field of the A3: the form key, how it is edited, and words the form adds to its label."""

    key: str
    kind: Kind = "line"
    placeholder: str = ""
    hint: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    """For a "choice": (label, value) pairs, in the order offered."""

    @property
    def label(self) -> str:
        """The field's label, from the one table (pdca.wording.FIELD_LABELS)."""
        return label_of(self.key)

    @property
    def heading(self) -> str:
        """What the form shows above the editor: the label and its hint."""
        return self.label + self.hint


def _f(key: str, kind: Kind = "line", placeholder: str = "", hint: str = "") -> FieldSpec:
    """Shorthand for a field spec."""
    return FieldSpec(key, kind, placeholder, hint)


WHY_KEYS = tuple(f"why{n}" for n in range(1, MAX_WHYS + 1))
WHY_LABELS = {key: f"Why {n}" for n, key in enumerate(WHY_KEYS, start=1)}


def form_key(card_field: str) -> str:
    """The form field that edits a card field ('whys' is edited in 'why1'…'why5')."""
    return WHY_KEYS[0] if card_field == "whys" else card_field


def label_of(key: str) -> str:
    """The label of a form field: 'Why n' for the whys, else the card field's label."""
    return WHY_LABELS.get(key) or field_label(key)


# Each section is a list of rows; each row holds one or more fields shown side by side.
HEADER_ROWS = (
    (_f("title"),),
    (_f("tags", "tags", "space separated"),),
    (_f("impact", "number"), _f("impact_unit", placeholder="min saved/week…")),
)
STRUGGLE_ROWS = (
    (
        FieldSpec(
            "struggle_from", "choice", choices=tuple((t, k.value) for k, t in STRUGGLE_FROM_LABELS.items())
        ),
        _f("source", placeholder="Karen (my boss), the Monday huddle…"),
    ),
    (_f("struggle", "text"),),
    (_f("evidence", "text"),),
)
PLAN_ROWS = (
    (_f("problem", "text"),),
    (_f("current_condition", "text"),),
    (_f("target"),),
    (
        _f("baseline", "number"),
        _f("target_value", "number"),
        _f("unit", placeholder="min/week, errors/day…"),
    ),
    (_f("root_cause", "text"),),
    *((_f(key),) for key in WHY_KEYS),
    (_f("hypothesis", "text"),),
    (_f("measure"),),
    (_f("check_date", "date", "YYYY-MM-DD"),),
)
CHECK_ROWS = (
    (_f("actual", "number"),),
    (_f("result", "text", hint=": what happened"),),
    (_f("learned", "text"),),
)
ACT_ROWS = (
    (_f("standard", "text", hint=" written down"),),
    (_f("next_step"),),
)

ALL_SPECS: dict[str, FieldSpec] = {
    spec.key: spec
    for rows in (HEADER_ROWS, STRUGGLE_ROWS, PLAN_ROWS, CHECK_ROWS, ACT_ROWS)
    for row in rows
    for spec in row
}


def show_number(value: float | None) -> str:
    """A number as a person would type it: 12 rather than 12.0; empty for None."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def preview_number(text: str) -> float | None:
    """A typed number for a live preview, or None if it is empty or not a number."""
    try:
        return check_number("number", text.strip())
    except ValidationError:
        return None


def form_values(card: Card) -> dict[str, str]:
    """The text each form field shows for this card."""
    values: dict[str, str] = {}
    for key, spec in ALL_SPECS.items():
        if key in WHY_KEYS:
            continue
        raw = getattr(card, key)
        if spec.kind == "number":
            values[key] = show_number(raw)
        elif spec.kind == "date":
            values[key] = raw.isoformat() if raw else ""
        elif spec.kind == "tags":
            values[key] = " ".join(raw)
        elif spec.kind == "choice":
            values[key] = str(raw.value)
        else:
            values[key] = raw
    whys = (*card.whys, *([""] * MAX_WHYS))
    values.update(zip(WHY_KEYS, whys, strict=False))
    return values


def changed_keys(card: Card, edited: Mapping[str, str]) -> list[str]:
    """The form fields whose text differs from what the card holds."""
    saved = form_values(card)
    return [key for key, text in edited.items() if saved.get(key, "") != text]


def _parse_one(key: str, text: str) -> Any:
    """The card value for one field's text; ValidationError names the field on bad input."""
    kind = ALL_SPECS[key].kind
    if kind == "number":
        return check_number(key, text.strip())
    if kind == "date":
        return check_optional_day(key, text.strip())
    if kind == "tags":
        return check_tags(key, text)
    if kind == "choice":
        return _check_choice(key, text)
    if key == "title":
        return check_title(key, text)
    return text.strip() if kind == "line" else text


def _check_choice(key: str, text: str) -> str:
    """The chosen value if it is one the field offers; ValidationError names the field otherwise."""
    offered = [value for _label, value in ALL_SPECS[key].choices]
    if text not in offered:
        raise ValidationError(key, f"{text!r} is not one of {', '.join(offered)}")
    return text


def parse_changes(edited: Mapping[str, str], keys: Iterable[str]) -> dict[str, Any]:
    """Card changes for the given form fields; raises ValidationError naming the first bad field."""
    changes: dict[str, Any] = {}
    for key in keys:
        if key in WHY_KEYS:
            changes["whys"] = tuple(edited[k].strip() for k in WHY_KEYS if edited.get(k, "").strip())
        else:
            changes[key] = _parse_one(key, edited[key])
    return changes


def follows_source(card: Card) -> bool:
    """Whether the card's "whose struggle" is still the one its "raised by" text suggests (never chosen)."""
    return card.struggle_from is guess_struggle_from(card.source)


def whose_for(source: str) -> str:
    """The "whose struggle" value the form suggests for a typed "raised by" ("my boss Karen" → boss)."""
    return guess_struggle_from(source).value


def describe_error(error: ValidationError) -> str:
    """One clear line naming the field: 'Check date: '2026-13-01' is not a date (use YYYY-MM-DD)'."""
    return f"{label_of(form_key(error.field))}: {error.problem}"
