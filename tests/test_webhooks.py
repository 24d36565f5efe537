"""Callback signature validation and URL normalisation."""

from __future__ import annotations

from typing import Any

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
