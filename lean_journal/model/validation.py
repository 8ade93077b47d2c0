"""Field validation shared by every model class: each error names the field it is about."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar

CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
E = TypeVar("E", bound=Enum)
WHITESPACE = re.compile(r"\s")
UNSAVEABLE = re.compile("[\ud800-\udfff]")
MAX_TITLE = 500
MAX_TAG = 64


class ValidationError(ValueError):
    """A bad value for one named field."""

    def __init__(self, field: str, problem: str) -> None:
        """Remember the field and build a message that names it."""
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def new_id() -> str:
    """A fresh random UUID string, so documents from two files can be merged."""
    import uuid  # imported when first needed: it is slow to import and reads rarely need it

    return str(uuid.uuid4())


def check_id(field: str, value: Any) -> str:
    """Accept a UUID string (normalised to lower case) or raise."""
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a UUID string, not {type(value).__name__}")
    if CANONICAL_UUID.fullmatch(value):
        return value
    import uuid

    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a UUID") from None


def check_title(field: str, value: Any) -> str:
    """A non-empty single-line title of sensible length."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    text = " ".join(check_text(field, value).split())
    if not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > MAX_TITLE:
        raise ValidationError(field, f"is {len(text)} characters long; the limit is {MAX_TITLE}")
    return text


def check_text(field: str, value: Any) -> str:
    """Free text (may be empty); None becomes the empty string."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if not value.isascii() and UNSAVEABLE.search(value):
        raise ValidationError(field, "contains broken characters (lone surrogates) that cannot be saved")
    return value


def check_rating(field: str, value: Any) -> int | None:
    """A 1-5 rating such as mood or energy, or None for 'not recorded'."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"must be a whole number from 1 to 5, not {value!r}")
    if not 1 <= value <= 5:
        raise ValidationError(field, f"must be from 1 to 5, not {value}")
    return value


def check_day(field: str, value: Any) -> date:
    """A calendar day, given as a date or an ISO 'YYYY-MM-DD' string."""
    if isinstance(value, datetime):
        raise ValidationError(field, "must be a day, not a timestamp")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"{value!r} is not a date (use YYYY-MM-DD)") from None
    raise ValidationError(field, f"must be a date, not {type(value).__name__}")


def check_optional_day(field: str, value: Any) -> date | None:
    """A day or None."""
    return None if value in (None, "") else check_day(field, value)


def check_timestamp(field: str, value: Any) -> datetime:
    """A timezone-aware moment, given as a datetime or an ISO-8601 string."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"{value!r} is not an ISO-8601 timestamp") from None
    if not isinstance(value, datetime):
        raise ValidationError(field, f"must be a timestamp, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, "must include a timezone offset")
    return value


def check_number(field: str, value: Any) -> float | None:
    """A finite number or None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "must be a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(field, f"{value!r} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError(field, "must be a finite number")
    return number


def check_enum(field: str, value: Any, kind: type[E]) -> E:
    """One member of the enum `kind`, given as the member or its value."""
    if type(value) is kind:
        return value
    try:
        return kind(value)
    except (ValueError, TypeError):
        allowed = ", ".join(str(member.value) for member in kind)
        raise ValidationError(field, f"{value!r} is not one of {allowed}") from None


def normalise_tag(value: Any, field: str = "tags") -> str:
    """A tag as stored: no leading '#', lower case, no spaces."""
    if not isinstance(value, str):
        raise ValidationError(field, "tags must be text")
    tag, problem = _normalised(value)
    if problem:
        raise ValidationError(field, problem)
    return tag


@lru_cache(maxsize=8192)
def _normalised(value: str) -> tuple[str, str]:
    """The normalised tag and, if it is unusable, why (tags repeat, so this is cached)."""
    tag = value.strip().lstrip("#").strip().lower()
    if not tag:
        return tag, "a tag must not be empty"
    if WHITESPACE.search(tag):
        return tag, f"tag {value!r} must not contain spaces"
    if UNSAVEABLE.search(tag):
        return tag, "a tag contains broken characters (lone surrogates)"
    if len(tag) > MAX_TAG:
        return tag, f"tag {value!r} is longer than {MAX_TAG} characters"
    return tag, ""


def check_tags(field: str, values: Any) -> tuple[str, ...]:
    """Tags normalised and de-duplicated, first spelling kept in order."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = values.replace(",", " ").split()
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(normalise_tag(value, field), None)
    return tuple(seen)


def check_strings(field: str, values: Any) -> tuple[str, ...]:
    """A tuple of non-empty strings (links and the like)."""
    if values is None:
        return ()
    if isinstance(values, str) or not isinstance(values, (list, tuple)):
        raise ValidationError(field, "must be a list of text")
    out = []
    for value in values:
        if not isinstance(value, str):
            raise ValidationError(field, "must be a list of text")
        if check_text(field, value).strip():
            out.append(value.strip())
    return tuple(out)
