"""JSON:API resources: identity, attributes, relationships and what changed since loading."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar, overload

from didww._errors import ClientError
from didww._fields import Access, Fields
from didww._types import JSON

R = TypeVar("R", bound="Resource")

Index = dict[tuple[str, str], "Resource"]
"""Resources of one document by (type, id); relationships resolve through it."""

_REGISTRY: dict[str, type[Resource]] = {}


def register(cls: type[R]) -> type[R]:
    """Record a generated resource class under its JSON:API type."""
    _REGISTRY[cls.TYPE] = cls
    return cls


def class_for_type(type_: str) -> type[Resource] | None:
    """The model class for a JSON:API type, or None when the type is unknown."""
    return _REGISTRY.get(type_)


def _identify(model: Resource, where: str) -> dict[str, str]:
    if not model.id:
        raise ClientError(f"{where}: the related {type(model).__name__} has no id")
    return {"type": model.resource_type, "id": model.id}


class Relationship:
    """Base of relationship descriptors: metadata shared by the model and id forms."""

    __slots__ = ("access", "exclusive_with", "name", "targets", "to_many")

    def __init__(
        self,
        name: str,
        targets: tuple[str, ...],
        *,
        to_many: bool,
        access: Access = Access.READ_ONLY,
        exclusive_with: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.targets = targets
        self.to_many = to_many
        self.access = access
        self.exclusive_with = exclusive_with


class ToOne(Relationship, Generic[R]):
    """A to-one relationship read and assigned as a model (or None)."""

    __slots__ = ()

    def __init__(
        self,
        name: str,
        targets: tuple[str, ...],
        *,
        access: Access = Access.READ_ONLY,
        exclusive_with: tuple[str, ...] = (),
    ) -> None:
        super().__init__(name, targets, to_many=False, access=access, exclusive_with=exclusive_with)

    @overload
    def __get__(self, obj: None, owner: type) -> ToOne[R]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> R | None: ...

    def __get__(self, obj: Resource | None, owner: type) -> ToOne[R] | R | None:
        if obj is None:
            return self
        return obj._related_one(self.name)  # type: ignore[return-value]

    def __set__(self, obj: Resource, value: R | None) -> None:
        obj._set_related(self, value)


class ToOneId(Generic[R]):
    """The id form of a to-one relationship (``did.voice_in_trunk_id``)."""

    __slots__ = ("relationship",)

    def __init__(self, relationship: ToOne[R]) -> None:
        self.relationship = relationship

    @overload
    def __get__(self, obj: None, owner: type) -> ToOneId[R]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> str | None: ...

    def __get__(self, obj: Resource | None, owner: type) -> ToOneId[R] | str | None:
        if obj is None:
            return self
        return obj._related_one_id(self.relationship.name)

    def __set__(self, obj: Resource, value: str | None) -> None:
        target = None if value is None else obj._stub(self.relationship, value)
        obj._set_related(self.relationship, target)


class ToMany(Relationship, Generic[R]):
    """A to-many relationship read and assigned as a list of models."""

    __slots__ = ()

    def __init__(
        self, name: str, targets: tuple[str, ...], *, access: Access = Access.READ_ONLY
    ) -> None:
        super().__init__(name, targets, to_many=True, access=access)

    @overload
    def __get__(self, obj: None, owner: type) -> ToMany[R]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> list[R]: ...

    def __get__(self, obj: Resource | None, owner: type) -> ToMany[R] | list[R]:
        if obj is None:
            return self
        return obj._related_many(self.name)  # type: ignore[return-value]

    def __set__(self, obj: Resource, value: list[R] | None) -> None:
        obj._set_related(self, list(value or []))


class ToManyIds(Generic[R]):
    """The id form of a to-many relationship (``group.voice_in_trunk_ids``)."""

    __slots__ = ("relationship",)

    def __init__(self, relationship: ToMany[R]) -> None:
        self.relationship = relationship

    @overload
    def __get__(self, obj: None, owner: type) -> ToManyIds[R]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> list[str]: ...

    def __get__(self, obj: Resource | None, owner: type) -> ToManyIds[R] | list[str]:
        if obj is None:
            return self
        return obj._related_many_ids(self.relationship.name)

    def __set__(self, obj: Resource, value: list[str] | None) -> None:
        rel = self.relationship
        obj._set_related(rel, [obj._stub(rel, v) for v in value or []])


class Resource(Fields):
    """Base of every generated model: one JSON:API resource object."""

    __slots__ = (
        "_id_views",
        "_index",
        "_links",
        "_rel_changed",
        "_rel_values",
        "_rels",
        "id",
        "meta",
    )

    TYPE: ClassVar[str] = ""
    _RELATIONSHIPS: ClassVar[dict[str, Relationship]] = {}

    id: str | None
    meta: dict[str, JSON]
    _rels: dict[str, JSON]
    _rel_values: dict[str, Any]
    _rel_changed: set[str]
    _id_views: dict[str, tuple[list[str], list[str]]]
    _index: Index
    _links: JSON

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        relationships: dict[str, Relationship] = {}
        for klass in reversed(cls.__mro__):
            for member in vars(klass).values():
                if isinstance(member, Relationship):
                    relationships[member.name] = member
        cls._RELATIONSHIPS = relationships

    def __init__(self, id: str | None = None, **fields: Any) -> None:
        self._load(id, {}, {}, {}, {}, None)
        self._set_fields(fields)

    def _load(
        self,
        id: str | None,
        attrs: dict[str, JSON],
        rels: dict[str, JSON],
        meta: dict[str, JSON],
        index: Index,
        links: JSON,
    ) -> None:
        self.id = id
        self._attrs = attrs
        self._values = {}
        self._changed = set()
        self._rels = rels
        self._rel_values = {}
        self._rel_changed = set()
        self._id_views = {}
        self._index = index
        self.meta = meta
        self._links = links

    @classmethod
    def _from_wire(cls, obj: dict[str, JSON], index: Index) -> Resource:
        """Build from a JSON:API resource object (already checked to be a dict)."""
        model = cls.__new__(cls)
        model._load_wire(obj, index)
        return model

    def _load_wire(self, obj: dict[str, JSON], index: Index) -> None:
        attrs = obj.get("attributes")
        rels = obj.get("relationships")
        meta = obj.get("meta")
        raw_id = obj.get("id")
        self._load(
            raw_id if isinstance(raw_id, str) or raw_id is None else str(raw_id),
            attrs if isinstance(attrs, dict) else {},
            rels if isinstance(rels, dict) else {},
            meta if isinstance(meta, dict) else {},
            index,
            obj.get("links"),
        )

    @property
    def resource_type(self) -> str:
        """The JSON:API type of this resource."""
        return self.TYPE

    # -- relationships -------------------------------------------------------------------------

    def _stub(self, rel: Relationship, id: str) -> Resource:
        if not isinstance(id, str) or not id:
            raise ClientError(f"{type(self).__name__}.{rel.name}: an id must be a non-empty string")
        if len(rel.targets) != 1:
            raise ClientError(
                f"{type(self).__name__}.{rel.name} can point at {', '.join(rel.targets)}; "
                "assign a model so the type is known"
            )
        return self._resolve(rel.targets[0], id)

    def _resolve(self, type_: str, id: str) -> Resource:
        key = (type_, id)
        found = self._index.get(key)
        if found is None:
            cls = class_for_type(type_)
            found = cls(id) if cls is not None else GenericResource(type_, id)
            self._index[key] = found
        return found

    def _linkage(self, name: str) -> JSON:
        """The loaded ``data`` of a relationship, or ... when the API did not send it."""
        entry = self._rels.get(name)
        if isinstance(entry, dict) and "data" in entry:
            return entry["data"]
        return ...

    def _resolve_identifier(self, data: JSON) -> Resource | None:
        if isinstance(data, dict):
            type_, id = data.get("type"), data.get("id")
            if isinstance(type_, str) and isinstance(id, (str, int)):
                return self._resolve(type_, str(id))
        return None

    def _related_one(self, name: str) -> Resource | None:
        if name in self._rel_values:
            return self._rel_values[name]  # type: ignore[no-any-return]
        value = self._resolve_identifier(self._linkage(name))
        self._rel_values[name] = value
        return value

    def _related_one_id(self, name: str) -> str | None:
        if name in self._rel_values:
            model = self._rel_values[name]
            return model.id if model is not None else None
        data = self._linkage(name)
        if isinstance(data, dict) and isinstance(data.get("id"), (str, int)):
            return str(data["id"])
        return None

    def _loaded_many(self, name: str) -> list[Resource]:
        data = self._linkage(name)
        if not isinstance(data, list):
            return []
        found = (self._resolve_identifier(item) for item in data)
        return [model for model in found if model is not None]

    def _sync_id_view(self, name: str) -> None:
        """Apply in-place edits made to a list handed out by the ``_ids`` accessor."""
        view = self._id_views.get(name)
        if view is None:
            return
        handed_out, snapshot = view
        if handed_out != snapshot:
            rel = self._RELATIONSHIPS[name]
            models = [self._stub(rel, id) for id in handed_out]
            self._rel_values[name] = models
            self._id_views[name] = (handed_out, list(handed_out))

    def _related_many(self, name: str) -> list[Resource]:
        self._sync_id_view(name)
        if name not in self._rel_values:
            self._rel_values[name] = self._loaded_many(name)
        return self._rel_values[name]  # type: ignore[no-any-return]

    def _related_many_ids(self, name: str) -> list[str]:
        ids = [m.id or "" for m in self._related_many(name)]
        self._id_views[name] = (ids, list(ids))
        return ids

    def _set_related(self, rel: Relationship, value: Any) -> None:
        if rel.access is Access.READ_ONLY:
            raise ClientError(f"{type(self).__name__}.{rel.name} is read-only")
        where = f"{type(self).__name__}.{rel.name}"
        for model in value if rel.to_many else [value]:
            if model is None:
                continue
            if not isinstance(model, Resource):
                raise ClientError(f"{where}: expected a model, got {type(model).__name__}")
            if model.resource_type not in rel.targets:
                raise ClientError(f"{where}: expected {'/'.join(rel.targets)}, got {model.TYPE}")
            _identify(model, where)
        self._id_views.pop(rel.name, None)
        self._rel_values[rel.name] = value
        self._rel_changed.add(rel.name)
        if value is None:
            # Clearing one side says nothing about the other: a DID routed to a trunk group keeps
            # that routing when code clears a trunk it never had.
            return
        for partner in rel.exclusive_with:
            self._rel_values[partner] = None
            self._rel_changed.add(partner)

    def _dirty_relationship_names(self) -> list[str]:
        names = []
        for name, rel in self._RELATIONSHIPS.items():
            if name in self._rel_changed:
                names.append(name)
            elif rel.to_many and (name in self._rel_values or name in self._id_views):
                current = [(m.resource_type, m.id) for m in self._related_many(name)]
                loaded = [(m.resource_type, m.id) for m in self._loaded_many(name)]
                if current != loaded:
                    names.append(name)
        return names

    def _encode_relationship(self, name: str) -> JSON:
        rel = self._RELATIONSHIPS[name]
        where = f"{type(self).__name__}.{name}"
        if rel.to_many:
            return {"data": [_identify(m, where) for m in self._related_many(name)]}
        model = self._related_one(name)
        return {"data": None if model is None else _identify(model, where)}

    # -- serialisation -------------------------------------------------------------------------

    def _document(self, *, creating: bool) -> dict[str, JSON]:
        """The request document for ``create`` (every set field) or ``update`` (changes only)."""
        cls_name = type(self).__name__
        attr_names = self._dirty_attribute_names()
        rel_names = self._dirty_relationship_names()
        if creating:
            attr_names += [n for n in self._attrs if n in self._ATTRIBUTES and n not in attr_names]
            rel_names += [
                n
                for n in self._rels
                if n in self._RELATIONSHIPS and n not in rel_names and self._linkage(n) is not ...
            ]
        attributes = {}
        for name in attr_names:
            access = self._ATTRIBUTES[name].access
            if access is Access.READ_ONLY:
                continue
            if access is Access.CREATE_ONLY and not creating:
                raise ClientError(f"{cls_name}.{name} can only be set when creating")
            attributes[name] = self._encode_attribute(name)
        relationships = {}
        for name in rel_names:
            access = self._RELATIONSHIPS[name].access
            if access is Access.READ_ONLY:
                continue
            if access is Access.CREATE_ONLY and not creating:
                raise ClientError(f"{cls_name}.{name} can only be set when creating")
            relationships[name] = self._encode_relationship(name)
        data: dict[str, JSON] = {"type": self.TYPE}
        if self.id is not None and not creating:
            data["id"] = self.id
        if attributes:
            data["attributes"] = attributes
        if relationships:
            data["relationships"] = relationships
        return {"data": data}

    def _remember_linkage(self, sent: dict[str, JSON]) -> None:
        """Fill in linkage the answer left out with what the request just wrote."""
        rels = dict(self._rels)
        for name, entry in sent.items():
            current = rels.get(name)
            if not (isinstance(current, dict) and "data" in current):
                rels[name] = {**(current if isinstance(current, dict) else {}), **entry}
        self._rels = rels

    def _absorb(self, other: Resource) -> None:
        """Take over the state of ``other`` (the API's answer), leaving this model clean."""
        self._load(other.id, other._attrs, other._rels, other.meta, other._index, other._links)

    def is_dirty(self) -> bool:
        """Whether anything was changed since the model was loaded or built."""
        return bool(self._dirty_attribute_names() or self._dirty_relationship_names())

    def __repr__(self) -> str:
        fields = self._repr_fields()
        return f"{type(self).__name__}(id={self.id!r}{', ' if fields else ''}{fields})"


class GenericResource(Resource):
    """A resource of a type this SDK does not know (from a newer API); kept, never a crash."""

    __slots__ = ("_type",)

    _type: str

    def __init__(self, type: str, id: str | None = None) -> None:
        super().__init__(id)
        self._type = type

    @classmethod
    def _from_wire_generic(cls, obj: dict[str, JSON], index: Index, type_: str) -> Resource:
        model = cls.__new__(cls)
        model._type = type_
        model._load_wire(obj, index)
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
        return self._rels

    def __repr__(self) -> str:
        return f"GenericResource(type={self._type!r}, id={self.id!r})"
