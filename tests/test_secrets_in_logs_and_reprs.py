"""Secrets stay out of the ``didww`` log, reprs, error texts and raw responses, by one policy.

A value is hidden because of its name (a member, JSON key or query parameter called ``token``,
``key``, ``api_key``, ``X-Amz-Signature``...), or because it is the password of a URL's userinfo;
ordinary values (a number, a description, a URL's host and path) stay readable. A URL on another
host than the API's is logged without its query. Every answer is logged with its attempt: the
401 that had the bearer token replaced, the resend after it (counted in ``attempts``), and each
redirect under the URL that answered.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_10_22 as v1022
from didww._errors import is_secret_name, redact_string
from didww.testing import SEED, ManualClock, Simulator, serve
from tests.support import bearer_token
from tests.transport.faultserver import FaultServer, redirect, respond

KINDS = ["sync", "async"]

# What must never be shown, and what must still be.
URL_PASSWORD = "S3cretPw"
URL_QUERY_KEY = "QUERYKEY"
QP_TOKEN = "QPTOKEN"
QP_KEY = "QPKEY"
CALLBACK_PASSWORD = "CBPASS"
CALLBACK_SIG = "CBSIG"
SIGNATURE = "abc123"
SMS_URL = f"https://bob:{URL_PASSWORD}@example.com/sms?api_key={URL_QUERY_KEY}&lang=en"
CALLBACK_URL = f"https://u:{CALLBACK_PASSWORD}@cb.example/hooks/orders?sig={CALLBACK_SIG}&n=7"
SIGNED_FILE = (
    f"https://files.example.net/exports/cdr.csv.gz?X-Amz-Signature={SIGNATURE}&X-Amz-Date=1"
)
PERIOD = {"from": "2026-04-01 00:00:00", "to": "2026-04-10 00:00:00"}

SECRETS = (URL_PASSWORD, URL_QUERY_KEY, QP_TOKEN, QP_KEY, CALLBACK_PASSWORD, CALLBACK_SIG)


@pytest.fixture
def log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG, logger="didww")
    yield caplog


def didww_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The SDK's own lines (not the served simulator's access log)."""
    return [r.getMessage() for r in caplog.records if r.name == "didww"]


def assert_hidden(text: str, secrets: tuple[str, ...] = SECRETS) -> None:
    for secret in secrets:
        assert secret not in text, f"{secret!r} shown in {text!r}"


def assert_never_logged(caplog: pytest.LogCaptureFixture, *secrets: str) -> None:
    # Every record's message and arguments, at every level and from every logger.
    for record in caplog.records:
        assert_hidden(record.getMessage() + repr(record.args), secrets or SECRETS)


def sms_configuration() -> v1022.SmsHttpInConfiguration:
    return v1022.SmsHttpInConfiguration(
        url=SMS_URL,
        http_method=v1022.enums.SmsHttpMethod.GET,
        query_parameters={"token": QP_TOKEN, "key": QP_KEY, "from": "{SMS_SRC_ADDR}"},
    )


def in_sim(kind: str, sim: Simulator[Any, Any], operation: Callable[[Any], Any]) -> Any:
    """``operation(client)`` with the simulator's sync client, or awaited with its async one."""
    if kind == "sync":
        with sim.client() as client:
            return operation(client)

    async def main() -> Any:
        async with sim.async_client() as client:
            return await operation(client)

    return asyncio.run(main())


# -- the name rule and the URL rule ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["password", "auth_password", "api_key", "apiKey", "X-Api-Key", "token", "access_token", "key",
     "AWSAccessKeyId", "signature", "X-Amz-Signature", "X-Amz-Credential", "sig", "client_secret",
     "filter[api_key]"],
)  # fmt: skip
def test_names_that_hold_secrets(name: str) -> None:
    assert is_secret_name(name)


