"""Attribute descriptors and the state every model carries for dirty tracking.

A model holds three things per attribute:

* ``_attrs`` - the JSON attributes it was loaded from (the parsed answer's own dict, shared, never
  modified);
* its value, decoded on first read or assigned by the caller, kept in the model's own
  ``__dict__`` under the attribute's name;
* ``_changed`` - names assigned since the model was loaded or built.

The values live in the instance ``__dict__`` because the descriptors are read-only descriptors at
run time (they define ``__get__`` alone): Python looks in the instance ``__dict__`` before calling
such a descriptor, so every read after the first is a plain attribute lookup, done in C. Reading
fields is most of what a program does with a list answer, and the models of the included
resources (a DID group shared by thousands of DIDs) are read over and over. The model's own
state sits in the same ``__dict__`` under names starting with ``_``, which no field has; what most
models never need (``_changed``) is a class attribute until it is first set.

Writes go through ``Fields.__setattr__``, which hands a field's assignment to its descriptor
(checked, tracked, or refused when read-only). Type checkers see the descriptors' ``__set__``
instead, declared for them only, so that ``mypy`` still catches a write the API would refuse:
:class:`Attribute` is writable, :class:`CreateOnlyAttribute` is writable until the model is saved,
and assigning a :class:`ReadOnlyAttribute` is a type error (and a :class:`~didww.ClientError` at
run time). A name that is no field, relationship or property of the model is refused too, rather
than kept as an attribute nothing reads or sends.

An attribute is sent when it was assigned, or when its value can change in place (a list, a nested
object) and no longer matches what was loaded.

Reading an attribute that was neither loaded nor set raises :class:`~didww.NotLoadedError`:
``None`` always means null on the wire, never "unknown".
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NoReturn, TypeVar, final, overload

from didww._arguments import checked
from didww._codecs import Codec, WireTypeMismatch, decimal_in_range
from didww._errors import (
    FILTERED,
    SENSITIVE_NAMES,
    ClientError,
    DecodeError,
    NotLoadedError,
    UnassignableError,
    UnknownFieldError,
    a_or_an,
    redact_value,
)
from didww._types import JSON, NOT_GIVEN

T = TypeVar("T")

_MISSING: Any = object()
_UTC = dt.timezone.utc
_DECIMALS: dict[str, Decimal] = {}
"""Decimal text read before -> its value. A list answer repeats amounts (an order's items take
their prices from a short price list): a dict lookup is several times cheaper than ``Decimal()``
and the checks after it. Values are immutable, so sharing one between models is safe."""
_DECIMALS_KEPT = 2048
"""The most texts :data:`_DECIMALS` holds; it starts again empty when full."""
_DECIMAL_KEPT_LENGTH = 32
"""The longest text :data:`_DECIMALS` keeps: an amount is a few characters, and a hostile answer
holding megabytes of digits must not stay in memory after its models are gone."""


def _as_it_came(raw: JSON) -> JSON:
    return raw


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
        elif codec.fast_decimal:
            cls = _variant(cls, "fast_decimal", _fast_decimal_get)
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
        fixed_variant: bool = False,
        null_in_answers: bool = False,
    ) -> None:
        self.codec = codec
        self.sensitive = sensitive
        self.nullable = nullable
        """Whether the API takes null for it: None is refused on assignment otherwise."""
        self.null_read = nullable or null_in_answers
        """Whether an answer may hold null for it (``null_in_answers``: although no request
        may send it): a null elsewhere raises :class:`~didww.DecodeError` when read."""
        self.required = required
        """Whether a request sending the nested object, or creating the resource, must carry a
        value."""
        self.write_only = write_only
        """Whether the API takes it in requests and never returns it."""
        self.fixed_variant = fixed_variant
        """Whether an update keeps the variant (wire ``type``) of the union value stored: an
        inbound trunk's configuration stays SIP or PSTN."""
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

    def _null(self, obj: Fields) -> Any:
        """A null read from an answer: None where the API version's document allows it, else
        :class:`~didww.DecodeError` naming the field, rather than a None the field's type
        does not admit, which would fail far away (``None > 0``)."""
        if self.null_read:
            return None
        raise DecodeError(
            f"{type(obj).__name__}.{self.name}: the answer holds null, which the field's type "
            "does not allow (the API's document says it is never null); model.to_json() has "
            "the answer as it came",
            http_status=None,
            body_snippet=None,
        )

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
        self._owner = owner.__name__
        if self.sensitive:
            SENSITIVE_NAMES.add(name)

    def __repr__(self) -> str:
        # help() lists the fields among the methods, as it does every descriptor without
        # __set__ (see the module's docstring): this is the line it shows for each.
        access = self.ACCESS.value.replace("_", "-")
        return f"<{access} attribute {getattr(self, '_owner', '?')}.{self.name}>"

    @overload
    def __get__(self, obj: None, owner: type) -> Field[T]: ...

    @overload
    def __get__(self, obj: Fields, owner: type) -> T: ...

    def __get__(self, obj: Fields | None, owner: type) -> Field[T] | T:
        # Called only when the value is not in the model's __dict__ yet (see the module's
        # docstring): decoded from what was loaded, and kept there for every later read.
        if obj is None:
            return self
        name = self.name
        raw = obj._attrs.get(name, _MISSING)
        if raw is _MISSING:
            raise obj._not_loaded(name)
        value = self._null(obj) if raw is None else self._slow(raw, obj)
        # setdefault rather than a store: a value another thread assigned meanwhile wins.
        return obj.__dict__.setdefault(name, value)  # type: ignore[no-any-return]

    def _set(self, obj: Fields, value: Any) -> None:
        """Assign ``value`` on ``obj`` (``Fields.__setattr__`` calls it): refused, as the API
        would refuse it, for a field only the API writes."""
        raise ClientError(f"{type(obj).__name__}.{self.name} is read-only")

    def _refuse_delete(self, obj: Fields) -> NoReturn:
        """``del model.field`` raises :class:`~didww.ClientError`: assign None to send null."""
        # Refused rather than made to mean "forget the value": nothing in the API removes an
        # attribute. Without it, ``del`` would drop the value read last and read it again.
        if self.ACCESS is Access.READ_ONLY:
            hint = "it is read-only"
        elif self.nullable:
            hint = "assign None to send null"
        else:
            hint = "the API takes no null for it either; assign another value"
        raise ClientError(f"{type(obj).__name__}.{self.name} cannot be deleted: {hint}")

    if TYPE_CHECKING:
        # For type checkers only: at run time a field has no __delete__, which would make it a
        # data descriptor, looked up before the value kept in the model's __dict__.
        def __delete__(self, obj: Fields) -> NoReturn: ...


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
    """``Field.__get__`` for a str, int or bool field: nothing to convert; the value's type is
    checked (a check of the exact type, as JSON gives no subclasses), so that ``"false"`` where
    a boolean belongs raises :class:`~didww.DecodeError` rather than reading as true."""
    if obj is None:
        return self
    name = self.name
    try:
        raw = obj._attrs[name]
    except KeyError:
        raise obj._not_loaded(name) from None
    if type(raw) is not self._wire_type:
        raw = self._null(obj) if raw is None else self._slow(raw, obj)
    return obj.__dict__.setdefault(name, raw)  # see Field.__get__


