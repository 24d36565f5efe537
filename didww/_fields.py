"""Attribute descriptors and the state every model carries for dirty tracking.

A model holds three things per attribute:

* ``_attrs`` - the JSON attributes it was loaded from (the parsed answer's own dict, shared, never
  modified);
* ``_values`` - Python values decoded on first read, or assigned by the caller;
* ``_changed`` - names assigned since the model was loaded or built.

``_values`` and ``_changed`` are None until something is decoded or assigned: most models of a
list answer are read a little or not at all, and an empty dict and set per model would cost more
memory and allocation time than the model itself. Strings, integers and booleans are never put in
``_values``: their wire value is their value.

An attribute is sent when it was assigned, or when its value can change in place (a list, a nested
object) and no longer matches what was loaded.

Reading an attribute that is in neither ``_values`` nor ``_attrs`` raises
:class:`~didww.NotLoadedError`: ``None`` always means null on the wire, never "unknown".

Who may write is part of the type, so that ``mypy`` catches a write the API would refuse:
:class:`Attribute` is writable, :class:`CreateOnlyAttribute` is writable until the model is saved,
and assigning a :class:`ReadOnlyAttribute` is a type error (and a :class:`~didww.ClientError` at
run time).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from enum import Enum
from typing import Any, ClassVar, Generic, NoReturn, TypeVar, overload

from didww._codecs import Codec, WireTypeMismatch
from didww._errors import (
    FILTERED,
    ClientError,
    DecodeError,
    NotLoadedError,
    a_or_an,
    redact_value,
)
from didww._types import JSON, NOT_GIVEN

T = TypeVar("T")

_MISSING: Any = object()
_UTC = dt.timezone.utc


class Access(str, Enum):
    """Who may write an attribute or relationship."""

    READ_ONLY = "read_only"
    CREATE_ONLY = "create_only"
    WRITABLE = "writable"


class Field(Generic[T]):
    """An attribute of a model: lazily decoded on read, tracked on write.

    The descriptors have no ``__slots__`` so that each carries its own ``__doc__``, which
    ``help()`` shows.

    A field whose codec takes the wire value as it is (str, int, bool), or has a C shortcut
    (``Codec.fast``), is made an instance of a subclass with a shorter ``__get__`` (see
    :func:`_variant`): reading attributes is most of what a caller does with a list answer.
    """

    ACCESS: ClassVar[Access] = Access.WRITABLE

    def __new__(cls, codec: Codec, *args: Any, **kwargs: Any) -> Field[T]:
        if codec.as_is:
            cls = _variant(cls, "as_is", _as_is_get)
        elif codec.fast_utc:
            cls = _variant(cls, "fast_utc", _fast_utc_get)
        elif codec.fast is not None:
            cls = _variant(cls, "fast", _fast_get)
        return super().__new__(cls)

    def __init__(
        self,
        codec: Codec,
        doc: str = "",
        *,
        sensitive: bool = False,
        nullable: bool = False,
        write_only: bool = False,
        required: bool = False,
    ) -> None:
        self.codec = codec
        self.sensitive = sensitive
        self.nullable = nullable
        """Whether the API takes null for it: None is refused on assignment otherwise."""
        self.required = required
        """Whether a request sending the nested object, or creating the resource, must carry a
        value."""
        self.write_only = write_only
        """Whether the API takes it in requests and never returns it."""
        self.name = ""
        self.__doc__ = doc
        # Read on every access: bound once here rather than looked up through the codec.
        self._decode = codec.decode
        self._wire_type = codec.wire_type
        fast = codec.fast
        self._fast_type: type | None = fast[0] if fast is not None else None
        self._fast: Any = fast[1] if fast is not None else None
        self._fast_errors: tuple[type[Exception], ...] = fast[2] if fast is not None else ()

    def _slow(self, raw: JSON, obj: Fields) -> Any:
        """The decoded value of ``raw``; :class:`~didww.DecodeError` naming the field when it does
        not decode (``"8,00"`` where a decimal belongs), rather than a value of another type than
        the field's. The answer was decoded all the same, and its other fields read as usual; the
        value as it came stays in ``to_json()``. (A str, int or bool field has nothing to convert:
        its value is read as sent once its type is checked, see :func:`_as_is_get`.)"""
        try:
            return self._decode(raw)
        except WireTypeMismatch as exc:
            raise self._undecodable(raw, obj, str(exc)) from None

    def _undecodable(self, raw: JSON, obj: Fields, expected: str) -> DecodeError:
        owner = type(obj).__name__
        if self.sensitive:
            what = f"a {type(raw).__name__} (not shown: the field is secret)"
        else:
            # As a repr shows it: members named like secrets, URL passwords filtered.
            text = repr(redact_value(raw))
            what = text if len(text) <= 60 else f"{text[:57]}..."
        return DecodeError(
            f"{owner}.{self.name}: the answer holds {what}, which is not {a_or_an(expected)} as "
            f"the field's type says; model.to_json() has the value as it came",
            http_status=None,
            body_snippet=None,
        )

    @property
    def access(self) -> Access:
        """Who may write this attribute."""
        return self.ACCESS

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> Field[T]: ...

    @overload
    def __get__(self, obj: Fields, owner: type) -> T: ...

    def __get__(self, obj: Fields | None, owner: type) -> Field[T] | T:
        if obj is None:
            return self
        name = self.name
        values = obj._values
        if values is not None:
            value = values.get(name, _MISSING)
            if value is not _MISSING:
                return value  # type: ignore[no-any-return]
        raw = obj._attrs.get(name, _MISSING)
        if raw is _MISSING:
            raise obj._not_loaded(name)
        if raw is None:
            return None  # type: ignore[return-value]  # null on the wire: nothing to decode
        value = self._slow(raw, obj)
        if values is None:
            values = obj._values = {}
        values[name] = value
        return value  # type: ignore[no-any-return]

    def __delete__(self, obj: Fields) -> NoReturn:
        """``del model.field`` raises :class:`~didww.ClientError`: assign None to send null."""
        # Without this, ``del`` fails with a bare ``AttributeError: __delete__``. It is refused
        # rather than made to mean "forget the value": nothing in the API removes an attribute.
        # Every field already has ``__set__``, so this changes no lookup and no read.
        hint = "it is read-only" if self.ACCESS is Access.READ_ONLY else "assign None to send null"
        raise ClientError(f"{type(obj).__name__}.{self.name} cannot be deleted: {hint}")


_VARIANTS: dict[tuple[type, str], type] = {}


def _variant(cls: type[Field[Any]], kind: str, getter: Callable[..., Any]) -> type[Field[Any]]:
    """``cls`` with ``getter`` as its ``__get__``: a shorter read for the fields of one kind of
    codec (see :class:`Field`). The class keeps the name, module and docs of ``cls``."""
    if getattr(cls, "_VARIANT", None) is not None:
        return cls
    found = _VARIANTS.get((cls, kind))
    if found is None:
        namespace = {
            "__get__": getter,
            "_VARIANT": kind,
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__doc__": cls.__doc__,
        }
        found = _VARIANTS[(cls, kind)] = type(cls.__name__, (cls,), namespace)
    return found


def _as_is_get(self: Field[Any], obj: Fields | None, owner: type) -> Any:
    """``Field.__get__`` for a str, int or bool field: nothing to convert, so no cache; the
    value's type is checked on every read (a check of the exact type, as JSON gives no
    subclasses), so that ``"false"`` where a boolean belongs raises
    :class:`~didww.DecodeError` rather than reading as true."""
    if obj is None:
        return self
    name = self.name
    values = obj._values
    if values is not None and name in values:
        return values[name]
    try:
        raw = obj._attrs[name]
    except KeyError:
        raise obj._not_loaded(name) from None
    if type(raw) is self._wire_type or raw is None:
        return raw
    return self._slow(raw, obj)


def _fast_get(self: Field[Any], obj: Fields | None, owner: type) -> Any:
    """``Field.__get__`` for a field whose codec has a C shortcut (decimals, dates, enums)."""
    if obj is None:
        return self
    name = self.name
    values = obj._values
    if values is not None:
        value = values.get(name, _MISSING)
        if value is not _MISSING:
            return value
    raw = obj._attrs.get(name, _MISSING)
    if type(raw) is self._fast_type:
        try:
            value = self._fast(raw)
        except self._fast_errors:
            value = self._slow(raw, obj)  # decode says what this value is
    elif raw is None:
        return None
    elif raw is _MISSING:
        raise obj._not_loaded(name)
    else:
        value = self._slow(raw, obj)
    if values is None:
        obj._values = {name: value}
    else:
        values[name] = value
    return value


def _fast_utc_get(self: Field[Any], obj: Fields | None, owner: type) -> Any:
    """:func:`_fast_get` for timestamps: the C parser's answer is taken when it is in UTC, as
    every API timestamp is; anything else (no offset, another offset, an odd value) goes through
    the codec, which turns it into UTC or keeps it raw.

    A copy of :func:`_fast_get` but for that check, rather than one function with a flag: the
    flag would be read on every decimal, date and enum read too.
    """
    if obj is None:
        return self
    name = self.name
    values = obj._values
    if values is not None:
        value = values.get(name, _MISSING)
        if value is not _MISSING:
            return value
    raw = obj._attrs.get(name, _MISSING)
    if type(raw) is str:
        try:
            value = self._fast(raw)
        except ValueError:
            value = self._slow(raw, obj)
        else:
            if value.tzinfo is not _UTC:
                value = self._slow(raw, obj)
    elif raw is None:
        return None
    elif raw is _MISSING:
        raise obj._not_loaded(name)
    else:
        value = self._slow(raw, obj)
    if values is None:
        obj._values = {name: value}
    else:
        values[name] = value
    return value


class Attribute(Field[T]):
    """A writable attribute."""

    def __set__(self, obj: Fields, value: T) -> None:
        obj._assign(self, value)


class CreateOnlyAttribute(Attribute[T]):
    """An attribute that can be set on a new model and is sent by ``create()`` only."""

    ACCESS = Access.CREATE_ONLY


class ReadOnlyAttribute(Field[T]):
    """An attribute only the API writes; assigning it is a type error and a ``ClientError``."""

    ACCESS = Access.READ_ONLY

    def __set__(self, obj: Fields, value: NoReturn) -> None:
        raise ClientError(f"{type(obj).__name__}.{self.name} is read-only")


def read_only_edited(obj: Fields, name: str) -> ClientError:
    """The error for saving a model whose read-only list or object was edited in place: the API
    does not take it, and leaving it out would report a save while the edit stays unsaved."""
    return ClientError(
        f"{type(obj).__name__}.{name} is read-only but was changed in place, and the API does "
        "not take it; edit a copy (copy.deepcopy) instead"
    )


class Fields:
    """State and behaviour shared by resources and nested objects."""

    __slots__ = ("_attrs", "_changed", "_values")

    _ATTRIBUTES: ClassVar[dict[str, Field[Any]]] = {}
    _RULES: ClassVar[tuple[tuple[str, bool, JSON, dict[str, JSON]], ...]] = ()

    _attrs: dict[str, JSON]
    _values: dict[str, Any] | None
    _changed: set[str] | None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        attributes: dict[str, Field[Any]] = {}
        for klass in reversed(cls.__mro__):
            for key, member in vars(klass).items():
                if isinstance(member, Field):
                    attributes[key] = member
        cls._ATTRIBUTES = attributes

    def __copy__(self) -> Any:
        """A model of its own: ``copy.copy(model)`` shares what never changes (the answer it
        was loaded from) and copies what an edit would reach, the values read or assigned (a
        list, a nested object) among them. A plain shallow copy shared the dict of values, so an
        assignment to the copy showed on the original, or not, depending on what had been read
        before (a ``repr()`` is a read)."""
        cls = type(self)
        other = cls.__new__(cls)
        for klass in cls.__mro__:
            for slot in getattr(klass, "__slots__", ()):
                if hasattr(self, slot):
                    object.__setattr__(other, slot, getattr(self, slot))
        other._own_state()
        return other

    def _own_state(self) -> None:
        """After ``__copy__``: containers of their own (see there)."""
        if self._values is not None:
            self._values = {name: _own(value) for name, value in self._values.items()}
        if self._changed is not None:
            self._changed = set(self._changed)

    def _reset(self, attrs: dict[str, JSON]) -> None:
        self._attrs = attrs
        self._values = None
        self._changed = None

    def _set_fields(self, fields: dict[str, Any]) -> None:
        """Assign keyword-constructor values, skipping those not given.

        A rule (``_RULES``) fills in what the caller did not give, never what they did:
        ``SIPConfiguration(port=5070, enabled_sip_registration=True)`` keeps the port, and the
        object's conditions refuse the pair when it is sent, rather than one of the two
        arguments being dropped without a word.
        """
        given: dict[str, Any] = {}
        for name, value in fields.items():
            if value is not NOT_GIVEN:
                setattr(self, name, value)
                if self._RULES and name in self._ATTRIBUTES and self._values is not None:
                    given[name] = self._values[name]
        if given and self._values is not None:
            self._values.update(given)

    def _not_loaded(self, name: str) -> NotLoadedError:
        """The error for reading ``name`` when it was neither loaded nor set."""
        owner = type(self).__name__
        return NotLoadedError(
            f"{owner}.{name} is unknown: it was not in the answer and was not set",
            model=owner,
            field=name,
        )

    def is_loaded(self, name: str) -> bool:
        """Whether reading ``name`` gives a value (loaded from the API or set) without raising
        :class:`~didww.NotLoadedError`."""
        if name not in self._ATTRIBUTES:
            raise ClientError(f"{type(self).__name__} has no field {name!r}")
        return name in (self._values or ()) or name in self._attrs

    def _assign(self, attribute: Field[Any], value: Any) -> None:
        name = attribute.name
        if value is None and not attribute.nullable:
            # The API answers 422 for it, after a round trip; mypy already says so.
            raise ClientError(f"{type(self).__name__}.{name} cannot be null")
        if value is not None:
            try:
                value = attribute.codec.check(value)
            except ClientError as exc:
                raise ClientError(f"{type(self).__name__}.{name}: {exc.message}") from None
        values = self._values
        if values is None:
            values = self._values = {}
        changed = self._changed
        if changed is None:
            changed = self._changed = set()
        values[name] = value
        changed.add(name)
        for trigger, equals, expected, implied in self._RULES:
            if trigger == name and (value == expected) is equals:
                for other, other_value in implied.items():
                    values[other] = other_value
                    changed.add(other)

    def _keep_handed_out(self, held: dict[str, Any], assigned: set[str] | None) -> None:
        """After a save, keep the lists, JSON values and nested objects of ``held`` (the values
        before it) that the SDK handed out as this model's, where the answer agrees with them.

        The caller may still hold one (``cfg = trunk.configuration``): were it replaced by the
        answer's copy, an edit made to it after the save would be sent by no later save. Where
        the answer differs (someone else changed it), the model takes the answer's value and
        the held one keeps its own: what a caller holds never changes under it. What the caller
        ``assigned`` is the caller's own (the order items it built) and is left as it is.
        """
        for name, value in held.items():
            attribute = self._ATTRIBUTES.get(name)
            if attribute is None or value is None or not attribute.codec.mutable:
                continue
            if assigned is not None and name in assigned:
                continue
            if not self.is_loaded(name):  # the answer left it out: nothing to follow
                continue
            try:
                fresh = getattr(self, name)
            except DecodeError:  # the answer's value is odd: what was handed out is left alone
                continue
            if fresh is not None and attribute.codec.adopt(value, fresh):
                values = self._values
                assert values is not None  # the read above cached ``fresh``
                values[name] = value

    def _dirty_attribute_names(self) -> list[str]:
        """Attributes to send in an update: assigned ones and those changed in place."""
        changed = self._changed or set()
        names = [n for n in self._ATTRIBUTES if n in changed]
        for name, value in (self._values or {}).items():
            if name in changed or value is None:
                continue
            attribute = self._ATTRIBUTES.get(name)
            if attribute is not None and attribute.codec.mutable:
                raw = self._attrs.get(name)
                if value is not raw and attribute.codec.changed(value, raw):
                    names.append(name)
        return names

    def _encode_attribute(self, name: str) -> JSON:
        attribute = self._ATTRIBUTES[name]
        values = self._values
        if values is None or name not in values:
            return self._attrs.get(name)
        value = values[name]
        if value is None:
            return None
        raw = self._attrs.get(name)
        if value is raw:  # handed out as it came (a str, int or bool one has no decoding)
            return value
        codec = attribute.codec
        if codec.mutable and name in self._attrs and not codec.changed(value, raw):
            # Read but not changed (a list or nested object decoded by a read, or a repr): sent
            # as it came, as when it was never read. Checking it would refuse, or not, a value
            # the caller never touched depending on whether it was printed first.
            return raw
        try:
            return codec.encode(value)
        except ClientError as exc:
            # An edit made in place after assignment (an item appended to a list, a field of a
            # nested object) is first checked here: the error names the field, as at assignment.
            raise ClientError(f"{type(self).__name__}.{name}: {exc.message}") from None

    def _repr_fields(self) -> list[str]:
        parts = []
        for name, attribute in self._ATTRIBUTES.items():
            if name not in self._attrs and name not in (self._values or ()):
                continue
            # The spec marks the attributes that are secrets; inside the others, what a log
            # body would filter is filtered too (a URL's password, a "token" member of a JSON
            # value), by the same function.
            if attribute.sensitive:
                parts.append(f"{name}={FILTERED!r}")
                continue
            try:
                value = redact_value(getattr(self, name))
            except DecodeError:
                # A repr never raises: the value as it came, marked as not of the field's type.
                parts.append(f"{name}=<undecodable {redact_value(self._attrs.get(name))!r}>")
                continue
            parts.append(f"{name}={value!r}")
        return parts

    @property
    def extra_attributes(self) -> dict[str, JSON]:
        """Attributes the API sent that this SDK version does not know (kept, never sent)."""
        return {k: v for k, v in self._attrs.items() if k not in self._ATTRIBUTES}


def _own(value: Any) -> Any:
    """``value`` as a copied model holds it: a mutable one (a list, a dict, a nested object)
    copied whole, so that no edit reaches the model it was copied from. What a nested object was
    loaded from (the answer's own dicts, never modified) stays shared: a copy compares to the
    answer as the original does, and reads as unchanged."""
    if not isinstance(value, (list, dict, Fields)):
        return value
    memo: dict[int, Any] = {}
    for item in value if isinstance(value, list) else (value,):
        if isinstance(item, Fields):
            memo[id(item._attrs)] = item._attrs
            source = getattr(item, "_source", None)
            if source is not None:
                memo[id(source)] = source
    return copy.deepcopy(value, memo)