@pytest.mark.parametrize(
    "name",
    ["number", "description", "name", "url", "callback_url", "query_parameters", "monkey",
     "keyword", "public_key", "idempotency_key", "key_id", "auth_user", "auth_enabled", "type",
     "id", "from", "lang", "X-Amz-Date"],
)  # fmt: skip
def test_ordinary_names_are_kept(name: str) -> None:
    assert not is_secret_name(name)


def test_ordinary_values_are_never_judged_by_their_shape() -> None:
    for text in ("+15551234567", "call 0800 123 456", "token-like 9f86d081884c7d65", "a@b:c"):
        assert redact_string(text) is text
    assert redact_string("see https://example.com/a?page=2") == "see https://example.com/a?page=2"
    assert redact_string("see https://bob:pw@example.com/a?page=2&key=k") == (
        "see https://bob:[FILTERED]@example.com/a?page=2&key=[FILTERED]"
    )


# -- reprs and the request log agree ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_an_sms_trunk_url_and_query_parameters(kind: str, log: pytest.LogCaptureFixture) -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    sent = v1022.SmsTrunk(name="ordinary trunk", configuration=sms_configuration())
    created = in_sim(kind, sim, lambda c: c.sms_trunks.create(sent))

    shown = repr(sent.configuration)
    assert_hidden(shown)
    assert "url='https://bob:[FILTERED]@example.com/sms?api_key=[FILTERED]&lang=en'" in shown
    assert "query_parameters={'token': '[FILTERED]', 'key': '[FILTERED]', " in shown
    assert "'from': '{SMS_SRC_ADDR}'" in shown  # ordinary members are kept
    assert_hidden(repr(sent) + repr(created) + repr(created.configuration))
    assert "name='ordinary trunk'" in repr(created)

    assert_never_logged(log)
    (body,) = [line for line in didww_lines(log) if " body " in line]
    # The log filters exactly what the repr filters.
    assert '"url": "https://bob:[FILTERED]@example.com/sms?api_key=[FILTERED]&lang=en"' in body
    assert '"query_parameters": {"token": "[FILTERED]", "key": "[FILTERED]", "from": ' in body
    assert '"name": "ordinary trunk"' in body
    # What was sent and stored is untouched: only what is shown is filtered.
    assert created.configuration.url == SMS_URL
    assert created.configuration.query_parameters["key"] == QP_KEY


@pytest.mark.parametrize("kind", KINDS)
def test_an_sms_trunk_body_written_as_json_text(kind: str, log: pytest.LogCaptureFixture) -> None:
    # A JSON body is a str on the wire: its members named like secrets are filtered as they are
    # in a dict (they were shown whole in the repr, the log and the CLI's output).
    body = json.dumps({"password": QP_TOKEN, "auth": {"api_key": QP_KEY}, "to": "{SMS_DST}"})
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    configuration = v1022.SmsHttpInConfiguration(
        url="https://example.com/sms",
        http_method=v1022.enums.SmsHttpMethod.POST,
        body_type=v1022.enums.SmsBodyType.JSON,
        body=body,
    )
    sent = v1022.SmsTrunk(name="json trunk", configuration=configuration)
    created = in_sim(kind, sim, lambda c: c.sms_trunks.create(sent))
    filtered = '{"password": "[FILTERED]", "auth": {"api_key": "[FILTERED]"}, "to": "{SMS_DST}"}'
    for shown in (repr(configuration), repr(created.configuration)):
        assert_hidden(shown)
        assert f"body={filtered!r}" in shown
    assert_never_logged(log)
    (line,) = [line for line in didww_lines(log) if " body " in line]
    assert json.dumps(filtered) in line
    assert created.configuration.body == body  # what was sent and stored is untouched
    # A member named as a field the spec marks sensitive (an SMPP configuration's system_id)
    # is hidden in the repr as the log hides it, though its name says nothing of a secret.
    configuration.body = json.dumps({"system_id": QP_KEY, "to": "{SMS_DST}"})
    assert_hidden(repr(configuration))
    assert '"system_id": "[FILTERED]"' in repr(configuration)
    # Text that is no JSON, or holds nothing secret, is shown as written.
    for text in ('{"to": "{SMS_DST}",  "n": 1}', "{SMS_TEXT}", "[not json"):
        configuration.body = text
        assert f"body={text!r}" in repr(configuration)