def _fast_get(self: Field[Any], obj: Fields | None, owner: type) -> Any:
    """``Field.__get__`` for a field whose codec has a C shortcut (decimals, dates, enums)."""
    if obj is None:
        return self
    name = self.name
    raw = obj._attrs.get(name, _MISSING)
    if type(raw) is self._fast_type:
        try:
            value = self._fast(raw)
        except self._fast_errors:
            value = self._slow(raw, obj)  # decode says what this value is
    elif raw is None:
        value = self._null(obj)
    elif raw is _MISSING:
        raise obj._not_loaded(name)
    else:
        value = self._slow(raw, obj)
    return obj.__dict__.setdefault(name, value)  # see Field.__get__


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
        value = self._null(obj)
    elif raw is _MISSING:
        raise obj._not_loaded(name)
    else:
        value = self._slow(raw, obj)
    return obj.__dict__.setdefault(name, value)  # see Field.__get__


def _fast_decimal_get(self: Field[Any], obj: Fields | None, owner: type) -> Any:
    """:func:`_fast_get` for decimals: ``Decimal()``'s answer is taken for text written as the
    API writes amounts; anything else (NaN, ``" 5 "``, ``"5_000"``, other scripts' digits) goes
    through the codec, which refuses it. A copy for the reason :func:`_fast_utc_get` is one."""
    if obj is None:
        return self
    name = self.name
    raw = obj._attrs.get(name, _MISSING)
    if type(raw) is str:
        value = _DECIMALS.get(raw)
        if value is None:
            try:
                value = self._fast(raw)
            except InvalidOperation:
                value = self._slow(raw, obj)
            else:
                if not (
                    value.is_finite()
                    and raw.isascii()
                    and "_" not in raw
                    and raw.strip() == raw
                    and decimal_in_range(value)
                ):
                    value = self._slow(raw, obj)
                elif len(raw) <= _DECIMAL_KEPT_LENGTH:  # text the codec reads the same way
                    if len(_DECIMALS) >= _DECIMALS_KEPT:
                        _DECIMALS.clear()
                    _DECIMALS[raw] = value
    elif raw is None:
        value = self._null(obj)
    elif raw is _MISSING:
        raise obj._not_loaded(name)
    else:
        value = self._slow(raw, obj)
    return obj.__dict__.setdefault(name, value)  # see Field.__get__


