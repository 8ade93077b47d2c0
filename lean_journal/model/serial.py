"""Turning model dataclasses into JSON-ready dictionaries and back."""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from lean_journal.model.validation import ValidationError

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A JSON-ready copy of a model value: dates as ISO text, tuples as lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_plain(item) for item in value]
    return value


@cache
def _field_names(cls: type) -> tuple[frozenset[str], tuple[str, ...]]:
    """The field names of a dataclass, and those without a default."""
    known = fields(cls)
    required = tuple(f.name for f in known if f.default is MISSING and f.default_factory is MISSING)
    return frozenset(f.name for f in known), required


def from_plain(cls: type[T], data: dict[str, Any]) -> T:
    """Build a model object from a dictionary, ignoring keys it does not know."""
    if not isinstance(data, dict):
        raise ValidationError(cls.__name__, "must be an object")
    names, required = _field_names(cls)  # type: ignore[arg-type]
    for name in required:
        if data.get(name) is None:
            raise ValidationError(name, "is missing")
    if names.issuperset(data):
        return cls(**data)
    return cls(**{key: value for key, value in data.items() if key in names})
