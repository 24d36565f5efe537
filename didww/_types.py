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


_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1
"""The integers 64 bits hold, with a sign: all the API takes."""


def integer_refusal(value: int) -> str | None:
    """Why an integer cannot be sent (it needs more than 64 bits); None when it can. Said
    without the digits: Python will not even write an integer of over 4300 of them."""
    if _INT64_MIN <= value <= _INT64_MAX:
        return None
    # The bits with the sign, as two's complement counts them (-2**63 takes 64).
    bits = (value if value > 0 else ~value).bit_length() + 1
    return f"expected an integer of at most 64 bits, got one of {bits}"
