"""Base classes for the generated enums.

DIDWW adds enum values over time. A value this SDK does not know yet must not break decoding, so the
enums are *open*: a value read from the API that no member has becomes a pseudo-member that keeps
the wire value and still compares equal to it.

Writing is strict: ``CliFormat("E.164")`` raises :class:`didww.ClientError` listing the members,
because a typo should fail here and not at the server. A value newer than this SDK can still be
written on purpose with :meth:`OpenStrEnum.unchecked` (or :meth:`OpenIntEnum.unchecked`).
"""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from didww._arguments import check_methods
from didww._errors import ClientError, a_or_an, shown_value
from didww._types import integer_refusal

S = TypeVar("S", bound="OpenStrEnum")
I = TypeVar("I", bound="OpenIntEnum")  # noqa: E741


def refusal(cls: type[Enum], value: object) -> ClientError:
    """The error for writing ``value`` as a member of ``cls``."""
    wire = str if issubclass(cls, str) else int
    if wire is int:
        # A number alone says nothing ("9"): each is shown with its member's name.
        allowed = ", ".join(f"{m.value} ({m.name})" for m in cls)
    else:
        allowed = ", ".join(repr(m.value) for m in cls)
    if not isinstance(value, wire) or isinstance(value, bool):
        # Not a wire value at all (a model, a bool, a value of the other kind): unchecked()
        # would refuse it too, so it is not offered.
        kind = a_or_an(type(value).__name__)
        given = f"{shown_value(value)} ({kind})" if isinstance(value, (str, int, float)) else kind
        named = member_named(cls, value)
        hint = f"; did you mean {cls.__name__}.{named.name}?" if named is not None else ""
        return ClientError(
            f"{given} is not a member of {cls.__name__}: expected one of {allowed}{hint}"
        )
    named = member_named(cls, value)
    if named is not None:  # "E164" for the member E164, whose value is "e164"
        return ClientError(
            f"{shown_value(value)} is not a member of {cls.__name__}: expected one of {allowed}; "
            f"did you mean {cls.__name__}.{named.name}?"
        )
    return ClientError(
        f"{shown_value(value)} is not a member of {cls.__name__}: expected one of {allowed} "
        f"(for a value newer than this SDK, use {cls.__name__}.unchecked({shown_value(value)}))"
    )


def _other_enum(member: Enum, other: object) -> bool:
    """Whether ``other`` is a member of another enum than ``member``'s, which ``member`` never
    equals, whatever their values: a transport protocol is no DTMF format, though both number
    their members from 1, and Python's own rule, comparing the values, said ``UDP`` was
    ``RFC_2833``. The same enum of another API version is not another enum: its members mean
    what their values mean in this one (the versions' documents number every enum they share
    alike), so a member read from a 2026-10-22 client equals the member of ``didww.enums``
    with its value. The wire value itself (an int, a str) equals the member too, and so does a
    member of a caller's own enum with that value, as Python's rule has it: only the SDK's
    enums are told apart, so ``==`` gives the same answer whichever side the member is on."""
    return (
        isinstance(other, (OpenStrEnum, OpenIntEnum))
        and type(other).__name__ != type(member).__name__
    )


def member_named(cls: type[Enum], value: object) -> Enum | None:
    """The member whose name ``value`` spells, in any case (``"pcmu"``: ``Codec.PCMU``)."""
    if not isinstance(value, str):
        return None
    return cls.__members__.get(value.strip().upper().replace("-", "_"))


class OpenStrEnum(str, Enum):
    """A string enum whose members compare equal to their wire values, and unequal to the
    members of any other enum (see :func:`_other_enum`)."""

    def __eq__(self, other: object) -> bool:
        return False if _other_enum(self, other) else str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return True if _other_enum(self, other) else str.__ne__(self, other)

    __hash__ = str.__hash__  # as before: a member finds its wire value's dict entry

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        raise refusal(cls, value)

    @classmethod
    def unchecked(cls: type[S], value: str) -> S:
        """The member for ``value``, or a pseudo-member when no member has it (a value newer
        than this SDK); the escape hatch for writing such a value. An empty str is no value
        and raises :class:`didww.ClientError` (send None for null)."""
        if not isinstance(value, str):
            raise ClientError(f"{cls.__name__}.unchecked() takes a str, got {shown_value(value)}")
        if not value:
            raise ClientError(
                f"{cls.__name__}.unchecked() takes a wire value, got '' (assign None for null)"
            )
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value.upper()
        pseudo._value_ = value
        return pseudo

    @property
    def is_known(self) -> bool:
        """Whether this is a member this SDK knows (False for a value newer than the SDK)."""
        return self._value_ in type(self)._value2member_map_

    def __reduce_ex__(self, protocol: Any) -> Any:
        # Rebuilt through unchecked(): Enum's own way calls the class, which refuses a value
        # newer than this SDK, so a model read from an answer holding one (a cache entry, an
        # error's ``last``) could be pickled but not loaded back. A known value is its member.
        return type(self).unchecked, (self._value_,)


class OpenIntEnum(int, Enum):
    """An integer enum whose members compare equal to their wire values, and unequal to the
    members of any other enum (see :func:`_other_enum`)."""

    def __eq__(self, other: object) -> bool:
        return False if _other_enum(self, other) else int.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return True if _other_enum(self, other) else int.__ne__(self, other)

    __hash__ = int.__hash__

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        raise refusal(cls, value)

    @classmethod
    def unchecked(cls: type[I], value: int) -> I:
        """The member for ``value``, or a pseudo-member when no member has it (a value newer
        than this SDK); the escape hatch for writing such a value."""
        if not isinstance(value, int) or isinstance(value, bool):
            raise ClientError(f"{cls.__name__}.unchecked() takes an int, got {shown_value(value)}")
        refusal = integer_refusal(value)  # as an integer field refuses it
        if refusal is not None:
            raise ClientError(f"{cls.__name__}.unchecked() {refusal.replace('expected', 'takes')}")
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
        pseudo = int.__new__(cls, value)
        pseudo._name_ = f"UNKNOWN_{value}"
        pseudo._value_ = value
        return pseudo

    @property
    def is_known(self) -> bool:
        """Whether this is a member this SDK knows (False for a value newer than the SDK)."""
        return self._value_ in type(self)._value2member_map_

    def __reduce_ex__(self, protocol: Any) -> Any:
        return type(self).unchecked, (self._value_,)  # see OpenStrEnum.__reduce_ex__


check_methods(OpenStrEnum)  # a misspelt keyword raises ArgumentError, with the closest one


check_methods(OpenIntEnum)  # a misspelt keyword raises ArgumentError, with the closest one
