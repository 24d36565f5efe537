"""Conversions between wire (JSON) values and Python values, one codec per spec type.

Decoding is lazy: a model keeps the JSON it was loaded from and converts an attribute the first time
it is read. A codec raises :class:`WireTypeMismatch` when the JSON is not of the expected shape; the
caller then keeps the raw value, so one odd field never breaks a whole document.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import sys
from collections import UserString
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING, Any

from didww._api import mixed_versions, version_of_module
from didww._enum import OpenIntEnum, OpenStrEnum, member_named, refusal
from didww._errors import ClientError, a_or_an, map_json, shown_value
from didww._ids import id_problem
from didww._limits import Limits
from didww._types import JSON
from didww._types import integer_refusal as integer_refusal  # where the others look for it

if TYPE_CHECKING:
    from didww._nested import NestedObject


class WireTypeMismatch(Exception):
    """The JSON value does not have the type the spec promises."""


def _same_name_elsewhere(expected: type, got: type) -> str | None:
    """When ``got`` is the class of ``expected``'s name from another API version, the error text
    saying so: the class names alone would read "expected Codec, got Codec"."""
    if got.__name__ != expected.__name__ or got is expected:
        return None
    ours, theirs = version_of_module(expected.__module__), version_of_module(got.__module__)
    if ours is None or theirs is None or ours == theirs:
        return None
    use = f"{expected.__module__}.{expected.__qualname__}"
    return mixed_versions(expected.__name__, ours, theirs, use)


class Codec:
    """Converts one spec type between its JSON and Python forms."""

    #: Whether values of this type can be changed in place (lists, objects) and so need comparing.
    mutable = False
    #: Whether ``decode`` returns the wire value itself whenever it does not raise: a field of
    #: this type is read straight from the answer, without decoding or caching, once its type
    #: is checked against ``wire_type``.
    as_is = False
    #: For an ``as_is`` codec: the one JSON type its values have (str, int or bool), so that a
    #: read checks the value with ``type(raw) is wire_type`` before anything slower.
    wire_type: type | None = None
    #: ``(wire type, function, errors)``: for a wire value of exactly that type, ``function``
    #: (a C function: no Python call in between) gives what ``decode`` gives, or raises one of
    #: ``errors`` where ``decode`` would take another way. None when there is no such shortcut.
    fast: tuple[type, Callable[[Any], Any], tuple[type[Exception], ...]] | None = None
    #: Whether ``fast`` gives what ``decode`` gives only when its result is in UTC (timestamps).
    fast_utc = False
    #: Whether ``fast`` gives what ``decode`` gives only for a finite number written in ASCII
    #: digits with no blank or underscore (decimals: see :func:`is_decimal_text`).
    fast_decimal = False

    def decode(self, raw: JSON) -> Any:
        raise NotImplementedError

    def encode(self, value: Any) -> JSON:
        """The JSON form of ``value`` to send in a request."""
        raise NotImplementedError

    def data(self, value: Any) -> JSON:
        """The JSON form of ``value`` as ``to_json()`` writes it: what :meth:`encode` gives,
        but for nested objects, which keep what only the API writes (their read-only members)
        and are not judged as a request is."""
        return self.encode(value)

    def check(self, value: Any) -> Any:
        """``value`` as the model stores it when assigned; raises :class:`ClientError` when it
        is not of this type (the caller adds which field)."""
        self.encode(value)
        return value

    def changed(self, value: Any, raw: JSON) -> bool:
        """Whether ``value`` (decoded from ``raw`` earlier) was changed in place since."""
        return False

    def adopt(self, held: Any, fresh: Any) -> bool:
        """Whether ``held``, a mutable value the caller may still hold, can stay the model's
        value in place of ``fresh`` (after a save, the answer's): only when the two are equal,
        so that what the caller holds never changes under it. Nested objects are brought up to
        date with the answer they agree with."""
        return False

    def as_sent(self, raw: JSON) -> JSON:
        """``raw``, a value as an answer wrote it, as a request sends it back unchanged: the
        same, but for nested objects, whose read-only members (a SIP trunk's generated
        ``incoming_auth_password``) the API refuses in a request."""
        return raw

    def filter_refusal(self, item: str) -> str | None:
        """Why ``item``, one value of a filter on an attribute of this type as the query spells
        it, can match nothing; None when it may match (or this type cannot tell)."""
        return None

    def enum_refusal(self, enum: type[Enum]) -> str | None:
        """Why a value of ``enum`` made with ``unchecked()`` cannot be one of this type's, for a
        filter on an attribute of this type; None when it may be (or this type cannot tell)."""
        return None

    def member_refusal(self, member: Enum) -> str | None:
        """Why ``member``, a member of some enum, cannot stand for a value of this type in a
        filter on an attribute of this type (a member of another enum, whose text may match
        one of this type's by chance); None when it may (or this type cannot tell)."""
        return None

    def boolean_refusal(self) -> str | None:
        """Why a boolean (True or False) cannot stand for a value of this type in a filter on
        an attribute of this type, where its text (``true``) would pass as one; None when it
        may, or when the text's own check refuses it (an integer's, a date's)."""
        return None


class _Scalar(Codec):
    as_is = True  # read as sent once its type is checked (see Field): nothing to convert

    def __init__(self, name: str, accepts: Callable[[Any], bool], wire_type: type) -> None:
        self._name = name
        self._accepts = accepts
        self.wire_type = wire_type

    def decode(self, raw: JSON) -> Any:
        if not self._accepts(raw):
            raise WireTypeMismatch(self._name)
        return raw

    def encode(self, value: Any) -> JSON:
        if not self._accepts(value):
            raise ClientError(f"expected {self._name}, got {type(value).__name__}")
        return value


class _Boolean(_Scalar):
    def filter_refusal(self, item: str) -> str | None:
        return None if item in ("true", "false") else "is not a boolean (True or False)"


class _Integer(_Scalar):
    def encode(self, value: Any) -> JSON:
        encoded = super().encode(value)
        refusal = integer_refusal(encoded)
        if refusal is not None:
            raise ClientError(refusal)
        return encoded

    def filter_refusal(self, item: str) -> str | None:
        return None if is_integer_text(item) else "is not an integer"


def is_integer_text(text: str) -> bool:
    """Whether ``text`` is an integer as the API writes one: ASCII digits, a ``-`` before them
    or not. int() would also take " 7", "+7", "1_000" and other scripts' digits."""
    digits = text[1:] if text.startswith("-") else text
    return digits.isascii() and digits.isdigit()


def lone_surrogate(text: str) -> int | None:
    """The index of the first lone surrogate in ``text`` (``'\\udce9'``), or None when UTF-8
    can carry all of it.

    Python makes one of each byte it could not decode in a file name, ``sys.argv`` or an
    environment variable (the surrogateescape error handler). No request can carry one: sent,
    it would fail deep inside the request as a bare UnicodeEncodeError. Checked wherever the
    caller's text goes into a request; ASCII text, nearly all of it, is answered without
    encoding anything.
    """
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # UTF-8 refuses surrogates and nothing else
        return exc.start
    return None


def surrogate_refusal(text: str, index: int) -> str:
    """Why ``text``, whose character at ``index`` is a lone surrogate, cannot be sent; the
    caller says what the text is. The text is not quoted here: it may be a secret (a password
    attribute), so only the callers that know it is not show it."""
    return (
        f"holds {text[index]!r} at index {index}, a lone surrogate, which no request can carry: "
        "Python makes one of each byte it could not decode (in a file name, sys.argv or an "
        "environment variable); decode those bytes with their real encoding"
    )


class _String(_Scalar):
    """Text that UTF-8 can carry: checked when assigned and again when sent (an item appended to
    a list of str in place is seen only then)."""

    def boolean_refusal(self) -> str | None:
        # Sent as "true", which a text filter compares as text: matching nothing, silently.
        return "is a boolean, and this filter compares text"

    def member_refusal(self, member: Enum) -> str | None:
        # No enum holds a text attribute's values: a member's text would match only by chance
        # (another API version's CliFormat.E164 sent as "e164" to a description filter).
        return (
            f"{type(member).__name__}.{member.name} is an enum member, and this filter compares "
            f"text: pass {str(member.value)!r} as text if that is what you mean"
        )

    def encode(self, value: Any) -> JSON:
        # Every assignment and every send of a str attribute comes here: ASCII text, nearly all
        # of it, costs one isinstance and one isascii, and no call of a function of ours.
        if not isinstance(value, str):
            raise ClientError(f"expected str, got {type(value).__name__}")
        if not value.isascii():
            index = lone_surrogate(value)
            if index is not None:
                raise ClientError(f"the text {surrogate_refusal(value, index)}")
        return value


class _Id(_String):
    """The id of a resource of the API held in an attribute (an order item's ``sku_id``): text
    held to the rule of every id the SDK sends (:func:`didww._ids.id_problem`), so that ``""`` or
    ``"a/b"`` is refused when assigned rather than answered by the API as naming nothing. Read as
    a str is: an answer's value is never refused."""

    def encode(self, value: Any) -> JSON:
        text = super().encode(value)
        problem = id_problem(text)
        if problem is not None:
            raise ClientError(problem)
        return text


STRING = _String("str", lambda v: isinstance(v, str), str)
ID = _Id("str", lambda v: isinstance(v, str), str)
INTEGER = _Integer("int", lambda v: isinstance(v, int) and not isinstance(v, bool), int)
BOOLEAN = _Boolean("bool", lambda v: isinstance(v, bool), bool)


class Limited(Codec):
    """A codec whose values must lie within the limits the spec states for one attribute:
    ``minimum``/``maximum`` for a number, ``max_length`` (in characters) and ``pattern`` (a
    regular expression the whole text matches) for a string, ``min_items``/``max_items`` and
    ``unique_items`` and ``one_variant`` for a list. A value outside them is refused when assigned,
    before anything is sent, and a list edited in place past them when it is about to be sent;
    reading is the wrapped codec's, unchanged (a value the API returns is never refused).

    Only the attributes with limits get one, so that the others pay nothing for it."""

    def __init__(
        self,
        codec: Codec,
        *,
        minimum: int | float | None = None,
        maximum: int | float | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
        min_items: int | None = None,
        max_items: int | None = None,
        unique_items: bool = False,
        one_variant: bool = False,
    ) -> None:
        self.codec = codec
        self.limits = Limits(
            minimum, maximum, max_length, pattern, min_items, max_items, unique_items, one_variant
        )
        self.as_sent = codec.as_sent  # type: ignore[method-assign]
        self.data = codec.data  # type: ignore[method-assign]
        # Reads take the wrapped codec's own paths: the same shortcuts, no extra call.
        self.as_is = codec.as_is
        self.wire_type = codec.wire_type
        self.fast = codec.fast
        self.fast_utc = codec.fast_utc
        self.fast_decimal = codec.fast_decimal
        self.mutable = codec.mutable
        self.decode = codec.decode  # type: ignore[method-assign]
        self.filter_refusal = codec.filter_refusal  # type: ignore[method-assign]
        self.enum_refusal = codec.enum_refusal  # type: ignore[method-assign]
        self.member_refusal = codec.member_refusal  # type: ignore[method-assign]
        self.boolean_refusal = codec.boolean_refusal  # type: ignore[method-assign]
        # A list is edited in place: without these, an append would never be seen as a change.
        self.changed = codec.changed  # type: ignore[method-assign]
        self.adopt = codec.adopt  # type: ignore[method-assign]
        if not self.limits.on_lists:
            self.encode = codec.encode  # type: ignore[method-assign]

    def check(self, value: Any) -> Any:
        value = self.codec.check(value)
        refusal = self.limits.refusal(value)
        if refusal is not None:
            raise ClientError(refusal)
        return value

    def encode(self, value: Any) -> JSON:
        """A list's members may have been added or removed in place since it was assigned: the
        count is checked again on what is about to be sent. (Set for lists only: the other
        limits keep the wrapped codec's ``encode``.)"""
        encoded = self.codec.encode(value)
        refusal = self.limits.refusal(encoded)
        if refusal is not None:
            raise ClientError(refusal)
        return encoded

    def __repr__(self) -> str:
        return f"Limited({self.codec!r}, {self.limits.describe()})"


class _DecimalCodec(Codec):
    """Decimals: read from an answer as the API writes them (``"0.50"``, or a JSON number);
    what ``Decimal()`` also reads but no amount is written as is refused, on the way in as on
    the way out (:func:`is_decimal_text`): NaN and the infinities, which break every
    comparison, ``" 5 "``, ``"5_000"`` and other scripts' digits (``"١٢"``)."""

    fast = (str, Decimal, (InvalidOperation,))
    fast_decimal = True

    def decode(self, raw: JSON) -> Any:
        if type(raw) is str:  # the usual form: no str() copy needed
            text = raw
        elif isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise WireTypeMismatch("decimal")
        else:  # a JSON number (json.loads reads NaN and Infinity as floats too)
            text = str(raw)
        if not is_decimal_text(text):
            raise WireTypeMismatch("decimal")
        number = Decimal(text)
        if not decimal_in_range(number):
            # "1E+1000000000" is no amount: written out it is a gigabyte of digits, and
            # arithmetic on it fails in the caller's code. Past 28 digits, round() needs a
            # decimal context of more precision than the default, as for any Decimal.
            raise WireTypeMismatch(f"decimal of at most {MAX_DECIMAL_DIGITS} digits either side")
        return number

    def check(self, value: Any) -> Any:
        # Stored as a Decimal whatever was given (an int, a numeric str), so that reading the
        # field back gives the type it is declared with.
        if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
            hint = " (build it from a str, Decimal('0.1'), to keep it exact)"
            raise ClientError(
                f"expected Decimal, got {type(value).__name__}"
                + (hint if isinstance(value, float) else "")
            )
        if isinstance(value, str) and not is_decimal_text(value):
            # Decimal() also reads " 5 ", "5_000" and other scripts' digits ("١٢"), which are
            # no amount a person would write in a request: refused rather than read as 5000.
            if value.strip().lower().lstrip("+-") in _NOT_FINITE:
                raise ClientError(f"not a finite decimal number: {shown_value(value)}")
            raise ClientError(f"not a decimal number: {shown_value(value)}")
        number = value if isinstance(value, Decimal) else Decimal(value)
        if not number.is_finite():
            # NaN and the infinities are no amount: the API refuses them.
            raise ClientError(f"not a finite decimal number: {shown_value(value)}")
        if number and number.adjusted() >= MAX_DECIMAL_DIGITS:  # 41 digits before the point
            # Sent in positional notation, Decimal("1E+100000000") is a 100 MB request.
            raise ClientError(
                f"{shown_value(value)} is out of range: a decimal the API takes has at most "
                f"{MAX_DECIMAL_DIGITS} digits before its point"
            )
        if number.as_tuple().exponent < -MAX_DECIMAL_DIGITS:  # type: ignore[operator]
            raise ClientError(
                f"{shown_value(value)} has more than {MAX_DECIMAL_DIGITS} digits after the point"
            )
        return number

    def filter_refusal(self, item: str) -> str | None:
        return None if is_decimal_text(item) else "is not a decimal number"

    def encode(self, value: Any) -> JSON:
        # Positional notation always: str() writes Decimal("1E+2") as "1E+2" and a tiny amount
        # as "1E-7", which an API parsing plain decimal numbers may refuse or misread.
        return format(self.check(value), "f")


DECIMAL = _DecimalCodec()


MAX_DECIMAL_DIGITS = 40
"""The most digits a decimal sent or read may have before or after its point: far more than any
amount or rate, and few enough that positional notation never makes a huge request."""


def decimal_in_range(number: Decimal) -> bool:
    """Whether the finite ``number`` has at most :data:`MAX_DECIMAL_DIGITS` digits before its
    point and as many after it."""
    if number and number.adjusted() >= MAX_DECIMAL_DIGITS:
        return False
    return number.as_tuple().exponent >= -MAX_DECIMAL_DIGITS  # type: ignore[operator]


_NOT_FINITE = ("nan", "snan", "inf", "infinity")


def is_decimal_text(text: str) -> bool:
    """Whether ``text`` is a finite decimal number as a query may carry one (``12``, ``-0.50``),
    written with ASCII digits."""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return False
    return number.is_finite() and text.isascii() and text.strip() == text and "_" not in text


class _DateCodec(Codec):
    fast = (str, dt.date.fromisoformat, (ValueError,))

    def decode(self, raw: JSON) -> Any:
        if not isinstance(raw, str):
            raise WireTypeMismatch("date")
        try:
            return dt.date.fromisoformat(raw)
        except ValueError as exc:
            raise WireTypeMismatch("date") from exc

    def encode(self, value: Any) -> JSON:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ClientError(f"expected datetime.date, got {type(value).__name__}")
        return value.isoformat()

    def filter_refusal(self, item: str) -> str | None:
        try:
            dt.date.fromisoformat(item)
        except ValueError:
            return "is not a date (pass a datetime.date, or text such as 2026-04-16)"
        return None


DATE = _DateCodec()


_UTC = dt.timezone.utc


def parse_datetime(raw: str) -> dt.datetime:
    """Parse an ISO 8601 timestamp into an aware UTC datetime (naive input is taken as UTC)."""
    text = raw[:-1] + "+00:00" if raw.endswith(("Z", "z")) else raw
    parsed = dt.datetime.fromisoformat(text)
    tzinfo = parsed.tzinfo
    if tzinfo is _UTC:  # what every API timestamp parses to: already as wanted
        return parsed
    if tzinfo is None:
        return parsed.replace(tzinfo=_UTC)
    try:
        return parsed.astimezone(_UTC)
    except OverflowError:  # 0001-01-01T00:30+01:00 is in year 0 in UTC, which Python lacks
        raise ValueError(f"{raw!r} falls outside the years 1 to 9999 in UTC") from None


def format_datetime(value: dt.datetime) -> str:
    """The API's timestamp format: UTC, milliseconds, ``Z``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    try:
        utc = value.astimezone(dt.timezone.utc)
    except OverflowError:
        raise ClientError(
            f"{shown_value(value)} falls outside the years 1 to 9999 in UTC, in which the API "
            "writes every timestamp"
        ) from None
    # isoformat() rather than strftime(), whose %Y leaves a year before 1000 unpadded ("999-"):
    # text no reader takes for a timestamp, the SDK's own filter check included.
    return utc.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def is_timestamp_text(text: str) -> bool:
    """Whether ``text`` is an ISO 8601 date or timestamp as a filter bound may carry one
    (``2026-04-16``, ``2026-04-16T10:00:00Z``; a space may stand for the ``T``)."""
    try:
        parse_datetime(text.replace(" ", "T", 1))
    except ValueError:
        return False
    return True


_NOT_A_TIMESTAMP = (
    "is not a timestamp (pass an aware datetime.datetime, or ISO 8601 text such as "
    "2026-04-16T10:00:00Z)"
)


class _DateTimeCodec(Codec):
    # Python 3.11 and later parse the API's trailing "Z" in C. 3.10 refuses it, so there the
    # shortcut would fail on every timestamp before decode parses it: no shortcut.
    if sys.version_info >= (3, 11):
        fast = (str, dt.datetime.fromisoformat, (ValueError,))
        fast_utc = True

    def decode(self, raw: JSON) -> Any:
        if not isinstance(raw, str):
            raise WireTypeMismatch("datetime")
        try:
            return parse_datetime(raw)
        except ValueError as exc:
            raise WireTypeMismatch("datetime") from exc

    def encode(self, value: Any) -> JSON:
        if not isinstance(value, dt.datetime):
            raise ClientError(f"expected datetime.datetime, got {type(value).__name__}")
        return format_datetime(value)

    def filter_refusal(self, item: str) -> str | None:
        return None if is_timestamp_text(item) else _NOT_A_TIMESTAMP


DATETIME = _DateTimeCodec()


def _not_json(value: Any, where: str = "") -> str | None:
    """Where ``value`` holds something JSON cannot carry, and what (``['from'] is a datetime``),
    or None when all of it is JSON."""
    if isinstance(value, str):
        index = lone_surrogate(value)
        return None if index is None else f"{where or 'it'} {surrogate_refusal(value, index)}"
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        # json.dumps could not even write one of over 4300 digits (a bare ValueError).
        refusal = integer_refusal(value)
        return None if refusal is None else f"{where or 'it'}: {refusal}"
    if isinstance(value, float):
        # json.dumps would write NaN and the infinities as bare NaN / Infinity, which is not
        # JSON: the API could not parse the request.
        return (
            None
            if math.isfinite(value)
            else f"{where or 'it'} is {value!r} (JSON has no such number)"
        )
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _not_json(item, f"{where}[{index}]")
            if found is not None:
                return found
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"{where or 'it'} has a key {key!r} of type {type(key).__name__}, not str"
            index = lone_surrogate(key)
            if index is not None:
                return f"{where or 'it'} has a key {key!r} that {surrogate_refusal(key, index)}"
            found = _not_json(item, f"{where}[{key!r}]")
            if found is not None:
                return found
        return None
    hint = ""
    if isinstance(value, (dt.date, dt.datetime)):
        hint = (
            " (JSON has no dates: write it as the text the API expects, such as "
            "value.strftime('%Y-%m-%d %H:%M:%S') in UTC for an export's period)"
        )
    elif isinstance(value, Decimal):
        hint = " (write it as a str)"
    elif isinstance(value, (tuple, set, frozenset)):
        hint = " (use a list)"
    return f"{where or 'it'} is of type {type(value).__name__}{hint}"


class _JSONValueCodec(Codec):
    """Any JSON value (a string, a number, an object, ...) for a member the API sends in more than
    one shape; handed out as a private copy so edits can be detected."""

    mutable = True
    _kind = "JSON value"

    def _accepts(self, value: Any) -> bool:
        return True

    def decode(self, raw: JSON) -> Any:
        if not self._accepts(raw):
            raise WireTypeMismatch(self._kind)
        return map_json(raw)  # a copy, made without recursion

    def encode(self, value: Any) -> JSON:
        if not self._accepts(value):
            raise ClientError(f"expected {a_or_an(self._kind)}, got {type(value).__name__}")
        try:
            problem = _not_json(value)
        except RecursionError:
            problem = "it is nested too deeply"
        if problem is not None:
            raise ClientError(f"not JSON: {problem}")
        return copy.deepcopy(value)

    def changed(self, value: Any, raw: JSON) -> bool:
        return bool(value != raw)

    def adopt(self, held: Any, fresh: Any) -> bool:
        return type(held) is type(fresh) and bool(held == fresh)


class _JSONCodec(_JSONValueCodec):
    """A free-form JSON object, handed out as a private copy so edits can be detected."""

    _kind = "JSON object"

    def _accepts(self, value: Any) -> bool:
        return isinstance(value, dict)


JSON_OBJECT = _JSONCodec()
JSON_VALUE = _JSONValueCodec()


class EnumCodec(Codec):
    """An open enum: unknown wire values become pseudo-members instead of errors on read; writes
    take members (or their wire values) only, unless a value was made with ``unchecked()``."""

    def __init__(self, enum: type[OpenStrEnum] | type[OpenIntEnum], wire_type: type) -> None:
        self._enum = enum
        self._wire_type = wire_type
        self._members: dict[Any, Any] = enum._value2member_map_
        # Known members by exact wire type (True must not find the member for 1); anything
        # else goes through decode, which makes pseudo-members for values newer than the SDK.
        self.fast = (wire_type, self._members.__getitem__, (KeyError,))

    def decode(self, raw: JSON) -> Any:
        if type(raw) is self._wire_type:  # exact type: True must not find the member for 1
            member = self._members.get(raw)
            if member is not None:
                return member
        if (
            not isinstance(raw, self._wire_type)
            or isinstance(raw, bool)
            or raw == ""
            or (isinstance(raw, int) and integer_refusal(raw) is not None)
        ):
            # An empty string names no value, nor does an integer past 64 bits (unchecked()
            # refuses both): the read fails, as for every value that does not decode.
            raise WireTypeMismatch(self._enum.__name__)
        return self._enum.unchecked(raw)  # type: ignore[arg-type]  # checked just above

    def check(self, value: Any) -> Any:
        enum = self._enum
        if isinstance(value, enum):
            return value  # a member, or a pseudo-member made on purpose (or read from the API)
        if isinstance(value, Enum):
            elsewhere = _same_name_elsewhere(enum, type(value))
            if elsewhere is not None:
                raise ClientError(f"{elsewhere}.{value.name}")
            raise ClientError(f"expected {enum.__name__}, got {type(value).__name__}.{value.name}")
        if isinstance(value, self._wire_type) and not isinstance(value, bool):
            member = self._members.get(value)
            if member is not None:
                return member
        raise refusal(enum, value)

    def encode(self, value: Any) -> JSON:
        return self.check(value).value

    def filter_refusal(self, item: str) -> str | None:
        wire: Any = item
        if self._wire_type is int:
            wire = int(item) if item.isdigit() else None
        if wire in self._members:
            return None
        name = self._enum.__name__
        values = ", ".join(str(m.value) for m in self._enum)
        named = member_named(self._enum, item)
        if named is not None:  # "VOICE_IN" or "Completed": a member's name, not its value
            return f"is not a value of {name} ({values}); did you mean {name}.{named.name}?"
        return (
            f"is not a value of {name} ({values}); one newer than this SDK can be sent as "
            f"{name}.unchecked({item!r})"
        )

    def enum_refusal(self, enum: type[Enum]) -> str | None:
        if issubclass(enum, self._enum):
            return None
        expected = self._enum
        elsewhere = _same_name_elsewhere(expected, enum)
        if elsewhere is not None:
            return elsewhere
        return (
            f"is a value of {enum.__name__}, not of {expected.__name__}: make it with "
            f"{expected.__name__}.unchecked()"
        )

    def member_refusal(self, member: Enum) -> str | None:
        # Refused as assigning it to the attribute is (see check).
        expected = self._enum
        if isinstance(member, expected):
            return None
        got = type(member)
        elsewhere = _same_name_elsewhere(expected, got)
        if elsewhere is not None:
            return f"{elsewhere}.{member.name}"
        text = f"{got.__name__}.{member.name} is not a member of {expected.__name__}"
        twin = self._members.get(member.value)
        return f"{text}: use {expected.__name__}.{twin.name}" if twin is not None else text


_TEXT = (str, bytes, bytearray, memoryview, UserString)
"""Sequences of characters or bytes, which no list attribute takes as its members."""


class ListCodec(Codec):
    """A JSON array; an item that fails to decode fails the list (its read raises)."""

    mutable = True

    def __init__(self, item: Codec) -> None:
        self._item = item

    def decode(self, raw: JSON) -> Any:
        if not isinstance(raw, list):
            raise WireTypeMismatch("list")
        item = self._item
        # An item not of the item type fails the list (its read raises DecodeError), as a
        # field does: a list[Decimal] holding a str would fail later, far from the cause.
        return [item.decode(entry) if entry is not None else None for entry in raw]

    def as_sent(self, raw: JSON) -> JSON:
        if not isinstance(raw, list):
            return raw
        return [self._item.as_sent(entry) for entry in raw]

    def encode(self, value: Any) -> JSON:
        return self._each(value, self._item.encode)

    def data(self, value: Any) -> JSON:
        return self._each(value, self._item.data)

    def _each(self, value: Any, convert: Callable[[Any], JSON]) -> JSON:
        if not isinstance(value, (list, tuple)):
            raise ClientError(f"expected list, got {type(value).__name__}")
        # The list may have been edited in place since it was checked (append, item assignment):
        # each item is checked again, None included, as assignment does.
        encoded = []
        for index, entry in enumerate(value):
            if entry is None:
                raise ClientError(f"item {index}: a list holds values, not None")
            try:
                encoded.append(convert(entry))
            except ClientError as exc:
                raise ClientError(f"item {index}: {exc.message}") from None
        return encoded

    def check(self, value: Any) -> Any:
        # Any sequence but text (a str is a sequence of its characters): a union's members are
        # taken as a Sequence by the constructor, since a list is invariant to type checkers.
        if not isinstance(value, (list, tuple)) and (
            isinstance(value, _TEXT) or not isinstance(value, Sequence)
        ):
            raise ClientError(f"expected list, got {type(value).__name__}")
        checked = []
        for index, item in enumerate(value):
            if item is None:
                # No list the API takes holds nulls: [None] would be sent as [null] and refused
                # there, or read as an odd value later.
                raise ClientError(f"item {index}: a list holds values, not None")
            try:
                checked.append(self._item.check(item))
            except ClientError as exc:
                raise ClientError(f"item {index}: {exc.message}") from None
        if isinstance(value, list):
            # The caller's own list is kept (edits made to it later are still seen), with items
            # normalised in place (a wire value becomes its enum member).
            value[:] = checked
            return value
        return checked

    def filter_refusal(self, item: str) -> str | None:
        return self._item.filter_refusal(item)  # a list attribute is filtered by its items

    def enum_refusal(self, enum: type[Enum]) -> str | None:
        return self._item.enum_refusal(enum)

    def member_refusal(self, member: Enum) -> str | None:
        return self._item.member_refusal(member)

    def boolean_refusal(self) -> str | None:
        return self._item.boolean_refusal()

    def changed(self, value: Any, raw: JSON) -> bool:
        if not isinstance(value, list) or not isinstance(raw, list) or len(value) != len(raw):
            return True
        item = self._item
        for current, original in zip(value, raw, strict=True):
            if item.mutable:
                if item.changed(current, original):
                    return True
                continue
            try:
                before = item.decode(original) if original is not None else None
            except WireTypeMismatch:
                before = original
            if before != current:
                return True
        return False

    def adopt(self, held: Any, fresh: Any) -> bool:
        if not isinstance(held, list) or not isinstance(fresh, list) or len(held) != len(fresh):
            return False
        item = self._item
        if item.mutable:  # nested objects: each must agree, and is brought up to date
            return all([item.adopt(h, f) for h, f in zip(held, fresh, strict=True)])
        return held == fresh


class ObjectCodec(Codec):
    """A nested object (``{"type": ..., "attributes": {...}}``), or a union of several."""

    mutable = True

    def __init__(
        self,
        variants: dict[str, type[NestedObject]],
        fallback: Callable[[str, dict[str, Any]], NestedObject] | None,
    ) -> None:
        self._variants = variants
        self._fallback = fallback
        self._classes = tuple(variants.values())

    @property
    def wire_types(self) -> tuple[str, ...]:
        """The ``type`` of each variant this SDK knows, in the spec's order."""
        return tuple(self._variants)

    def decode(self, raw: JSON) -> Any:
        if not isinstance(raw, dict):
            raise WireTypeMismatch("object")
        wire_type = raw.get("type")
        attributes = raw.get("attributes")
        if not isinstance(attributes, dict):
            attributes = {}
        cls = self._variants.get(wire_type) if isinstance(wire_type, str) else None
        if cls is not None:
            return cls._from_wire(raw, attributes)
        if self._fallback is None or not isinstance(wire_type, str):
            raise WireTypeMismatch("object")
        return self._fallback(wire_type, raw)

    def encode(self, value: Any) -> JSON:
        return self._own(value)._to_request()

    def data(self, value: Any) -> JSON:
        return self._own(value)._to_data()

    def _own(self, value: Any) -> NestedObject:
        """``value``, refused unless it is an object of this codec's own classes."""
        from didww._nested import NestedObject

        # A known variant must be one of this codec's own classes: the class of the same wire
        # type from another API version has other fields. An object of a type this SDK does not
        # know (a GenericNestedObject) goes out as it was given.
        generic = isinstance(value, NestedObject) and value._is_fallback
        if not generic and not isinstance(value, self._classes):
            for cls in self._classes:
                elsewhere = _same_name_elsewhere(cls, type(value))
                if elsewhere is not None:
                    raise ClientError(elsewhere)
            allowed = ", ".join(cls.__name__ for cls in self._classes)
            raise ClientError(f"expected one of {allowed}, got {type(value).__name__}")
        return value  # type: ignore[no-any-return]

    def as_sent(self, raw: JSON) -> JSON:
        # As _to_request() writes the object, without its checks: the object was not changed,
        # and whether a request is refused must not depend on whether it was read first. Members
        # this SDK does not know stay, as there (an object of an unknown type stays whole).
        from didww._fields import Access

        if not isinstance(raw, dict):
            return raw
        wire_type, attributes = raw.get("type"), raw.get("attributes")
        cls = self._variants.get(wire_type) if isinstance(wire_type, str) else None
        if cls is None or not isinstance(attributes, dict):
            return raw
        known = cls._ATTRIBUTES
        kept = {
            name: value
            for name, value in attributes.items()
            if name not in known or known[name].access is not Access.READ_ONLY
        }
        return {"type": wire_type, "attributes": kept}

    def changed(self, value: Any, raw: JSON) -> bool:
        from didww._nested import NestedObject

        if not isinstance(value, NestedObject):
            return value is not raw
        return value._source is not raw or value._is_dirty()

    def adopt(self, held: Any, fresh: Any) -> bool:
        from didww._nested import NestedObject

        if not isinstance(held, NestedObject) or type(held) is not type(fresh):
            return False
        if held._source is None:  # built by the caller (an item appended to a list): theirs
            return False
        return held._take_over(fresh)


class VariantTypeFilter(Codec):
    """The values of a filter on the ``type`` of a nested object (``configuration.type``): the
    wire types of the variants the SDK knows. Any other text would match nothing; a type newer
    than the SDK is sent wrapped in :class:`~didww.Unchecked`."""

    def __init__(self, what: str, wire_types: tuple[str, ...]) -> None:
        self._what = what
        self._wire_types = wire_types

    def filter_refusal(self, item: str) -> str | None:
        if item in self._wire_types:
            return None
        return (
            f"is not a type of {self._what} ({', '.join(self._wire_types)}); one newer than "
            f"this SDK can be sent as didww.Unchecked({item!r})"
        )

    def member_refusal(self, member: Enum) -> str | None:
        # No enum holds the variants' types: a member's text could match one only by chance.
        return (
            f"{type(member).__name__}.{member.name} is an enum member, not a type of "
            f"{self._what}: pass the type as text ({', '.join(self._wire_types)})"
        )

    def boolean_refusal(self) -> str | None:
        return f"is a boolean, not a type of {self._what}"
