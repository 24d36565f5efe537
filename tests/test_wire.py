"""What goes over the wire for every repository operation the spec allows, sync and async.

The cases come from the spec (``generator.loader.load_spec``): every resource with operations, every
operation it has. Each case records the requests through ``httpx.MockTransport`` and checks the
method, URL, decoded query, headers and, for create and update, the exact JSON body. Operations the
spec does not list must not exist on the repository.

Request fixtures live in ``tests/fixtures/requests/<type>.<operation>.json`` (one per resource and
create/update operation), pretty-printed with an indent of 2, and hold::

    {"kwargs": {...constructor keyword args...}, "body": {...the expected request document...}}

The bodies are written by hand from the OpenAPI request schemas. In ``kwargs`` a value that JSON
cannot express is written as a tagged object, decoded by :func:`decode`:

* ``{"$decimal": "12.50"}`` -> ``Decimal("12.50")``
* ``{"$date": "2026-01-31"}`` -> ``datetime.date(2026, 1, 31)``
* ``{"$enum": "CliFormat.E164"}`` -> ``didww.enums.CliFormat.E164`` (enum class, dot, member name)
* ``{"$object": "SIPConfiguration", "kwargs": {...}}`` -> ``didww.SIPConfiguration(**kwargs)``
  (a nested object; its kwargs are decoded the same way)
* ``{"$model": "Address", "id": "..."}`` -> ``didww.Address("...")`` (a related model, for
  polymorphic relationships that take a model rather than an id)

Any other object or array is decoded member by member; everything else is taken as is.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import didww
from didww import enums
from generator.loader import load_spec
from generator.model import OPERATIONS
from generator.model import Resource as SpecResource

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "requests"
SPEC = load_spec(ROOT / "spec" / "2026-04-16")

API_KEY = "test-api-key-0123456789"
API_VERSION = "2026-04-16"
BASE_URL = "https://api.example.test/v3"
MEDIA_TYPE = "application/vnd.api+json"
RECORD_ID = "0b7e5f4c-2d1a-4e8b-9c6f-3a2b1d0e9f87"
"""The id used for find and delete."""
NEW_ID = "8e3f1a2b-6c4d-4f5e-a7b8-9c0d1e2f3a4b"
"""The id the fake API gives a created resource."""

#: Cases the SDK gets wrong, by "<type>.<operation>": the reason (checked with strict xfail).
XFAIL: dict[str, str] = {}

RESOURCES = [r for r in SPEC.resources if r.operations]


def _json_body(resource: SpecResource, operation: str) -> bool:
    """Whether the operation is sent as a JSON:API request (a multipart create is not)."""
    return not (operation == "create" and resource.multipart_create)


WIRE_CASES = [(r, op) for r in RESOURCES for op in r.operations if _json_body(r, op)]
BODY_CASES = [(r, op) for r, op in WIRE_CASES if op in ("create", "update")]
MULTIPART_CREATES = [r for r in RESOURCES if "create" in r.operations and r.multipart_create]


def _case_params(cases: list[tuple[SpecResource, str]]) -> list[Any]:
    params = []
    for resource, operation in cases:
        key = f"{resource.type}.{operation}"
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
        params.append(pytest.param(resource, operation, id=key, marks=marks))
    return params


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# -- fixtures -------------------------------------------------------------------------------------


def decode(value: Any) -> Any:
    """Turn a fixture ``kwargs`` value into the Python value (see the module docstring)."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    tags = [k for k in value if k.startswith("$")]
    if not tags:
        return {k: decode(v) for k, v in value.items()}
    assert len(tags) == 1, f"one tag per object, got {tags}"
    tag = tags[0]
    if tag == "$decimal":
        return Decimal(value["$decimal"])
    if tag == "$date":
        return dt.date.fromisoformat(value["$date"])
    if tag == "$enum":
        enum_name, member = value["$enum"].split(".")
        return getattr(getattr(enums, enum_name), member)
    if tag == "$object":
        return getattr(didww, value["$object"])(**decode(value.get("kwargs", {})))
    if tag == "$model":
        return getattr(didww, value["$model"])(value["id"])
    raise AssertionError(f"unknown fixture tag {tag}")


def load_fixture(resource: SpecResource, operation: str) -> tuple[dict[str, Any], dict[str, Any]]:
    path = FIXTURES / f"{resource.type}.{operation}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return decode(data["kwargs"]), data["body"]


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


def check_headers(request: httpx.Request, *, public: bool) -> None:
    headers = request.headers
    assert headers["Accept"] == MEDIA_TYPE
    assert headers["Content-Type"] == MEDIA_TYPE
    assert headers["User-Agent"] == f"didww-python/{didww.__version__}"
    assert headers["X-DIDWW-API-Version"] == API_VERSION
    if public:
        assert "Api-Key" not in headers
    else:
        assert headers["Api-Key"] == API_KEY


# -- one case: what to call, what must be sent, what comes back -----------------------------------