@pytest.mark.parametrize("kind", KINDS)
def test_json_text_naming_a_secret_twice(kind: str, log: pytest.LogCaptureFixture) -> None:
    # json.loads keeps the last value of a name given twice: with a null last, nothing was
    # filtered and the text was shown as written, the first value included, in the repr, the
    # log and an error echoing the body.
    body = '{"password": "' + QP_TOKEN + '", "to": "{SMS_DST}", "password": null}'
    configuration = v1022.SmsHttpInConfiguration(
        url="https://example.com/sms",
        http_method=v1022.enums.SmsHttpMethod.POST,
        body_type=v1022.enums.SmsBodyType.JSON,
        body=body,
    )
    assert_hidden(repr(configuration))
    assert '"password": "[FILTERED]"' in repr(configuration)
    # Any name given twice reads as its last value, as json.loads reads it, and a secret in an
    # earlier value is not shown either; with no secret in any value, the text is as written.
    for text, shown in [
        (
            '{"to": "{SMS_DST}", "to": "+1555", "password": "x"}',
            '{"to": "+1555", "password": "[FILTERED]"}',
        ),
        ('{"auth": {"token": "' + QP_TOKEN + '"}, "auth": null}', '{"auth": null}'),
        ('{"to": "a", "to": "b"}', '{"to": "a", "to": "b"}'),
    ]:
        configuration.body = text
        assert f"body={shown!r}" in repr(configuration)
    configuration.body = body

    def echo(request: httpx.Request) -> httpx.Response:
        detail = "cannot parse " + request.content.decode()
        return httpx.Response(422, json={"errors": [{"detail": detail}]})

    sent = v1022.SmsTrunk(name="json trunk", configuration=configuration)
    options: dict[str, Any] = {"token": "a.b.c", "max_retries": 0}
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        if kind == "sync":
            transport = httpx.MockTransport(echo)
            with v1022.Client(**options, http_client=httpx.Client(transport=transport)) as c:
                c.sms_trunks.create(sent)
        else:

            async def main() -> None:
                transport = httpx.MockTransport(echo)
                http = httpx.AsyncClient(transport=transport)
                async with v1022.AsyncClient(**options, http_client=http) as c:
                    await c.sms_trunks.create(sent)

            asyncio.run(main())
    assert "cannot parse" in str(caught.value)
    assert_hidden(str(caught.value) + repr(caught.value))
    assert_never_logged(log)
    assert any(" body " in line for line in didww_lines(log))


@pytest.mark.parametrize("kind", KINDS)
def test_an_order_callback_url(kind: str, log: pytest.LogCaptureFixture) -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    order = v1022.Order(
        items=[v1022.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)],
        callback_url=CALLBACK_URL,
        callback_method=v1022.enums.CallbackMethod.POST,
    )
    raw = in_sim(kind, sim, lambda c: c.orders.with_raw_response.create(order))
    expected = "https://u:[FILTERED]@cb.example/hooks/orders?sig=[FILTERED]&n=7"
    for shown in (repr(order), repr(raw.parsed), repr(raw)):
        assert_hidden(shown)
        assert f"callback_url={expected!r}" in shown
    assert raw.parsed.callback_url == CALLBACK_URL
    assert_never_logged(log)
    assert any(f'"callback_url": "{expected}"' in line for line in didww_lines(log))


