"""Small shared types: the "not given" sentinel and JSON aliases; what is a finite number."""

from __future__ import annotations

import math
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


def finite_float(value: object) -> float | None:
    """``value`` as a float when it is a finite real number (a bool is not one); None otherwise,
    also for an int too large for a float (``10**400``), on which ``float()`` and
    ``math.isfinite()`` raise OverflowError."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None
