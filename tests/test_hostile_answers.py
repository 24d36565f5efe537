"""Hostile or broken answers give SDK errors, never raw exceptions, and never show a secret.

Each case runs on both clients and on both ways of sending: the built-in transport talking to a
real loopback server, and a caller-supplied ``http_client`` (an httpx mock transport).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest

import didww
from didww._document import decode_document
from didww.v2026_04_16._registry import REGISTRY
from tests.transport.faultserver import FaultServer, Received, respond

API_KEY = "secret-key-123"
DEEP = b"[" * 50_000 + b"]" * 50_000

# (name, client kind, transport)
WAYS = [
    ("sync-builtin", "sync", "builtin"),
    ("sync-http_client", "sync", "http_client"),
    ("async-builtin", "async", "builtin"),
    ("async-http_client", "async", "http_client"),
]

Answer = Callable[[str, str], tuple[int, dict[str, str], bytes]]
"""(method, path) -> (status, headers, body)."""


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def _call(
    way: str,
    server: FaultServer,
    answer: Answer,
    operation: Callable[[Any], Any],
    *,
    max_retries: int = 0,
) -> Any:
    """Run ``operation(client)`` (a coroutine function for async ways) and return its result."""
    _, kind, transport = next(w for w in WAYS if w[0] == way)

    def mock(request: httpx.Request) -> httpx.Response:
        status, headers, body = answer(request.method, request.url.path)
        # A stream, as a network transport gives: the body is decoded when it is read.
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))

    def served(received: Received) -> Any:
        status, headers, body = answer(received.method, received.path)
        return respond(status, body, headers=headers)

    server.default = served
    options: dict[str, Any] = {"api_key": API_KEY, "max_retries": max_retries}
    if transport == "builtin":
        options["base_url"] = server.url
    if kind == "sync":
        if transport == "http_client":
            options["http_client"] = httpx.Client(transport=httpx.MockTransport(mock))
        with didww.Client(**options) as client:
            return operation(client)

    async def main() -> Any:
        if transport == "http_client":
            options["http_client"] = httpx.AsyncClient(transport=httpx.MockTransport(mock))
        async with didww.AsyncClient(**options) as client:
            return await operation(client)

    return anyio.run(main)


def _find(kind_way: str) -> Callable[[Any], Any]:
    if kind_way.startswith("sync"):
        return lambda client: client.dids.find("d1")

    async def find(client: Any) -> Any:
        return await client.dids.find("d1")

    return find


def _list(kind_way: str) -> Callable[[Any], Any]:
    if kind_way.startswith("sync"):
        return lambda client: list(client.dids.iter())

    async def walk(client: Any) -> Any:
        return [did async for did in client.dids.iter()]

    return walk


def _json(status: int, body: Any, **headers: str) -> tuple[int, dict[str, str], bytes]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return status, {"Content-Type": "application/vnd.api+json", **headers}, raw


WAY_NAMES = [w[0] for w in WAYS]


# -- deep nesting ---------------------------------------------------------------------------


@pytest.mark.parametrize("way", WAY_NAMES)
def test_a_deeply_nested_answer_is_a_decode_error(way: str, server: FaultServer) -> None:
    with pytest.raises(didww.DecodeError, match="nested too deeply"):
        _call(way, server, lambda m, p: _json(200, DEEP), _find(way))


@pytest.mark.parametrize("way", WAY_NAMES)
def test_a_deeply_nested_error_body_keeps_its_status(way: str, server: FaultServer) -> None:
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        _call(way, server, lambda m, p: _json(422, DEEP), _find(way))
    assert caught.value.errors == []


def test_a_deeply_nested_json_attribute_is_read_without_a_recursion_error() -> None:
    # Shallow enough for json.loads, too deep for copy.deepcopy: kept as received.
    deep = b'{"a":' * 900 + b"1" + b"}" * 900
    body = b'{"data":{"type":"exports","id":"e1","attributes":{"filters":' + deep + b"}}}"
    export = decode_document(body, 200, many=False, expected_type="exports", registry=REGISTRY).data
    assert isinstance(export, didww.Export)
    assert isinstance(export.filters, dict)


# -- primary data of the wrong type ----------------------------------------------------------


@pytest.mark.parametrize("way", WAY_NAMES)
@pytest.mark.parametrize(
    "data",
    [
        [{"type": "voice_in_trunks", "id": "t1"}],
        [{"type": "dids", "id": "d1"}, {"type": "voice_in_trunks", "id": "t1"}],
        [{"type": "unknown_things", "id": "u1"}],
    ],
    ids=["other-type", "mixed", "unknown-type"],
)
def test_a_list_refuses_primary_data_of_another_type(
    way: str, data: list[Any], server: FaultServer
) -> None:
    with pytest.raises(didww.DecodeError, match="expected dids resources"):
        _call(way, server, lambda m, p: _json(200, {"data": data}), _list(way))


@pytest.mark.parametrize("way", WAY_NAMES)
def test_an_unknown_included_type_is_still_kept(way: str, server: FaultServer) -> None:
    doc = {
        "data": [
            {
                "type": "dids",
                "id": "d1",
                "relationships": {"order": {"data": {"type": "future_things", "id": "f1"}}},
            }
        ],
        "included": [{"type": "future_things", "id": "f1", "attributes": {"a": 1}}],
    }
    dids = _call(way, server, lambda m, p: _json(200, doc), _list(way))
    assert [d.id for d in dids] == ["d1"]


# -- Content-Encoding that lies ----------------------------------------------------------------


@pytest.mark.parametrize("way", WAY_NAMES)
def test_gzip_label_on_a_plain_body_is_a_decode_error(way: str, server: FaultServer) -> None:
    answer = _json(200, {"data": {"type": "dids", "id": "d1"}}, **{"Content-Encoding": "gzip"})
    with pytest.raises(didww.DecodeError, match="Content-Encoding: gzip") as caught:
        _call(way, server, lambda m, p: answer, _find(way))
    assert caught.value.http_status == 200


@pytest.mark.parametrize("way", WAY_NAMES)
def test_gzip_label_on_an_error_body_keeps_the_status(way: str, server: FaultServer) -> None:
    answer = _json(404, {"errors": [{"detail": "nope"}]}, **{"Content-Encoding": "gzip"})
    with pytest.raises(didww.NotFoundError):
        _call(way, server, lambda m, p: answer, _find(way))


def _create(kind_way: str) -> Callable[[Any], Any]:
    trunk = didww.VoiceInTrunk(name="Office", configuration=didww.SIPConfiguration(host="pbx"))
    if kind_way.startswith("sync"):
        return lambda client: client.voice_in_trunks.create(trunk)

    async def create(client: Any) -> Any:
        return await client.voice_in_trunks.create(trunk)

    return create


@pytest.mark.parametrize("way", WAY_NAMES)
def test_a_503_whose_body_does_not_decode_is_retried(way: str, server: FaultServer) -> None:
    # Its status is what matters: the retry rules hold as for any 503 (before, it ended the call
    # at once, with no retry and no Retry-After honoured).
    labelled = {"Content-Encoding": "gzip", "Retry-After": "0"}
    answers = [
        _json(503, b"not gzip", **labelled),
        _json(200, {"data": {"type": "dids", "id": "d1"}}),
    ]
    seen: list[str] = []

    def answer(method: str, path: str) -> tuple[int, dict[str, str], bytes]:
        seen.append(method)
        return answers[min(len(seen), 2) - 1]

    did = _call(way, server, answer, _find(way), max_retries=1)
    assert did.id == "d1" and seen == ["GET", "GET"]


@pytest.mark.parametrize("way", WAY_NAMES)
@pytest.mark.parametrize("status", [201, 503])
def test_a_create_answered_with_a_body_that_does_not_decode_may_have_been_carried_out(
    way: str, status: int, server: FaultServer
) -> None:
    # A 201 or a 503 may come after the trunk was made: the error says so, whatever the body.
    seen: list[str] = []

    def answer(method: str, path: str) -> tuple[int, dict[str, str], bytes]:
        seen.append(method)
        return _json(status, b"not gzip", **{"Content-Encoding": "gzip"})

    with pytest.raises(didww.DidwwError) as caught:
        _call(way, server, answer, _create(way), max_retries=2)
    error = caught.value
    assert type(error) is (didww.DecodeError if status == 201 else didww.ServerError)
    assert error.may_have_been_processed
    assert "may have been carried out" in str(error)
    assert seen == ["POST"]  # not sent again


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_body_a_callers_transport_cannot_decode_leaves_a_create_in_doubt(kind: str) -> None:
    # The transport had an answer, of a status it did not hand over: the create may have been
    # carried out, and the error says so; a find is simply not read.
    def transport(request: httpx.Request) -> httpx.Response:
        raise httpx.DecodingError("Error -3 while decompressing data", request=request)

    order = didww.Order(items=[didww.DIDOrderItem(sku_id="sku-1", qty=1)])
    options: dict[str, Any] = {"api_key": "k", "max_retries": 2}
    errors: list[didww.DidwwError] = []
    if kind == "sync":
        http = httpx.Client(transport=httpx.MockTransport(transport))
        with didww.Client(**options, http_client=http) as client:
            for call in (lambda: client.orders.create(order), lambda: client.dids.find("d1")):
                with pytest.raises(didww.DecodeError) as caught:
                    call()
                errors.append(caught.value)
    else:

        async def main() -> None:
            ahttp = httpx.AsyncClient(transport=httpx.MockTransport(transport))
            async with didww.AsyncClient(**options, http_client=ahttp) as client:
                with pytest.raises(didww.DecodeError) as caught:
                    await client.orders.create(order)
                errors.append(caught.value)
                with pytest.raises(didww.DecodeError) as caught:
                    await client.dids.find("d1")
                errors.append(caught.value)

        anyio.run(main)
    created, found = errors
    assert created.may_have_been_processed and "may have been carried out" in str(created)
    assert "could not decode the answer's body" in str(created)
    assert not found.may_have_been_processed


# -- links.next that is not a URL --------------------------------------------------------------


@pytest.mark.parametrize("way", WAY_NAMES)
@pytest.mark.parametrize(
    "link",
    [
        "http://127.0.0.1:1/v3/dids?page[number]=2\x00\x01",
        "http://[::1/v3/dids",
        "https://exa\x00mple.com/v3/dids",
    ],
)
def test_an_unusable_next_link_is_a_decode_error(way: str, link: str, server: FaultServer) -> None:
    doc = {"data": [{"type": "dids", "id": "d1"}], "links": {"next": link}}
    with pytest.raises(didww.DecodeError, match=r"links\.next"):
        _call(way, server, lambda m, p: _json(200, doc), _list(way))


# -- secrets echoed back ------------------------------------------------------------------------


def _assert_hidden(error: BaseException, *secrets: str) -> None:
    shown = [str(error), repr(error)]
    if isinstance(error, didww.APIError):
        for item in error.errors:
            shown += [repr(item), item.detail or "", item.title or "", json.dumps(item.meta)]
    if isinstance(error, didww.DecodeError):
        shown.append(error.body_snippet)
    for text in shown:
        for secret in secrets:
            assert secret not in text, text
    assert any("[FILTERED]" in text for text in shown)


@pytest.mark.parametrize("way", WAY_NAMES)
def test_an_error_that_echoes_the_api_key_does_not_show_it(way: str, server: FaultServer) -> None:
    errors = {
        "errors": [
            {
                "title": f"key {API_KEY}",
                "detail": f"Api-Key {API_KEY} is not valid",
                "meta": {"seen": [API_KEY]},
            }
        ]
    }
    with pytest.raises(didww.AuthenticationError) as caught:
        _call(way, server, lambda m, p: _json(401, errors), _find(way))
    _assert_hidden(caught.value, API_KEY)
    assert caught.value.errors[0].detail == "Api-Key [FILTERED] is not valid"


@pytest.mark.parametrize("way", WAY_NAMES)
def test_a_decode_error_snippet_does_not_show_the_api_key(way: str, server: FaultServer) -> None:
    body = f"<html>your key {API_KEY} is wrong</html>".encode()
    with pytest.raises(didww.DecodeError) as caught:
        _call(way, server, lambda m, p: (200, {"Content-Type": "text/html"}, body), _find(way))
    _assert_hidden(caught.value, API_KEY)


@pytest.mark.parametrize("way", WAY_NAMES)
def test_an_error_that_echoes_a_sent_password_does_not_show_it(
    way: str, server: FaultServer
) -> None:
    password = "Tr0ub4dor&3"
    errors = {"errors": [{"detail": f"auth_password {password} is too weak"}]}

    def create(client: Any) -> Any:
        trunk = didww.VoiceInTrunk(
            name="pbx",
            configuration=didww.SIPConfiguration(
                host="sip.example.com", auth_enabled=True, auth_user="u", auth_password=password
            ),
        )
        return client.voice_in_trunks.create(trunk)

    operation: Callable[[Any], Any] = create
    if way.startswith("async"):

        async def acreate(client: Any) -> Any:
            return await create(client)

        operation = acreate
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        _call(way, server, lambda m, p: _json(422, errors), operation)
    _assert_hidden(caught.value, password, API_KEY)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_transport_that_fails_to_decode_gives_a_decode_error(kind: str) -> None:
    def eager(request: httpx.Request) -> httpx.Response:
        # Built with content=, httpx decodes at once: the failure happens inside send().
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"plain")

    if kind == "sync":
        http = httpx.Client(transport=httpx.MockTransport(eager))
        with (
            didww.Client(api_key=API_KEY, http_client=http) as client,
            pytest.raises(didww.DecodeError, match="could not decode") as caught,
        ):
            client.dids.find("d1")
    else:

        async def main() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(eager))
            async with didww.AsyncClient(api_key=API_KEY, http_client=http) as client:
                await client.dids.find("d1")

        with pytest.raises(didww.DecodeError, match="could not decode") as caught:
            anyio.run(main)
    assert caught.value.http_status is None


# -- URLs in answers that httpx cannot use ---------------------------------------------------


def _pick(way: str, sync: Callable[[Any], Any], async_: Callable[[Any], Any]) -> Any:
    return sync if way.startswith("sync") else async_


UNUSABLE_LOCATIONS = ["http://[::1", "http://xn--/v3/dids/d1", "https://files.example/\x01"]


@pytest.mark.parametrize("way", WAY_NAMES)
@pytest.mark.parametrize("location", UNUSABLE_LOCATIONS)
def test_a_redirect_to_an_unusable_location_is_a_connection_error(
    way: str, location: str, server: FaultServer
) -> None:
    seen: list[str] = []

    def answer(method: str, path: str) -> tuple[int, dict[str, str], bytes]:
        seen.append(method)
        return 302, {"Location": location}, b""

    with pytest.raises(didww.APIConnectionError) as caught:
        _call(way, server, answer, _find(way), max_retries=2)
    if "\x01" in location and way in ("sync-builtin", "async-builtin"):
        # The SDK's own reader refuses a control character in any header: a broken answer.
        assert "a control character" in str(caught.value)
        return
    # Not taken for a broken connection and sent again (httpx says "Invalid URL in location
    # header" as a protocol error on its own path).
    assert "not a usable URL; not followed" in str(caught.value)
    assert seen == ["GET"]


@pytest.mark.parametrize("way", WAY_NAMES)
@pytest.mark.parametrize("url", [*UNUSABLE_LOCATIONS[:2], "https://files.example/a\x01b"])
def test_an_export_url_httpx_cannot_use_is_a_decode_error(
    way: str, url: str, server: FaultServer, tmp_path: Any
) -> None:
    export = {
        "data": {"type": "exports", "id": "e1", "attributes": {"status": "completed", "url": url}}
    }

    def download(client: Any) -> Any:
        return client.exports.download("e1", tmp_path / "cdr.csv")

    async def download_async(client: Any) -> Any:
        return await client.exports.download("e1", tmp_path / "cdr.csv")

    with pytest.raises(didww.DecodeError, match="is not a usable URL"):
        _call(way, server, lambda m, p: _json(200, export), _pick(way, download, download_async))
    assert not (tmp_path / "cdr.csv").exists()


def test_a_url_error_of_the_caller_s_own_transport_is_not_taken_for_a_redirect() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "the transport's own bug")

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with (
        didww.Client(api_key=API_KEY, http_client=http, max_retries=0) as client,
        pytest.raises(UnicodeDecodeError, match="the transport's own bug"),
    ):
        client.dids.find("d1")
