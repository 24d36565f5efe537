"""Secrets a server echoes are hidden from errors, without garbling the rest of the message: a
short secret (a one-letter SIP password) is hidden where it stands alone, not inside words."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

import didww
from didww import v2026_10_22 as v1022
from didww._errors import redact_text
from didww.testing import Simulator
from tests.transport.faultserver import FaultServer, respond
from tests.transport.support import run


def _trunk(name: str, password: str) -> v1022.VoiceInTrunk:
    return v1022.VoiceInTrunk(
        name=name,
        configuration=v1022.SIPConfiguration(
            host="pbx.example",
            codec_ids=[v1022.enums.Codec.PCMU],
            auth_enabled=True,
            auth_user="u",
            auth_password=password,
        ),
    )


def test_a_short_password_does_not_garble_an_unrelated_error_message() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client(max_retries=0)
    client.voice_in_trunks.create(_trunk("Office", "p"))
    with pytest.raises(didww.UnprocessableEntityError) as info:
        client.voice_in_trunks.create(_trunk("Office", "p"))
    message = str(info.value)
    assert "trunk group" in message and "FILTERED" not in message
    assert info.value.response is not None
    assert "trunk group" in info.value.response.text


@pytest.mark.parametrize("password", ["p", "pw1", "s3cr3t!"])
def test_a_short_password_echoed_alone_is_hidden(password: str) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client(max_retries=0)
    sim.faults.add(
        status=422,
        body={
            "errors": [
                {
                    "title": "bad",
                    "detail": f"auth_password {password} is refused (was: {password})",
                    "code": "100",
                    "status": "422",
                }
            ]
        },
    )
    with pytest.raises(didww.UnprocessableEntityError) as info:
        client.voice_in_trunks.create(_trunk("Office", password))
    error = info.value
    assert "auth_password [FILTERED] is refused (was: [FILTERED])" in str(error)
    assert error.response is not None
    assert f" {password} " not in error.response.text
    assert "auth_password [FILTERED] is refused (was: [FILTERED])" in error.response.text
    assert f" {password} ".encode() not in pickle.dumps(error)


def test_where_a_secret_is_hidden_depends_on_its_length() -> None:
    # Short: alone (between spaces, quotes, ':' or '@') yes, inside a word no.
    assert redact_text('user "ab1" at ab1@host; ab1x xab1 ab1_', ["ab1"]) == (
        'user "[FILTERED]" at [FILTERED]@host; ab1x xab1 ab1_'
    )
    # Eight characters and more: everywhere, a URL-encoded echo (key%3D...) included.
    assert redact_text("key%3DLongSecret9&x=zLongSecret9z", ["LongSecret9"]) == (
        "key%3D[FILTERED]&x=z[FILTERED]z"
    )
    # A secret made of characters regular expressions read specially is matched literally.
    assert redact_text("got a.b*c and axbbc", ["a.b*c"]) == "got [FILTERED] and axbbc"


def test_the_values_inside_a_secret_object_are_hidden_when_echoed() -> None:
    # An SMS trunk's HTTP headers are secret as a whole (an Authorization header is a
    # credential), so each value inside is; the header names are not.
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client(max_retries=0)
    sim.faults.add(
        status=422,
        method="POST",
        path="/sms_trunks",
        body={
            "errors": [
                {
                    "detail": "header Authorization: Bearer HdrTok3 is invalid; X-Tag 7f is too",
                    "meta": {"retryable": True, "limit": 2},
                    "status": "422",
                    "code": "100",
                }
            ]
        },
    )
    with pytest.raises(didww.UnprocessableEntityError) as info:
        client.sms_trunks.create(
            v1022.SmsTrunk(
                name="To our app",
                configuration=v1022.SmsHttpInConfiguration(
                    url="https://sms.example.com/in",
                    http_method=v1022.enums.SmsHttpMethod.GET,
                    headers={"Authorization": "Bearer HdrTok3", "X-Tag": "7f", "X-Try": "2"},
                ),
            )
        )
    error = info.value
    # Values too short to be credentials (a tag, a count) are left: hiding "2" would garble
    # every number of the message, and the answer's own JSON.
    expected = "header Authorization: [FILTERED] is invalid; X-Tag 7f is too"
    assert expected in str(error) and expected in repr(error)
    assert [e.detail for e in error.errors] == [expected]
    assert error.response is not None
    assert "HdrTok3" not in error.response.text
    assert error.response.json()["errors"][0]["meta"] == {"retryable": True, "limit": 2}


def _create_answered(status: int, body: str, password: str, raises: type[Exception]) -> Any:
    """The error of creating a SIP trunk with ``password`` against a server answering ``body``
    (raw text, as the server wrote it) with ``status``."""
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, content=body.encode(), headers={"Content-Type": "application/vnd.api+json"}
        )

    trunk = didww.VoiceInTrunk(
        name="Office",
        configuration=didww.SIPConfiguration(
            host="pbx.example", auth_enabled=True, auth_user="u", auth_password=password
        ),
    )
    http = httpx.Client(transport=httpx.MockTransport(answer))
    with (
        didww.Client(api_key="k", http_client=http, max_retries=0) as client,
        pytest.raises(raises) as info,
    ):
        client.voice_in_trunks.create(trunk)
    return info.value


@pytest.mark.parametrize(
    "echo",
    [
        "S3cret\\u003cpw\\u003e!\\/x",  # Rails: <, > and & as \u00XX; PHP: / as \/
        "S3cret\\u003Cpw\\u003E!/x",  # upper-case hex
        "\\u0053\\u0033cret<pw>\\u0021/x",  # any character may be escaped
    ],
)
def test_a_password_echoed_in_another_json_spelling_is_hidden_in_the_kept_answer(
    echo: str,
) -> None:
    body = '{"errors":[{"detail":"auth_password ' + echo + ' is too weak","status":"422"}]}'
    error = _create_answered(422, body, "S3cret<pw>!/x", didww.UnprocessableEntityError)
    assert "auth_password [FILTERED] is too weak" in str(error)
    assert error.response is not None
    assert error.response.text == (
        '{"errors":[{"detail":"auth_password [FILTERED] is too weak","status":"422"}]}'
    )
    assert b"cret" not in pickle.dumps(error)


def test_a_password_echoed_under_a_name_the_answer_gives_twice_is_hidden() -> None:
    # json.loads keeps the last "errors": the echo in the first was not looked at, and the
    # answer was kept as it came, the password in it.
    echo = "S3cret\\u003cpw\\u003e!"
    body = (
        '{"errors":[{"detail":"auth_password ' + echo + ' is too weak"}],'
        '"errors":[{"detail":"invalid","status":"422"}]}'
    )
    error = _create_answered(422, body, "S3cret<pw>!", didww.UnprocessableEntityError)
    assert error.response is not None
    assert b"cret" not in error.response.content and b"cret" not in pickle.dumps(error)
    # A short one too, which text matching finds only where it is written plainly.
    body = body.replace(echo, "p\\u003cw\\u003e")
    error = _create_answered(422, body, "p<w>", didww.UnprocessableEntityError)
    assert error.response is not None
    assert b"u003cw" not in error.response.content and b"u003cw" not in pickle.dumps(error)


def test_an_error_answer_too_deep_to_read_twice_is_kept_without_a_recursion_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The answer is read a second time, keeping every value of a name given twice; a body that
    # json.loads just managed can fail that reading (it starts a frame deeper), and its
    # RecursionError came out of the call. Made to fail here whatever this Python's depth.
    from didww import _core

    def too_deep(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(_core, "object_with_every_value", too_deep)
    body = '{"errors":[{"detail":"auth_password S3cret is too weak"}]}'
    error = _create_answered(422, body, "S3cret<pw>!", didww.UnprocessableEntityError)
    assert error.response is not None and "too weak" in error.response.text


def test_a_short_password_never_garbles_the_numbers_and_literals_of_the_kept_answer() -> None:
    body = '{"errors":[{"detail":"2 is too short","status":"422","meta":{"min":2,"ok":true}}]}'
    error = _create_answered(422, body, "2", didww.UnprocessableEntityError)
    assert "[FILTERED] is too short" in str(error)
    assert error.response is not None
    assert error.response.json() == {
        "errors": [
            {"detail": "[FILTERED] is too short", "status": "422", "meta": {"min": 2, "ok": True}}
        ]
    }


def test_an_undecodable_answer_s_snippet_hides_a_secret_in_another_json_spelling() -> None:
    body = '{"message":"auth_password S3cret\\u003cpw\\u003e!\\/x was taken"'  # cut short
    error = _create_answered(201, body, "S3cret<pw>!/x", didww.DecodeError)
    assert error.body_snippet is not None and "[FILTERED] was taken" in error.body_snippet
    assert "cret" not in str(error) + repr(error)
    assert b"cret" not in pickle.dumps(error)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_key_echoed_in_a_header_is_hidden_in_the_kept_answer(kind: str) -> None:
    # A proxy may quote the credential it refused; the error (logged, pickled, sent to a
    # tracker with its response) never carries it, while other headers stay as they came.
    key = "SECRET-API-KEY-123456"
    with FaultServer() as server:
        server.default = lambda received: respond(
            401,
            {"errors": [{"status": "401"}]},
            headers={"WWW-Authenticate": f'ApiKey key="{key}"', "X-Request-Id": "r-1"},
        )
        with pytest.raises(didww.AuthenticationError) as caught:
            run(kind, lambda c: c.dids.find("d1"), base_url=server.url, api_key=key, max_retries=0)
    response = caught.value.response
    assert response is not None
    assert response.headers["WWW-Authenticate"] == 'ApiKey key="[FILTERED]"'
    assert response.headers["X-Request-Id"] == "r-1" and caught.value.request_id == "r-1"
    assert response.json() == {"errors": [{"status": "401"}]}
    assert key.encode() not in pickle.dumps(caught.value)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("status", [401, 503])
def test_an_error_answer_with_a_header_that_is_not_ascii_is_kept_as_it_came(
    kind: str, status: int
) -> None:
    # A UTF-8 header value (a proxy's note, a file name) failed the kept answer's rebuilding
    # with a bare UnicodeEncodeError; it is kept byte for byte, a secret beside it filtered.
    key = "SECRET-API-KEY-123456"
    with FaultServer() as server:
        server.default = lambda received: respond(
            status,
            {"errors": [{"status": str(status)}]},
            headers={"X-Note": "caf\u00e9", "WWW-Authenticate": f'ApiKey key="{key}"'},
        )
        with pytest.raises(didww.APIError) as caught:
            run(kind, lambda c: c.dids.find("d1"), base_url=server.url, api_key=key, max_retries=0)
    response = caught.value.response
    assert response is not None and caught.value.http_status == status
    assert response.headers.raw.count((b"X-Note", "caf\u00e9".encode())) == 1
    assert response.headers["WWW-Authenticate"] == 'ApiKey key="[FILTERED]"'