def test_every_attribute_a_repr_hides_is_hidden_in_the_log_body() -> None:
    """The spec's sensitive attributes go to the log's list of secret names, so a request body in
    the log never shows what the repr of its model hides."""
    for version in ("v2026_04_16", "v2026_10_22"):
        api = importlib.import_module(f"didww.{version}.api").API
        objects = vars(importlib.import_module(f"didww.{version}.objects")).values()
        fields: list[Any] = [
            c for c in objects if isinstance(c, type) and issubclass(c, didww.NestedObject)
        ]
        fields += [api.registry.get(t) for t in api.registry.types()]
        sensitive = {
            f"{cls.__name__}.{name}"
            for cls in fields
            for name, attribute in cls._ATTRIBUTES.items()
            if attribute.sensitive
        }
        assert sensitive  # passwords at least
        for qualified in sensitive:
            assert qualified.split(".")[1] in api.sensitive_fields, qualified


# -- error texts -----------------------------------------------------------------------------------


def api_answering(handler: Callable[[httpx.Request], httpx.Response]) -> didww.Client:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return didww.Client(api_key="the-api-key", http_client=http)


def test_an_error_echoing_the_callback_url(log: pytest.LogCaptureFixture) -> None:
    detail = f"callback_url {CALLBACK_URL} is not reachable for +15551234567"

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, json={"errors": [{"title": "Invalid", "detail": detail}]})

    order = didww.Order(
        items=[didww.DIDOrderItem(sku_id="sku", qty=1)],
        callback_url=CALLBACK_URL,
        callback_method=didww.enums.CallbackMethod.POST,
    )
    with api_answering(refuse) as client, pytest.raises(didww.UnprocessableEntityError) as caught:
        client.orders.create(order)
    error = caught.value
    for shown in (str(error), repr(error), repr(error.errors)):
        assert_hidden(shown)
    assert "https://u:[FILTERED]@cb.example/hooks/orders" in str(error)
    assert "+15551234567" in str(error)  # ordinary data is kept
    assert_never_logged(log)


def test_an_error_echoing_a_secret_inside_a_json_body_written_as_text(
    log: pytest.LogCaptureFixture,
) -> None:
    # The password inside the SMS trunk's body (a str) was not among the secrets an echo of the
    # request is filtered for: the 422's detail showed it.
    password = "s3cr3t-passw0rd-XYZ"
    body = json.dumps({"password": password, "to": "{SMS_DST}"})

    def refuse(request: httpx.Request) -> httpx.Response:
        sent = request.content.decode()
        return httpx.Response(422, json={"errors": [{"detail": f"body - cannot parse {sent}"}]})

    http = httpx.Client(transport=httpx.MockTransport(refuse))
    client = v1022.Client(token=bearer_token(None), http_client=http)
    configuration = v1022.SmsHttpInConfiguration(
        url="https://example.com/sms",
        http_method=v1022.enums.SmsHttpMethod.POST,
        body_type=v1022.enums.SmsBodyType.JSON,
        body=body,
    )
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        client.sms_trunks.create(v1022.SmsTrunk(name="t", configuration=configuration))
    error = caught.value
    assert error.response is not None
    for shown in (str(error), repr(error), repr(error.errors), error.response.text):
        assert password not in shown
    assert "cannot parse" in str(error) and "{SMS_DST}" in str(error)
    assert_never_logged(log, password)


def test_a_decode_error_snippet(log: pytest.LogCaptureFixture) -> None:
    document = {
        "data": {
            "type": "sms_trunks",  # not what dids.find() expects
            "id": "t1",
            "attributes": {
                "url": SMS_URL,
                "query_parameters": {"key": QP_KEY, "token": QP_TOKEN},
                "description": "main office",
            },
        }
    }

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(document).encode()[:180] + b"... cut")

    with api_answering(answer) as client, pytest.raises(didww.DecodeError) as caught:
        client.dids.find("d1")
    assert_hidden(str(caught.value) + repr(caught.value) + caught.value.body_snippet)
    assert "bob:[FILTERED]@example.com/sms" in caught.value.body_snippet
    assert_never_logged(log)


# -- a file on another host ------------------------------------------------------------------------


