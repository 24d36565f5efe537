"""The value limits the spec states for an attribute (``minimum``/``maximum``, ``max_length``,
``pattern``, and for a list ``min_items``/``max_items``/``unique_items``) and why a value breaks
them: one wording for the SDK's refusal on assignment and the simulator's 422. A small module of
its own, since the codecs load with ``import didww`` and the catalog module does not."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation


def describe_limits(
    minimum: int | float | Decimal | None,
    maximum: int | float | Decimal | None,
    max_length: int | None = None,
    pattern: str | None = None,
    *,
    min_items: int | None = None,
    max_items: int | None = None,
    unique_items: bool = False,
) -> str:
    """The limits in words: ``from 1 to 65535``, ``at least 5``, ``at most 15 characters``,
    ``text matching ^[0-9#]+$``, ``a list of 1 to 60 members, each once``."""
    if min_items is not None or max_items is not None:
        return f"a list of {describe_count(min_items, max_items, unique_items)}"
    if unique_items:
        return "a list holding each member once"
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


def describe_count(min_items: int | None, max_items: int | None, unique_items: bool) -> str:
    """How many members a list takes: ``1 to 60 members, each once``, ``at least 1 member``."""
    if min_items is not None and max_items is not None:
        text = f"{min_items} to {max_items} members"
    elif min_items is not None:
        text = f"at least {min_items} member{'s' if min_items > 1 else ''}"
    elif max_items is not None:
        text = f"at most {max_items} members"
    else:
        text = "members"
    return text + (", each once" if unique_items else "")


def count_refusal(
    values: list[object] | tuple[object, ...],
    min_items: int | None,
    max_items: int | None,
    unique_items: bool,
) -> str | None:
    """Why a list of ``values`` has too few or too many members, or one twice (by index: the
    members are not repeated); None when it keeps to the limits."""
    count = len(values)
    if (min_items is not None and count < min_items) or (
        max_items is not None and count > max_items
    ):
        return f"must hold {describe_count(min_items, max_items, False)}, got {count}"
    if unique_items:
        seen: dict[object, int] = {}
        for index, value in enumerate(values):
            try:
                earlier = seen.setdefault(value, index)
            except TypeError:  # unhashable (an object's dict): compared with each earlier one
                earlier = next((i for i in range(index) if values[i] == value), index)
            if earlier != index:
                return f"item {index} repeats item {earlier}; each member goes once"
    return None


def limit_refusal(
    value: object,
    minimum: int | float | Decimal | None,
    maximum: int | float | Decimal | None,
    max_length: int | None = None,
    pattern: str | None = None,
    *,
    min_items: int | None = None,
    max_items: int | None = None,
    unique_items: bool = False,
) -> str | None:
    """Why ``value`` is outside the limits (``must be from 1 to 65535, not 70000``); None when it
    is within them, or is not a number (for a range) or a string (for a length or pattern). A
    decimal sent as text (``'1.50'``) is read as the number it spells. Shared by the SDK's
    :class:`~didww._codecs.Limited` and the simulator, so that both say the same.

    A text that breaks a pattern is not repeated in the refusal: the attribute may be one whose
    values are not to be shown (the refusal ends up in logs and tracebacks)."""
    if min_items is not None or max_items is not None or unique_items:
        if not isinstance(value, (list, tuple)):
            return None
        return count_refusal(value, min_items, max_items, unique_items)
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
