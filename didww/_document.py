"""The JSON:API codec: answers decoded into models, error documents into error objects."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from didww._codecs import lone_surrogate
from didww._errors import (
    FILTERED,
    ClientError,
    DecodeError,
    ErrorObject,
    a_or_an,
    is_secret_name,
    redact_text,
    shown_value,
)
from didww._registry import Registry
from didww._resource import GenericResource, Links, Resource, linkages
from didww._types import JSON

_SNIPPET_LENGTH = 200
_SECRET_MEMBER = re.compile(r'"((?:[^"\\]|\\.){1,200})"(\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\Z)')
"""A string member of a JSON text that may be cut anywhere (the value's closing quote may be
missing); a regex, since a snippet need not parse. Whether its value is a secret goes by its
name, as in reprs and logs (:func:`didww._errors.is_secret_name`)."""


def _filter_member(match: re.Match[str]) -> str:
    if not is_secret_name(match[1]):
        return match[0]
    return f'"{match[1]}"{match[2]}"{FILTERED}"'


def snippet(body: bytes, secrets: Iterable[str] = ()) -> str:
    """The start of a body for an error message, with secrets blanked out: the values of
    secret members, URL passwords and secret query values (:func:`redact_text`), and
    ``secrets``."""
    text = body[: _SNIPPET_LENGTH * 4].decode("utf-8", errors="replace")
    text = redact_text(_SECRET_MEMBER.sub(_filter_member, text), secrets)
    return text[:_SNIPPET_LENGTH]


class Document:
    """A decoded JSON:API document: primary data as models plus top-level meta and links."""

    __slots__ = ("data", "links", "meta")

    def __init__(self, data: Resource | list[Resource] | None, meta: JSON, links: JSON) -> None:
        self.data = data
        self.meta: dict[str, JSON] = meta if isinstance(meta, dict) else {}
        self.links: dict[str, JSON] = links if isinstance(links, dict) else {}


_NO_ID = "a resource of its data has no id"
"""Every resource an answer returns has one (JSON:API requires it): without it the model could
be neither found again, updated nor deleted, and would pass for a new one never saved."""


def _build(obj: JSON, links: Links, fail: Any, registry: Registry) -> Resource:
    if not isinstance(obj, dict):
        raise fail("a resource object is not a JSON object")
    type_ = obj.get("type")
    if not isinstance(type_, str):
        raise fail("a resource object has no type")
    cls = registry.get(type_)
    if cls is None:
        return GenericResource._from_wire_generic(obj, links, type_)
    return cls._from_wire(obj, links)


def _build_all(
    objects: list[JSON],
    links: Links,
    fail: Any,
    registry: Registry,
    expected_type: str | None,
    included: bool,
    origin: str | None = None,
) -> list[Resource]:
    """Models for a list of resource objects; ``origin``, for ``included`` ones, is the type
    of the answer's primary data, which a hint for loading their relationships names.

    Included resources are indexed by (type, id) in ``links.index`` as they are built, for the
    primary data to be linked to. Primary resources are indexed only when some linkage still
    waits for a resource (see :meth:`~didww._resource.Links.finish`): most list answers link
    primary data to included resources only, and indexing every record would cost a key and
    an entry per record for nothing.

    The loop that runs once per record of a list answer, so it does by hand what :func:`_build`
    and ``Resource._from_wire`` do, for the usual case: a JSON object of a type this version
    knows (by exact ``type``, so the model's TYPE is the key) with a string id.
    """
    models: list[Resource] = []
    append = models.append
    index = links.index
    stubs = links.stubs
    known = registry._loaded  # type -> class, filled by registry.get on the first of each type
    new = object.__new__  # a model's own __new__ checks constructor arguments, which are none here
    for obj in objects:
        if type(obj) is dict:
            type_ = obj.get("type")
            cls = known.get(type_) if type(type_) is str else None
            if cls is not None and (expected_type is None or type_ == expected_type):
                model = new(cls)
                id = obj.get("id")
                attrs = obj.get("attributes")
                plain = "meta" not in obj and "links" not in obj
                if type(id) is str and type(attrs) is dict and plain:
                    # Resource._load_wire for the usual record, inline: the same four entries.
                    state = model.__dict__
                    state["_id"] = id
                    state["_attrs"] = attrs
                    rels = obj.get("relationships")
                    state["_rels"] = linkages(rels, links, state, cls._TO_ONE)
                    state["_stubs"] = stubs
                else:
                    model._load_wire(obj, links)
                    id = model._id
                if included:
                    model.__dict__["_included"] = origin or True
                    if id is not None:
                        by_id = index.get(type_)  # type: ignore[arg-type]  # type_ is a str here
                        if by_id is None:
                            by_id = index[type_] = {}  # type: ignore[index]
                        by_id[id] = model
                elif not id:
                    raise fail(_NO_ID)
                append(model)
                continue
        # An included entry without a type or id can never be linked to: skip it rather than
        # refuse the whole document.
        if included and (not isinstance(obj, dict) or not isinstance(obj.get("type"), str)):
            continue
        model = _build(obj, links, fail, registry)
        if expected_type is not None and model.resource_type != expected_type:
            raise fail(f"expected {expected_type} resources, got {a_or_an(model.resource_type)}")
        if included:
            model.__dict__["_included"] = origin or True
        if included and model._id is not None:
            links.add(model.resource_type, model._id, model)
        elif not included and not model._id:
            raise fail(_NO_ID)
        append(model)
    return models


def parse_json(body: bytes, status: int, secrets: Iterable[str] = ()) -> JSON:
    """Parse a body as JSON, raising :class:`DecodeError` when it is not."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DecodeError(
            "the answer is not valid JSON", http_status=status, body_snippet=snippet(body, secrets)
        ) from exc
    except RecursionError:
        # Thousands of nested brackets: no real answer is shaped like that.
        raise DecodeError(
            "the answer is nested too deeply to be a JSON:API document",
            http_status=status,
            body_snippet=snippet(body, secrets),
        ) from None


