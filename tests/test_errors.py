"""Bad answers and bad input: the right exception, with everything it should carry, nothing sent."""

from __future__ import annotations

import httpx
import pytest

import didww
from tests.support import Recorder

ERRORS = {
    "errors": [
        {
            "title": "is invalid",
            "detail": "capacity_limit - must be greater than 0",
            "code": "100",
            "status": "422",
            "source": {"pointer": "/data/attributes/capacity_limit"},
        },
        {
            "title": "Insufficient funds",
            "detail": "balance too low",
            "code": "100",
            "status": "422",
            "meta": {"required": "12.00"},
        },
    ]
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, didww.BadRequestError),
        (401, didww.AuthenticationError),
        (403, didww.PermissionDeniedError),
        (404, didww.NotFoundError),
        (422, didww.UnprocessableEntityError),
        (429, didww.RateLimitError),
        (500, didww.ServerError),
        (502, didww.ServerError),
        (503, didww.ServerError),
        (409, didww.ConflictError),
        (418, didww.APIError),
    ],
)
def test_error_status_maps_to_class_with_every_error_object(status: int, cls: type) -> None:
    recorder = Recorder().reply(status, ERRORS, headers={"X-Request-Id": "req-42"})
    with pytest.raises(didww.APIError) as info:
        recorder.client().dids.find("x")
    error = info.value
    assert type(error) is cls
    assert error.http_status == status
    assert error.request_id == "req-42"
    assert [e.detail for e in error.errors] == [
        "capacity_limit - must be greater than 0",
        "balance too low",
    ]
    first, second = error.errors
    assert first.source_pointer == "/data/attributes/capacity_limit"
    assert first.code == "100" and first.status == "422" and first.title == "is invalid"
    assert first.meta is None
    assert second.meta == {"required": "12.00"} and second.source_pointer is None
    assert str(status) in str(error) and "balance too low" in str(error)


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"",
        b'{"errors": [{"title": "cut',
        b'{"errors": "nope"}',
        b"[1, 2]",
    ],
)
def test_error_status_without_error_document_still_maps(body: bytes) -> None:
    recorder = Recorder().reply(502, body)
    with pytest.raises(didww.ServerError) as info:
        recorder.client().dids.list()
    assert info.value.errors == []
    assert info.value.request_id is None


def test_error_objects_with_odd_members() -> None:
    body = {"errors": [{"title": 5, "detail": None, "code": 102, "source": "x"}, "junk"]}
    with pytest.raises(didww.BadRequestError) as info:
        Recorder().reply(400, body).client().dids.list()
    assert info.value.errors == [didww.ErrorObject(title="5", code="102")]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json at all", "not valid JSON"),
        (b"<html>oops</html>", "not valid JSON"),
        (b"", "not valid JSON"),
        (b'{"data": {"type": "dids", "id": "1"', "not valid JSON"),
        (b"\xff\xfe\x00", "not valid JSON"),
        (b'{"meta": {}}', "no top-level data"),
        (b'{"data": null}', "data is null"),
        (b'{"data": {"type": "voice_in_trunks", "id": "1"}}', "expected a dids resource"),
        (b'{"data": [{"type": "dids", "id": "1"}]}', "not a JSON object"),
        (b'{"data": {"id": "1"}}', "has no type"),
        (b'{"data": {"type": "dids", "id": "1"}, "included": {}}', "included is not an array"),
        (b"[]", "no top-level data"),
    ],
)
def test_unusable_success_body_raises_decode_error(body: bytes, reason: str) -> None:
    with pytest.raises(didww.DecodeError) as info:
        Recorder().reply(200, body).client().dids.find("1")
    assert reason in str(info.value)
    assert info.value.http_status == 200
    assert info.value.body_snippet == body[:200].decode("utf-8", errors="replace")


def test_list_of_non_array_raises_decode_error() -> None:
    with pytest.raises(didww.DecodeError, match="data is not an array"):
        Recorder().reply(200, {"data": {"type": "dids", "id": "1"}}).client().dids.list()


def test_decode_error_snippet_is_truncated_and_redacted() -> None:
    body = b'{"password": "hunter2", "note": "test-key", "pad": "' + b"x" * 500 + b'"'
    with pytest.raises(didww.DecodeError) as info:
        Recorder().reply(200, body).client().dids.find("1")
    snippet = info.value.body_snippet
    assert len(snippet) <= 200
    assert "hunter2" not in snippet and "test-key" not in snippet
    assert "[FILTERED]" in snippet
    assert "hunter2" not in str(info.value) and "test-key" not in str(info.value)


@pytest.mark.parametrize("bad_id", ["", "   ", None, 5])
def test_find_with_empty_id_is_refused_before_sending(bad_id: object) -> None:
    recorder = Recorder()
    with pytest.raises(didww.ClientError, match=r"dids\.find: (an id must|the id)"):
        recorder.client().dids.find(bad_id)  # type: ignore[arg-type]
    assert recorder.requests == []


def test_update_without_id_is_refused_before_sending() -> None:
    recorder = Recorder()
    with pytest.raises(didww.ClientError, match=r"dids\.update: this DID has no id"):
        recorder.client().dids.update(didww.DID(description="x"))
    assert recorder.requests == []


def test_delete_without_id_and_wrong_model_type() -> None:
    recorder = Recorder()
    client = recorder.client()
    with pytest.raises(didww.ClientError):
        client.voice_in_trunks.delete("")
    with pytest.raises(didww.ClientError, match="expected a VoiceInTrunk"):
        client.voice_in_trunks.delete(didww.DID(id="x"))  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match="expected a VoiceInTrunk"):
        client.voice_in_trunks.create(didww.DID())  # type: ignore[arg-type]
    assert recorder.requests == []


def test_timeout_raises_api_timeout_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = didww.Client(
        api_key="test-key",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    with pytest.raises(didww.APITimeoutError):
        client.dids.list()


def test_connection_failure_raises_api_connection_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = didww.Client(
        api_key="test-key",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    with pytest.raises(didww.APIConnectionError) as info:
        client.dids.list()
    assert not isinstance(info.value, didww.APITimeoutError)
    assert "test-key" not in str(info.value)


def test_body_cut_off_mid_stream_is_a_connection_error() -> None:
    class Truncated(httpx.SyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b'{"data": ['
            raise httpx.RemoteProtocolError("peer closed connection")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Truncated())

    client = didww.Client(
        api_key="test-key",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    with pytest.raises(didww.APIConnectionError):
        client.dids.list()


def test_exception_tree() -> None:
    assert issubclass(didww.APITimeoutError, didww.APIConnectionError)
    for cls in (didww.APIError, didww.ClientError, didww.DecodeError, didww.APIConnectionError):
        assert issubclass(cls, didww.DidwwError)
    for cls in (didww.NotFoundError, didww.ServerError, didww.RateLimitError):
        assert issubclass(cls, didww.APIError)
    assert didww.ClientError("boom").message == "boom"
