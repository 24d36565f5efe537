"""Small shared types: the "not given" sentinel and JSON aliases."""

from __future__ import annotations

from enum import Enum
from typing import Any, Final, Literal, TypeAlias

JSON: TypeAlias = Any
"""A value as it appears in a decoded JSON document."""

JSONObject: TypeAlias = dict[str, Any]


class NotGiven(Enum):
    """Marks a keyword argument the caller did not pass (``None`` means "send null")."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