@dataclass
class Case:
    resource: SpecResource
    operation: str
    method: str
    path: str
    body: dict[str, Any] | None = None
    model: didww.Resource | None = None
    calls: list[Callable[[Any], Any]] = field(default_factory=list)

    @property
    def model_class(self) -> type[didww.Resource]:
        cls: type[didww.Resource] = getattr(didww, self.resource.class_name)
        return cls

    @classmethod
    def build(cls, resource: SpecResource, operation: str) -> Case:
        model_class: type[didww.Resource] = getattr(didww, resource.class_name)
        if operation == "list":
            return cls(resource, operation, "GET", resource.path, calls=[lambda repo: repo.list()])
        if operation == "find":
            if resource.singleton:
                return cls(resource, operation, "GET", resource.path, calls=[lambda r: r.find()])
            return cls(
                resource,
                operation,
                "GET",
                f"{resource.path}/{RECORD_ID}",
                calls=[lambda repo: repo.find(RECORD_ID)],
            )
        if operation == "delete":
            return cls(
                resource,
                operation,
                "DELETE",
                f"{resource.path}/{RECORD_ID}",
                calls=[
                    lambda repo: repo.delete(RECORD_ID),
                    lambda repo: repo.delete(model_class(RECORD_ID)),
                ],
            )
        kwargs, body = load_fixture(resource, operation)
        model = model_class(**kwargs)
        assert model.is_dirty(), "a fixture must set something"
        if operation == "create":
            assert not model.is_loaded("id"), "a create fixture must not set an id"
            return cls(
                resource,
                operation,
                "POST",
                resource.path,
                body=body,
                model=model,
                calls=[lambda repo: repo.create(model)],
            )
        assert operation == "update"
        assert model.id, "an update fixture must set the id"
        return cls(
            resource,
            operation,
            "PATCH",
            f"{resource.path}/{model.id}",
            body=body,
            model=model,
            calls=[lambda repo: repo.update(model)],
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
            check_headers(request, public=self.resource.public)
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
            expected_id = NEW_ID if self.operation == "create" else self.body["data"]["id"]
            assert isinstance(saved, self.model_class)
            assert saved.id == expected_id
            assert self.model.id == expected_id
            assert not self.model.is_dirty()
            assert not saved.is_dirty()


def sync_client(http: httpx.Client) -> didww.Client:
    return didww.Client(api_key=API_KEY, base_url=BASE_URL, http_client=http)


def async_client(http: httpx.AsyncClient) -> didww.AsyncClient:
    return didww.AsyncClient(api_key=API_KEY, base_url=BASE_URL, http_client=http)


# -- every operation the spec allows --------------------------------------------------------------


@pytest.mark.parametrize(("resource", "operation"), _case_params(WIRE_CASES))
def test_wire_sync(resource: SpecResource, operation: str) -> None:
    case = Case.build(resource, operation)
    recorder = Recorder(case.answer)
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        repo = getattr(sync_client(http), resource.segment)
        results = [call(repo) for call in case.calls]
    case.check(recorder.requests, results)


@pytest.mark.anyio
@pytest.mark.parametrize(("resource", "operation"), _case_params(WIRE_CASES))
async def test_wire_async(resource: SpecResource, operation: str) -> None:
    case = Case.build(resource, operation)
    recorder = Recorder(case.answer)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        repo = getattr(async_client(http), resource.segment)
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


@pytest.mark.parametrize("resource", SPEC.resources, ids=lambda r: r.type)
def test_surface_sync(resource: SpecResource) -> None:
    with httpx.Client(transport=httpx.MockTransport(Recorder(lambda r: jsonapi(500, None)))) as h:
        _check_surface(sync_client(h), resource, is_async=False)


@pytest.mark.anyio
@pytest.mark.parametrize("resource", SPEC.resources, ids=lambda r: r.type)
async def test_surface_async(resource: SpecResource) -> None:
    transport = httpx.MockTransport(Recorder(lambda r: jsonapi(500, None)))
    async with httpx.AsyncClient(transport=transport) as http:
        _check_surface(async_client(http), resource, is_async=True)


@pytest.mark.parametrize("resource", MULTIPART_CREATES, ids=lambda r: r.type)
def test_multipart_create_is_an_upload(resource: SpecResource) -> None:
    # A multipart create has no JSON:API body, so it is offered as a hand-written `upload`
    # (tests/files/test_upload.py checks its wire format) instead of a generated `create`.
    with httpx.Client(transport=httpx.MockTransport(Recorder(lambda r: jsonapi(500, None)))) as h:
        repository = getattr(sync_client(h), resource.segment)
        assert callable(getattr(repository, "upload", None))
        assert not hasattr(repository, "create")


def test_spot_checks_of_missing_operations() -> None:
    with httpx.Client(transport=httpx.MockTransport(Recorder(lambda r: jsonapi(500, None)))) as h:
        client = sync_client(h)
        assert not hasattr(client.dids, "delete")
        assert not hasattr(client.dids, "create")
        assert not hasattr(client.pops, "find")
        assert not hasattr(client.public_keys, "find")
        assert not hasattr(client.balance, "list")
        assert not hasattr(client.voice_out_trunk_regenerate_credentials, "list")


# -- query parameters -----------------------------------------------------------------------------


def _query_for(resource: SpecResource, operation: str) -> tuple[Any, list[tuple[str, str]]]:
    """Query parameters built from the spec's includes, filters and sorts, and what they send."""
    params = didww.QueryParams()
    expected: list[tuple[str, str]] = []
    if resource.includes:
        includes = list(resource.includes[:2])
        params = params.include(*includes)
        expected.append(("include", ",".join(includes)))
    if operation == "list":
        if resource.filters:
            key = resource.filters[0]
            params = params.filter(key, ["alpha", "beta"])
            expected.append((f"filter[{key}]", "alpha,beta"))
        if resource.sorts:
            sorts = [resource.sorts[0], "-" + resource.sorts[-1]]
            params = params.sort(*sorts)
            expected.append(("sort", ",".join(sorts)))
        params = params.page(number=2, size=25)
        expected += [("page[number]", "2"), ("page[size]", "25")]
    names = [a.name for a in resource.attributes[:2]]
    if names:
        params = params.fields(resource.type, names)
        expected.append((f"fields[{resource.type}]", ",".join(names)))
    return params, expected


QUERY_CASES = [(r, op) for r in RESOURCES for op in ("list", "find") if op in r.operations]


def _query_call(resource: SpecResource, operation: str, params: Any) -> Callable[[Any], Any]:
    if operation == "list":
        return lambda repo: repo.list(params)
    if resource.singleton:
        return lambda repo: repo.find(params)
    return lambda repo: repo.find(RECORD_ID, params)


@pytest.mark.parametrize(("resource", "operation"), _case_params(QUERY_CASES))
def test_query_sync(resource: SpecResource, operation: str) -> None:
    case = Case.build(resource, operation)
    params, expected = _query_for(resource, operation)
    recorder = Recorder(case.answer)
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        _query_call(resource, operation, params)(getattr(sync_client(http), resource.segment))
    (request,) = recorder.requests
    assert url_without_query(request) == BASE_URL + case.path
    assert query_pairs(request) == expected


@pytest.mark.anyio
@pytest.mark.parametrize(("resource", "operation"), _case_params(QUERY_CASES))
async def test_query_async(resource: SpecResource, operation: str) -> None:
    case = Case.build(resource, operation)
    params, expected = _query_for(resource, operation)
    recorder = Recorder(case.answer)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        repo = getattr(async_client(http), resource.segment)
        await _query_call(resource, operation, params)(repo)
    (request,) = recorder.requests
    assert url_without_query(request) == BASE_URL + case.path
    assert query_pairs(request) == expected


def _full_params() -> Any:
    return (
        didww.QueryParams()
        .include("did_group", "voice_in_trunk")
        .filter("number", ["442037691880", "442037691881"])
        .sort("number", "-created_at")
        .page(number=3, size=10)
        .fields("dids", ["number", "description"])
        .fields("did_groups", ["area_name"])
    )


FULL_QUERY = [
    ("include", "did_group,voice_in_trunk"),
    ("filter[number]", "442037691880,442037691881"),
    ("sort", "number,-created_at"),
    ("page[number]", "3"),
    ("page[size]", "10"),
    ("fields[dids]", "number,description"),
    ("fields[did_groups]", "area_name"),
]


def _find_params() -> Any:
    return (
        didww.QueryParams()
        .include("did_group", "voice_in_trunk")
        .fields("dids", ["number", "description"])
        .fields("did_groups", ["area_name"])
    )


FIND_QUERY = [
    ("include", "did_group,voice_in_trunk"),
    ("fields[dids]", "number,description"),
    ("fields[did_groups]", "area_name"),
]


def _find_answer(request: httpx.Request) -> httpx.Response:
    return jsonapi(200, {"data": {"type": "dids", "id": RECORD_ID}})


def test_find_with_params_sync() -> None:
    recorder = Recorder(_find_answer)
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        did = sync_client(http).dids.find(RECORD_ID, _find_params())
    (request,) = recorder.requests
    assert request.method == "GET"
    assert url_without_query(request) == f"{BASE_URL}/dids/{RECORD_ID}"
    assert query_pairs(request) == FIND_QUERY
    check_headers(request, public=False)
    assert did.id == RECORD_ID


@pytest.mark.anyio
async def test_find_with_params_async() -> None:
    recorder = Recorder(_find_answer)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        did = await async_client(http).dids.find(RECORD_ID, _find_params())
    (request,) = recorder.requests
    assert request.method == "GET"
    assert url_without_query(request) == f"{BASE_URL}/dids/{RECORD_ID}"
    assert query_pairs(request) == FIND_QUERY
    check_headers(request, public=False)
    assert did.id == RECORD_ID


# -- the fixtures themselves ----------------------------------------------------------------------


def test_fixtures_match_spec() -> None:
    """One fixture per create/update operation of the spec, and no stale ones."""
    expected = {f"{r.type}.{op}.json" for r, op in BODY_CASES}
    assert {p.name for p in FIXTURES.glob("*.json")} == expected


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_fixture_format(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert set(data) == {"kwargs", "body"}
    assert text == json.dumps(data, indent=2) + "\n"
