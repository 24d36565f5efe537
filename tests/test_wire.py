"""What goes over the wire for every repository operation the spec allows, sync and async, for
every API version the SDK speaks.

Each :class:`Version` names a spec tree, the package generated from it, its request fixtures and
the headers its requests carry. The cases come from the spec (``generator.loader.load_spec``):
every resource with operations, every operation it has. Each case records the requests through
``httpx.MockTransport`` and checks the method, URL, decoded query, headers and, for create and
update, the exact JSON body. Operations the spec does not list must not exist on the repository.

Headers differ by version: 2026-04-16 sends ``Api-Key`` and ``X-DIDWW-API-Version``; 2026-10-22
sends ``Authorization: Bearer <token>`` and neither of the two, not even when the client was
given an API key (the key goes only on export downloads, see ``test_export_download_*``).
``public_keys`` carries no credentials where the version's spec marks it public (2026-10-22,
whose document exempts it); 2026-04-16's document puts it under the API key like the rest.

Request fixtures live in ``tests/fixtures/requests/`` (2026-04-16) and
``tests/fixtures/requests/2026-10-22/``: one ``<type>.<operation>.json`` per resource and
create/update operation, plus optional variants ``<type>.<operation>.<variant>.json`` for shapes
one fixture cannot show (each configuration kind of an SMS trunk, each side of an exclusive
relationship pair). They are pretty-printed with an indent of 2 and hold::

    {"kwargs": {...constructor keyword args...}, "body": {...the expected request document...}}

The bodies are written by hand from the API's request schemas and the spec (its rules and
exclusive pairs included), never dumped from what the SDK sends. In ``kwargs`` a value that JSON
cannot express is written as a tagged object, decoded by :func:`decode` against the version's
package:

* ``{"$decimal": "12.50"}`` -> ``Decimal("12.50")``
* ``{"$date": "2026-01-31"}`` -> ``datetime.date(2026, 1, 31)``
* ``{"$enum": "CliFormat.E164"}`` -> ``<package>.enums.CliFormat.E164`` (enum class, dot, member)
* ``{"$object": "SIPConfiguration", "kwargs": {...}}`` -> ``<package>.SIPConfiguration(**kwargs)``
  (a nested object; its kwargs are decoded the same way)
* ``{"$model": "Address", "id": "..."}`` -> ``<package>.Address("...")`` (a related model, for
  polymorphic relationships that take a model rather than an id)

Any other object or array is decoded member by member; everything else is taken as is.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import didww
from generator.loader import load_spec
from generator.model import OPERATIONS, Spec
from generator.model import Resource as SpecResource
from tests.support import bearer_token

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "requests"

API_KEY = "test-api-key-0123456789"
TOKEN = bearer_token(exp=4_102_444_800)  # 2100-01-01: never near its expiry
"""The bearer token of the 2026-10-22 clients."""
BASE_URL = "https://api.example.test/v3"
MEDIA_TYPE = "application/vnd.api+json"
RECORD_ID = "0b7e5f4c-2d1a-4e8b-9c6f-3a2b1d0e9f87"
"""The id used for find and delete."""
NEW_ID = "8e3f1a2b-6c4d-4f5e-a7b8-9c0d1e2f3a4b"
"""The id the fake API gives a created resource."""


@dataclass(frozen=True)
class Version:
    """One API version: its spec, its generated package, its fixtures and its headers."""

    name: str
    package: ModuleType = field(repr=False)
    spec: Spec = field(repr=False)
    fixtures: Path = field(repr=False)
    xfail: Mapping[str, str] = field(default_factory=dict, repr=False)
    """Cases the SDK gets wrong, by "<type>.<operation>[.<variant>]": the reason (strict xfail)."""

    @property
    def enums(self) -> ModuleType:
        return importlib.import_module(f"{self.package.__name__}.enums")

    @property
    def bearer(self) -> bool:
        return self.spec.api.auth == "bearer"

    def model(self, class_name: str) -> type[didww.Resource]:
        cls: type[didww.Resource] = getattr(self.package, class_name)
        return cls

    def client(self, http: httpx.Client) -> Any:
        if self.bearer:  # given an API key too: it must not go on JSON:API requests
            return self.package.Client(
                token=TOKEN, api_key=API_KEY, base_url=BASE_URL, http_client=http
            )
        return self.package.Client(api_key=API_KEY, base_url=BASE_URL, http_client=http)

    def async_client(self, http: httpx.AsyncClient) -> Any:
        if self.bearer:
            return self.package.AsyncClient(
                token=TOKEN, api_key=API_KEY, base_url=BASE_URL, http_client=http
            )
        return self.package.AsyncClient(api_key=API_KEY, base_url=BASE_URL, http_client=http)

    def check_headers(self, request: httpx.Request, *, public: bool) -> None:
        headers = request.headers
        assert headers["Accept"] == MEDIA_TYPE
        # Said: left out, it would take any coding, br and zstd included, which the SDK refuses.
        assert headers["Accept-Encoding"] == "gzip, deflate"
        assert headers["Content-Type"] == MEDIA_TYPE
        assert headers["User-Agent"] == f"didww-python/{didww.__version__}"
        if self.bearer:
            assert "X-DIDWW-API-Version" not in headers
            assert "Api-Key" not in headers
            if public:
                assert "Authorization" not in headers
            else:
                assert headers["Authorization"] == f"Bearer {TOKEN}"
            return
        assert headers["X-DIDWW-API-Version"] == self.name
        assert "Authorization" not in headers
        if public:
            assert "Api-Key" not in headers
        else:
            assert headers["Api-Key"] == API_KEY


def _version(name: str, fixtures: Path) -> Version:
    package = importlib.import_module("didww.v" + name.replace("-", "_"))
    return Version(name, package, load_spec(ROOT / "spec" / name), fixtures)


V2026_04_16 = _version("2026-04-16", FIXTURES)
V2026_10_22 = _version("2026-10-22", FIXTURES / "2026-10-22")
VERSIONS = [V2026_04_16, V2026_10_22]


def test_every_spec_tree_is_covered() -> None:
    trees = {p.name for p in (ROOT / "spec").iterdir() if (p / "api.yaml").is_file()}
    assert {v.name for v in VERSIONS} == trees


def _json_body(resource: SpecResource, operation: str) -> bool:
    """Whether the operation is sent as a JSON:API request (a multipart create is not)."""
    return not (operation == "create" and resource.multipart_create)


def resources(version: Version) -> list[SpecResource]:
    return [r for r in version.spec.resources if r.operations]


def fixture_names(version: Version, resource: SpecResource, operation: str) -> list[str]:
    """``<type>.<operation>`` and its variants, for a create or update."""
    base = f"{resource.type}.{operation}"
    variants = sorted(p.stem for p in version.fixtures.glob(f"{base}.*.json"))
    return [base, *variants]


@dataclass(frozen=True)
class WireCase:
    version: Version
    resource: SpecResource
    operation: str
    fixture: str | None = None
    """The fixture's stem for a create or update."""

    @property
    def key(self) -> str:
        return self.fixture or f"{self.resource.type}.{self.operation}"


