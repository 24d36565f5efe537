"""JSON:API resources: identity, attributes, relationships and what changed since loading."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NoReturn, TypeVar, overload

from didww._api import mixed_versions
from didww._arguments import checked
from didww._codecs import JSON_OBJECT
from didww._errors import ClientError, DecodeError, NotLoadedError, a_or_an, shown_value
from didww._fields import Access, Fields, read_only_edited
from didww._ids import id_problem
from didww._registry import EMPTY, Registry
from didww._types import JSON, NOT_GIVEN

if TYPE_CHECKING:
    # Loaded with the first model class that states conditions, not with ``import didww``.
    from didww._conditions import ResourceCondition
    from didww._fields import ReadOnlyField

R = TypeVar("R", bound="Resource")

Index = dict[tuple[str, str], "Resource"]
"""Resources by (type, id): the id-only models made for linkage to resources an answer did not
include."""
ByType = dict[str, dict[str, "Resource"]]
"""Type -> id -> model: the resources of one document while it is decoded. Looking up two strings
the answer just gave (whose hashes are not known yet) costs less one after the other than as a
tuple made for the purpose."""


def _other_version(expected: type[Resource], got: Resource, where: str) -> ClientError:
    """The error for a model of another API version than ``expected``'s, naming both."""
    registry = expected._REGISTRY
    use = f"{registry.package.rsplit('.', 1)[0]}.{expected.__name__}"
    text = mixed_versions(expected.__name__, registry.version, got._REGISTRY.version, use)
    return ClientError(f"{where}: {text}")


def check_model_class(expected: type[Resource], model: object, where: str) -> None:
    """Refuse ``model`` unless it is an ``expected``, naming the API versions when it is the
    same resource of another version."""
    if isinstance(model, expected):
        return
    if isinstance(model, Resource) and model.resource_type == expected.TYPE:
        raise _other_version(expected, model, where)
    raise ClientError(f"{where}: expected {a_or_an(expected.__name__)}, got {type(model).__name__}")


def _identify(model: Resource, where: str) -> dict[str, str]:
    if not model._id:
        raise ClientError(
            f"{where}: the related {type(model).__name__} has no id (create it first)"
        )
    return {"type": model.resource_type, "id": model._id}


_NO_LINKAGE: dict[str, JSON] = {}
"""Shared by every model whose answer carried no relationships (never modified: see
``_remember_linkage``)."""


class Links:
    """How the models of one answer find each other while it is decoded.

    Each resource object's linkage is looked up in ``index`` (the included resources, by type
    and id) as the model is built; what is not there (primary data, a resource later in the
    answer, to-many linkage, an odd id) is kept in ``pending`` and looked up once more by
    :meth:`finish`, when every model of the answer is built. Models then point at each other
    directly and keep no index: with one, every answer would be a reference cycle (see
    :func:`~didww._document.decode_document`). ``stubs`` is the one thing they share: the
    id-only models made for linkage to resources the answer did not include.
    """

    __slots__ = ("index", "pending", "stubs")

    def __init__(self) -> None:
        self.index: ByType = {}
        self.stubs: Index = {}
        self.pending: list[tuple[dict[str, Any], str]] = []

    def finish(self, primary: Iterable[Resource]) -> None:
        """Link what could not be linked while the models were built, the ``primary`` models
        of the answer included."""
        if not self.pending:
            return
        index = self.index
        for model in primary:
            if model._id is not None:
                self.add(model.resource_type, model._id, model)
        for rels, name in self.pending:
            data = rels[name]
            if type(data) is list:
                rels[name] = [_linked(item, index) for item in data]
            else:
                rels[name] = _linked(data, index)
        self.pending = []

    def add(self, type_: str, id: str, model: Resource) -> None:
        """Index ``model`` as the resource (``type_``, ``id``) of the answer."""
        by_id = self.index.get(type_)
        if by_id is None:
            by_id = self.index[type_] = {}
        by_id[id] = model


def _linked(item: Any, index: ByType) -> Any:
    """A resource identifier: the model of the answer it names, or the identifier itself."""
    if type(item) is dict:
        type_, id = item.get("type"), item.get("id")
        if type(type_) is str and isinstance(id, (str, int)):
            found = index.get(type_, {}).get(id if type(id) is str else str(id))
            if found is not None:
                return found
    return item


def _of_shape(data: Any, to_many: bool) -> bool:
    """Whether an answer's linkage is of a relationship's shape: a list of identifiers for a
    to-many, one identifier or null for a to-one (see ``Resource._check_linkage``)."""
    if to_many:
        return type(data) is list and all(_is_identifier(item) for item in data)
    return data is None or _is_identifier(data)


def _is_identifier(item: Any) -> bool:
    """Whether ``item`` is a linked model or a resource identifier (a str type and a str or int
    id). Its type is not judged: a relationship may name a type newer than this SDK, which
    reads as a :class:`GenericResource`, and one of a type the spec does not list for it is
    taken the same way, as the API's word."""
    if isinstance(item, Resource):
        return True
    if type(item) is not dict:
        return False
    id = item.get("id")
    return type(item.get("type")) is str and (type(id) is str or type(id) is int)


def _as_identifiers(data: Any) -> JSON:
    """A linkage as the answer gave it, with the models decoding linked in it made identifiers
    again."""
    if isinstance(data, Resource):
        return {"type": data.resource_type, "id": data._id}
    if type(data) is list:
        return [_as_identifiers(item) for item in data]
    kept: JSON = data  # odd or not, as it came
    return kept


def linkages(
    relationships: JSON, links: Links, state: dict[str, Any], to_one: frozenset[str]
) -> dict[str, Any]:
    """Relationship name -> linkage (the ``data`` member), for the relationships of a resource
    object that carry one, with the model in place of an identifier already in ``links.index``;
    the rest of each relationship object (its ``links``) is let go.

    The model found for one of the ``to_one`` relationships of the model being built is put in
    its ``state`` (its __dict__) too, where reading it finds it (see :class:`_ToOneBase`); only
    for those names, so that no answer can put a value under another name.

    A plain loop: it runs for every record of every answer, and a comprehension would add a
    function call per record.
    """
    found: dict[str, Any] = {}
    if type(relationships) is dict:
        index = links.index
        for name, entry in relationships.items():
            if type(entry) is dict and "data" in entry:
                data = entry["data"]
                if type(data) is dict:
                    try:
                        by_id = index.get(data["type"])
                        model = by_id.get(data["id"]) if by_id is not None else None
                    except (KeyError, TypeError):  # not an identifier: _linked tells
                        model = None
                    if model is not None:
                        found[name] = model
                        if name in to_one:
                            state[name] = model
                        continue
                    links.pending.append((found, name))
                elif type(data) is list:
                    links.pending.append((found, name))
                found[name] = data
    return found if found else _NO_LINKAGE


