"""Callback signature validation and URL normalisation."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

import didww
from didww.webhooks import normalize_url

SECRET = "szrdgh6547umt7tht7xbqhj6g9gdbyp7"
URL = "https://mycompany.com/didww_callbacks?opaque=123"
PAYLOAD = {"id": "bf2cee72-6caa-4ae2-917e-bea01945691e", "status": "completed", "type": "orders"}
SIGNATURE = "30f66e9d72eb5e193051fd02952f70d8e934b4ff"


def test_reference_vector() -> None:
    validator = didww.RequestValidator(SECRET)
    assert validator.signature(URL, PAYLOAD) == SIGNATURE
    assert validator.validate(URL, PAYLOAD, SIGNATURE)
    assert validator.validate(URL, dict(reversed(PAYLOAD.items())), SIGNATURE)


@pytest.mark.parametrize(
    "signature",
    ["", None, "zz", SIGNATURE[:-1], SIGNATURE + "0", "é" * 40, "0" * 40, b"zz"],
)
def test_wrong_or_malformed_signature_is_false(signature: object) -> None:
    validator = didww.RequestValidator(SECRET)
    assert validator.validate(URL, PAYLOAD, signature) is False  # type: ignore[arg-type]


@pytest.mark.parametrize("signature", [12345, ["abc"], object()])
def test_a_signature_of_another_type_is_the_caller_s_mistake(signature: object) -> None:
    # No request header is an int or a list: before, it read as a wrong signature, and the
    # caller answered every genuine callback with 403.
    validator = didww.RequestValidator(SECRET)
    with pytest.raises(didww.ClientError, match="X-DIDWW-Signature header's value"):
        validator.validate(URL, PAYLOAD, signature)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match="X-DIDWW-Signature header's value"):
        didww.webhooks.parse(PAYLOAD, url=URL, signature=signature, secret=SECRET)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("", "is empty"),
        ("  ", "is empty"),
        ("/didww_callbacks?opaque=123", "is a path alone"),
        (" /didww_callbacks", "is a path alone"),
    ],
)
def test_a_url_no_callback_is_signed_for_is_the_caller_s_mistake(url: str, why: str) -> None:
    validator = didww.RequestValidator(SECRET)
    with pytest.raises(didww.ClientError, match=f"the callback url {why}"):
        validator.validate(url, PAYLOAD, SIGNATURE)
    with pytest.raises(didww.ClientError, match=f"the callback url {why}"):
        didww.webhooks.parse(PAYLOAD, url=url, signature=SIGNATURE, secret=SECRET)
    with pytest.raises(didww.ClientError, match=f"the callback url {why}"):
        didww.webhooks.parse(PAYLOAD, url=url, signature=None, secret=SECRET)


@pytest.mark.parametrize("url", ["http://[::1/cb", "http:///cb", "https://:443/cb"])
def test_a_url_from_a_bad_host_header_is_still_a_wrong_signature(url: str) -> None:
    # Built from the request's own Host header (an odd one, or an empty one), it is the request
    # that is bad: answer 403, never 500.
    validator = didww.RequestValidator(SECRET)
    assert validator.validate(url, PAYLOAD, SIGNATURE) is False
    with pytest.raises(didww.InvalidSignatureError):
        didww.webhooks.parse(PAYLOAD, url=url, signature=SIGNATURE, secret=SECRET)


@pytest.mark.parametrize("url", ["http://h:99999/cb", "http://[::1/cb", "http://h:abc/cb"])
def test_a_url_that_does_not_parse_is_named_as_the_cause(url: str) -> None:
    # The error sent the reader to check the secret, when no signature could ever match.
    with pytest.raises(didww.InvalidSignatureError, match="the url does not parse") as caught:
        didww.webhooks.parse(PAYLOAD, url=url, signature=SIGNATURE, secret=SECRET)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize("edge", ["\n", " ", "\t", "\r\n", "\x00"])
def test_a_url_read_with_blanks_or_controls_at_its_start_checks_as_without(edge: str) -> None:
    # urlsplit drops them; a URL from a file or a variable may carry them.
    validator = didww.RequestValidator(SECRET)
    assert validator.validate(edge + URL, PAYLOAD, SIGNATURE)
    assert normalize_url(edge + URL) == normalize_url(URL)


def test_tampered_payload_or_url_is_false() -> None:
    validator = didww.RequestValidator(SECRET)
    assert not validator.validate(URL, {**PAYLOAD, "status": "canceled"}, SIGNATURE)
    assert not validator.validate(URL.replace("123", "124"), PAYLOAD, SIGNATURE)
    assert not didww.RequestValidator("other").validate(URL, PAYLOAD, SIGNATURE)


def test_signature_header_name() -> None:
    assert didww.SIGNATURE_HEADER == "X-DIDWW-Signature"


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("https://mycompany.com/cb", "https://mycompany.com:443/cb"),
        ("http://mycompany.com/cb", "http://mycompany.com:80/cb"),
        ("http://mycompany.com:443/cb", "http://mycompany.com:443/cb"),
        ("https://mycompany.com:8443/cb", "https://mycompany.com:8443/cb"),
        ("http://[::1]/cb", "http://[::1]:80/cb"),
        ("https://[2001:db8::1]:9000/cb", "https://[2001:db8::1]:9000/cb"),
        ("https://user:pass@mycompany.com/cb", "https://user:pass@mycompany.com:443/cb"),
        ("https://mycompany.com/a%20b/%7Euser", "https://mycompany.com:443/a%20b/%7Euser"),
        ("https://mycompany.com/cb?x=1&y=%2F", "https://mycompany.com:443/cb?x=1&y=%2F"),
        ("https://mycompany.com/cb#frag", "https://mycompany.com:443/cb#frag"),
        ("https://mycompany.com/cb?q=1#frag", "https://mycompany.com:443/cb?q=1#frag"),
    ],
)
def test_url_normalisation(url: str, normalised: str) -> None:
    assert normalize_url(url) == normalised


def test_port_written_or_not_changes_nothing_for_defaults() -> None:
    validator = didww.RequestValidator(SECRET)
    explicit = "https://mycompany.com:443/didww_callbacks?opaque=123"
    assert validator.validate(explicit, PAYLOAD, SIGNATURE)


# -- the signature as bytes: what ASGI servers hand out for a header -------------------------------


@pytest.mark.parametrize(
    "signature",
    [SIGNATURE.encode(), bytearray(SIGNATURE.encode()), f" {SIGNATURE.upper()}\r\n".encode()],
    ids=["bytes", "bytearray", "padded-capitals"],
)
def test_a_signature_given_as_bytes_matches(signature: bytes) -> None:
    assert didww.RequestValidator(SECRET).validate(URL, PAYLOAD, signature) is True
    event = didww.webhooks.parse(PAYLOAD, url=URL, signature=signature, secret=SECRET)
    assert isinstance(event, didww.OrderCallback) and event.id == PAYLOAD["id"]


@pytest.mark.parametrize(
    "signature",
    [SIGNATURE[:-1].encode() + b"\xe9", "é".encode() + SIGNATURE.encode(), b"0" * 40],
    ids=["latin-1-byte", "utf-8-accent", "wrong"],
)
def test_bytes_that_are_not_the_signature_do_not_match(signature: bytes) -> None:
    assert didww.RequestValidator(SECRET).validate(URL, PAYLOAD, signature) is False
    with pytest.raises(didww.InvalidSignatureError, match="does not match"):
        didww.webhooks.parse(PAYLOAD, url=URL, signature=signature, secret=SECRET)


def test_an_empty_bytes_signature_is_a_missing_one() -> None:
    with pytest.raises(didww.InvalidSignatureError, match="carries no signature"):
        didww.webhooks.parse(PAYLOAD, url=URL, signature=b"", secret=SECRET)


def test_the_url_as_bytes_is_still_the_caller_s_mistake() -> None:
    url: Any = URL.encode()
    with pytest.raises(didww.ClientError, match="the callback url must be a str, got bytes") as e:
        didww.webhooks.parse(PAYLOAD, url=url, signature=SIGNATURE.encode(), secret=SECRET)
    assert not isinstance(e.value, didww.InvalidSignatureError)


@pytest.mark.parametrize(
    ("given", "configured"),
    [
        (
            "mycompany.com/didww_callbacks?opaque=123",
            "http://mycompany.com/didww_callbacks?opaque=123",
        ),
        (
            "//mycompany.com/didww_callbacks?opaque=123",
            "http://mycompany.com/didww_callbacks?opaque=123",
        ),
        ("mycompany.com:8080/cb", "http://mycompany.com:8080/cb"),
    ],
)
def test_a_url_without_a_scheme_is_checked_as_http(given: str, configured: str) -> None:
    # DIDWW stores a callback_url given without a scheme with http:// in front, and signs that:
    # the URL as typed checks as the stored one does. It normalised to "://:80mycompany.com".
    validator = didww.RequestValidator(SECRET)
    signature = validator.signature(configured, PAYLOAD)
    assert normalize_url(given) == normalize_url(configured)
    assert validator.validate(given, PAYLOAD, signature)
    assert didww.webhooks.parse(PAYLOAD, url=given, signature=signature, secret=SECRET).id


# -- GET callbacks: the payload is signed inside the URL's query too -----------------------------
#
# The 2026-10-22 document: a GET callback's signed text is the normalised URL with the payload
# added to that URL's own query (sorted by name, URL-encoded), before the fragment, followed by
# each payload member's name and value, sorted by name. Each expected text below is written out
# by hand from that rule, and signed here with hmac, not with the SDK's own signer.


def hmac_sha1(text: str, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), text.encode("utf-8"), hashlib.sha1).hexdigest()


ORDER = {"id": "o1", "type": "orders", "status": "completed"}
REJECTED = {
    "id": "a1",
    "type": "address_verifications",
    "status": "rejected",
    "reject_reason": "Too old & blurry, see notes",
    "reject_comment": "Übel = bad",
}
GET_CASES = [
    pytest.param(
        "https://hooks.example.com/didww",
        ORDER,
        "https://hooks.example.com:443/didww?id=o1&status=completed&type=orders"
        "ido1statuscompletedtypeorders",
        id="no-own-query",
    ),
    pytest.param(
        "https://hooks.example.com/didww?tenant=42&lang=",
        ORDER,
        "https://hooks.example.com:443/didww?tenant=42&lang=&id=o1&status=completed&type=orders"
        "ido1statuscompletedtypeorders",
        id="own-query",
    ),
    pytest.param(
        "http://user:pw@hooks.example.com:8080/cb?tenant=42#part",
        REJECTED,
        "http://user:pw@hooks.example.com:8080/cb?tenant=42&id=a1"
        "&reject_comment=%C3%9Cbel+%3D+bad&reject_reason=Too+old+%26+blurry%2C+see+notes"
        "&status=rejected&type=address_verifications#part"
        "ida1reject_commentÜbel = badreject_reasonToo old & blurry, see notes"
        "statusrejectedtypeaddress_verifications",
        id="own-query-fragment-and-encoding",
    ),
    pytest.param(
        "hooks.example.com/cb#part",
        {**REJECTED, "reject_comment": ""},
        "http://hooks.example.com:80/cb?id=a1&reject_comment="
        "&reject_reason=Too+old+%26+blurry%2C+see+notes&status=rejected"
        "&type=address_verifications#part"
        "ida1reject_commentreject_reasonToo old & blurry, see notes"
        "statusrejectedtypeaddress_verifications",
        id="no-scheme-fragment-empty-value",
    ),
]


@pytest.mark.parametrize(("url", "payload", "signed"), GET_CASES)
def test_a_get_callback_signed_as_documented_validates(
    url: str, payload: dict[str, str], signed: str
) -> None:
    # Before, only the POST form was accepted, so every real GET callback was answered 403.
    signature = hmac_sha1(signed)
    validator = didww.RequestValidator(SECRET)
    assert validator.validate(url, payload, signature)
    assert validator.validate(url, payload, signature, method="GET")
    assert not validator.validate(url, payload, signature, method="POST")
    event = didww.webhooks.parse(payload, url=url, signature=signature, secret=SECRET)
    assert event.id == payload["id"]
    assert (
        didww.webhooks.parse(payload, url=url, signature=signature, secret=SECRET, method="get").id
        == payload["id"]
    )
    # The signer used by the simulator and by users' tests writes the same text.
    assert validator.signature(url, payload, method="get") == signature


@pytest.mark.parametrize(("url", "payload", "signed"), GET_CASES)
def test_a_get_callback_read_from_the_whole_query_string_validates(
    url: str, payload: dict[str, str], signed: str
) -> None:
    # The query string as it arrives: the URL's own pairs, then the payload, form-encoded.
    own = urlsplit(url).query
    added = urlencode(sorted(payload.items()))
    whole = didww.webhooks.form_payload(f"{own}&{added}" if own else added)
    event = didww.webhooks.parse(
        whole, url=url, signature=hmac_sha1(signed), secret=SECRET, method="GET"
    )
    assert event.id == payload["id"]


def test_a_get_payload_percent_encoded_with_20_for_spaces_validates() -> None:
    # "URL-encoded" is read as form encoding (+) or as plain percent-encoding (%20).
    url = "https://hooks.example.com/didww"
    signed = (
        "https://hooks.example.com:443/didww?id=a1&reject_comment=%C3%9Cbel%20%3D%20bad"
        "&reject_reason=Too%20old%20%26%20blurry%2C%20see%20notes&status=rejected"
        "&type=address_verifications"
        "ida1reject_commentÜbel = badreject_reasonToo old & blurry, see notes"
        "statusrejectedtypeaddress_verifications"
    )
    assert didww.RequestValidator(SECRET).validate(url, REJECTED, hmac_sha1(signed), method="GET")


def test_the_post_form_keeps_validating_and_is_refused_when_get_is_said() -> None:
    validator = didww.RequestValidator(SECRET)
    assert validator.validate(URL, PAYLOAD, SIGNATURE, method="POST")
    assert validator.validate(URL, PAYLOAD, SIGNATURE, method="post")
    assert not validator.validate(URL, PAYLOAD, SIGNATURE, method="GET")
    with pytest.raises(didww.InvalidSignatureError, match="does not match"):
        didww.webhooks.parse(PAYLOAD, url=URL, signature=SIGNATURE, secret=SECRET, method="GET")


@pytest.mark.parametrize("method", ["PUT", "HEAD", ""])
def test_a_method_didww_never_calls_back_with_is_a_wrong_signature(method: str) -> None:
    assert not didww.RequestValidator(SECRET).validate(URL, PAYLOAD, SIGNATURE, method=method)
    with pytest.raises(didww.InvalidSignatureError, match="GET or POST only"):
        didww.webhooks.parse(PAYLOAD, url=URL, signature=SIGNATURE, secret=SECRET, method=method)


def test_a_method_that_is_not_a_str_is_the_caller_s_mistake() -> None:
    method: Any = b"GET"
    with pytest.raises(didww.ClientError, match="the method must be") as raised:
        didww.RequestValidator(SECRET).validate(URL, PAYLOAD, SIGNATURE, method=method)
    assert not isinstance(raised.value, didww.InvalidCallbackError)
    with pytest.raises(didww.ClientError, match="the method must be"):
        didww.webhooks.parse(PAYLOAD, url=URL, signature=SIGNATURE, secret=SECRET, method=method)
    with pytest.raises(didww.ClientError, match="signs a 'get' or a 'post' callback"):
        didww.RequestValidator(SECRET).signature(URL, PAYLOAD, method="put")


def test_a_get_payload_that_cannot_be_url_encoded_is_a_wrong_signature() -> None:
    # A lone surrogate has no UTF-8 to URL-encode: the request is not DIDWW's, not a crash.
    payload = {**PAYLOAD, "status": "\udce9"}
    assert not didww.RequestValidator(SECRET).validate(URL, payload, SIGNATURE, method="GET")
    with pytest.raises(didww.InvalidSignatureError):
        didww.webhooks.parse(payload, url=URL, signature=SIGNATURE, secret=SECRET)
    with pytest.raises(didww.ClientError, match="lone surrogate"):
        didww.RequestValidator(SECRET).signature(URL, payload, method="get")