def wire_cases(version: Version) -> list[WireCase]:
    cases = []
    for resource in resources(version):
        for operation in resource.operations:
            if not _json_body(resource, operation):
                continue
            if operation in ("create", "update"):
                for name in fixture_names(version, resource, operation):
                    cases.append(WireCase(version, resource, operation, name))
            else:
                cases.append(WireCase(version, resource, operation))
    return cases


def _marks(case: WireCase) -> list[Any]:
    reason = case.version.xfail.get(case.key)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _params(cases: list[WireCase]) -> list[Any]:
    return [
        pytest.param(case, id=f"{case.version.name}:{case.key}", marks=_marks(case))
        for case in cases
    ]


WIRE_CASES = [case for version in VERSIONS for case in wire_cases(version)]
QUERY_CASES = [
    case for case in WIRE_CASES if case.operation in ("list", "find") and case.fixture is None
]


def _resource_params(
    select: Callable[[Version], list[SpecResource]] = lambda v: list(v.spec.resources),
) -> list[Any]:
    return [
        pytest.param(version, resource, id=f"{version.name}:{resource.type}")
        for version in VERSIONS
        for resource in select(version)
    ]


def _version_params() -> list[Any]:
    return [pytest.param(version, id=version.name) for version in VERSIONS]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# -- fixtures -------------------------------------------------------------------------------------


def decode(version: Version, value: Any) -> Any:
    """Turn a fixture ``kwargs`` value into the Python value (see the module docstring)."""
    if isinstance(value, list):
        return [decode(version, v) for v in value]
    if not isinstance(value, dict):
        return value
    tags = [k for k in value if k.startswith("$")]
    if not tags:
        return {k: decode(version, v) for k, v in value.items()}
    assert len(tags) == 1, f"one tag per object, got {tags}"
    tag = tags[0]
    if tag == "$decimal":
        return Decimal(value["$decimal"])
    if tag == "$date":
        return dt.date.fromisoformat(value["$date"])
    if tag == "$enum":
        enum_name, member = value["$enum"].split(".")
        return getattr(getattr(version.enums, enum_name), member)
    if tag == "$object":
        return getattr(version.package, value["$object"])(
            **decode(version, value.get("kwargs", {}))
        )
    if tag == "$model":
        return version.model(value["$model"])(value["id"])
    raise AssertionError(f"unknown fixture tag {tag}")