def export_document(url: str) -> dict[str, Any]:
    attributes = {"status": "completed", "url": url, "export_type": "cdr_in"}
    return {"data": {"type": "exports", "id": "e1", "attributes": attributes}}


def file_host(request: httpx.Request) -> httpx.Response | None:
    if request.url.host == "files.example.net":
        return httpx.Response(200, content=b"a,b\n1,2\n")
    return None


def download(kind: str, handler: Callable[[httpx.Request], httpx.Response]) -> bytes:
    sink = io.BytesIO()
    transport = httpx.MockTransport(handler)
    if kind == "sync":
        with didww.Client(api_key="k", http_client=httpx.Client(transport=transport)) as client:
            client.exports.download("e1", sink)
    else:

        async def main() -> None:
            http = httpx.AsyncClient(transport=transport)
            async with didww.AsyncClient(api_key="k", http_client=http) as client:
                await client.exports.download("e1", sink)

        asyncio.run(main())
    return sink.getvalue()


@pytest.mark.parametrize("kind", KINDS)
def test_a_signed_file_url_is_logged_without_its_query(
    kind: str, log: pytest.LogCaptureFixture
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return file_host(request) or httpx.Response(200, json=export_document(SIGNED_FILE))

    assert download(kind, handler) == b"a,b\n1,2\n"
    assert_never_logged(log, SIGNATURE)
    lines = didww_lines(log)
    assert any(
        line.startswith("GET https://files.example.net/exports/cdr.csv.gz?[FILTERED] -> 200 in ")
        and "(attempt 1, " in line
        for line in lines
    ), lines
    # The API's own URLs keep their query (filters, pages: nothing a signed URL holds).
    assert any(
        line.startswith("GET https://sandbox-api.didww.com/v3/exports/e1 -> 200") for line in lines
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_is_logged_under_each_url_that_answered(
    kind: str, log: pytest.LogCaptureFixture
) -> None:
    own = "https://sandbox-api.didww.com/v3/exports/e1/file"

    def handler(request: httpx.Request) -> httpx.Response:
        if str(request.url) == own:
            return httpx.Response(302, headers={"Location": SIGNED_FILE, "X-Request-Id": "r-302"})
        return file_host(request) or httpx.Response(200, json=export_document(own))

    assert download(kind, handler) == b"a,b\n1,2\n"
    assert_never_logged(log, SIGNATURE)
    lines = [line for line in didww_lines(log) if "/e1/file" in line or "files." in line]
    shown = "https://files.example.net/exports/cdr.csv.gz?[FILTERED]"
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"GET {own} -> 302 in ")
    assert lines[0].endswith(f"(attempt 1, request id r-302), redirected to {shown}")
    assert lines[1].startswith(f"GET {shown} -> 200 in ")
    assert "(attempt 1, " in lines[1]


def test_a_redirect_on_the_fast_path(log: pytest.LogCaptureFixture) -> None:
    """The sync client's own transport reports the redirect's answer as httpx does."""
    did = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "15551234567"}}}
    with FaultServer() as api, FaultServer() as other:
        moved = f"{other.url}/dids/d1?token={QP_TOKEN}"
        api.queue(redirect(moved, status=307))
        other.queue(respond(200, did))
        with didww.Client(api_key="k", base_url=api.url) as client:
            assert client.dids.find("d1").number == "15551234567"
    lines = didww_lines(log)
    shown = f"{other.url}/dids/d1?[FILTERED]"
    assert any(
        line.startswith(f"GET {api.url}/dids/d1 -> 307 in ")
        and line.endswith(f"redirected to {shown}")
        for line in lines
    ), lines
    assert any(line.startswith(f"GET {shown} -> 200 in ") for line in lines), lines
    assert_never_logged(log, QP_TOKEN)


# -- the 401 that has the token replaced -----------------------------------------------------------


