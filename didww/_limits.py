"""The value limits the spec states for an attribute (``minimum``/``maximum``, ``max_length``,
``pattern``) and why a value breaks them: one wording for the SDK's refusal on assignment and the
simulator's 422. A small module of its own, since the codecs load with ``import didww`` and the
catalog module does not."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation


def describe_limits(
    minimum: int | float | Decimal | None,
    maximum: int | float | Decimal | None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> str:
    """The limits in words: ``from 1 to 65535``, ``at least 5``, ``at most 15 characters``,
    ``text matching ^[0-9#]+$``."""
    if pattern is not None:
        length = f"at most {max_length} characters " if max_length is not None else "text "
        return f"{length}matching {pattern}"
    if max_length is not None:
        return f"at most {max_length} characters"
    if minimum is not None and maximum is not None:
        return f"from {minimum} to {maximum}"
    if minimum is not None:
        return f"at least {minimum}"
    return f"at most {maximum}"


def limit_refusal(
    value: object,
    minimum: int | float | Decimal | None,
    maximum: int | float | Decimal | None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> str | None:
    """Why ``value`` is outside the limits (``must be from 1 to 65535, not 70000``); None when it
    is within them, or is not a number (for a range) or a string (for a length or pattern). A
    decimal sent as text (``'1.50'``) is read as the number it spells. Shared by the SDK's
    :class:`~didww._codecs.Limited` and the simulator, so that both say the same.

    A text that breaks a pattern is not repeated in the refusal: the attribute may be one whose
    values are not to be shown (the refusal ends up in logs and tracebacks)."""
    if max_length is not None or pattern is not None:
        if not isinstance(value, str):
            return None
        if max_length is not None and len(value) > max_length:
            return f"must be at most {max_length} characters, got {len(value)}"
        # fullmatch: ``$`` alone also matches before a final newline, which the value would keep.
        if pattern is not None and re.fullmatch(pattern, value) is None:
            return f"must match {pattern}"
        return None
    number: object = value
    if isinstance(value, str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            return None
    if isinstance(number, bool) or not isinstance(number, (int, float, Decimal)):
        return None
    if (isinstance(number, Decimal) and number.is_nan()) or number != number:
        return None  # NaN: neither in nor out of a range; the type check says the rest
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return f"must be {describe_limits(minimum, maximum)}, not {value}"
    return None
