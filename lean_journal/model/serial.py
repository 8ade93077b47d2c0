"""Turning model dataclasses into JSON-ready dictionaries and back, and the mixin that shares it."""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass, replace
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from lean_journal.model.validation import ValidationError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

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


def nested(kind: type[T], name: str, values: Any) -> tuple[T, ...]:
    """A tuple of nested dataclasses, accepting objects or dictionaries."""
    if values is None:
        return ()
    if not isinstance(values, (list, tuple)):
        raise ValidationError(name, "must be a list")
    return tuple(v if isinstance(v, kind) else from_plain(kind, v) for v in values)


class Serial:
    """The methods every model value shares: a validated copy and a JSON round trip.

    Subclasses are frozen dataclasses; `replace` runs their `__post_init__`, so a copy is validated
    as a new object would be. A class whose stored form differs overrides `to_dict`/`from_dict`.
    """

    __slots__ = ()

    def with_changes(self, **changes: Any) -> Self:
        """A validated copy with some fields changed."""
        return replace(cast("DataclassInstance", self), **changes)  # type: ignore[return-value]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return cast("dict[str, Any]", to_plain(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build an object from a dictionary made by `to_dict`."""
        return from_plain(cls, data)


SHORT_ID_LENGTH = 8
"""How many leading characters of an id name it in text."""


class Identified(Serial):
    """A model value with an `id`, named in text by its first eight characters."""

    __slots__ = ()
    id: str

    @property
    def short_id(self) -> str:
        """The first eight characters of the id, enough to name it in text."""
        return self.id[:SHORT_ID_LENGTH]
