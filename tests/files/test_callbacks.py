"""didww.webhooks.parse: typed events after signature validation, and the WSGI and ASGI handlers
of docs/webhooks.md run as written."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import anyio
import pytest

import didww
from didww import enums, webhooks

SECRET = "callback-secret"
URL = "https://example.com/didww/callbacks?account=7"
DOCS = Path(__file__).parents[2] / "docs" / "webhooks.md"


def signed(payload: dict[str, str], url: str = URL) -> didww.CallbackEvent:
    signature = didww.RequestValidator(SECRET).signature(url, payload)
    return webhooks.parse(payload, url=url, signature=signature, secret=SECRET)


def test_the_reference_vector_parses_as_an_order() -> None:
    payload = {
        "id": "bf2cee72-6caa-4ae2-917e-bea01945691e",
        "status": "completed",
        "type": "orders",
    }
    event = webhooks.parse(
        payload,
        url="https://mycompany.com/didww_callbacks?opaque=123",
        signature="30f66e9d72eb5e193051fd02952f70d8e934b4ff",
        secret="szrdgh6547umt7tht7xbqhj6g9gdbyp7",
    )
    assert isinstance(event, didww.OrderCallback)
    assert event.id == "bf2cee72-6caa-4ae2-917e-bea01945691e"
    assert event.status is enums.OrderStatus.COMPLETED
    assert event.payload == payload


def test_each_callback_type_gets_its_class_and_enum() -> None:
    order = signed({"id": "o1", "type": "orders", "status": "canceled"})
    assert isinstance(order, didww.OrderCallback) and order.status is enums.OrderStatus.CANCELED

    export = signed(
        {"id": "e1", "type": "exports", "status": "completed", "url": "https://x/e1.csv.gz"}
    )
    assert isinstance(export, didww.ExportCallback)
    assert export.status is enums.ExportStatus.COMPLETED and export.url == "https://x/e1.csv.gz"
    assert signed({"id": "e2", "type": "exports", "status": "processing"}).url is None  # type: ignore[union-attr]

    address = signed(
        {"id": "a1", "type": "address_verifications", "status": "rejected", "reject_reason": "x"}
    )
    assert isinstance(address, didww.AddressVerificationCallback)
    assert address.status is enums.AddressVerificationStatus.REJECTED
    assert address.reject_reason == "x"
    approved = signed(
        {"id": "a2", "type": "address_verifications", "status": "approved", "reject_reason": ""}
    )
    assert approved.reject_reason is None  # type: ignore[union-attr]

    emergency = signed({"id": "v1", "type": "emergency_verifications", "status": "pending"})
    assert isinstance(emergency, didww.EmergencyVerificationCallback)
    assert emergency.status is enums.EmergencyVerificationStatus.PENDING

    trunk = signed({"id": "t1", "type": "voice_out_trunks", "status": "blocked"})
    assert isinstance(trunk, didww.VoiceOutTrunkCallback)
    assert trunk.status is enums.VoiceOutTrunkStatus.BLOCKED


def test_verification_callbacks_read_the_documented_fields() -> None:
    # The 2026-10-22 document: an emergency verification's reasons come in reject_reasons
    # (plural), which reject_reason never read, so it was always None on real payloads.
    emergency = signed(
        {
            "id": "v1",
            "type": "emergency_verifications",
            "status": "rejected",
            "reject_reasons": "Not a street address; Unknown city",
            "reject_comment": "Send a utility bill",
            "emergency_calling_service_id": "s1",
        }
    )
    assert isinstance(emergency, didww.EmergencyVerificationCallback)
    assert emergency.reject_reasons == "Not a street address; Unknown city"
    assert emergency.reject_reason == emergency.reject_reasons  # the name read before
    assert emergency.reject_comment == "Send a utility bill"
    assert emergency.emergency_calling_service_id == "s1"
    approved = signed(
        {
            "id": "v2",
            "type": "emergency_verifications",
            "status": "approved",
            "reject_reasons": "",
            "reject_comment": "",
            "emergency_calling_service_id": "s1",
        }
    )
    assert isinstance(approved, didww.EmergencyVerificationCallback)
    assert (approved.reject_reasons, approved.reject_reason, approved.reject_comment) == (
        None,
        None,
        None,
    )
    # A payload with the singular spelling still fills both.
    old = signed(
        {"id": "v3", "type": "emergency_verifications", "status": "rejected", "reject_reason": "x"}
    )
    assert isinstance(old, didww.EmergencyVerificationCallback)
    assert (old.reject_reasons, old.reject_reason) == ("x", "x")

    address = signed(
        {
            "id": "a1",
            "type": "address_verifications",
            "status": "rejected",
            "reject_reason": "Blurry, Too old",
            "reject_comment": "Scan it again",
        }
    )
    assert isinstance(address, didww.AddressVerificationCallback)
    assert (address.reject_reason, address.reject_comment) == ("Blurry, Too old", "Scan it again")


def test_a_form_voice_out_trunk_callback_reads_its_flag_and_time() -> None:
    trunk = signed(
        {
            "id": "t1",
            "type": "voice_out_trunks",
            "status": "blocked",
            "threshold_reached": "true",
            "created_at": "2026-10-22T10:00:00Z",
        }
    )
    assert isinstance(trunk, didww.VoiceOutTrunkCallback) and trunk.threshold_reached is True
    assert trunk.created_at is not None and trunk.created_at.utcoffset() == dt.timedelta(0)
    with pytest.raises(didww.InvalidCallbackError, match="threshold_reached is not a boolean"):
        signed({"id": "t1", "type": "voice_out_trunks", "status": "x", "threshold_reached": "1"})


def test_statuses_match_case_insensitively_and_unknown_ones_are_kept() -> None:
    assert signed({"id": "o", "type": "orders", "status": "Completed"}).status is (
        enums.OrderStatus.COMPLETED
    )
    on_hold = signed({"id": "o", "type": "orders", "status": "on_hold"})
    assert isinstance(on_hold.status, enums.OrderStatus) and on_hold.status == "on_hold"


def test_unknown_types_and_extra_fields() -> None:
    event = signed({"id": "x1", "type": "dids", "status": "Active", "extra": "1"})
    assert isinstance(event, didww.GenericCallback)
    assert (event.type, event.status, event.payload["extra"]) == ("dids", "Active", "1")
    no_status = signed({"id": "x2", "type": "orders"})
    assert isinstance(no_status, didww.GenericCallback) and no_status.status is None


def test_a_wrong_or_missing_signature_raises() -> None:
    payload = {"id": "o1", "type": "orders", "status": "completed"}
    good = didww.RequestValidator(SECRET).signature(URL, payload)
    for missing in (None, ""):
        with pytest.raises(didww.InvalidSignatureError, match="carries no signature"):
            webhooks.parse(payload, url=URL, signature=missing, secret=SECRET)
    cases: list[tuple[dict[str, str], str, str | None, str]] = [
        (payload, URL, good[:-1] + "0", SECRET),
        ({**payload, "status": "canceled"}, URL, good, SECRET),
        (payload, URL.replace("7", "8"), good, SECRET),
        (payload, URL, good, "another-secret"),
    ]
    for body, url, signature, secret in cases:
        with pytest.raises(didww.InvalidSignatureError, match="signature does not match"):
            webhooks.parse(body, url=url, signature=signature, secret=secret)
    assert issubclass(didww.InvalidSignatureError, didww.InvalidCallbackError)
    assert issubclass(didww.InvalidCallbackError, didww.DidwwError)
    assert webhooks.parse(payload, url=URL, signature=good.upper(), secret=SECRET).id == "o1"


def test_a_signed_payload_without_id_or_type_is_invalid() -> None:
    with pytest.raises(didww.InvalidCallbackError, match="has no id or type"):
        signed({"status": "completed"})
    with pytest.raises(didww.InvalidCallbackError, match="has no type"):
        signed({"id": "o1", "status": "completed"})
    with pytest.raises(didww.ClientError, match="callback secret"):
        webhooks.parse({}, url=URL, signature="x", secret="")
    with pytest.raises(didww.ClientError, match="must be a mapping"):  # the caller's mistake
        webhooks.parse([("id", "1")], url=URL, signature="x", secret=SECRET)  # type: ignore[arg-type]


@pytest.mark.parametrize("body", [b"id=o1&type=orders", "id=o1&type=orders"])
def test_a_raw_body_given_as_the_payload_is_pointed_at_form_payload(body: bytes | str) -> None:
    with pytest.raises(didww.ClientError, match=r"with webhooks\.form_payload\(body\)"):
        webhooks.parse(body, url=URL, signature="x", secret=SECRET)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match=r"form_payload"):
        didww.RequestValidator(SECRET).validate(URL, body, "x")  # type: ignore[arg-type]


def test_a_mismatch_with_a_secret_read_with_its_line_break_says_so() -> None:
    payload = {"id": "o1", "type": "orders", "status": "completed"}
    signature = didww.RequestValidator(SECRET).signature(URL, payload)
    with pytest.raises(didww.InvalidSignatureError, match="read with a line break") as caught:
        webhooks.parse(payload, url=URL, signature=signature, secret=SECRET + "\n")
    assert SECRET not in str(caught.value)
    with pytest.raises(didww.InvalidSignatureError) as plain:
        webhooks.parse(payload, url=URL, signature=signature, secret="another")
    assert "line break" not in str(plain.value)


def test_form_payload_keeps_empty_values() -> None:
    body = b"id=a1&type=address_verifications&status=approved&reject_reason=&note=caf%C3%A9+x"
    assert webhooks.form_payload(body) == {
        "id": "a1",
        "type": "address_verifications",
        "status": "approved",
        "reject_reason": "",
        "note": "café x",
    }
    assert webhooks.form_payload("a=1") == {"a": "1"}


def test_events_are_frozen_and_compare_by_value() -> None:
    one = signed({"id": "o1", "type": "orders", "status": "completed"})
    two = signed({"id": "o1", "type": "orders", "status": "completed"})
    assert one == two
    with pytest.raises(AttributeError):
        one.id = "x"  # type: ignore[misc]
    assert "payload" not in repr(one) and "o1" in repr(one)


# --- the documented handlers ---------------------------------------------------------------


def doc_example(defines: str) -> dict[str, Any]:
    blocks = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    (code,) = [
        block
        for block in blocks
        if f"\ndef {defines}(" in block or f"\nasync def {defines}(" in block
    ]
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(code, str(DOCS), "exec"), namespace)
    return namespace


JSON_TYPE = "application/json"
FORM_TYPE = "application/x-www-form-urlencoded"


def hmac_sha1(text: str) -> str:
    return hmac.new(SECRET.encode(), text.encode("utf-8"), hashlib.sha1).hexdigest()


def bad_sig() -> dict[str, str]:
    return {"X-DIDWW-Signature": "0" * 40}


def wsgi_call(
    app: Any,
    method: str,
    path: str,
    query: str,
    body: bytes,
    headers: dict[str, str],
    content_type: str = FORM_TYPE,
) -> tuple[str, bytes]:
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "callbacks.example.com",
        "SERVER_PORT": "443",
        "HTTP_HOST": "callbacks.example.com",
        "wsgi.url_scheme": "https",
        "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": content_type,
        **{"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items()},
    }
    status: list[str] = []
    out = b"".join(app(environ, lambda s, h: status.append(s)))
    return status[0], out


def test_the_documented_wsgi_handler(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "https://callbacks.example.com/didww?k=1"  # the callback_url configured at DIDWW
    monkeypatch.setenv("DIDWW_CALLBACK_SECRET", SECRET)
    monkeypatch.setenv("DIDWW_CALLBACK_URL", url)
    app = doc_example("application")["application"]
    validator = didww.RequestValidator(SECRET)
    payload = {"id": "e1", "type": "exports", "status": "completed", "url": "https://x/e1.gz"}
    sig = {"X-DIDWW-Signature": validator.signature(url, payload)}

    assert wsgi_call(app, "POST", "/didww", "k=1", urlencode(payload).encode(), sig)[0] == "200 OK"
    assert "export e1 is ready" in capsys.readouterr().out

    # A GET callback: DIDWW adds the payload to the URL's own query and signs that URL, then
    # the payload (the document's rule, signed here by hand).
    fields = {
        "id": "a1",
        "type": "address_verifications",
        "status": "approved",
        "reject_comment": "",
        "reject_reason": "",
    }
    query = "k=1&" + urlencode(sorted(fields.items()))
    signed_text = (
        f"https://callbacks.example.com:443/didww?{query}"
        "ida1reject_commentreject_reasonstatusapprovedtypeaddress_verifications"
    )
    get_sig = {"X-DIDWW-Signature": hmac_sha1(signed_text)}
    assert wsgi_call(app, "GET", "/didww", query, b"", get_sig)[0] == "200 OK"
    assert "address verification a1 approved" in capsys.readouterr().out

    # A JSON callback of voice-out trunks (2026-10-22), two events in one delivery.
    events = [
        {"id": "t1", "type": "voice_out_trunks", "status": "blocked", "threshold_reached": True,
         "created_at": "2026-10-22T10:00:00Z"},
        {"id": "t1", "type": "voice_out_trunks", "status": "active", "threshold_reached": False,
         "created_at": "2026-10-22T11:00:00Z"},
    ]  # fmt: skip
    body = json.dumps(events).encode()
    json_sig = {
        "X-DIDWW-Signature": hmac_sha1(
            "https://callbacks.example.com:443/didww?k=1"
            "created_at2026-10-22T10:00:00Zidt1statusblockedthreshold_reachedtrue"
            "typevoice_out_trunks"
            "created_at2026-10-22T11:00:00Zidt1statusactivethreshold_reachedfalse"
            "typevoice_out_trunks"
        )
    }
    assert wsgi_call(app, "POST", "/didww", "k=1", body, json_sig, JSON_TYPE)[0] == "200 OK"
    out = capsys.readouterr().out
    assert "trunk t1 is blocked (spending threshold) since 2026-10-22 10:00:00+00:00" in out
    assert "trunk t1 is active (by hand)" in out
    assert wsgi_call(app, "POST", "/didww", "k=1", body, bad_sig(), JSON_TYPE)[0] == (
        "403 Forbidden"
    )
    assert wsgi_call(app, "POST", "/didww", "k=1", b"[{", json_sig, JSON_TYPE)[0] == (
        "400 Bad Request"
    )
    huge = b"[" + b" " * webhooks.MAX_JSON_BODY + b"]"
    assert wsgi_call(app, "POST", "/didww", "k=1", huge, json_sig, JSON_TYPE)[0] == (
        "413 Payload Too Large"
    )

    bad = {"X-DIDWW-Signature": "0" * 40}
    assert (
        wsgi_call(app, "POST", "/didww", "k=1", urlencode(payload).encode(), bad)[0]
        == "403 Forbidden"
    )
    assert (
        wsgi_call(app, "POST", "/didww", "k=1", urlencode(payload).encode(), {})[0]
        == "403 Forbidden"
    )
    no_type = {"id": "e1"}
    nosig = {"X-DIDWW-Signature": validator.signature(url, no_type)}
    assert wsgi_call(app, "POST", "/didww", "k=1", b"id=e1", nosig)[0] == "400 Bad Request"
    assert wsgi_call(app, "POST", "/didww", "", b"x" * 70000, sig)[0] == "413 Payload Too Large"


def test_the_documented_wsgi_handler_reads_a_body_without_a_content_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A chunked POST: the server gives no CONTENT_LENGTH, and the body was read as empty. It
    # is read where the server says the input ends there (wsgi.input_terminated); elsewhere
    # (wsgiref) a read would wait for the client for ever, so nothing is read and the
    # signature, made over the fields, does not match.
    monkeypatch.setenv("DIDWW_CALLBACK_SECRET", SECRET)
    monkeypatch.setenv("DIDWW_CALLBACK_URL", URL)
    app = doc_example("application")["application"]
    payload = {"id": "o1", "type": "orders", "status": "completed"}
    signature = didww.RequestValidator(SECRET).signature(URL, payload)
    for body, terminated, expected in [
        (urlencode(payload).encode(), True, "200 OK"),
        (b"x" * 70000, True, "413 Payload Too Large"),
        (urlencode(payload).encode(), False, "403 Forbidden"),
    ]:
        environ: dict[str, Any] = {
            "REQUEST_METHOD": "POST",
            "QUERY_STRING": "",
            "wsgi.input": io.BytesIO(body),
            "wsgi.input_terminated": terminated,
            "HTTP_X_DIDWW_SIGNATURE": signature,
        }
        status: list[str] = []
        app(environ, lambda s, h, seen=status: seen.append(s))
        assert status == [expected]


def test_the_documented_wsgi_handler_refuses_a_bad_content_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DIDWW_CALLBACK_SECRET", SECRET)
    monkeypatch.setenv("DIDWW_CALLBACK_URL", URL)
    app = doc_example("application")["application"]
    for declared in ("abc", "-1", "\u00b2"):  # "²" passes str.isdigit(), not int()
        environ: dict[str, Any] = {
            "REQUEST_METHOD": "POST",
            "CONTENT_LENGTH": declared,
            "wsgi.input": io.BytesIO(b"id=1"),
        }
        status: list[str] = []
        app(environ, lambda s, h, seen=status: seen.append(s))
        assert status == ["400 Bad Request"]


def test_the_documented_asgi_handler(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "https://hooks.example.com:8443/didww%20callbacks"
    monkeypatch.setenv("DIDWW_CALLBACK_SECRET", SECRET)
    monkeypatch.setenv("DIDWW_CALLBACK_URL", url)
    app = doc_example("app")["app"]
    validator = didww.RequestValidator(SECRET)
    payload = {"id": "o1", "type": "orders", "status": "completed"}
    body = urlencode(payload).encode()

    def call(
        signature: str | None,
        method: str = "POST",
        query: bytes = b"",
        body: bytes = body,
        content_type: bytes = FORM_TYPE.encode(),
    ) -> int:
        headers = [(b"host", b"hooks.example.com:8443"), (b"content-type", content_type)]
        if signature is not None:
            headers.append((b"x-didww-signature", signature.encode()))
        scope = {
            "type": "http",
            "method": method,
            "scheme": "https",
            "path": "/didww callbacks",
            "raw_path": b"/didww%20callbacks",
            "query_string": query,
            "headers": headers,
        }
        parts = [body[:10], body[10:]] if method == "POST" else [b""]
        messages = [
            {"type": "http.request", "body": p, "more_body": i < len(parts) - 1}
            for i, p in enumerate(parts)
        ]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return messages.pop(0)

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        anyio.run(app, scope, receive, send)
        return int(sent[0]["status"])

    assert call(validator.signature(url, payload)) == 200
    assert "orders o1 is completed" in capsys.readouterr().out
    assert call("f" * 40) == 403
    assert call(None) == 403
    query = urlencode(sorted(payload.items())).encode()
    get_signature = hmac_sha1(
        f"https://hooks.example.com:8443/didww%20callbacks?{query.decode()}"
        "ido1statuscompletedtypeorders"
    )
    assert call(get_signature, method="GET", query=query) == 200
    assert "orders o1 is completed" in capsys.readouterr().out

    trunk = b'[{"id":"t1","type":"voice_out_trunks","status":"blocked","threshold_reached":true}]'
    trunk_signature = hmac_sha1(
        "https://hooks.example.com:8443/didww%20callbacks"
        "idt1statusblockedthreshold_reachedtruetypevoice_out_trunks"
    )
    as_json = JSON_TYPE.encode()
    assert call(trunk_signature, body=trunk, content_type=as_json) == 200
    assert "voice_out_trunks t1 is blocked" in capsys.readouterr().out
    assert call("0" * 40, body=trunk, content_type=as_json) == 403
    assert call(trunk_signature, body=b"[1]", content_type=as_json) == 400


def test_a_get_callback_with_the_urls_own_query_validates() -> None:
    """DIDWW signs the callback_url (its own query included) and then the payload; a GET
    callback's query holds both, and may be passed whole."""
    url = "https://hooks.example.com/didww?tenant=42&lang="
    fields = {"id": "o1", "type": "orders", "status": "completed"}
    signature = didww.RequestValidator(SECRET).signature(url, fields)
    whole_query = webhooks.form_payload("tenant=42&lang=&" + urlencode(fields))
    event = webhooks.parse(whole_query, url=url, signature=signature, secret=SECRET)
    assert isinstance(event, didww.OrderCallback) and event.id == "o1"
    assert didww.RequestValidator(SECRET).validate(url, fields, signature)
    # A pair that is not the URL's own is still signed: changing it breaks the signature.
    forged = webhooks.form_payload("tenant=43&lang=&" + urlencode(fields))
    with pytest.raises(didww.InvalidSignatureError):
        webhooks.parse(forged, url=url, signature=signature, secret=SECRET)
