"""Nested objects: the ``{"type": ..., "attributes": {...}}`` values inside resource attributes.

Trunk configurations, order items and voice-out authentication methods are nested objects. Edits
inside them are detected when the owning resource is saved.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, ClassVar

from didww._codecs import JSON_OBJECT
from didww._errors import FILTERED, ClientError, DecodeError, NotLoadedError
from didww._fields import Access, Fields, read_only_edited
from didww._types import JSON

if TYPE_CHECKING:
    # Loaded with the first object class that states conditions, not with ``import didww``.
    from didww._conditions import ObjectCondition


class NestedObject(Fields):
    """Base of the generated nested object classes."""

    WIRE_TYPE: ClassVar[str] = ""
    #: True for variants the API never accepts from clients.
    READ_ONLY: ClassVar[bool] = False
    #: True for variants only an update may send: a create refuses them.
    UPDATE_ONLY: ClassVar[bool] = False
    #: What the API version's document says of the attributes together (see didww._conditions).
    _CONDITIONS: ClassVar[tuple[ObjectCondition, ...]] = ()
    _is_fallback: ClassVar[bool] = False

    _source: dict[str, JSON] | None = None
    """The object as it came in an answer; None for one built locally."""

    def __init__(self, **fields: Any) -> None:
        self._reset({})
        self._set_fields(fields)

    @classmethod
    def _from_wire(cls, raw: dict[str, JSON], attributes: dict[str, JSON]) -> NestedObject:
        obj = object.__new__(cls)
        # The whole state at once: a list of order items builds thousands of these.
        state = obj.__dict__
        state["_attrs"] = attributes
        state["_source"] = raw
        return obj

    def _is_dirty(self) -> bool:
        return bool(self._dirty_attribute_names())

    def _take_over(self, other: NestedObject) -> bool:
        """Become ``other`` (the same class, decoded from a newer answer) when every value of
        the two agrees, keeping the values already handed out (see
        :meth:`Fields._keep_handed_out`); False, changing nothing, when they differ."""
        if not self._agrees_with(other):
            return False
        held, assigned = self._values(), self._changed
        self._reset(other._attrs)
        self._source = other._source
        if held:
            self._keep_handed_out(held, assigned)
        return True

    def _agrees_with(self, other: NestedObject) -> bool:
        names = [n for n in self._ATTRIBUTES if n in self.__dict__ or n in self._attrs]
        others = [n for n in other._ATTRIBUTES if n in other.__dict__ or n in other._attrs]
        try:
            return names == others and all(getattr(self, n) == getattr(other, n) for n in names)
        except DecodeError:  # an odd value in either: they are not known to agree
            return False

    def _overlay(self, given: NestedObject) -> None:
        """Take every value ``given`` (an object of the same class) was given as assigned
        values of this one, its rules having run already: how the command line changes some
        members of a stored object and keeps the others."""
        if type(given) is not type(self):
            raise ClientError(f"cannot overlay {type(given).__name__} on {type(self).__name__}")
        state = self.__dict__
        for name in given._changed or ():
            changed = self._changed
            if changed is None:
                changed = state["_changed"] = set()
            state[name] = given.__dict__[name]
            changed.add(name)

    def _not_loaded(self, name: str) -> NotLoadedError:
        owner = type(self).__name__
        if self._source is None:
            text = f"{owner}.{name} is not set on this {owner}"
        else:
            text = f"{owner}.{name} was not in the answer: its value is unknown, not null"
        return NotLoadedError(text, model=owner, field=name)

    def _to_data(self) -> JSON:
        """The object as ``to_json()`` writes it: every attribute loaded or set, read-only ones
        included, and the members this SDK does not know; not judged as a request is."""
        return {"type": self.WIRE_TYPE, "attributes": self._data_attributes()}

    def _to_request(self) -> JSON:
        """The object as sent: every writable attribute loaded or set, never read-only ones."""
        if self.READ_ONLY:
            raise ClientError(f"{type(self).__name__} is read-only: the API does not accept it")
        edited = self._dirty_attribute_names()
        attributes = {}
        for name, attribute in self._ATTRIBUTES.items():
            if attribute.access is Access.READ_ONLY:
                if name in edited:
                    raise read_only_edited(self, name)
                continue
            if name in self.__dict__ or name in self._attrs:
                attributes[name] = self._encode_attribute(name)
            if attribute.required and attributes.get(name) is None:
                owner = type(self).__name__
                raise ClientError(
                    f"{owner}.{name} is required: the API takes no {owner} without it"
                )
        # Members this SDK does not know (the API added them after it was generated) go back
        # as they came: a request replaces the whole object, so leaving them out would reset
        # them to their defaults. An object of a type it does not know is kept whole the same
        # way (GenericNestedObject).
        for name, value in self._attrs.items():
            if name not in self._ATTRIBUTES:
                attributes[name] = value
        if self._CONDITIONS:
            from didww._conditions import broken  # the module defining them is loaded already

            # Judged on what is sent: what is left out may be filled in by the API.
            problems = broken(self._CONDITIONS, attributes, stored=False)
            if problems:
                owner = type(self).__name__
                raise ClientError("; ".join(f"{owner}.{n} {text}" for n, text in problems))
        return {"type": self.WIRE_TYPE, "attributes": attributes}

    @property
    def type(self) -> str:
        """The wire type (discriminator) of this object."""
        return self.WIRE_TYPE

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(self._repr_fields())})"


class GenericNestedObject(NestedObject):
    """A nested object of a type this SDK does not know; kept and written back unchanged."""

    _is_fallback = True

    _wire_type: str

    def __init__(self, type: str, attributes: dict[str, JSON] | None = None) -> None:
        # Checked here, since nothing checks it later: a bad type or a value JSON cannot hold
        # would otherwise fail only when the request is serialised, as a bare TypeError.
        name = builtins.type(self).__name__
        if not isinstance(type, str) or not type:
            raise ClientError(f"{name}: the type must be a non-empty str, got {type!r}")
        if attributes is not None:
            try:
                JSON_OBJECT.encode(attributes)
            except ClientError as exc:
                raise ClientError(f"{name}.attributes: {exc.message}") from None
        self._reset(dict(attributes or {}))
        self._wire_type = type

    @classmethod
    def _fallback(cls, wire_type: str, raw: dict[str, JSON]) -> NestedObject:
        attributes = raw.get("attributes")
        obj = object.__new__(cls)
        obj._reset(attributes if isinstance(attributes, dict) else {})  # kept as received
        obj._wire_type = wire_type
        obj._source = raw
        return obj

    @property
    def type(self) -> str:
        return self._wire_type

    @property
    def attributes(self) -> dict[str, JSON]:
        """The object's attributes as received."""
        return self._attrs

    def _is_dirty(self) -> bool:
        return False

    def _agrees_with(self, other: NestedObject) -> bool:
        return (
            isinstance(other, GenericNestedObject)
            and other._wire_type == self._wire_type
            and other._attrs == self._attrs
        )

    def _to_request(self) -> JSON:
        if self._source is not None:
            return self._source
        return {"type": self._wire_type, "attributes": self._attrs}

    _to_data = _to_request  # kept whole, as it came

    def __repr__(self) -> str:
        # The SDK cannot tell which members of a type it does not know are secrets (a new kind
        # of authentication carries a password): a repr ends up in logs, so values stay out.
        # ``attributes`` holds them.
        shown = ", ".join(f"{key!r}: {FILTERED}" for key in self._attrs)
        return f"{type(self).__name__}(type={self._wire_type!r}, attributes={{{shown}}})"