class Attribute(Field[T]):
    """A writable attribute."""

    def _set(self, obj: Fields, value: Any) -> None:
        obj._assign(self, value)

    if TYPE_CHECKING:

        def __set__(self, obj: Fields, value: T) -> None: ...


class CreateOnlyAttribute(Attribute[T]):
    """An attribute that can be set on a new model and is sent by ``create()`` only."""

    ACCESS = Access.CREATE_ONLY


if TYPE_CHECKING:

    @final
    class ReadOnlyField:
        """The type a read-only attribute's ``__set__`` takes: no value has it, so that every
        assignment is a type error, which names this class (``variable has type
        "ReadOnlyField"``) where ``NoReturn`` read ``"Never"`` and left the reason to guess."""

        def __init__(self) -> NoReturn: ...


class ReadOnlyAttribute(Field[T]):
    """An attribute only the API writes; assigning it is a type error and a ``ClientError``."""

    ACCESS = Access.READ_ONLY

    if TYPE_CHECKING:

        def __set__(self, obj: Fields, value: ReadOnlyField) -> None: ...


def read_only_edited(obj: Fields, name: str) -> ClientError:
    """The error for saving a model whose read-only list or object was edited in place: the API
    does not take it, and leaving it out would report a save while the edit stays unsaved."""
    return ClientError(
        f"{type(obj).__name__}.{name} is read-only but was changed in place, and the API does "
        "not take it; edit a copy (copy.deepcopy) instead"
    )