def decode_document(
    body: bytes,
    status: int,
    *,
    many: bool,
    expected_type: str | None,
    registry: Registry,
    secrets: Iterable[str] = (),
    expected_id: str | None = None,
) -> Document:
    """Decode a successful answer into models of ``registry``'s API version; ``included``
    resources are shared by (type, id).

    ``expected_id``: the id a single resource's answer must carry (a find's, an update's). An
    answer about another resource would otherwise pass for the one asked for, and a model
    updated from it would take its id: the next update or delete would go to that resource.

    Relationships are linked to the models of the same answer while they are built, and the
    (type, id) index used for that is then let go (see :class:`~didww._resource.Links`): models
    that held it would make every answer a reference cycle, which Python frees only when its
    cyclic garbage collector next runs a full pass (a walk over 500 pages of DIDs held about
    eight pages' worth of dead models at its peak).
    """
    doc = parse_json(body, status, secrets)

    def fail(reason: str) -> DecodeError:
        return DecodeError(
            f"the answer is not a usable JSON:API document: {reason}",
            http_status=status,
            body_snippet=snippet(body, secrets),
        )

    if not isinstance(doc, dict) or "data" not in doc:
        raise fail("it has no top-level data")
    meta = doc.get("meta")
    if type(meta) is dict and "api_version" in meta and registry.version:
        served = meta["api_version"]
        if served != registry.version:
            raise _served_by_another_version(served, registry.version, status, body, secrets)
    data = doc["data"]
    links = Links()
    included = doc.get("included")
    if included is not None:
        if not isinstance(included, list):
            raise fail("included is not an array")
        first = data[0] if type(data) is list and data else data
        origin = first.get("type") if type(first) is dict else None
        _build_all(
            included,
            links,
            fail,
            registry,
            None,
            included=True,
            origin=origin if type(origin) is str else None,
        )
    primary: Resource | list[Resource] | None
    if many:
        if not isinstance(data, list):
            raise fail("data is not an array")
        primary = _build_all(data, links, fail, registry, expected_type, included=False)
        links.finish(primary)
    else:
        if data is None:
            raise fail("data is null")
        model = _build(data, links, fail, registry)
        if expected_type is not None and model.resource_type != expected_type:
            raise fail(f"expected {a_or_an(expected_type)} resource, got {model.resource_type}")
        if not model._id:
            raise fail(_NO_ID)
        # Letter case aside: the API's ids are UUIDs, which it reads in either case and writes
        # in lower case, so a find by an id written in capitals is answered about the same one.
        if expected_id is not None and model._id.lower() != expected_id.lower():
            raise fail(
                f"it answers with {model.resource_type} {shown_value(model._id, 60)}, where "
                f"{shown_value(expected_id, 60)} was asked for"
            )
        primary = model
        links.finish((model,))
    return Document(primary, meta, doc.get("links"))