class Relationship:
    """Base of relationship descriptors: metadata shared by the model and id forms."""

    ACCESS: ClassVar[Access] = Access.READ_ONLY
    TO_MANY: ClassVar[bool] = False

    def __init__(
        self,
        name: str,
        targets: tuple[str, ...],
        doc: str = "",
        *,
        exclusive_with: tuple[str, ...] = (),
        nullable: bool = True,
        detach_only: bool = False,
        required: bool = False,
        min_items: int | None = None,
        max_items: int | None = None,
    ) -> None:
        self.name = name
        self.targets = targets
        self.exclusive_with = exclusive_with
        self.nullable = nullable
        """To-one: whether a request may send null; None is refused on assignment otherwise."""
        self.detach_only = detach_only
        """To-one: whether a request may send only null (an update detaches, never attaches)."""
        self.required = required
        """Whether every create sends it: a create without it is refused before sending."""
        self.min_items = min_items
        """To-many only: the fewest members the API takes in a request (None: no stated limit)."""
        self.max_items = max_items
        """To-many only: the most members the API takes in a request (None: no stated limit)."""
        self.__doc__ = doc

    @property
    def access(self) -> Access:
        """Who may write this relationship."""
        return self.ACCESS

    @property
    def to_many(self) -> bool:
        """Whether this relationship holds a list."""
        return self.TO_MANY

    def __set_name__(self, owner: type, name: str) -> None:
        self._owner = owner.__name__

    def __repr__(self) -> str:
        # What help() shows for a to-one relationship, which it lists among the methods (see
        # _ToOneBase).
        access = self.ACCESS.value.replace("_", "-")
        kind = "to-many" if self.TO_MANY else "to-one"
        return f"<{access} {kind} relationship {getattr(self, '_owner', '?')}.{self.name}>"

    def _refuse_delete(self, obj: Resource) -> NoReturn:
        """``del model.relationship`` raises :class:`~didww.ClientError`, as for attributes."""
        raise _undeletable(obj, self.name, self.ACCESS)

    if TYPE_CHECKING:
        # At run time only the to-many ones have it (see _ToOneBase).
        def __delete__(self, obj: Resource) -> NoReturn: ...


def _undeletable(obj: Resource, name: str, access: Access) -> ClientError:
    hint = "it is read-only" if access is Access.READ_ONLY else "assign None to send null"
    return ClientError(f"{type(obj).__name__}.{name} cannot be deleted: {hint}")


def _read_only(obj: Resource, name: str) -> ClientError:
    return ClientError(f"{type(obj).__name__}.{name} is read-only")


class _ToOneBase(Relationship, Generic[R]):
    """A to-one relationship keeps its model in the model's __dict__, as a field keeps its
    value, so that reading it again is a plain attribute lookup: at run time it is a read-only
    descriptor (``__get__`` alone), and ``Fields.__setattr__`` hands its assignments to
    ``_set``. The model of an included resource is put there when the answer is decoded (see
    :func:`linkages`); any change to the relationship takes it out (see
    ``Resource._forget_related``)."""

    @overload
    def __get__(self, obj: None, owner: type) -> _ToOneBase[R]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> R | None: ...

    def __get__(self, obj: Resource | None, owner: type) -> _ToOneBase[R] | R | None:
        # Called only when the model is not in obj's __dict__ yet.
        if obj is None:
            return self
        name = self.name
        value = obj._related_one(name)
        kept = obj.__dict__.setdefault(name, value)
        if kept is value and obj._related_one(name) is not value:
            # Assigned on another thread since the first line: an assignment takes the name
            # out of __dict__ after it has changed the linkage (see Resource._set_related), so
            # either it removes what was stored here or this check sees the new linkage.
            obj._forget_related((name,))
            return obj._related_one(name)  # type: ignore[return-value]
        return kept

    def _set(self, obj: Resource, value: Any) -> None:
        raise _read_only(obj, self.name)


class ToOne(_ToOneBase[R]):
    """A writable to-one relationship, read and assigned as a model (or None)."""

    ACCESS = Access.WRITABLE

    def _set(self, obj: Resource, value: Any) -> None:
        obj._set_related(self, value)

    if TYPE_CHECKING:

        def __set__(self, obj: Resource, value: R | None) -> None: ...


class CreateOnlyToOne(ToOne[R]):
    """A to-one relationship that can be set on a new model and is sent by ``create()`` only."""

    ACCESS = Access.CREATE_ONLY


class ReadOnlyToOne(_ToOneBase[R]):
    """A to-one relationship only the API sets; assigning it is a type error."""

    if TYPE_CHECKING:

        def __set__(self, obj: Resource, value: ReadOnlyField) -> None: ...


class _ToOneIdBase(Generic[R]):
    def __init__(self, relationship: _ToOneBase[R], doc: str = "") -> None:
        self.relationship = relationship
        self.__doc__ = doc

    @overload
    def __get__(self, obj: None, owner: type) -> _ToOneIdBase[R]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> str | None: ...

    def __get__(self, obj: Resource | None, owner: type) -> _ToOneIdBase[R] | str | None:
        if obj is None:
            return self
        return obj._related_one_id(self.relationship.name)

    def __delete__(self, obj: Resource) -> NoReturn:
        raise _undeletable(obj, self.relationship.name, self.relationship.ACCESS)


class ToOneId(_ToOneIdBase[R]):
    """The id form of a settable to-one relationship (``did.voice_in_trunk_id``)."""

    def __set__(self, obj: Resource, value: str | None) -> None:
        rel = self.relationship
        target = None if value is None else obj._stub(rel, value)
        obj._set_related(rel, target)


class ReadOnlyToOneId(_ToOneIdBase[R]):
    """The id form of a read-only to-one relationship; assigning it is a type error."""

    def __set__(self, obj: Resource, value: ReadOnlyField) -> None:
        raise _read_only(obj, self.relationship.name)


class _ToManyBase(Relationship, Generic[R]):
    TO_MANY = True

    @overload
    def __get__(self, obj: None, owner: type) -> _ToManyBase[R]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> list[R]: ...

    def __get__(self, obj: Resource | None, owner: type) -> _ToManyBase[R] | list[R]:
        if obj is None:
            return self
        return obj._related_many(self.name)  # type: ignore[return-value]

    if not TYPE_CHECKING:

        def __delete__(self, obj: Resource) -> NoReturn:
            self._refuse_delete(obj)


class ToMany(_ToManyBase[R]):
    """A writable to-many relationship, read and assigned as a list of models."""

    ACCESS = Access.WRITABLE

    def __set__(self, obj: Resource, value: list[R] | None) -> None:
        where = f"{type(obj).__name__}.{self.name}"
        obj._set_related(self, _as_list(value, where, f"{obj._target_names(self)} models"))


class CreateOnlyToMany(ToMany[R]):
    """A to-many relationship that can be set on a new model and is sent by ``create()`` only."""

    ACCESS = Access.CREATE_ONLY


class ReadOnlyToMany(_ToManyBase[R]):
    """A to-many relationship only the API sets; assigning it is a type error."""

    def __set__(self, obj: Resource, value: ReadOnlyField) -> None:
        raise _read_only(obj, self.name)


class _ToManyIdsBase(Generic[R]):
    def __init__(self, relationship: _ToManyBase[R], doc: str = "") -> None:
        self.relationship = relationship
        self.__doc__ = doc

    @overload
    def __get__(self, obj: None, owner: type) -> _ToManyIdsBase[R]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> list[str]: ...

    def __get__(self, obj: Resource | None, owner: type) -> _ToManyIdsBase[R] | list[str]:
        if obj is None:
            return self
        return obj._related_many_ids(self.relationship.name)

    def __delete__(self, obj: Resource) -> NoReturn:
        raise _undeletable(obj, self.relationship.name, self.relationship.ACCESS)


class ToManyIds(_ToManyIdsBase[R]):
    """The id form of a settable to-many relationship (``group.voice_in_trunk_ids``)."""

    def __set__(self, obj: Resource, value: list[str] | None) -> None:
        rel = self.relationship
        ids = _as_list(value, obj._id_field(rel), "ids")
        for id in ids:  # every id checked before any stub is made: nothing half-done
            obj._check_stub_id(rel, id)
        obj._set_related(rel, [obj._stub(rel, v) for v in ids])