class Fields:
    """State and behaviour shared by resources and nested objects.

    No ``__slots__``: the instance ``__dict__`` holds the model's state and its values (see the
    module's docstring).
    """

    _ATTRIBUTES: ClassVar[dict[str, Field[Any]]] = {}
    _STATE: ClassVar[frozenset[str]] = frozenset()
    """The names declared on the model's classes without ``ClassVar``: its own state (``_attrs``,
    ``_changed``, ...). Only these, the fields and the settable descriptors can be assigned on
    the SDK's own classes: any other name is most likely a misspelt field."""
    _YOURS: ClassVar[bool] = False
    """Whether the class was written outside the SDK (a subclass of a model, with attributes of
    its own): it takes, as any Python class does, a name its classes do not define."""
    _ASSIGNED: ClassVar[dict[str, Any]] = {}
    """Name -> the descriptor that takes its assignments and refuses its deletion (``_set``,
    ``_refuse_delete``): the fields, and a resource's to-one relationships, which keep their
    value in the model's __dict__ too."""
    _RULES: ClassVar[tuple[tuple[str, bool, JSON, dict[str, JSON]], ...]] = ()

    _attrs: dict[str, JSON]
    _changed: set[str] | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        attributes: dict[str, Field[Any]] = {}
        assigned: dict[str, Any] = {}
        state: set[str] = set()
        for klass in reversed(cls.__mro__):
            for key, kind in vars(klass).get("__annotations__", {}).items():
                if not str(kind).startswith(("ClassVar", "typing.ClassVar")):
                    state.add(key)
            for key, member in vars(klass).items():
                if isinstance(member, Field):
                    attributes[key] = member
                if callable(getattr(type(member), "_set", None)):
                    assigned[key] = member
        cls._ATTRIBUTES = attributes
        cls._ASSIGNED = assigned
        cls._STATE = frozenset(state)
        cls._YOURS = cls.__module__.partition(".")[0] != "didww"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        # Python's own TypeError for a keyword the constructor does not take says nothing of
        # why ("unexpected keyword argument 'number'" for a field the API sets): the arguments
        # are checked here, before __init__ binds them. Type checkers read __init__, whose
        # signature they report against. Decoding makes models with object.__new__, past this.
        if args or kwargs:
            _check_arguments(cls, args, kwargs)
        return super().__new__(cls)

    if not TYPE_CHECKING:
        # Hidden from type checkers, which would take any name as assignable otherwise: they
        # check a write against the descriptor's __set__ declared for them.

        def __setattr__(self, name: str, value: Any) -> None:
            member = self._ASSIGNED.get(name)
            if member is not None:
                member._set(self, value)
            elif name in self._STATE or _settable(type(self), name) or self._takes(name):
                object.__setattr__(self, name, value)
            else:
                raise self._not_settable(name)

        def __delattr__(self, name: str) -> None:
            member = self._ASSIGNED.get(name)
            if member is not None:
                member._refuse_delete(self)
            object.__delattr__(self, name)

        # No __getattr__ (for an error of the SDK's own on a misspelt read, as repositories
        # have): a class that defines one loses CPython's specialised attribute reads, and every
        # read of a model's values, the SDK's own included, gets slower. Python's AttributeError
        # names the closest field already.

    def _takes(self, name: str) -> bool:
        """Whether ``name`` is an attribute of the caller's own (see ``_YOURS``): never what the
        class defines (a method, the id), which an instance value would hide."""
        return self._YOURS and not hasattr(type(self), name)

    def _not_settable(self, name: str) -> ClientError:
        """The error for assigning ``name``, which is no field, relationship or settable
        property of the model: kept, it would be an attribute nothing reads or sends."""
        import difflib  # loaded on the first such mistake, not with ``import didww``

        owner = type(self).__name__
        if hasattr(type(self), name):
            return UnassignableError(f"{owner}.{name} cannot be assigned")
        settable = [n for n in dir(type(self)) if n[:1] != "_" and _settable(type(self), n)]
        known = [*self._ASSIGNED, *settable]
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return UnknownFieldError(f"{owner} has no field {name!r}{hint}")

    def __setstate__(self, state: Any) -> None:
        """Load what pickle or ``copy.deepcopy`` saved: the instance ``__dict__``, or the
        ``(dict or None, slots)`` pair of a model pickled before it had one, which is read as
        the same model: the dict held the attributes of a subclass of yours, the slots the
        model's state (decoded and assigned values in ``_values``)."""
        if isinstance(state, tuple) and len(state) == 2 and isinstance(state[1], dict):
            own, slots = state  # own: the __dict__ of a subclass of yours, or None
            state = dict(own) if isinstance(own, dict) else {}
            state.update((k, v) for k, v in slots.items() if v is not None or k == "_id")
            state.update(state.pop("_values", None) or {})
        if not isinstance(state, dict):
            raise ClientError(f"{type(self).__name__}: not the saved state of a model")
        self.__dict__.update(state)

    def _values(self) -> dict[str, Any]:
        """The fields' values read or assigned so far, by name (a new dict)."""
        attributes = self._ATTRIBUTES
        # Over a copy made in one step: another thread's first read of a field adds to the
        # __dict__, which would end a loop over it with "dictionary changed size".
        held = list(self.__dict__.items())
        return {name: value for name, value in held if name in attributes}

    def __copy__(self) -> Any:
        """A model of its own: ``copy.copy(model)`` shares what never changes (the answer it
        was loaded from) and copies what an edit would reach, the values read or assigned (a
        list, a nested object) among them. A plain shallow copy shared the dict of values, so an
        assignment to the copy showed on the original, or not, depending on what had been read
        before (a ``repr()`` is a read)."""
        cls = type(self)
        other = cls.__new__(cls)
        object.__setattr__(other, "__dict__", dict(self.__dict__))
        other._own_state()
        return other

    def _own_state(self) -> None:
        """After ``__copy__``: containers of their own (see there)."""
        state = self.__dict__
        for name, value in self._values().items():
            state[name] = _own(value)
        if self._changed is not None:
            self._changed = set(self._changed)

    def _reset(self, attrs: dict[str, JSON]) -> None:
        """Load ``attrs``, forgetting every value read or assigned and what was changed."""
        state = self.__dict__
        for name in self._values():
            del state[name]
        state.pop("_changed", None)
        state["_attrs"] = attrs

    def _set_fields(self, fields: dict[str, Any]) -> None:
        """Assign keyword-constructor values, skipping those not given.

        A rule (``_RULES``) fills in what the caller did not give, never what they did:
        ``SIPConfiguration(port=5070, enabled_sip_registration=True)`` keeps the port, and the
        object's conditions refuse the pair when it is sent, rather than one of the two
        arguments being dropped without a word.
        """
        given: dict[str, Any] = {}
        state = self.__dict__
        for name, value in fields.items():
            if value is not NOT_GIVEN:
                setattr(self, name, value)
                if self._RULES and name in self._ATTRIBUTES:
                    given[name] = state[name]
        state.update(given)

    def _not_loaded(self, name: str) -> NotLoadedError:
        """The error for reading ``name`` when it was neither loaded nor set."""
        owner = type(self).__name__
        return NotLoadedError(
            f"{owner}.{name} is unknown: it was not in the answer and was not set",
            model=owner,
            field=name,
        )

    @checked
    def is_loaded(self, name: str) -> bool:
        """Whether reading ``name`` gives a value (loaded from the API or set) without raising
        :class:`~didww.NotLoadedError`."""
        if name not in self._ATTRIBUTES:
            import difflib  # loaded on the first such mistake, not with ``import didww``

            close = (
                difflib.get_close_matches(name, self._readable_names(), n=1)
                if isinstance(name, str)
                else []
            )
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ClientError(f"{type(self).__name__} has no field {name!r}{hint}")
        return name in self.__dict__ or name in self._attrs

    def _readable_names(self) -> list[str]:
        """The names :meth:`is_loaded` takes, for its suggestion."""
        return list(self._ATTRIBUTES)

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
        values = self.__dict__
        changed = self._changed
        if changed is None:
            changed = values["_changed"] = set()
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
                self.__dict__[name] = value

    def _dirty_attribute_names(self) -> list[str]:
        """Attributes to send in an update: assigned ones and those changed in place."""
        changed = self._changed or set()
        names = [n for n in self._ATTRIBUTES if n in changed]
        for name, value in self._values().items():
            if name in changed or value is None:
                continue
            attribute = self._ATTRIBUTES.get(name)
            if attribute is not None and attribute.codec.mutable:
                raw = self._attrs.get(name)
                if value is not raw and attribute.codec.changed(value, raw):
                    names.append(name)
        return names

    def _encode_attribute(self, name: str, *, request: bool = True) -> JSON:
        """The wire form of attribute ``name``: for a ``request``, without what only the API
        writes inside a nested object; else (``to_json()``) with it, as the answer had it."""
        attribute = self._ATTRIBUTES[name]
        value = self.__dict__.get(name, _MISSING)
        codec = attribute.codec
        as_sent = codec.as_sent if request else _as_it_came
        if value is _MISSING:
            return as_sent(self._attrs.get(name))
        if value is None:
            return None
        raw = self._attrs.get(name)
        if value is raw:  # handed out as it came (a str, int or bool one has no decoding)
            return value
        if codec.mutable and name in self._attrs and not codec.changed(value, raw):
            # Read but not changed (a list or nested object decoded by a read, or a repr): sent
            # as it came, as when it was never read. Checking it would refuse, or not, a value
            # the caller never touched depending on whether it was printed first. What the API
            # wrote for itself (a nested object's read-only members) is left out, as it
            # refuses them in a request.
            return as_sent(raw)
        try:
            return codec.encode(value) if request else codec.data(value)
        except ClientError as exc:
            # An edit made in place after assignment (an item appended to a list, a field of a
            # nested object) is first checked here: the error names the field, as at assignment.
            raise ClientError(f"{type(self).__name__}.{name}: {exc.message}") from None

    def _repr_fields(self) -> list[str]:
        parts = []
        for name, attribute in self._ATTRIBUTES.items():
            if name not in self._attrs and name not in self.__dict__:
                continue
            # The spec marks the attributes that are secrets; inside the others, what a log
            # body would filter is filtered too (a URL's password, a "token" member of a JSON
            # value), by the same function.
            if attribute.sensitive:
                # None says only that there is no secret (no SIP password set), as the log's
                # body shows a null; any other value is hidden.
                held = self.__dict__.get(name, self._attrs.get(name))
                parts.append(f"{name}=None" if held is None else f"{name}={FILTERED!r}")
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

    def _data_attributes(self) -> dict[str, JSON]:
        """The attributes as ``to_json()`` writes them: every one loaded or set, in its wire
        form (a nested object's read-only members kept), then those this SDK does not know, as
        they came."""
        values = self.__dict__
        attributes: dict[str, JSON] = {
            name: self._encode_attribute(name, request=False)
            for name in self._ATTRIBUTES
            if name in values or name in self._attrs
        }
        attributes.update(self.extra_attributes)
        return attributes