def load_fixture(version: Version, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    path = version.fixtures / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return decode(version, data["kwargs"]), data["body"]


# -- recording ------------------------------------------------------------------------------------


def jsonapi(status: int, document: dict[str, Any] | None) -> httpx.Response:
    if document is None:
        return httpx.Response(status)
    return httpx.Response(
        status, content=json.dumps(document).encode(), headers={"Content-Type": MEDIA_TYPE}
    )


class Recorder:
    """A MockTransport handler that keeps every request and answers with a fixed response."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._answer(request)


def query_pairs(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)


def url_without_query(request: httpx.Request) -> str:
    return str(request.url).split("?", 1)[0]


# -- one case: what to call, what must be sent, what comes back -----------------------------------


@dataclass
class Case:
    version: Version
    resource: SpecResource
    operation: str
    method: str
    path: str
    body: dict[str, Any] | None = None
    model: didww.Resource | None = None
    calls: list[Callable[[Any], Any]] = field(default_factory=list)

    @property
    def model_class(self) -> type[didww.Resource]:
        return self.version.model(self.resource.class_name)

    @classmethod
    def build(cls, wire: WireCase) -> Case:
        version, resource, operation = wire.version, wire.resource, wire.operation
        model_class = version.model(resource.class_name)

        def case(method: str, path: str, *calls: Callable[[Any], Any], **kw: Any) -> Case:
            return cls(version, resource, operation, method, path, calls=list(calls), **kw)

        if operation == "list":
            return case("GET", resource.path, lambda repo: repo.list())
        if operation == "find":
            if resource.singleton:
                return case("GET", resource.path, lambda repo: repo.find())
            return case("GET", f"{resource.path}/{RECORD_ID}", lambda repo: repo.find(RECORD_ID))
        if operation == "delete":
            return case(
                "DELETE",
                f"{resource.path}/{RECORD_ID}",
                lambda repo: repo.delete(RECORD_ID),
                lambda repo: repo.delete(model_class(RECORD_ID)),
            )
        assert wire.fixture is not None
        kwargs, body = load_fixture(version, wire.fixture)
        model = model_class(**kwargs)
        assert model.is_dirty(), "a fixture must set something"
        if operation == "create":
            assert not model.is_loaded("id"), "a create fixture must not set an id"
            return case(
                "POST", resource.path, lambda repo: repo.create(model), body=body, model=model
            )
        assert operation == "update"
        assert model.id, "an update fixture must set the id"
        return case(
            "PATCH",
            f"{resource.path}/{model.id}",
            lambda repo: repo.update(model),
            body=body,
            model=model,
        )

    def answer(self, request: httpx.Request) -> httpx.Response:
        """The fake API: an empty page, the resource, the request echoed with an id, or 204."""
        if self.operation == "list":
            return jsonapi(200, {"data": [], "meta": {"total_records": 0}})
        if self.operation == "find":
            return jsonapi(200, {"data": {"type": self.resource.type, "id": RECORD_ID}})
        if self.operation == "delete":
            return jsonapi(204, None)
        sent = json.loads(request.content)["data"]
        if self.operation == "create":
            return jsonapi(201, {"data": {**sent, "id": NEW_ID}})
        return jsonapi(200, {"data": sent})

    def check(self, requests: list[httpx.Request], results: list[Any]) -> None:
        assert len(requests) == len(self.calls)
        for request in requests:
            assert request.method == self.method
            assert url_without_query(request) == BASE_URL + self.path
            assert query_pairs(request) == []
            self.version.check_headers(request, public=self.resource.public)
            if self.body is None:
                assert request.content == b""
            else:
                assert json.loads(request.content.decode("utf-8")) == self.body
        if self.operation == "list":
            (page,) = results
            assert isinstance(page, didww.ResourceList)
            assert len(page) == 0
            assert page.total_records == 0
        elif self.operation == "find":
            (found,) = results
            assert isinstance(found, self.model_class)
            assert found.id == RECORD_ID
        elif self.operation == "delete":
            assert results == [None, None]
        else:
            (saved,) = results
            assert self.model is not None
            if self.operation == "create":
                expected_id = NEW_ID
            else:
                assert self.body is not None
                expected_id = self.body["data"]["id"]
            assert isinstance(saved, self.model_class)
            assert saved.id == expected_id
            assert self.model.id == expected_id
            assert not self.model.is_dirty()
            assert not saved.is_dirty()


def mock_client(version: Version, recorder: Callable[[httpx.Request], httpx.Response]) -> Any:
    return version.client(httpx.Client(transport=httpx.MockTransport(recorder)))


def refusing(version: Version) -> Any:
    """A client whose every request would get a 500 (for tests that send nothing)."""
    return mock_client(version, Recorder(lambda r: jsonapi(500, None)))


# -- every operation the spec allows --------------------------------------------------------------


@pytest.mark.parametrize("wire", _params(WIRE_CASES))
def test_wire_sync(wire: WireCase) -> None:
    case = Case.build(wire)
    recorder = Recorder(case.answer)
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        repo = getattr(wire.version.client(http), wire.resource.segment)
        results = [call(repo) for call in case.calls]
    case.check(recorder.requests, results)


@pytest.mark.anyio
@pytest.mark.parametrize("wire", _params(WIRE_CASES))
async def test_wire_async(wire: WireCase) -> None:
    case = Case.build(wire)
    recorder = Recorder(case.answer)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        repo = getattr(wire.version.async_client(http), wire.resource.segment)
        results = [await call(repo) for call in case.calls]
    case.check(recorder.requests, results)


# -- the repository surface is exactly the spec's operations --------------------------------------


def _check_surface(client: Any, resource: SpecResource, *, is_async: bool) -> None:
    if not resource.operations:
        assert not hasattr(client, resource.segment)
        return
    repo = getattr(client, resource.segment)
    for operation in OPERATIONS:
        if operation not in resource.operations:
            assert not hasattr(repo, operation), f"{resource.segment}.{operation} should not exist"
        elif _json_body(resource, operation):
            method = getattr(repo, operation)
            assert inspect.iscoroutinefunction(method) is is_async


@pytest.mark.parametrize(("version", "resource"), _resource_params())
def test_surface_sync(version: Version, resource: SpecResource) -> None:
    with httpx.Client(transport=httpx.MockTransport(Recorder(lambda r: jsonapi(500, None)))) as h:
        _check_surface(version.client(h), resource, is_async=False)


@pytest.mark.anyio
@pytest.mark.parametrize(("version", "resource"), _resource_params())
async def test_surface_async(version: Version, resource: SpecResource) -> None:
    transport = httpx.MockTransport(Recorder(lambda r: jsonapi(500, None)))
    async with httpx.AsyncClient(transport=transport) as http:
        _check_surface(version.async_client(http), resource, is_async=True)


@pytest.mark.parametrize(
    ("version", "resource"),
    _resource_params(lambda v: [r for r in resources(v) if not _json_body(r, "create")]),
)
def test_multipart_create_is_an_upload(version: Version, resource: SpecResource) -> None:
    # A multipart create has no JSON:API body, so it is offered as a hand-written `upload`
    # (tests/files/test_upload.py and test_upload_headers_* below check its wire format)
    # instead of a generated `create`.
    repository = getattr(refusing(version), resource.segment)
    assert callable(getattr(repository, "upload", None))
    assert not hasattr(repository, "create")


def test_spot_checks_of_missing_operations() -> None:
    client = refusing(V2026_04_16)
    assert not hasattr(client.dids, "delete")
    assert not hasattr(client.dids, "create")
    assert not hasattr(client.pops, "find")
    assert not hasattr(client.public_keys, "find")
    assert not hasattr(client.balance, "list")
    assert not hasattr(client.voice_out_trunk_regenerate_credentials, "list")


def test_spot_checks_of_missing_operations_2026_10_22() -> None:
    client = refusing(V2026_10_22)
    assert not hasattr(client, "pops")  # removed in 2026-10-22 (PointOfPresence is an enum now)
    assert not hasattr(client, "did_group_types")
    assert not hasattr(client.dids, "delete")
    assert not hasattr(client.dids, "create")
    assert not hasattr(client.public_keys, "find")
    assert not hasattr(client.balance, "list")
    assert not hasattr(client.sms_trunk_regenerate_credentials, "list")
    assert not hasattr(client.sms_trunk_regenerate_credentials, "find")
    assert callable(client.sms_trunks.delete)
    assert callable(client.sms_trunk_groups.delete)


# -- query parameters -----------------------------------------------------------------------------


def _field_names(resource: SpecResource) -> list[str]:
    """The sparse-field names the spec gives the resource (all attributes and relationships when
    it does not enumerate them), but ``id``: see :func:`test_sparse_fields_take_id`."""
    if resource.fields is not None:
        return [name for name in resource.fields if name != "id"]
    return [a.name for a in resource.attributes] + [r.name for r in resource.relationships]


def _one_value_filters(resource: SpecResource) -> set[str]:
    return {f.name for f in resource.filter_values if f.one}


def _query_for(resource: SpecResource, operation: str) -> tuple[Any, list[tuple[str, str]]]:
    """Query parameters built from the spec's includes, filters, sorts and fields, and what they
    send: two includes, the first filter, the first and (descending) last sort, a page, and two
    sparse fields (attributes when the spec leaves fields open, else the first enumerated)."""
    params = didww.QueryParams()
    expected: list[tuple[str, str]] = []
    includes: list[str] = []
    if resource.includes:
        includes = list(resource.includes[:2])
        params = params.include(*includes)
        expected.append(("include", ",".join(includes)))
    if operation == "list":
        if resource.filters:
            key = resource.filters[0]
            # Unchecked values: what is checked here is the shape of the query, not whether an
            # enum or boolean attribute can hold them (test_misuse_checks covers that). A filter
            # the document gives one value takes no list (tests/testing/test_filter_values_spec).
            if key in _one_value_filters(resource):
                params = params.filter(key, didww.Unchecked("alpha"))
                expected.append((f"filter[{key}]", "alpha"))
            else:
                params = params.filter(key, [didww.Unchecked("alpha"), didww.Unchecked("beta")])
                expected.append((f"filter[{key}]", "alpha,beta"))
        if resource.sorts:
            # A field sorts once: with a single sort field, that one alone.
            sorts = [resource.sorts[0], "-" + resource.sorts[-1]][: min(2, len(resource.sorts))]
            params = params.sort(*sorts)
            expected.append(("sort", ",".join(sorts)))
        if not resource.whole:  # a list answered whole takes no page(): the SDK refuses it
            params = params.page(number=2, size=25)
            expected += [("page[number]", "2"), ("page[size]", "25")]
    if resource.fields is None:
        names = [a.name for a in resource.attributes[:2]]
    else:
        names = [name for name in resource.fields if name != "id"][:2]
    # A fieldset keeps the relationships the query includes: the SDK refuses one that leaves
    # them out (test_query.py).
    names += [hop for hop in dict.fromkeys(p.split(".")[0] for p in includes) if hop not in names]
    if names:
        params = params.fields(resource.type, names)
        expected.append((f"fields[{resource.type}]", ",".join(names)))
    return params, expected


def _query_everything(resource: SpecResource, operation: str) -> tuple[Any, list[tuple[str, str]]]:
    """Every include, filter (list), sort (list, alternately descending) and sparse field the spec
    gives the resource, in one query."""
    params = didww.QueryParams()
    expected: list[tuple[str, str]] = []
    if resource.includes:
        params = params.include(*resource.includes)
        expected.append(("include", ",".join(resource.includes)))
    if operation == "list":
        for n, key in enumerate(resource.filters):
            # Unchecked values, as in _query_for; a list only where the filter takes one.
            many = n % 2 and key not in _one_value_filters(resource)
            value = [didww.Unchecked("a1"), "b2"] if many else didww.Unchecked(f"v{n}")
            params = params.filter(key, value)
            expected.append((f"filter[{key}]", value if isinstance(value, str) else "a1,b2"))
        if resource.sorts:
            sorts = [("-" if n % 2 else "") + s for n, s in enumerate(resource.sorts)]
            params = params.sort(*sorts)
            expected.append(("sort", ",".join(sorts)))
        if not resource.whole:
            size = resource.page_size.max if resource.page_size else 10
            params = params.page(number=1, size=size)
            expected += [("page[number]", "1"), ("page[size]", str(size))]
    names = _field_names(resource)
    if names:
        params = params.fields(resource.type, names)
        expected.append((f"fields[{resource.type}]", ",".join(names)))
    return params, expected


def _query_call(resource: SpecResource, operation: str, params: Any) -> Callable[[Any], Any]:
    if operation == "list":
        return lambda repo: repo.list(params)
    if resource.singleton:
        return lambda repo: repo.find(params)
    return lambda repo: repo.find(RECORD_ID, params)


QUERIES = {"some": _query_for, "everything": _query_everything}


def _query_params() -> list[Any]:
    return [
        pytest.param(case, how, id=f"{case.version.name}:{case.key}:{how}", marks=_marks(case))
        for case in QUERY_CASES
        for how in QUERIES
    ]


def _check_query(wire: WireCase, case: Case, requests: list[httpx.Request], expected: Any) -> None:
    (request,) = requests
    assert request.method == "GET"
    assert url_without_query(request) == BASE_URL + case.path
    assert query_pairs(request) == expected
    wire.version.check_headers(request, public=wire.resource.public)


@pytest.mark.parametrize(("wire", "how"), _query_params())
def test_query_sync(wire: WireCase, how: str) -> None:
    case = Case.build(wire)
    params, expected = QUERIES[how](wire.resource, wire.operation)
    recorder = Recorder(case.answer)
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        repo = getattr(wire.version.client(http), wire.resource.segment)
        _query_call(wire.resource, wire.operation, params)(repo)
    _check_query(wire, case, recorder.requests, expected)


@pytest.mark.anyio
@pytest.mark.parametrize(("wire", "how"), _query_params())
async def test_query_async(wire: WireCase, how: str) -> None:
    case = Case.build(wire)
    params, expected = QUERIES[how](wire.resource, wire.operation)
    recorder = Recorder(case.answer)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        repo = getattr(wire.version.async_client(http), wire.resource.segment)
        await _query_call(wire.resource, wire.operation, params)(repo)
    _check_query(wire, case, recorder.requests, expected)


def _enumerated_fields(version: Version) -> list[SpecResource]:
    return [
        r
        for r in resources(version)
        if r.fields is not None and {"list", "find"} & set(r.operations)
    ]


def _left_out(resource: SpecResource) -> list[str]:
    """Attributes and relationships of the resource that its enumerated fields leave out."""
    assert resource.fields is not None
    names = [a.name for a in resource.attributes] + [r.name for r in resource.relationships]
    return [name for name in names if name not in resource.fields]


@pytest.mark.parametrize(
    ("version", "resource"),
    _resource_params(lambda v: [r for r in _enumerated_fields(v) if "id" in (r.fields or ())]),
)
def test_sparse_fields_take_id(version: Version, resource: SpecResource) -> None:
    operation = "list" if "list" in resource.operations else "find"
    params = didww.QueryParams().fields(resource.type, ["id"])
    case = Case.build(WireCase(version, resource, operation))
    recorder = Recorder(case.answer)
    _query_call(resource, operation, params)(
        getattr(mock_client(version, recorder), resource.segment)
    )
    (request,) = recorder.requests
    assert query_pairs(request) == [(f"fields[{resource.type}]", "id")]


@pytest.mark.parametrize(
    ("version", "resource"),
    _resource_params(lambda v: [r for r in _enumerated_fields(v) if _left_out(r)]),
)
def test_sparse_fields_refuse_what_the_spec_leaves_out(
    version: Version, resource: SpecResource
) -> None:
    operation = "list" if "list" in resource.operations else "find"
    recorder = Recorder(Case.build(WireCase(version, resource, operation)).answer)
    repo = getattr(mock_client(version, recorder), resource.segment)
    for name in _left_out(resource):
        params = didww.QueryParams().fields(resource.type, [name])
        with pytest.raises(didww.ClientError, match=f"unknown field {name!r}"):
            _query_call(resource, operation, params)(repo)
    assert recorder.requests == []


def _find_params(version: Version) -> Any:
    second = "sms_trunk" if version.bearer else "voice_in_trunk"
    return (
        didww.QueryParams()
        .include("did_group", second)
        .fields("dids", ["number", "description", "did_group", second])
        .fields("did_groups", ["area_name"])
    )


def _find_query(version: Version) -> list[tuple[str, str]]:
    second = "sms_trunk" if version.bearer else "voice_in_trunk"
    return [
        ("include", f"did_group,{second}"),
        ("fields[dids]", f"number,description,did_group,{second}"),
        ("fields[did_groups]", "area_name"),
    ]


def _find_answer(request: httpx.Request) -> httpx.Response:
    return jsonapi(200, {"data": {"type": "dids", "id": RECORD_ID}})


@pytest.mark.parametrize("version", _version_params())
def test_find_with_params_sync(version: Version) -> None:
    recorder = Recorder(_find_answer)
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        did = version.client(http).dids.find(RECORD_ID, _find_params(version))
    (request,) = recorder.requests
    assert request.method == "GET"
    assert url_without_query(request) == f"{BASE_URL}/dids/{RECORD_ID}"
    assert query_pairs(request) == _find_query(version)
    version.check_headers(request, public=False)
    assert did.id == RECORD_ID


@pytest.mark.anyio
@pytest.mark.parametrize("version", _version_params())
async def test_find_with_params_async(version: Version) -> None:
    recorder = Recorder(_find_answer)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        did = await version.async_client(http).dids.find(RECORD_ID, _find_params(version))
    (request,) = recorder.requests
    assert request.method == "GET"
    assert url_without_query(request) == f"{BASE_URL}/dids/{RECORD_ID}"
    assert query_pairs(request) == _find_query(version)
    version.check_headers(request, public=False)
    assert did.id == RECORD_ID


# -- hand-written operations: export download, document upload, find_placed -----------------------

EXPORT_ID = "da15f006-5da4-45ca-b0df-735baeadf423"
CSV = b"date,number\n2026-10-01,442037691880\n"


def _export_api(file_url: str) -> Recorder:
    """GET /exports/<id> answers a completed export whose file is at ``file_url``; any other
    GET answers the file."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/v3/exports/{EXPORT_ID}":
            attributes = {"status": "completed", "url": file_url, "export_type": "cdr_in"}
            return jsonapi(
                200, {"data": {"type": "exports", "id": EXPORT_ID, "attributes": attributes}}
            )
        return httpx.Response(200, content=CSV, headers={"Content-Type": "text/csv"})

    return Recorder(answer)


def _bearer_client(http: Any, *, api_key: str | None, is_async: bool) -> Any:
    cls = V2026_10_22.package.AsyncClient if is_async else V2026_10_22.package.Client
    return cls(token=TOKEN, api_key=api_key, base_url=BASE_URL, http_client=http)


def _check_download(
    recorder: Recorder, file_url: str, *, api_key: str | None, own_host: bool
) -> None:
    find, download = recorder.requests
    assert find.method == "GET" and url_without_query(find) == f"{BASE_URL}/exports/{EXPORT_ID}"
    V2026_10_22.check_headers(find, public=False)  # bearer, no Api-Key even when one is given
    assert download.method == "GET" and str(download.url) == file_url
    assert "X-DIDWW-API-Version" not in download.headers
    assert download.headers["Accept"] == "*/*"
    if not own_host:  # neither credential leaves the API host
        assert "Api-Key" not in download.headers
        assert "Authorization" not in download.headers
    elif api_key is not None:  # the download takes the API key, and only the key
        assert download.headers["Api-Key"] == api_key
        assert "Authorization" not in download.headers
    else:  # without a key, the token
        assert download.headers["Authorization"] == f"Bearer {TOKEN}"
        assert "Api-Key" not in download.headers


DOWNLOADS = [
    pytest.param(API_KEY, f"{BASE_URL}/exports/{EXPORT_ID}/file.csv", True, id="key-own-host"),
    pytest.param(None, f"{BASE_URL}/exports/{EXPORT_ID}/file.csv", True, id="no-key-own-host"),
    pytest.param(API_KEY, "https://files.example.test/e.csv", False, id="key-other-host"),
    pytest.param(None, "https://files.example.test/e.csv", False, id="no-key-other-host"),
]


@pytest.mark.parametrize(("api_key", "file_url", "own_host"), DOWNLOADS)
def test_export_download_headers_sync(api_key: str | None, file_url: str, own_host: bool) -> None:
    recorder = _export_api(file_url)
    target = io.BytesIO()
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        client = _bearer_client(http, api_key=api_key, is_async=False)
        assert client.exports.download(EXPORT_ID, target) == len(CSV)
    assert target.getvalue() == CSV
    _check_download(recorder, file_url, api_key=api_key, own_host=own_host)


@pytest.mark.anyio
@pytest.mark.parametrize(("api_key", "file_url", "own_host"), DOWNLOADS)
async def test_export_download_headers_async(
    api_key: str | None, file_url: str, own_host: bool
) -> None:
    recorder = _export_api(file_url)
    target = io.BytesIO()
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        client = _bearer_client(http, api_key=api_key, is_async=True)
        assert await client.exports.download(EXPORT_ID, target) == len(CSV)
    assert target.getvalue() == CSV
    _check_download(recorder, file_url, api_key=api_key, own_host=own_host)


@pytest.fixture(scope="module")
def public_key_pems() -> list[str]:
    """Two RSA public keys as ``GET /public_keys`` lists them (2048 bits: quick to make)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    pems = []
    for _ in range(2):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
        pem = key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        pems.append(pem.decode())
    return pems


def _upload_api(pems: list[str]) -> Recorder:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/public_keys":
            keys = [
                {"type": "public_keys", "id": f"key-{n}", "attributes": {"key": pem}}
                for n, pem in enumerate(pems)
            ]
            return jsonapi(200, {"data": keys})
        return jsonapi(201, {"data": {"type": "encrypted_files", "id": NEW_ID}})

    return Recorder(answer)


def _check_upload(version: Version, recorder: Recorder, uploaded: Any) -> None:
    keys, post = recorder.requests
    assert keys.method == "GET" and str(keys.url) == f"{BASE_URL}/public_keys"
    (keys_resource,) = [r for r in version.spec.resources if r.type == "public_keys"]
    assert keys_resource.public is (version.name == "2026-10-22")
    version.check_headers(keys, public=keys_resource.public)
    assert post.method == "POST" and str(post.url) == f"{BASE_URL}/encrypted_files"
    assert post.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    # 2026-04-16's upload answers JSON:API as plain JSON; 2026-10-22's under JSON:API's type.
    answer = "application/vnd.api+json" if version.name == "2026-10-22" else "application/json"
    assert post.headers["Accept"] == answer
    if version.bearer:
        assert post.headers["Authorization"] == f"Bearer {TOKEN}"
        assert "Api-Key" not in post.headers
        assert "X-DIDWW-API-Version" not in post.headers
    else:
        assert post.headers["Api-Key"] == API_KEY
        assert post.headers["X-DIDWW-API-Version"] == version.name
        assert "Authorization" not in post.headers
    assert b'name="encrypted_files[description]"' in post.read()
    assert isinstance(uploaded, version.model("EncryptedFile"))
    assert uploaded.id == NEW_ID


@pytest.mark.parametrize("version", _version_params())
def test_upload_headers_sync(version: Version, public_key_pems: list[str]) -> None:
    recorder = _upload_api(public_key_pems)
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        uploaded = version.client(http).encrypted_files.upload(b"%PDF-1.7", description="ID")
    _check_upload(version, recorder, uploaded)


@pytest.mark.anyio
@pytest.mark.parametrize("version", _version_params())
async def test_upload_headers_async(version: Version, public_key_pems: list[str]) -> None:
    recorder = _upload_api(public_key_pems)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        client = version.async_client(http)
        uploaded = await client.encrypted_files.upload(b"%PDF-1.7", description="ID")
    _check_upload(version, recorder, uploaded)


def _placed_answer(request: httpx.Request) -> httpx.Response:
    order = {"type": "orders", "id": RECORD_ID, "attributes": {"external_reference_id": "ord-10"}}
    return jsonapi(200, {"data": [order], "meta": {"total_records": 1}})


def _check_placed(version: Version, recorder: Recorder, found: Any) -> None:
    (request,) = recorder.requests
    assert request.method == "GET" and url_without_query(request) == f"{BASE_URL}/orders"
    assert ("filter[external_reference_id]", "ord-10") in query_pairs(request)
    version.check_headers(request, public=False)
    assert found is not None and found.id == RECORD_ID


@pytest.mark.parametrize("version", _version_params())
def test_find_placed_sync(version: Version) -> None:
    recorder = Recorder(_placed_answer)
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        found = version.client(http).orders.find_placed("ord-10")
    _check_placed(version, recorder, found)


@pytest.mark.anyio
@pytest.mark.parametrize("version", _version_params())
async def test_find_placed_async(version: Version) -> None:
    recorder = Recorder(_placed_answer)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        found = await version.async_client(http).orders.find_placed("ord-10")
    _check_placed(version, recorder, found)


# -- the fixtures themselves ----------------------------------------------------------------------


@pytest.mark.parametrize("version", _version_params())
def test_fixtures_match_spec(version: Version) -> None:
    """One fixture per create/update operation of the spec, variants only of those, and no
    stale ones."""
    base = {
        f"{r.type}.{op}"
        for r in resources(version)
        for op in r.operations
        if op in ("create", "update") and _json_body(r, op)
    }
    stems = {p.stem for p in version.fixtures.glob("*.json")}
    assert base <= stems, f"missing: {sorted(base - stems)}"
    for stem in stems - base:
        parent = stem.rsplit(".", 1)[0]
        assert parent in base, f"{stem}.json is a variant of no create/update operation"


def _all_fixtures() -> list[Any]:
    return [
        pytest.param(path, id=f"{version.name}:{path.stem}")
        for version in VERSIONS
        for path in sorted(version.fixtures.glob("*.json"))
    ]


@pytest.mark.parametrize("path", _all_fixtures())
def test_fixture_format(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert set(data) == {"kwargs", "body"}
    assert text == json.dumps(data, indent=2) + "\n"