def _as_list(value: object, where: str, what: str) -> list[Any]:
    """A to-many value as a new list; only a list or tuple (or None, for none) is one, since a
    string or a model would otherwise be taken apart ("abc" into three ids)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, Resource):
        got = f"one {type(value).__name__} (wrap it in a list: [model])"
    else:
        got = f"{type(value).__name__} {shown_value(value)}"
    raise ClientError(f"{where}: expected a list of {what}, got {got}")


class ReadOnlyToManyIds(_ToManyIdsBase[R]):
    """The id form of a read-only to-many relationship; assigning it is a type error."""

    def __set__(self, obj: Resource, value: ReadOnlyField) -> None:
        raise _read_only(obj, self.relationship.name)


class Resource(Fields):
    """Base of every generated model: one JSON:API resource object."""

    # Kept small on purpose: a list answer makes one model per record. What most models never
    # need (_rel_values, _rel_changed, _id_views, _meta, _links) is a class attribute, None,
    # until it is set: a model read from a list answer holds four entries of state.

    TYPE: ClassVar[str] = ""
    _REGISTRY: ClassVar[Registry] = EMPTY
    """The model classes of this model's API version."""
    _RELATIONSHIPS: ClassVar[dict[str, Relationship]] = {}
    _TO_ONE: ClassVar[frozenset[str]] = frozenset()
    """The to-one relationships, whose model is kept in the model's __dict__ once known."""
    _ID_NAMES: ClassVar[dict[str, str]] = {}
    """Id accessor name (``voice_in_trunk_id``) -> relationship name."""
    _SPARSE_FIELDS: ClassVar[frozenset[str]] = frozenset()
    """Names a sparse fieldset of this type may list (every attribute and relationship unless
    the spec says otherwise)."""
    _INCLUDES: ClassVar[frozenset[str]] = frozenset()
    """The relationships an answer about this type may include (the spec's ``includes``): the
    hops a dotted include may take after reaching it. A write-only relationship is never among
    them, since no answer holds it."""
    _CONDITIONS: ClassVar[tuple[ResourceCondition, ...]] = ()
    """What a request keeps to across the attributes and relationships, as the version's
    document states it: how many of some members a create sends, and what a value asks of the
    others on a create or an update (see :mod:`didww._conditions`)."""

    _id: str | None
    _origin: str = "answer"
    """Where the model's state came from: ``answer`` (a resource object the API sent), ``linkage``
    (only an identifier the API sent), ``json`` (read back with :meth:`from_json`: what it holds
    may include edits never saved) or ``local`` (built by the caller)."""
    _included: str | bool = False
    """Whether the model came in an answer's ``included`` (a DID's DID group), not as its
    primary data: its relationships are loaded with a path through the resource asked for.
    The type of that answer's primary data (``dids``) where it had any, else True."""
    _meta: dict[str, JSON] | None = None
    _rels: dict[str, Any]
    """Relationship name -> its linkage (the ``data`` member) for relationships the answer gave
    linkage for, with the models of the same answer in place of the identifiers naming them
    (see :class:`Links`). Their ``links`` are not kept: no model reads them, and in a list
    answer they are about half of all the bytes."""
    _rel_values: dict[str, Any] | None = None
    _rel_changed: set[str] | None = None
    _id_views: dict[str, tuple[list[str], list[str]]] | None = None
    _stubs: Index
    """The id-only models made for linkage to resources the answer did not include, shared by
    the models of that answer (so that two DIDs on one trunk give one trunk model)."""
    _links: JSON = None

    def __init_subclass__(cls, registry: Registry | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if registry is not None:
            cls._REGISTRY = registry
        relationships: dict[str, Relationship] = {}
        id_names: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            for key, member in vars(klass).items():
                if isinstance(member, Relationship):
                    relationships[member.name] = member
                elif isinstance(member, (_ToOneIdBase, _ToManyIdsBase)):
                    id_names[key] = member.relationship.name
        cls._RELATIONSHIPS = relationships
        cls._TO_ONE = frozenset(name for name, rel in relationships.items() if not rel.to_many)
        cls._ID_NAMES = id_names
        if "_SPARSE_FIELDS" not in vars(cls):
            cls._SPARSE_FIELDS = frozenset(cls._ATTRIBUTES) | frozenset(relationships)

    @classmethod
    def _registry_class(cls, type_: str) -> type[Resource] | None:
        """The model class of ``type_`` in this model's API version."""
        return cls._REGISTRY.get(type_)

    @classmethod
    def _registry_types(cls) -> list[str]:
        """Every resource type of this model's API version."""
        return cls._REGISTRY.types()

    def __init__(self, id: str | None = None, **fields: Any) -> None:
        if id is not None:
            # Refused here rather than when sent: a model names its resource in paths and in
            # the relationships of other models alike (answers' models are not made here).
            problem = id_problem(id)
            if problem is not None:
                raise ClientError(f"{type(self).__name__}: {problem}")
        self._load(id, {}, _NO_LINKAGE, None, {}, None)
        self._origin = "local"
        self._set_fields(fields)

    def _set_fields(self, fields: dict[str, Any]) -> None:
        self._refuse_exclusive(fields)
        super()._set_fields(fields)

    def _refuse_exclusive(self, fields: dict[str, Any]) -> None:
        """Refuse a constructor given both sides of relationships that exclude each other
        (``DID(voice_in_trunk=..., voice_in_trunk_group=...)``), or one relationship in both its
        forms (``voice_in_trunks=`` and ``voice_in_trunk_ids=``): assigned in turn, the later
        one wins (and an excluded side is sent as null), so one value the caller gave would be
        dropped without a word."""
        given: dict[str, str] = {}  # relationship -> the keyword that set it
        for name, value in fields.items():
            if value is NOT_GIVEN:
                continue
            rel = self._RELATIONSHIPS.get(self._ID_NAMES.get(name, name))
            if rel is None:
                continue
            if rel.name in given:
                # ``voice_in_trunks=`` and ``voice_in_trunk_ids=`` set the same relationship:
                # the later would replace the earlier without a word.
                raise ClientError(
                    f"{type(self).__name__}: {given[rel.name]} and {name} both set "
                    f"{rel.name}; give one"
                )
            given[rel.name] = name
            if value is None:
                continue  # None clears: it excludes nothing
            for partner in rel.exclusive_with:
                if partner in given and fields[given[partner]] is not None:
                    raise ClientError(
                        f"{type(self).__name__}: {given[partner]} and {name} exclude each "
                        "other (the API takes one of them); give one"
                    )

    @property
    def id(self) -> str:
        """The resource's id; a model created locally has none until ``create()`` saves it."""
        id = self._id
        if id is None:
            name = type(self).__name__
            raise NotLoadedError(
                f"this {name} has no id yet: it exists only here until create() saves it "
                "(the saved model create() returns has one)",
                model=name,
                field="id",
            )
        return id

    def _load(
        self,
        id: str | None,
        attrs: dict[str, JSON],
        rels: dict[str, JSON],
        meta: dict[str, JSON] | None,
        stubs: Index,
        links: JSON,
    ) -> None:
        """Set the whole state; ``rels`` maps relationship names to linkage (see ``_rels``)."""
        self._reset(attrs)
        self._forget_related(self._TO_ONE)
        state = self.__dict__
        for name in ("_origin", "_included", "_rel_values", "_rel_changed", "_id_views"):
            state.pop(name, None)
        state["_id"] = id
        state["_rels"] = rels
        state["_stubs"] = stubs
        state["_meta"] = meta
        state["_links"] = links

    @property
    def meta(self) -> dict[str, JSON]:
        """The resource object's ``meta`` as received (empty when it had none)."""
        meta = self._meta
        if meta is None:
            meta = self._meta = {}
        return meta

    @meta.setter
    def meta(self, value: dict[str, JSON] | None) -> None:
        # Checked here, as attributes are: it went out with to_json() or a request, and a value
        # JSON cannot hold failed there as a bare TypeError. None is no meta, as before.
        if value is None:
            self._meta = None
            return
        try:
            JSON_OBJECT.encode(value)
        except ClientError as exc:
            raise ClientError(f"{type(self).__name__}.meta: {exc.message}") from None
        self._meta = value

    @classmethod
    def _from_wire(cls, obj: dict[str, JSON], links: Links) -> Resource:
        """Build from a JSON:API resource object (already checked to be a dict)."""
        model = object.__new__(cls)
        model._load_wire(obj, links)
        return model

    def _load_wire(self, obj: dict[str, JSON], links: Links) -> None:
        """Load a resource object into a model just made (``cls.__new__``): _load inlined, as
        this runs once per record of every answer."""
        attrs = obj.get("attributes")
        raw_id = obj.get("id")
        state = self.__dict__
        state["_id"] = raw_id if type(raw_id) is str or raw_id is None else str(raw_id)
        state["_attrs"] = attrs if type(attrs) is dict else {}
        state["_rels"] = linkages(obj.get("relationships"), links, state, self._TO_ONE)
        state["_stubs"] = links.stubs
        # Most records carry neither: the class attributes (None) stand for them.
        meta = obj.get("meta")
        if type(meta) is dict:
            state["_meta"] = meta
        if "links" in obj:
            state["_links"] = obj["links"]

    @property
    def resource_type(self) -> str:
        """The JSON:API type of this resource."""
        return self.TYPE

    # -- relationships -------------------------------------------------------------------------

    def _id_field(self, rel: Relationship) -> str:
        """``Owner.<id accessor>`` of ``rel`` (``VoiceInTrunkGroup.voice_in_trunk_ids``), which
        errors about ids name, being where the ids were written."""
        names = [id_name for id_name, name in self._ID_NAMES.items() if name == rel.name]
        return f"{type(self).__name__}.{names[0] if names else rel.name}"

    def _target_names(self, rel: Relationship) -> str:
        """The model classes ``rel`` may point at, for errors (``VoiceInTrunk``)."""
        classes = (self._registry_class(t) for t in rel.targets)
        names = (
            c.__name__ if c is not None else t for c, t in zip(classes, rel.targets, strict=True)
        )
        return "/".join(names)

    def _check_stub_id(self, rel: Relationship, id: object) -> None:
        where = self._id_field(rel)
        problem = id_problem(id)  # what no id holds: sent, it would name nothing the API has
        if problem is not None:
            raise ClientError(f"{where}: {problem}")
        if len(rel.targets) != 1:
            raise ClientError(
                f"{where} can point at {', '.join(rel.targets)}; assign a model so the type is "
                "known"
            )

    def _stub(self, rel: Relationship, id: str) -> Resource:
        self._check_stub_id(rel, id)
        return self._resolve(rel.targets[0], id)

    def _resolve(self, type_: str, id: str) -> Resource:
        """The id-only model for (type, id), made once per answer."""
        key = (type_, id)
        found = self._stubs.get(key)
        if found is None:
            cls = self._REGISTRY.get(type_)
            found = cls._id_only(id) if cls is not None else GenericResource._of(type_, id)
            found._origin = "linkage"
            self._stubs[key] = found
        return found

    @classmethod
    def _id_only(cls: type[R], id: str) -> R:
        """A model of ``id`` alone, as the constructor makes one but without judging the id: an
        id an answer links to is the API's (one the caller gives was checked already)."""
        model = object.__new__(cls)
        model._load(id, {}, _NO_LINKAGE, None, {}, None)
        return model

    def _loaded_text(self, name: str) -> str | None:
        """Attribute ``name`` as text, or None when it is null or was not loaded (a status or a
        URL that waiting and downloading look at)."""
        if not self.is_loaded(name):
            return None
        try:
            value = getattr(self, name)
        except DecodeError:  # an odd status is no status waiting knows: as it came
            value = self._attrs.get(name)
        return None if value is None else str(value)

    def _linkage(self, name: str) -> Any:
        """The loaded ``data`` of a relationship, or ... when the API did not send it."""
        return self._rels.get(name, ...)

    def _forget_related(self, names: Iterable[str]) -> None:
        """Take the to-one relationships ``names`` out of the model's __dict__, where their
        model is kept once known (see :class:`_ToOneBase`): called whenever one may change, so
        that the next read works it out again."""
        state = self.__dict__
        for name in names:
            state.pop(name, None)

    def _related_values(self) -> dict[str, Any]:
        values = self._rel_values
        if values is None:
            values = self._rel_values = {}
        return values

    def _resolve_identifier(self, data: Any) -> Resource | None:
        if isinstance(data, Resource):
            return data  # linked when the answer was decoded
        if isinstance(data, dict):
            type_, id = data.get("type"), data.get("id")
            if isinstance(type_, str) and isinstance(id, (str, int)):
                return self._resolve(type_, str(id))
        return None

    def _related_one(self, name: str) -> Resource | None:
        values = self._rel_values
        if values is not None and name in values:
            return values[name]  # type: ignore[no-any-return]
        data = self._rels.get(name, ...)
        if data is ...:
            raise self._not_loaded(name)
        self._check_linkage(name, data)
        if isinstance(data, Resource):
            return data  # linked when the answer was decoded: nothing to remember
        value = self._related_values()[name] = self._resolve_identifier(data)
        return value

    def _related_one_id(self, name: str) -> str | None:
        values = self._rel_values
        if values is not None and name in values:
            model = values[name]
            return model._id if model is not None else None
        data = self._linkage(name)
        if data is ...:
            raise self._not_loaded(name)
        self._check_linkage(name, data)
        if isinstance(data, Resource):
            return data._id
        if isinstance(data, dict) and isinstance(data.get("id"), (str, int)):
            return str(data["id"])
        return None

    def _check_linkage(self, name: str, data: Any) -> None:
        """Raise :class:`~didww.DecodeError` when the answer's linkage of relationship ``name``
        is not of the relationship's shape: a list where one resource (or null) belongs, one
        resource where a list belongs, or something that is no resource identifier. Read as
        they came, they would pass for "null on the server" or "none"; as with an attribute,
        the rest of the answer reads as usual and ``to_json()`` has the linkage as it came."""
        to_many = self._RELATIONSHIPS[name].to_many
        if _of_shape(data, to_many):
            return
        expected = (
            "a list of resource identifiers" if to_many else "one resource identifier or null"
        )
        held = "one resource" if isinstance(data, Resource) else shown_value(data)
        raise DecodeError(
            f"{type(self).__name__}.{name}: the answer links {held}, where the relationship "
            f"holds {expected}; model.to_json() has the linkage as it came",
            http_status=None,
            body_snippet=None,
        )

    def _not_loaded(self, name: str) -> NotLoadedError:
        owner = type(self).__name__
        kind = "relationship" if name in self._RELATIONSHIPS else "attribute"
        if self._origin == "local":
            text = f"{owner}.{name} is not set on this {owner} built locally"
            if self._id is not None:
                text += f"; fetch the {owner} to read it (find() with " f"{self._load_hint(name)})"
        elif self._origin == "linkage":
            text = (
                f"{owner} {self._id} was not included in the answer, so {owner}.{name} is "
                f"unknown: include the relationship that leads to it "
                f"(QueryParams().include(...))"
            )
        elif kind == "relationship" and self._looks_sparse():
            # Attributes are missing too: a sparse fieldset left them out, and leaves out a
            # relationship it does not list even when the query includes it.
            text = (
                f"{owner}.{name} was not loaded, and the answer lacks attributes too, as a sparse "
                f"fieldset for {self.resource_type} leaves them out. The API sends a "
                f"relationship only when it is included ({self._load_hint(name)}), and with such "
                "a fieldset only when the fieldset lists it too "
                f'(QueryParams().fields("{self.resource_type}", [..., "{name}"])): ask for both'
            )
        elif kind == "relationship":
            text = (
                f"{owner}.{name} was not loaded: the API sends a relationship only when it is "
                f"included. Load it with {self._load_hint(name)}"
            )
        elif self._write_only(name):
            text = (
                f"{owner}.{name} is write-only: the API takes it in requests and never returns "
                "it, so a model read from an answer has no value for it"
            )
        else:
            text = (
                f"{owner}.{name} was not in the answer (left out by a sparse fieldset): "
                f"its value is unknown, not null. Load it with {self._load_hint(name)}"
            )
        return NotLoadedError(text, model=owner, field=name)

    def _looks_sparse(self) -> bool:
        """Whether the answer left out attributes it sends unless told (a sparse fieldset)."""
        attrs = self._attrs
        return any(n not in attrs for n, a in self._ATTRIBUTES.items() if not a.write_only)

    def _write_only(self, name: str) -> bool:
        attribute = self._ATTRIBUTES.get(name)
        return attribute is not None and attribute.write_only

    def _load_hint(self, name: str) -> str:
        if name in self._RELATIONSHIPS:
            hint = f'QueryParams().include("{name}")'
            if self._included and name in self._INCLUDES:
                hint += self._path_hint(name)
            return hint
        return f'QueryParams().fields("{self.resource_type}", [..., "{name}"])'

    def _path_hint(self, name: str) -> str:
        """For a model that came as an included resource: the includes that load ``name``
        through the resources the answer was for (``did_group.country`` from a DID), as
        ``include(name)`` alone is taken only by this model's own repository."""
        origin = self._REGISTRY.get(self._included) if isinstance(self._included, str) else None
        text = f" when you query {self.resource_type}"
        through = self._paths_from(origin) if origin is not None else []
        if origin is not None and through:
            ways = " or ".join(f'QueryParams().include("{path}.{name}")' for path in through[:3])
            text += (
                f"; this {type(self).__name__} came included with {origin.TYPE}, so query those "
                f"with the path through it: {ways}"
            )
        return text

    def _paths_from(self, origin: type[Resource], depth: int = 3) -> list[str]:
        """The shortest include paths from ``origin``'s resources to one of this model's type
        (``did_group.country`` from a DID to a country), at most ``depth`` steps long."""
        registry = self._REGISTRY
        found: list[str] = []
        frontier: list[tuple[str, type[Resource]]] = [("", origin)]
        for _ in range(depth):
            following: list[tuple[str, type[Resource]]] = []
            for prefix, cls in frontier:
                for relationship in cls._RELATIONSHIPS.values():
                    if relationship.name not in cls._INCLUDES:
                        continue
                    path = f"{prefix}.{relationship.name}" if prefix else relationship.name
                    for target in relationship.targets:
                        if target == self.resource_type:
                            found.append(path)
                        related = registry.get(target)
                        if related is not None:
                            following.append((path, related))
            if found:
                return sorted(set(found))
            frontier = following
        return found

    @checked
    def is_loaded(self, name: str) -> bool:
        """Whether reading ``name`` (an attribute, a relationship, its ``_id``/``_ids`` form or
        ``id``) gives a value without raising :class:`~didww.NotLoadedError`."""
        if name == "id":
            return self._id is not None
        relationship = self._ID_NAMES.get(name, name)
        if relationship in self._RELATIONSHIPS:
            if relationship in (self._rel_values or ()) or relationship in (self._id_views or ()):
                return True
            return self._linkage(relationship) is not ...
        return super().is_loaded(name)

    def _readable_names(self) -> list[str]:
        return [*super()._readable_names(), *self._RELATIONSHIPS, *self._ID_NAMES, "id"]

    def _loaded_many(self, name: str) -> list[Resource]:
        """The models the answer's linkage names (leniently: what is not an identifier is left
        out; a read checks the linkage first, see :meth:`_check_linkage`)."""
        data = self._linkage(name)
        if not isinstance(data, list):
            return []
        found = (self._resolve_identifier(item) for item in data)
        return [model for model in found if model is not None]

    def _sync_id_view(self, name: str) -> None:
        """Apply in-place edits made to a list handed out by the ``_ids`` accessor."""
        views = self._id_views
        view = views.get(name) if views is not None else None
        if views is None or view is None:
            return
        handed_out, snapshot = view
        if handed_out != snapshot:
            rel = self._RELATIONSHIPS[name]
            models = [self._stub(rel, id) for id in handed_out]
            self._related_values()[name] = models
            views[name] = (handed_out, list(handed_out))

    def _related_many(self, name: str) -> list[Resource]:
        self._sync_id_view(name)
        values = self._related_values()
        if name not in values:
            data = self._linkage(name)
            if data is ...:
                raise self._not_loaded(name)
            self._check_linkage(name, data)
            values[name] = self._loaded_many(name)
        return values[name]  # type: ignore[no-any-return]

    def _related_many_ids(self, name: str) -> list[str]:
        ids = [m._id or "" for m in self._related_many(name)]  # edits to a held list applied
        views = self._id_views
        if views is None:
            views = self._id_views = {}
        view = views.get(name)
        if view is not None:
            # The list handed out before is handed out again, so that one read earlier and
            # edited later is still the one whose edits are sent.
            view[0][:] = ids
            ids = view[0]
        views[name] = (ids, list(ids))
        return ids

    def _set_related(self, rel: Relationship, value: Any) -> None:
        if rel.access is Access.READ_ONLY:
            raise ClientError(f"{type(self).__name__}.{rel.name} is read-only")
        if rel.to_many:
            for index, model in enumerate(value):
                self._check_target(rel, model, f"{type(self).__name__}.{rel.name}[{index}]")
        elif value is not None:  # None clears a to-one relationship
            self._check_target(rel, value, f"{type(self).__name__}.{rel.name}")
            if rel.detach_only:
                raise ClientError(
                    f"{type(self).__name__}.{rel.name} can only be detached (assign None): the "
                    "API attaches it by other means, and refuses it in an update"
                )
        elif not rel.nullable:
            # The version's document takes no null here: the API would answer 422.
            raise ClientError(
                f"{type(self).__name__}.{rel.name} cannot be null: the API takes "
                f"{a_or_an(self._target_names(rel))} here"
            )
        if self._id_views is not None:
            self._id_views.pop(rel.name, None)
        values = self._related_values()
        changed = self._rel_changed
        if changed is None:
            changed = self._rel_changed = set()
        values[rel.name] = value
        changed.add(rel.name)
        # Clearing one side says nothing about the other: a DID routed to a trunk group keeps
        # that routing when code clears a trunk it never had.
        for partner in rel.exclusive_with if value is not None else ():
            values[partner] = None
            changed.add(partner)
        # Last, once the linkage has changed: a first read on another thread that stored the
        # model it had found before is undone here, or sees the change (see _ToOneBase).
        self._forget_related((rel.name, *rel.exclusive_with))

    def _check_target(self, rel: Relationship, model: object, where: str) -> Resource:
        """``model``, when ``rel`` may point at it: a saved model of one of its target types and
        of this model's API version (whose class is the one this version sends)."""
        if not isinstance(model, Resource):
            raise ClientError(
                f"{where}: expected {a_or_an(self._target_names(rel))}, got {type(model).__name__} "
                f"{shown_value(model)}"
            )
        if model.resource_type not in rel.targets:
            raise ClientError(
                f"{where}: expected {a_or_an(self._target_names(rel))}, "
                f"got {a_or_an(type(model).__name__)} "
                f"({model.resource_type})"
            )
        theirs = model._REGISTRY
        # A GenericResource belongs to no version; it is sent as the type and id it holds.
        if theirs is not self._REGISTRY and theirs is not EMPTY:
            ours = self._registry_class(model.resource_type)
            raise _other_version(ours or type(self), model, where)
        _identify(model, where)
        return model

    def _dirty_relationship_names(self) -> list[str]:
        names = []
        changed = self._rel_changed or ()
        values = self._rel_values or ()
        views = self._id_views or ()
        for name, rel in self._RELATIONSHIPS.items():
            if name in changed:
                names.append(name)
            elif rel.to_many and (name in values or name in views):
                # What was appended in place is checked when it is sent, not here.
                current = [_identity(m) for m in self._related_many(name)]
                loaded = [_identity(m) for m in self._loaded_many(name)]
                if current != loaded:
                    names.append(name)
        return names

    def _encode_relationship(self, name: str) -> JSON:
        rel = self._RELATIONSHIPS[name]
        where = f"{type(self).__name__}.{name}"
        if rel.to_many:
            # The list may have been edited in place (append, item assignment), past the checks
            # of assignment: each item is checked again before anything is sent.
            checked = [
                self._check_target(rel, item, f"{where}[{index}]")
                for index, item in enumerate(self._related_many(name))
            ]
            linkage = [_identify(m, where) for m in checked]
            seen: set[tuple[str, str]] = set()
            for item in linkage:
                key = (item["type"], item["id"])
                if key in seen:
                    # A to-many relationship is a set of resources: the API would take the one
                    # twice or refuse the request, neither of which the caller meant. Said
                    # before the counts, which a repeat would make wrong.
                    raise ClientError(f"{where} holds {item['id']} ({item['type']}) twice")
                seen.add(key)
            if rel.max_items is not None and len(linkage) > rel.max_items:
                raise ClientError(
                    f"{where} holds {len(linkage)} resources; the API takes at most "
                    f"{rel.max_items}"
                )
            if rel.min_items is not None and len(linkage) < rel.min_items:
                raise ClientError(
                    f"{where} holds {len(linkage)} resources; the API takes at least "
                    f"{rel.min_items}"
                )
            return {"data": linkage}
        model = self._related_one(name)
        return {"data": None if model is None else _identify(model, where)}

    # -- serialisation -------------------------------------------------------------------------

    def _document(self, *, creating: bool) -> dict[str, JSON]:
        """The request document for ``create`` (every set field) or ``update`` (changes only)."""
        cls_name = type(self).__name__
        attr_names = self._dirty_attribute_names()
        rel_names = self._dirty_relationship_names()
        # What changed, before create adds everything loaded: a read-only list edited in place
        # cannot be sent, and leaving it out would report a save that did not happen.
        edited = set(attr_names) | set(rel_names)
        if creating:
            attr_names += [n for n in self._attrs if n in self._ATTRIBUTES and n not in attr_names]
            rel_names += [n for n in self._rels if n in self._RELATIONSHIPS and n not in rel_names]
        attributes = {}
        for name in attr_names:
            field = self._ATTRIBUTES[name]
            access = field.access
            if access is Access.READ_ONLY:
                if name in edited:
                    raise read_only_edited(self, name)
                continue
            if access is Access.CREATE_ONLY and not creating:
                raise ClientError(f"{cls_name}.{name} can only be set when creating")
            attributes[name] = self._encode_attribute(name)
            if creating:
                self._refuse_update_only(name)
            elif field.fixed_variant:
                self._refuse_other_variant(name, attributes[name])
        if creating:
            self._refuse_missing(attributes)
        relationships = {}
        for name in rel_names:
            access = self._RELATIONSHIPS[name].access
            if access is Access.READ_ONLY:
                if name in edited:
                    raise read_only_edited(self, name)
                continue
            if access is Access.CREATE_ONLY and not creating:
                raise ClientError(f"{cls_name}.{name} can only be set when creating")
            relationships[name] = self._encode_relationship(name)
        if creating:
            self._refuse_unlinked(relationships)
        if self._CONDITIONS:
            self._refuse_broken_conditions(attributes, relationships, creating=creating)
        data: dict[str, JSON] = {"type": self.TYPE}
        if self._id is not None and not creating:
            data["id"] = self._id
        if attributes:
            data["attributes"] = attributes
        if relationships:
            data["relationships"] = relationships
        return {"data": data}

    def _refuse_missing(self, attributes: dict[str, JSON]) -> None:
        """Refuse a create without an attribute the version's document requires on create (the
        API answers 422 for it); the spec marks them ``required``."""
        for name, field in self._ATTRIBUTES.items():
            if field.required and attributes.get(name) is None:
                owner = type(self).__name__
                raise ClientError(
                    f"{owner}.{name} is required on create: the API makes no {owner} without it"
                )

    def _refuse_unlinked(self, relationships: dict[str, JSON]) -> None:
        """Refuse a create without a relationship the version's document requires on create (an
        address without its identity and country): the API answers 422 for it."""
        for name, rel in self._RELATIONSHIPS.items():
            linkage = relationships.get(name)
            if rel.required and (not isinstance(linkage, dict) or linkage.get("data") is None):
                owner = type(self).__name__
                # A relationship of several target types takes a model: an id alone names none.
                hint = f"{owner}.{name}"
                if len(rel.targets) == 1:
                    hint += f" or {self._id_field(rel)}"
                raise ClientError(
                    f"{owner}.{name} is required on create: the API makes no {owner} without it "
                    f"(give {hint})"
                )

    def _refuse_broken_conditions(
        self, attributes: dict[str, JSON], relationships: dict[str, JSON], *, creating: bool
    ) -> None:
        """Refuse a request that breaks a condition of the resource, which the API answers 422
        for: a create sending too many or too few of a group (both ``dids`` and
        ``emergency_calling_service``; a ``callback_url`` without its ``callback_method``), or a
        create or update sending what a value refuses (``dids`` while ``allow_any_did_as_cli``
        is true) or without what it requires (a business identity's ``company_name``).

        A create is judged as the whole record: nothing stored fills in what it leaves out. An
        update is judged on what it sends, and on the value of a create-only attribute as an
        answer gave it, which no update can have changed; never on a loaded writable value, which
        may be stale, nor on one read back with ``from_json``, which may hold edits never saved.
        """
        # Loaded with the classes that state them.
        from didww._conditions import Condition, ConditionsBroken, broken, marked

        members: dict[str, JSON] = dict(attributes)
        for name, linkage in relationships.items():
            members[name] = linkage.get("data") if isinstance(linkage, dict) else None
        judged = self._CONDITIONS
        if not creating:
            conditions = tuple(c for c in judged if isinstance(c, Condition))
            judged = conditions
            for condition in conditions:
                trigger = condition.attribute
                field = self._ATTRIBUTES.get(trigger)
                fixed = field is not None and field.access is Access.CREATE_ONLY
                known = self._origin == "answer" and trigger in self._attrs
                if trigger not in members and fixed and known:
                    members[trigger] = self._attrs[trigger]
        problems = broken(judged, members, stored=creating, named=marked)
        if problems:
            raise ConditionsBroken(type(self).__name__, problems)

    def _refuse_other_variant(self, name: str, sent: JSON) -> None:
        """Refuse an update whose value of ``name`` is of another variant than the one loaded
        (a PSTN configuration for a SIP trunk): the API keeps the variant a record was created
        with and answers 422. A model not loaded from an answer is left to the API, and so is one
        read back with ``from_json`` (what it holds may be an edit never saved)."""
        if self._origin != "answer":
            return
        loaded = self._attrs.get(name)
        if not (isinstance(loaded, dict) and isinstance(sent, dict)):
            return
        was, now = loaded.get("type"), sent.get("type")
        if isinstance(was, str) and isinstance(now, str) and was != now:
            owner = type(self).__name__
            raise ClientError(
                f"{owner}.{name}: an update keeps the type the {owner} was created with, "
                f"{was!r}, not {now!r}; create another {owner} for the other type"
            )

    def _refuse_update_only(self, name: str) -> None:
        """Refuse a create that sends a nested object variant only an update takes (a voice out
        trunk is created with another authentication method, then switched): the API answers
        422 for it."""
        try:
            value = getattr(self, name)
        except DecodeError:  # an odd value is sent as it came: the API judges it
            return
        for item in value if isinstance(value, list) else (value,):
            if getattr(type(item), "UPDATE_ONLY", False):
                kind = type(item).__name__
                raise ClientError(
                    f"{type(self).__name__}.{name}: a create does not take {a_or_an(kind)}; "
                    f"create the {type(self).__name__} with another one, then update it to "
                    f"{a_or_an(kind)}"
                )

    def _remember_linkage(self, sent: dict[str, JSON]) -> None:
        """Fill in linkage the answer left out with what the request just wrote."""
        rels = dict(self._rels)
        for name, entry in sent.items():
            if name not in rels and isinstance(entry, dict) and "data" in entry:
                rels[name] = entry["data"]
        self._rels = rels

    def _absorb(self, other: Resource) -> None:
        """Take over the state of ``other`` (the API's answer), leaving this model clean.

        A relationship the answer carries no linkage for (the API sends it only when included)
        keeps what this model knew of it, as just saved: the save did not change it, or sent
        it. Lists and nested objects the SDK handed out stay this model's when the answer agrees
        with them (see :meth:`Fields._keep_handed_out`); so do to-many lists, of models or ids.
        """
        known: dict[str, Any] = {}
        for name, rel in self._RELATIONSHIPS.items():
            if other._linkage(name) is not ...:
                continue
            if rel.to_many:
                self._sync_id_view(name)
            values = self._rel_values
            if values is not None and name in values:
                value = values[name]
                known[name] = list(value) if isinstance(value, list) else value
            elif name in self._rels:
                value = self._rels[name]
                known[name] = list(value) if isinstance(value, list) else value
        held, assigned = self._values(), self._changed
        held_many, held_ids, assigned_many = self._rel_values, self._id_views, self._rel_changed
        held_one = self._linked_models()
        rels = {**other._rels, **known} if known else other._rels
        self._load(other._id, other._attrs, rels, other._meta, other._stubs, other._links)
        self._keep_linked(held_one)
        if held:
            self._keep_handed_out(held, assigned)
        for name, rel in self._RELATIONSHIPS.items():
            if not rel.to_many or self._linkage(name) is ...:
                continue
            if assigned_many is not None and name in assigned_many:
                continue  # the caller's own list (see Fields._keep_handed_out)
            # A list of models is kept only when the answer names the same resources: it is the
            # relationship's value itself, and never changes under the caller.
            models = held_many.get(name) if held_many else None
            if isinstance(models, list):
                saved = self._loaded_many(name)
                if [_identity(m) for m in models] == [_identity(m) for m in saved]:
                    self._related_values()[name] = models
            # An ``_ids`` list is a view of the relationship: it follows it, as on a new read.
            view = held_ids.get(name) if held_ids else None
            if view is not None:
                ids = view[0]
                ids[:] = [m._id or "" for m in self._related_many(name)]
                if self._id_views is None:
                    self._id_views = {}
                self._id_views[name] = (ids, list(ids))

    def _own_state(self) -> None:
        super()._own_state()
        # Containers of the copy's own first, so that taking in the edits made through an _ids
        # list writes nothing into the original.
        if self._rel_values is not None:
            self._rel_values = {
                n: list(v) if isinstance(v, list) else v for n, v in self._rel_values.items()
            }
        if self._rel_changed is not None:
            self._rel_changed = set(self._rel_changed)
        views = self._id_views
        if views is not None:
            self._id_views = dict(views)
            for name in views:
                self._sync_id_view(name)
        # The copy's _ids lists are its own, made again when asked for; related models (other
        # resources) are shared, as the answer they came in shares them.
        self._id_views = None

    def _linked_models(self) -> dict[str, Resource]:
        """The to-one relationships whose model is at hand (assigned, included or looked up)."""
        found: dict[str, Resource] = {}
        values = self._rel_values
        for name, rel in self._RELATIONSHIPS.items():
            if rel.to_many:
                continue
            model = values[name] if values is not None and name in values else self._rels.get(name)
            if isinstance(model, Resource):
                found[name] = model
        return found

    def _keep_linked(self, models: dict[str, Resource]) -> None:
        """Hand out the model of ``models`` where the answer names the same resource by its
        identifier alone (it was not included), instead of an id-only model: a trunk assigned
        to a DID still reads its name after ``update(did)``."""
        for name, model in models.items():
            data = self._rels.get(name)
            if (
                type(data) is dict
                and data.get("type") == model.resource_type
                and model._id is not None
                and str(data.get("id")) == model._id
            ):
                self._related_values()[name] = model
                self._forget_related((name,))

    @checked
    def is_dirty(self) -> bool:
        """Whether anything was changed since the model was loaded or built."""
        return bool(self._dirty_attribute_names() or self._dirty_relationship_names())

    def _edited_related(self) -> list[tuple[str, Resource]]:
        """(relationship, model) for the related models at hand (included, or assigned) that
        have changes of their own."""
        found = []
        for name, model in self._linked_models().items():
            if model is not self and model._id is not None and model.is_dirty():
                found.append((name, model))
        # A to-many list's members are at hand once the list was read (or assigned).
        values = self._rel_values or {}
        for name, rel in self._RELATIONSHIPS.items():
            members = values.get(name) if rel.to_many else None
            for index, model in enumerate(members if isinstance(members, list) else ()):
                held = isinstance(model, Resource) and model is not self and model._id is not None
                if held and model.is_dirty():
                    found.append((f"{name}[{index}]", model))
        return found

    @checked
    def to_json(self) -> dict[str, JSON]:
        """The model as a JSON:API resource object, as the API would send it: ``type``, ``id``,
        the attributes it holds (read or set, in their wire form), the linkage of the
        relationships it knows and ``meta``. Plain JSON, for ``json.dumps`` (a cache, a queue,
        a front end); :meth:`from_json` reads it back. It is the model's data, secrets
        included (a SIP password): it is no log line, which ``repr()`` is.

        Changes not saved yet are written as they stand, and named in ``meta`` under
        ``didww_unsaved`` (``{"attributes": [...], "relationships": [...]}``), so that the
        model :meth:`from_json` makes still sends them in its next ``update()``.
        """
        out: dict[str, JSON] = {"type": self.resource_type}
        if self._id is not None:
            out["id"] = self._id
        attributes = self._data_attributes()
        if attributes:
            out["attributes"] = attributes
        relationships: dict[str, JSON] = {}
        for name in self._RELATIONSHIPS:
            self._sync_id_view(name)  # an ``_ids`` list edited in place is a change
            if self._rel_values is not None and name in self._rel_values:
                relationships[name] = self._encode_relationship(name)
            elif name in self._rels:
                # Unchanged: the linkage as the answer gave it, odd or not (reading it raises).
                relationships[name] = {"data": _as_identifiers(self._rels[name])}
        if relationships:
            out["relationships"] = relationships
        meta = dict(self._meta) if self._meta else {}
        unsaved = _unsaved(self._dirty_attribute_names(), self._dirty_relationship_names())
        if unsaved:
            meta[UNSAVED] = unsaved
        if meta:
            out["meta"] = meta
        return out

    @classmethod
    @checked  # a call without the JSON raises ArgumentError, not TypeError
    def from_json(cls: type[R], data: object) -> R:
        """A model from a JSON:API resource object (what :meth:`to_json` gives, or a record of
        an answer's ``data``), loaded as if the API had answered with it: its fields decode when
        read, and it updates as a model read with ``find()`` does. Anything else (a resource
        object of another type among it) raises :class:`~didww.ClientError`, which never quotes
        the data."""
        from didww._document import decode_document  # the module imports this one
        from didww._errors import DecodeError

        where = f"{cls.__name__}.from_json"
        if not cls.TYPE:
            raise ClientError(f"{where}: call it on a model class (didww.DID)")
        if isinstance(data, dict) and "data" in data and "type" not in data:
            raise ClientError(
                f"{where}: this is a whole JSON:API document; pass its resource object, "
                'document["data"]'
            )
        try:
            body = json.dumps({"data": data}, allow_nan=False).encode()
            model = decode_document(
                body, 200, many=False, expected_type=cls.TYPE, registry=cls._REGISTRY
            ).data
        except (TypeError, ValueError) as exc:
            raise ClientError(f"{where}: not JSON ({exc})") from None
        except RecursionError:
            raise ClientError(f"{where}: nested too deeply to be a resource object") from None
        except DecodeError as exc:
            reason = exc.message.removeprefix("the answer is not a usable JSON:API document: ")
            raise ClientError(f"{where}: {reason}") from None
        if not isinstance(model, cls):
            raise ClientError(f"{where}: expected {a_or_an(cls.TYPE)} resource object")
        model._origin = "json"
        model._restore_unsaved(where)
        return model

    def _restore_unsaved(self, where: str) -> None:
        """Mark again as changed what :meth:`to_json` named as not saved (see there): its values
        are those loaded, and the next ``update()`` sends them."""
        marker = self._meta.pop(UNSAVED, None) if self._meta else None
        if marker is None:
            return
        kinds: dict[str, Mapping[str, object]] = {
            "attributes": self._ATTRIBUTES,
            "relationships": self._RELATIONSHIPS,
        }
        if not isinstance(marker, dict) or not set(marker) <= set(kinds):
            raise ClientError(f"{where}: meta.{UNSAVED} is not what to_json() writes")
        for kind, names in marker.items():
            known = kinds[kind]
            if not isinstance(names, list) or not all(
                isinstance(n, str) and n in known for n in names
            ):
                raise ClientError(
                    f"{where}: meta.{UNSAVED}.{kind} holds a name that is not one of the "
                    f"{kind} of {type(self).__name__}"
                )
        attributes, relationships = marker.get("attributes", []), marker.get("relationships", [])
        if attributes:
            self._changed = {*(self._changed or ()), *attributes}
        if relationships:
            self._rel_changed = {*(self._rel_changed or ()), *relationships}

    def __repr__(self) -> str:
        """The id and what is loaded: attributes, and relationships as ids (``..._id=``)."""
        parts = [f"id={self._id!r}" if self._id is not None else "id=<unsaved>"]
        parts += self._repr_fields()
        # Read as it stands, resolving nothing: a repr (a debugger's, a log line's) must not
        # change the model or raise over an edit not yet checked.
        values = self._rel_values or {}
        id_names = {rel: id_name for id_name, rel in self._ID_NAMES.items()}
        for name, rel in self._RELATIONSHIPS.items():
            if name in values:
                value = values[name]
            elif name in self._rels:
                value = self._rels[name]
            else:
                continue
            shown = id_names.get(name, f"{name}_ids" if rel.to_many else f"{name}_id")
            if name not in values and not _of_shape(value, rel.to_many):
                # Odd linkage (reading it raises DecodeError): never shown as null or none.
                parts.append(f"{shown}=<odd linkage>")
            elif rel.to_many:
                ids = [_shown_id(item) for item in value] if isinstance(value, list) else []
                parts.append(f"{shown}={ids!r}")
            else:
                parts.append(f"{shown}={_shown_id(value)!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


UNSAVED = "didww_unsaved"
"""The ``meta`` member of :meth:`Resource.to_json` that names the changes not saved yet."""


def _unsaved(attributes: list[str], relationships: list[str]) -> dict[str, JSON]:
    unsaved: dict[str, JSON] = {}
    if attributes:
        unsaved["attributes"] = list(attributes)
    if relationships:
        unsaved["relationships"] = list(relationships)
    return unsaved


def _identity(value: object) -> tuple[str, object]:
    """What a to-many item is compared by: (type, id) for a model; anything else is itself."""
    if isinstance(value, Resource):
        return value.resource_type, value._id
    return "", value


def _shown_id(value: Any) -> str | None:
    """The id a linked model, a resource identifier or null stands for, as ``repr`` shows it."""
    if isinstance(value, Resource):
        return value._id
    if isinstance(value, dict) and isinstance(value.get("id"), (str, int)):
        return str(value["id"])
    return None


class GenericResource(Resource):
    """A resource of a type this SDK does not know (from a newer API); kept, never a crash."""

    _type: str
    _raw_rels: dict[str, JSON]

    def __init__(self, type: str, id: str | None = None) -> None:
        # Sent as the linkage's type when the model is assigned to a relationship: a non-str
        # would go out as it is. (An empty str is let through: linkage of an odd answer may
        # carry one, and decoding builds these, through _of.)
        if not isinstance(type, str):
            raise ClientError(f"GenericResource: the type must be a str, got {type!r}")
        super().__init__(id)
        self._type = type
        self._raw_rels = {}

    @classmethod
    def _of(cls, type: str, id: str) -> GenericResource:
        """The model of (type, id) an answer links to: see :meth:`Resource._id_only`."""
        model = cls._id_only(id)
        model._type = type
        model._raw_rels = {}
        return model

    @classmethod
    def _from_wire_generic(cls, obj: dict[str, JSON], links: Links, type_: str) -> Resource:
        model = object.__new__(cls)
        model._load_wire(obj, links)
        model._type = type_
        rels = obj.get("relationships")
        model._raw_rels = rels if isinstance(rels, dict) else {}
        return model

    @property
    def resource_type(self) -> str:
        return self._type

    @property
    def attributes(self) -> dict[str, JSON]:
        """The attributes as received."""
        return self._attrs

    @property
    def relationships(self) -> dict[str, JSON]:
        """The relationships as received."""
        return self._raw_rels

    def __repr__(self) -> str:
        return f"GenericResource(type={self._type!r}, id={self._id!r})"