_SHAPE = "_ARGUMENT_SHAPE"
"""The class attribute that keeps, on each class itself (read from its own ``__dict__``, never
inherited), the arguments its ``__init__`` takes by position, in order, and those it takes by
keyword; None for an ``__init__`` taking ``*args`` or ``**kwargs`` (the base classes', or one of
a subclass of yours passing them on), which judges them itself."""


def _shape(cls: type) -> tuple[tuple[str, ...], frozenset[str]] | None:
    found: tuple[tuple[str, ...], frozenset[str]] | None = cls.__dict__.get(_SHAPE, _MISSING)
    if found is not _MISSING:
        return found
    import inspect

    kind = inspect.Parameter
    init: Callable[..., None] = cls.__init__  # type: ignore[misc]  # the class's own
    parameters = list(inspect.signature(init).parameters.values())[1:]  # after self
    found = None
    if not any(p.kind in (kind.VAR_POSITIONAL, kind.VAR_KEYWORD) for p in parameters):
        by_position = (kind.POSITIONAL_ONLY, kind.POSITIONAL_OR_KEYWORD)
        found = (
            tuple(p.name for p in parameters if p.kind in by_position),
            frozenset(p.name for p in parameters if p.kind is not kind.POSITIONAL_ONLY),
        )
    type.__setattr__(cls, _SHAPE, found)
    return found


