"""Attribute descriptors and the state every model carries for dirty tracking.

A model holds three things per attribute:

* ``_attrs`` - the JSON attributes it was loaded from, never modified;
* ``_values`` - Python values decoded on first read, or assigned by the caller;
* ``_changed`` - names assigned since the model was loaded or built.

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

from enum import Enum
from typing import Any, ClassVar, Generic, NoReturn, TypeVar, overload

from didww._codecs import Codec, WireTypeMismatch
from didww._errors import ClientError, NotLoadedError
from didww._types import JSON, NOT_GIVEN

T = TypeVar("T")

FILTERED = "[FILTERED]"
_MISSING: Any = object()


class Access(str, Enum):
    """Who may write an attribute or relationship."""

    READ_ONLY = "read_only"
    CREATE_ONLY = "create_only"
    WRITABLE = "writable"


class Field(Generic[T]):
    """An attribute of a model: lazily decoded on read, tracked on write.

    The descriptors have no ``__slots__`` so that each carries its own ``__doc__``, which
    ``help()`` shows.
    """

    ACCESS: ClassVar[Access] = Access.WRITABLE

    def __init__(self, codec: Codec, doc: str = "", *, sensitive: bool = False) -> None:
        self.codec = codec
        self.sensitive = sensitive
        self.name = ""
        self.__doc__ = doc

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
        value = values.get(name, _MISSING)
        if value is not _MISSING:
            return value  # type: ignore[no-any-return]
        raw = obj._attrs.get(name, _MISSING)
        if raw is _MISSING:
            raise obj._not_loaded(name)
        if raw is not None:
            try:
                value = self.codec.decode(raw)
            except WireTypeMismatch:
                value = raw  # an odd wire value is kept as it came, never a crash
        else:
            value = None
        values[name] = value
        return value  # type: ignore[no-any-return]


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


class Fields:
    """State and behaviour shared by resources and nested objects."""

    __slots__ = ("_attrs", "_changed", "_values")

    _ATTRIBUTES: ClassVar[dict[str, Field[Any]]] = {}
    _RULES: ClassVar[tuple[tuple[str, bool, JSON, dict[str, JSON]], ...]] = ()

    _attrs: dict[str, JSON]
    _values: dict[str, Any]
    _changed: set[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        attributes: dict[str, Field[Any]] = {}
        for klass in reversed(cls.__mro__):
            for key, member in vars(klass).items():
                if isinstance(member, Field):
                    attributes[key] = member
        cls._ATTRIBUTES = attributes

    def _reset(self, attrs: dict[str, JSON]) -> None:
        self._attrs = attrs
        self._values = {}
        self._changed = set()

    def _set_fields(self, fields: dict[str, Any]) -> None:
        """Assign keyword-constructor values, skipping those not given."""
        for name, value in fields.items():
            if value is not NOT_GIVEN:
                setattr(self, name, value)

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
        return name in self._values or name in self._attrs

    def _assign(self, attribute: Field[Any], value: Any) -> None:
        name = attribute.name
        if value is not None:
            try:
                value = attribute.codec.check(value)
            except ClientError as exc:
                raise ClientError(f"{type(self).__name__}.{name}: {exc.message}") from None
        self._values[name] = value
        self._changed.add(name)
        for trigger, equals, expected, implied in self._RULES:
            if trigger == name and (value == expected) is equals:
                for other, other_value in implied.items():
                    self._values[other] = other_value
                    self._changed.add(other)

    def _dirty_attribute_names(self) -> list[str]:
        """Attributes to send in an update: assigned ones and those changed in place."""
        names = [n for n in self._ATTRIBUTES if n in self._changed]
        for name, value in self._values.items():
            if name in self._changed or value is None:
                continue
            attribute = self._ATTRIBUTES.get(name)
            if attribute is not None and attribute.codec.mutable:
                raw = self._attrs.get(name)
                if value is not raw and attribute.codec.changed(value, raw):
                    names.append(name)
        return names

    def _encode_attribute(self, name: str) -> JSON:
        attribute = self._ATTRIBUTES[name]
        if name not in self._values:
            return self._attrs.get(name)
        value = self._values[name]
        if value is None:
            return None
        if value is self._attrs.get(name):  # a raw value kept because it did not decode
            return value
        return attribute.codec.encode(value)

    def _repr_fields(self) -> list[str]:
        parts = []
        for name, attribute in self._ATTRIBUTES.items():
            if name not in self._attrs and name not in self._values:
                continue
            value = FILTERED if attribute.sensitive else getattr(self, name)
            parts.append(f"{name}={value!r}")
        return parts

    @property
    def extra_attributes(self) -> dict[str, JSON]:
        """Attributes the API sent that this SDK version does not know (kept, never sent)."""
        return {k: v for k, v in self._attrs.items() if k not in self._ATTRIBUTES}