def stale_token() -> str:
    """A well-formed token this test's simulator refuses (another simulator signed it)."""
    return Simulator(api_version="2026-10-22").issue_token()


def check_refresh_logged(
    caplog: pytest.LogCaptureFixture, raw: didww.RawResponse[Any], stale: str, fresh: list[str]
) -> None:
    assert raw.attempts == 2  # the refused request and the resend
    assert raw.status_code == 200
    lines = [line for line in didww_lines(caplog) if "/balance" in line]
    assert len(lines) == 3, lines
    assert " -> 401 in " in lines[0] and "(attempt 1, " in lines[0]
    assert lines[1].startswith("sending GET ") and lines[1].endswith("with a new token (attempt 2)")
    assert " -> 200 in " in lines[2] and "(attempt 2, " in lines[2]
    assert_never_logged(caplog, stale, *fresh)
    assert_hidden(repr(raw) + repr(raw.http_response.request.headers), (stale, *fresh))


@pytest.mark.parametrize("kind", KINDS)
def test_the_refused_token_and_the_resend_are_logged_and_counted(
    kind: str, log: pytest.LogCaptureFixture
) -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    stale, fresh = stale_token(), [sim.issue_token()]
    if kind == "sync":
        with sim.client(token=stale, token_provider=lambda: fresh[0]) as client:
            raw = client.balance.with_raw_response.find()
    else:

        async def main() -> Any:
            async with sim.async_client(token=stale, token_provider=lambda: fresh[0]) as client:
                return await client.balance.with_raw_response.find()

        raw = asyncio.run(main())
    check_refresh_logged(log, raw, stale, fresh)
    assert [r.status for r in sim.requests] == [401, 200]


def test_the_resend_on_the_fast_path(log: pytest.LogCaptureFixture) -> None:
    with serve(Simulator(api_version="2026-10-22", clock=ManualClock())) as server:
        stale, fresh = stale_token(), [server.simulator.issue_token()]
        with server.client(token=stale, token_provider=lambda: fresh[0]) as client:
            raw = client.balance.with_raw_response.find()
    check_refresh_logged(log, raw, stale, fresh)


def test_a_provider_that_fails_still_leaves_the_401_in_the_log(
    log: pytest.LogCaptureFixture,
) -> None:
    def broken() -> str:
        raise RuntimeError("token service down")

    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    client = sim.client(token=stale_token(), token_provider=broken)
    with client, pytest.raises(didww.TokenProviderError):
        client.balance.find()
    (line,) = [line for line in didww_lines(log) if "/balance" in line]
    assert " -> 401 in " in line and "(attempt 1, " in line