def _check_arguments(cls: type[Fields], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse, before ``__init__`` runs, an argument the constructor of ``cls`` does not take:
    a field the API sets, a misspelt name (with the closest one it takes), or a positional
    argument too many. Values are never shown: a secret passed by mistake would be printed."""
    shape = _shape(cls)
    if shape is None:
        return
    positional, names = shape
    owner = cls.__name__
    if len(args) > len(positional):
        taken = f"only {', '.join(positional)}" if positional else "nothing"
        plural = "s" if len(args) > 1 else ""
        raise ClientError(
            f"{owner}() takes {taken} by position, got {len(args)} positional argument{plural}: "
            "give the fields by keyword"
        )
    for name in kwargs:
        if name not in names:
            raise _refused_argument(cls, name, names)


def _refused_argument(cls: type[Fields], name: str, names: frozenset[str]) -> ClientError:
    owner = cls.__name__
    text = f"{owner}() takes no {name}= argument"
    member = getattr(cls, name, None)
    if isinstance(member, Field) and member.ACCESS is Access.READ_ONLY:
        return ClientError(f"{text}: {owner}.{name} is read-only, set by the API")
    if member is not None and not name.startswith("_"):
        return ClientError(f"{text}: {owner}.{name} is not set through the constructor")
    import difflib  # loaded on the first such mistake, not with ``import didww``

    # The read-only fields are offered too: DID(nmber=...) was meant for DID.number, which the
    # caller then learns is the API's to set.
    read_only = {n for n, field in cls._ATTRIBUTES.items() if field.ACCESS is Access.READ_ONLY}
    close = difflib.get_close_matches(name, sorted(names | read_only), n=1)
    if close and close[0] not in names:
        text += f"; {owner}.{close[0]} is read-only, set by the API"
    elif close:
        text += f"; did you mean {close[0]}=?"
    return UnknownFieldError(text)


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


def _settable(cls: type, name: str) -> bool:
    """Whether ``cls`` has a descriptor for ``name`` that takes assignment (a relationship, its
    id form, a property with a setter)."""
    member = getattr(cls, name, None)
    if isinstance(member, property):
        return member.fset is not None
    return hasattr(member, "__set__")
