"""Base classes for the generated enums.

DIDWW adds enum values over time. A value this SDK does not know yet must not break decoding, so the
enums are *open*: looking up an unknown value creates a pseudo-member that keeps the wire value and
still compares equal to it.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class OpenStrEnum(str, Enum):
    """A string enum whose members compare equal to their wire values."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member


class OpenIntEnum(int, Enum):
    """An integer enum whose members compare equal to their wire values."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
