"""The value limits the spec states for an attribute (``minimum``/``maximum``, ``max_length``,
``pattern``, and for a list ``min_items``/``max_items``/``unique_items``/``one_variant``) and why
a value breaks
them: one wording for the SDK's refusal on assignment and the simulator's 422. A small module of
its own, since the codecs load with ``import didww`` and the catalog module does not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

Number = int | float | Decimal


@dataclass(frozen=True)
class Limits:
    """What a value sent for one attribute must keep to; every limit is optional. Each kind of
    attribute states its own: a number a range, a string a length and a pattern, a list counts.
    """

    minimum: Number | None = None
    maximum: Number | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    one_variant: bool = False
    """A list of union values: every member of the same variant (its wire ``type``)."""

    def __bool__(self) -> bool:
        """Whether any limit is stated."""
        return self != _NONE

    def describe(self) -> str:
        """The limits in words: ``from 1 to 65535``, ``at least 5``, ``at most 15 characters``,
        ``text matching ^[0-9#]+$``, ``a list of 1 to 60 members, each once``."""
        if self.min_items is not None or self.max_items is not None:
            return f"a list of {self._count()}"
        if self.unique_items:
            return "a list holding each member once" + (
                ", all of one type" if self.one_variant else ""
            )
        if self.one_variant:
            return "a list of members of one type"
        if self.pattern is not None:
            length = f"at most {self.max_length} characters " if self.max_length else "text "
            return f"{length}matching {self.pattern}"
        if self.max_length is not None:
            return f"at most {self.max_length} characters"
        if self.minimum is not None and self.maximum is not None:
            return f"from {self.minimum} to {self.maximum}"
        if self.minimum is not None:
            return f"at least {self.minimum}"
        return f"at most {self.maximum}"

    def refusal(self, value: object) -> str | None:
        """Why ``value`` is outside the limits (``must be from 1 to 65535, not 70000``); None when
        it is within them, or is not a number (for a range), a string (for a length or pattern)
        or a list (for counts): the type check says the rest. A decimal sent as text (``'1.50'``)
        is read as the number it spells.

        A text that breaks a pattern, and a repeated list member, are not repeated in the
        refusal (the member is named by index): the attribute may be one whose values are not
        to be shown, and the refusal ends up in logs and tracebacks."""
        if self.on_lists:
            return self._list_refusal(value) if isinstance(value, (list, tuple)) else None
        if self.max_length is not None or self.pattern is not None:
            return self._text_refusal(value) if isinstance(value, str) else None
        return self._range_refusal(value)

    @property
    def on_lists(self) -> bool:
        """Whether a limit of a list is stated: members counted, unique or of one type."""
        return (
            self.min_items is not None
            or self.max_items is not None
            or self.unique_items
            or self.one_variant
        )

    def _count(self) -> str:
        low, high = self.min_items, self.max_items
        if low is not None and high is not None:
            text = f"{low} to {high} members"
        elif low is not None:
            text = f"at least {low} member{'s' if low > 1 else ''}"
        else:
            text = f"at most {high} members"
        text += ", each once" if self.unique_items else ""
        return text + (", all of one type" if self.one_variant else "")

    def _list_refusal(self, values: list[object] | tuple[object, ...]) -> str | None:
        count = len(values)
        low, high = self.min_items, self.max_items
        if (low is not None and count < low) or (high is not None and count > high):
            counts = Limits(min_items=low, max_items=high)._count()
            return f"must hold {counts}, got {count}"
        if self.unique_items:
            seen: dict[object, int] = {}
            for index, value in enumerate(values):
                try:
                    earlier = seen.setdefault(value, index)
                except TypeError:  # unhashable (an object's dict): compared with each earlier one
                    earlier = next((i for i in range(index) if values[i] == value), index)
                if earlier != index:
                    return f"item {index} repeats item {earlier}; each member goes once"
        if self.one_variant and values:
            first = _variant(values[0])
            for index, value in enumerate(values[1:], 1):
                other = _variant(value)
                if first is not None and other is not None and other != first:
                    return f"item {index} is {other} but item 0 is {first}: all must be of one type"
        return None

    def _text_refusal(self, value: str) -> str | None:
        if self.max_length is not None and len(value) > self.max_length:
            return f"must be at most {self.max_length} characters, got {len(value)}"
        # fullmatch: ``$`` alone also matches before a final newline, which the value would keep.
        if self.pattern is not None and re.fullmatch(self.pattern, value) is None:
            return f"must match {self.pattern}"
        return None

    def _range_refusal(self, value: object) -> str | None:
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
        low, high = self.minimum, self.maximum
        if (low is not None and number < low) or (high is not None and number > high):
            return f"must be {self.describe()}, not {value}"
        return None


_NONE = Limits()


def _variant(value: object) -> str | None:
    """The wire ``type`` of a union member: a nested object's, or a JSON object's ``type``; None
    for anything else (its own check says what it is)."""
    found = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return found if isinstance(found, str) else None