def _served_by_another_version(
    served: JSON, asked: str, status: int, body: bytes, secrets: Iterable[str]
) -> DecodeError:
    """The error for an answer whose ``meta.api_version`` is not the version the client asked
    for: such an answer, read with this version's models, would be read wrong without a word.
    An API-key version asks with ``X-DIDWW-API-Version``, which the API ignores when the
    account's default version is newer; a bearer version's token selects the version it was
    minted for."""
    from didww._api import versions_with  # only on this rare error

    bearer = asked in versions_with(bearer=True)
    fix = (
        f"a token minted for {asked}" if bearer else f"the account's default version set to {asked}"
    )
    why = ""
    if isinstance(served, str) and served[:1].isdigit() and len(served) <= 20:
        named = f"API version {served}"
        package = "didww.v" + served.replace("-", "_")
        advice = f"use a client of that version ({package}, if this SDK has it), or {fix}"
        if bearer:
            why = f" (the token sent was minted for {served})"
        elif served > asked:  # dates: the later one is the newer version
            why = " (the API serves the account's default version when the one asked is older)"
    else:
        named = f"an API version it names as {redact_text(shown_value(served, 40), secrets)}"
        advice = f"ask DIDWW support, or use {fix}"
    return DecodeError(
        f"the API served this request in {named}, not in {asked} as this client asked{why}: "
        f"its answer cannot be read with {asked}'s models, and a write it answers was carried "
        f"out under that version's rules; {advice}",
        http_status=status,
        body_snippet=snippet(body, secrets),
    )


def decode_errors(body: bytes, secrets: Iterable[str] = ()) -> list[ErrorObject]:
    """The error objects of an error answer; empty when the body is not an error document.

    Servers sometimes echo what they were sent (``"Api-Key abc is not valid"``): every text of
    the error objects has ``secrets`` replaced by ``[FILTERED]``.
    """
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return []
    errors = doc.get("errors") if isinstance(doc, dict) else None
    if not isinstance(errors, list):
        return []
    return [ErrorObject.from_wire(e).redacted(secrets) for e in errors if isinstance(e, dict)]


def encode_document(document: dict[str, JSON]) -> bytes:
    """Serialise a request document; :class:`didww.ClientError` when it holds a lone surrogate.

    The caller's text is checked where it is given (an attribute, a JSON value); this is the
    net under what those checks do not see (a value made with an enum's ``unchecked()``, a
    relationship's id), so that no bare UnicodeEncodeError escapes a request.
    """
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # Only now is the document walked, to say where: never on the way of a valid one.
        where = _lone_surrogate_at(document, "")
        raise ClientError(
            f"the request body cannot be sent: {where or 'it'} holds a lone surrogate, which "
            "UTF-8 cannot carry: Python makes one of each byte it could not decode (in a file "
            "name, sys.argv or an environment variable); decode those bytes with their real "
            "encoding"
        ) from None


def _lone_surrogate_at(value: object, where: str) -> str | None:
    """The path (``data.attributes.description``) of the first str in ``value``, key or value,
    that holds a lone surrogate; None when there is none."""
    if isinstance(value, str):
        return where if lone_surrogate(value) is not None else None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _lone_surrogate_at(item, f"{where}[{index}]")
            if found is not None:
                return found
    elif isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}.{key}" if where else str(key)
            if isinstance(key, str) and lone_surrogate(key) is not None:
                return f"the key {path!r}"
            found = _lone_surrogate_at(item, path)
            if found is not None:
                return found
    return None
