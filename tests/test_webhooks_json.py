"""``webhooks.parse_json``: the JSON callbacks of 2026-10-22's voice-out trunks.

The document: a POST whose body is a JSON array of events; the signature is the normalised URL,
then for each event in order its members sorted by name, name and value concatenated, a value as
JSON writes it (``true``/``false``). A string's text is taken without quotes, as in form
callbacks (the SDK's reading, noted in docs/webhooks.md). Expected texts are written out by hand
and signed with hmac here, not with the SDK's signer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from typing import Any

import pytest

import didww
from didww import enums, webhooks

SECRET = "trunk-secret"
URL = "https://hooks.example.com/trunks?tenant=7"
NORMALISED = "https://hooks.example.com:443/trunks?tenant=7"
BLOCKED = {
    "id": "t1",
    "type": "voice_out_trunks",
    "status": "blocked",
    "threshold_reached": True,
    "created_at": "2026-10-22T10:00:00.123Z",
}
ACTIVE = {
    "id": "t1",
    "type": "voice_out_trunks",
    "status": "active",
    "threshold_reached": False,
    "created_at": "2026-10-22T14:30:00+02:00",
}
BODY = json.dumps([BLOCKED, ACTIVE])
SIGNED = (
    NORMALISED
    + "created_at2026-10-22T10:00:00.123Zidt1statusblockedthreshold_reachedtrue"
    + "typevoice_out_trunks"
    + "created_at2026-10-22T14:30:00+02:00idt1statusactivethreshold_reachedfalse"
    + "typevoice_out_trunks"
)


def hmac_sha1(text: str) -> str:
    return hmac.new(SECRET.encode(), text.encode("utf-8"), hashlib.sha1).hexdigest()


SIGNATURE = hmac_sha1(SIGNED)


@pytest.mark.parametrize("body", [BODY, BODY.encode(), bytearray(BODY.encode())])
def test_a_json_callback_gives_its_events_in_order(body: Any) -> None:
    events = webhooks.parse_json(body, url=URL, signature=SIGNATURE, secret=SECRET)
    assert [type(e) for e in events] == [didww.VoiceOutTrunkCallback] * 2
    first, second = events
    assert isinstance(first, didww.VoiceOutTrunkCallback)
    assert isinstance(second, didww.VoiceOutTrunkCallback)
    assert (first.id, first.status, first.threshold_reached) == (
        "t1",
        enums.VoiceOutTrunkStatus.BLOCKED,
        True,
    )
    assert second.status == enums.VoiceOutTrunkStatus.ACTIVE and second.threshold_reached is False
    utc = dt.timezone.utc
    assert first.created_at == dt.datetime(2026, 10, 22, 10, 0, 0, 123000, tzinfo=utc)
    assert second.created_at == dt.datetime(2026, 10, 22, 12, 30, tzinfo=utc)
    assert second.created_at.tzinfo is utc
    # The payload holds each value as it was signed.
    assert first.payload["threshold_reached"] == "true"
    assert didww.RequestValidator(SECRET).validate_json(URL, body, SIGNATURE)
    assert didww.RequestValidator(SECRET).json_signature(URL, body) == SIGNATURE


def test_values_are_signed_as_json_writes_them_not_as_python_prints_them() -> None:
    python_style = hmac_sha1(SIGNED.replace("true", "True").replace("false", "False"))
    with pytest.raises(didww.InvalidSignatureError, match="does not match"):
        webhooks.parse_json(BODY, url=URL, signature=python_style, secret=SECRET)
    # Strings are signed without their quotes: the SDK's reading of the document.
    quoted = hmac_sha1(SIGNED.replace("idt1", 'id"t1"'))
    assert not didww.RequestValidator(SECRET).validate_json(URL, BODY, quoted)


def test_a_number_is_signed_as_the_body_writes_it_and_null_as_nothing() -> None:
    body = '[{"id":"t1","type":"voice_out_trunks","status":"active","amount":1.50,"note":null}]'
    signed = NORMALISED + "amount1.50idt1notestatusactivetypevoice_out_trunks"
    (event,) = webhooks.parse_json(body, url=URL, signature=hmac_sha1(signed), secret=SECRET)
    assert isinstance(event, didww.VoiceOutTrunkCallback)
    assert event.payload["amount"] == "1.50" and event.payload["note"] == ""
    assert event.threshold_reached is None and event.created_at is None  # not sent


def test_a_signed_empty_array_is_no_events() -> None:
    assert webhooks.parse_json("[]", url=URL, signature=hmac_sha1(NORMALISED), secret=SECRET) == []


def test_an_event_of_another_type_gets_its_own_class() -> None:
    body = '[{"id":"o1","type":"orders","status":"completed"}]'
    signed = NORMALISED + "ido1statuscompletedtypeorders"
    (event,) = webhooks.parse_json(body, url=URL, signature=hmac_sha1(signed), secret=SECRET)
    assert isinstance(event, didww.OrderCallback)


def test_a_wrong_or_missing_signature() -> None:
    with pytest.raises(didww.InvalidSignatureError, match="does not match") as raised:
        webhooks.parse_json(BODY, url=URL, signature="0" * 40, secret=SECRET)
    assert SECRET not in str(raised.value)
    with pytest.raises(didww.InvalidSignatureError, match="carries no signature"):
        webhooks.parse_json(BODY, url=URL, signature=None, secret=SECRET)
    with pytest.raises(didww.InvalidSignatureError, match="does not match"):
        webhooks.parse_json(BODY, url=URL + "8", signature=SIGNATURE, secret=SECRET)
    tampered = BODY.replace('"blocked"', '"active"')
    with pytest.raises(didww.InvalidSignatureError):
        webhooks.parse_json(tampered, url=URL, signature=SIGNATURE, secret=SECRET)
    assert webhooks.parse_json(BODY, url=URL, signature=SIGNATURE.upper().encode(), secret=SECRET)


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ("", "not JSON"),
        ("[{", "not JSON"),
        (b"\xff[]", "not UTF-8"),
        ('{"id":"t1"}', "must be a JSON array of events, got an object"),
        ("[1]", "event 0 of the callback body must be a JSON object, got a number"),
        ('[{"id":"t1"}, "x"]', "event 1 .* got a string"),
        ('[{"id":"t1","x":{"y":1}}]', "event 0 .* has an object as a value"),
        ('[{"id":"t1","x":[]}]', "event 0 .* has an array as a value"),
        ('[{"id":"t1","x":NaN}]', "not JSON"),
        ('[{"id":"t1","id":"t2"}]', "names a member twice"),
        (DEEP, "not JSON"),
        ("[" + " " * webhooks.MAX_JSON_BODY + "]", "longer than"),
    ],
    ids=[
        "empty",
        "truncated",
        "not-utf8",
        "object",
        "number-entry",
        "string-entry",
        "nested-object",
        "nested-array",
        "nan",
        "duplicate",
        "deeply-nested",
        "too-long",
    ],
)
def test_a_body_that_is_no_json_array_of_flat_events(body: str | bytes, why: str) -> None:
    # Before any signature can be computed: a 400, never a raw JSON or recursion error.
    with pytest.raises(didww.InvalidCallbackError, match=why) as raised:
        webhooks.parse_json(body, url=URL, signature=SIGNATURE, secret=SECRET)
    assert not isinstance(raised.value, didww.InvalidSignatureError)
    assert not didww.RequestValidator(SECRET).validate_json(URL, body, SIGNATURE)
    with pytest.raises(didww.ClientError):
        didww.RequestValidator(SECRET).json_signature(URL, body)


@pytest.mark.parametrize(
    ("member", "value", "why"),
    [
        ("threshold_reached", "true", "threshold_reached is not a boolean"),
        ("threshold_reached", 1, "threshold_reached is not a boolean"),
        ("created_at", "yesterday", "created_at is not an ISO 8601 date-time"),
        ("created_at", 1700000000, "created_at is not an ISO 8601 date-time"),
        ("id", 5, "its id is not a string"),
        ("type", True, "its type is not a string"),
    ],
)
def test_a_signed_event_of_the_wrong_shape(member: str, value: object, why: str) -> None:
    entry = {**BLOCKED, member: value}
    body = json.dumps([entry])
    signature = didww.RequestValidator(SECRET).json_signature(URL, body)
    with pytest.raises(didww.InvalidCallbackError, match=why) as raised:
        webhooks.parse_json(body, url=URL, signature=signature, secret=SECRET)
    assert not isinstance(raised.value, didww.InvalidSignatureError)


def test_a_signed_event_without_id_or_type() -> None:
    body = '[{"type":"voice_out_trunks","status":"active"}]'
    signed = NORMALISED + "statusactivetypevoice_out_trunks"
    with pytest.raises(didww.InvalidCallbackError, match="has no id"):
        webhooks.parse_json(body, url=URL, signature=hmac_sha1(signed), secret=SECRET)


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"body": {"id": 1}}, "bytes or str, got dict"),
        ({"body": None}, "bytes or str, got NoneType"),
        ({"secret": ""}, "callback secret, got ''"),
        ({"secret": b"s"}, "as a str, got bytes"),
        ({"url": "/trunks"}, "path alone"),
        ({"signature": 5}, "X-DIDWW-Signature"),
    ],
)
def test_the_caller_s_mistakes_are_client_errors(changes: dict[str, Any], why: str) -> None:
    given: dict[str, Any] = {"body": BODY, "url": URL, "signature": SIGNATURE, "secret": SECRET}
    given.update(changes)
    with pytest.raises(didww.ClientError, match=why) as raised:
        webhooks.parse_json(**given)
    assert not isinstance(raised.value, didww.InvalidCallbackError)
    if "secret" not in changes:
        validator = didww.RequestValidator(SECRET)
        with pytest.raises(didww.ClientError, match=why):
            validator.validate_json(given["url"], given["body"], given["signature"])


def test_a_url_from_a_bad_host_header_is_a_wrong_signature() -> None:
    with pytest.raises(didww.InvalidSignatureError):
        webhooks.parse_json(BODY, url="http://[::1/cb", signature=SIGNATURE, secret=SECRET)


def _released(data: bytes) -> memoryview:
    view = memoryview(data)
    view.release()
    return view


def test_a_released_memoryview_is_the_caller_s_mistake() -> None:
    # Every later use of a released view raises ValueError; the webhook helpers say what it is.
    why = "memoryview that was released"
    validator = didww.RequestValidator(SECRET)
    with pytest.raises(didww.ClientError, match=why) as raised:
        webhooks.parse_json(_released(BODY.encode()), url=URL, signature=SIGNATURE, secret=SECRET)
    assert not isinstance(raised.value, didww.InvalidCallbackError)
    with pytest.raises(didww.ClientError, match=why):
        validator.validate_json(URL, _released(BODY.encode()), SIGNATURE)
    with pytest.raises(didww.ClientError, match=why):
        validator.json_signature(URL, _released(BODY.encode()))
    with pytest.raises(didww.ClientError, match=why):
        webhooks.form_payload(_released(b"id=1&type=orders"))
    # A view still open reads as its bytes.
    assert webhooks.parse_json(
        memoryview(BODY.encode()), url=URL, signature=SIGNATURE, secret=SECRET
    )