def test_the_resend_takes_nothing_from_max_retries(log: pytest.LogCaptureFixture) -> None:
    """401 (token replaced), 503 (retried: the one retry allowed), 200: three attempts."""
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    stale, fresh = stale_token(), sim.issue_token()
    statuses = iter([401, 503, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(statuses)
        if status == 200:
            return httpx.Response(200, json={"data": {"type": "balances", "id": "b"}})
        return httpx.Response(status, json={"errors": [{"title": "no"}]})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = v1022.Client(
        token=stale, token_provider=lambda: fresh, http_client=http, max_retries=1, clock=_Clock()
    )
    with client:
        raw = client.balance.with_raw_response.find()
    assert raw.attempts == 3
    lines = [line for line in didww_lines(log) if " -> " in line]
    assert len(lines) == 3, lines
    for number, (line, status) in enumerate(
        zip(lines, ["401", "503", "200"], strict=True), start=1
    ):
        assert f" -> {status} in " in line and f"(attempt {number}, " in line
    assert_never_logged(log, stale, fresh)


class _Clock(didww.Clock):
    """No real waiting between retries."""

    def sleep(self, seconds: float) -> None:
        pass

    async def asleep(self, seconds: float) -> None:
        pass


def test_the_request_an_error_keeps_has_no_signature_in_its_url() -> None:
    # What errors and raw responses keep (exc.response.request) is printed and pickled too.
    from didww._core import filtered_request

    sent = httpx.Request("GET", SIGNED_FILE, headers={"Api-Key": "k"})
    kept = filtered_request(sent)
    assert SIGNATURE not in str(kept.url)
    assert kept.url.params["X-Amz-Signature"] == "[FILTERED]"
    assert kept.url.params["X-Amz-Date"] == "1"  # not a secret: kept
    assert str(sent.url) == SIGNED_FILE  # what was sent is unchanged
    plain = httpx.Request("GET", "https://sandbox-api.didww.com/v3/dids?filter%5Bnumber%5D=1")
    assert filtered_request(plain).url == plain.url


# -- the body of the request an error or a raw response keeps ------------------------------------

SIP_PASSWORD = "hunter2-SIP-PASSWORD"


def sip_trunk(name: str) -> didww.VoiceInTrunk:
    return didww.VoiceInTrunk(
        name=name,
        configuration=didww.SIPConfiguration(
            host="sip.example.com",
            port=5060,
            codec_ids=[didww.enums.Codec.PCMU],
            transport_protocol_id=didww.enums.TransportProtocol.UDP,
            auth_user="alice",
            auth_password=SIP_PASSWORD,
        ),
    )


def assert_body_filtered(request: httpx.Request) -> None:
    """The kept copy's body holds no password, is still the JSON that was sent otherwise, and
    says its own length."""
    import pickle

    assert SIP_PASSWORD.encode() not in request.content
    assert SIP_PASSWORD.encode() not in pickle.dumps(request.content)
    attributes = json.loads(request.content)["data"]["attributes"]
    assert attributes["configuration"]["attributes"]["auth_password"] == "[FILTERED]"
    assert attributes["configuration"]["attributes"]["auth_user"] == "alice"
    assert attributes["name"] == "PBX"
    assert request.headers["Content-Length"] == str(len(request.content))


def test_an_error_keeps_the_body_without_the_password_on_the_fast_path() -> None:
    """The sync client's own transport: the request was never an httpx.Request until kept."""
    refusal = {"errors": [{"detail": "name is taken", "status": "422"}]}
    with FaultServer() as api:
        api.queue(respond(422, refusal))
        client = didww.Client(api_key="k", base_url=api.url, max_retries=0)
        with client, pytest.raises(didww.UnprocessableEntityError) as caught:
            client.voice_in_trunks.create(sip_trunk("PBX"))
        assert SIP_PASSWORD.encode() in api.received[0].body  # it was sent as given
    assert caught.value.response is not None
    assert_body_filtered(caught.value.response.request)
    assert SIP_PASSWORD not in repr(caught.value) + str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_a_raw_response_keeps_the_body_without_the_password(kind: str) -> None:
    simulator: Simulator[Any, Any] = Simulator()
    if kind == "sync":
        with simulator.client() as client:
            raw = client.voice_in_trunks.with_raw_response.create(sip_trunk("PBX"))
    else:

        async def create() -> didww.RawResponse[Any]:
            async with simulator.async_client() as client:
                made: didww.RawResponse[Any]
                made = await client.voice_in_trunks.with_raw_response.create(sip_trunk("PBX"))
                return made

        raw = asyncio.run(create())
    assert raw.parsed.name == "PBX"
    assert_body_filtered(raw.http_response.request)


def test_a_body_with_nothing_secret_is_kept_byte_for_byte() -> None:
    from didww._core import filtered_request

    body = b'{"data": {"type": "dids", "attributes": {"description": "x"}}}'
    sent = httpx.Request("POST", "https://sandbox-api.didww.com/v3/dids", content=body)
    assert filtered_request(sent).content == body
    upload = httpx.Request(
        "POST", "https://sandbox-api.didww.com/v3/encrypted_files", content=b"\x00\xff"
    )
    assert filtered_request(upload).content == b"\x00\xff"  # not JSON: nothing to filter in it
