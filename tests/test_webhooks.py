"""Callback signature validation and URL normalisation."""

from __future__ import annotations

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
    ["", None, "zz", SIGNATURE[:-1], SIGNATURE + "0", "é" * 40, "0" * 40, 12345],
)
def test_wrong_or_malformed_signature_is_false(signature: object) -> None:
    validator = didww.RequestValidator(SECRET)
    assert validator.validate(URL, PAYLOAD, signature) is False  # type: ignore[arg-type]


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
