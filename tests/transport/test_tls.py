"""The SDK's own transports over TLS: certificates verified, answers parsed, sockets reused."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib.util
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww._transport import KeepAliveTransport, shared_ssl_context

crypto = pytest.importorskip("cryptography")


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _Server:
    def __init__(self, cert: Path, key: Path) -> None:
        self.connections = 0
        self.api_keys: list[str | None] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                owner.connections += 1

            def do_GET(self) -> None:
                owner.api_keys.append(self.headers.get("Api-Key"))
                body = json.dumps(
                    {"data": {"type": "dids", "id": "d1", "attributes": {"number": "1"}}}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/vnd.api+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.http.socket = context.wrap_socket(self.http.socket, server_side=True)
        self.thread = threading.Thread(
            target=self.http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.http.server_address[1]}/v3"


@pytest.fixture
def tls(tmp_path: Path) -> Iterator[tuple[_Server, Path]]:
    cert, key = _self_signed(tmp_path)
    server = _Server(cert, key)
    server.thread.start()
    try:
        yield server, cert
    finally:
        server.http.shutdown()
        server.http.server_close()


def test_tls_with_a_trusted_certificate(tls: tuple[_Server, Path]) -> None:
    server, cert = tls
    context = ssl.create_default_context(cafile=str(cert))
    http = httpx.Client(transport=KeepAliveTransport(context))
    with didww.Client(api_key="tls-key", base_url=server.url, http_client=http) as client:
        assert [client.dids.find("d1").number for _ in range(3)] == ["1", "1", "1"]
    http.close()
    assert server.connections == 1
    assert server.api_keys == ["tls-key"] * 3


def test_tls_with_an_untrusted_certificate_fails_closed(tls: tuple[_Server, Path]) -> None:
    server, _ = tls
    client = didww.Client(api_key="tls-key", base_url=server.url, max_retries=0)
    with client, pytest.raises(didww.APIConnectionError) as info:
        client.dids.find("d1")
    assert "tls-key" not in str(info.value)
    assert server.api_keys == []


def test_the_async_transport_over_tls(
    tls: tuple[_Server, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The async client's own transport verifies the server as the sync one does, and keeps
    its TLS connection for the next request."""
    server, cert = tls

    async def finds() -> list[str]:
        async with didww.AsyncClient(
            api_key="tls-key", base_url=server.url, max_retries=0
        ) as client:
            return [(await client.dids.find("d1")).number for _ in range(3)]

    with pytest.raises(didww.APIConnectionError) as info:
        asyncio.run(finds())  # the certificate is nobody's authority
    assert "tls-key" not in str(info.value)
    assert server.api_keys == []
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    assert asyncio.run(finds()) == ["1", "1", "1"]
    assert server.api_keys == ["tls-key"] * 3
    assert server.connections == 1  # for the three (a refused handshake reaches no handler)


def test_the_sync_transport_trusts_the_authorities_httpx_trusts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sync client's own transport and the async client (httpx) verify servers against the
    same certificate authorities: a server that one trusts, the other does too."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)

    def authorities(context: ssl.SSLContext) -> list[str]:
        return sorted(str(cert["serialNumber"]) for cert in context.get_ca_certs())

    ours = authorities(shared_ssl_context())
    assert ours and ours == authorities(httpx.create_ssl_context())
    assert KeepAliveTransport()._ssl is None  # the shared one, looked up at the first https


def test_the_authorities_are_loaded_once_and_only_for_https(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Loading them takes tens of milliseconds, which every client paid (an AsyncClient blocked
    # its event loop meanwhile). The cache is keyed by SSL_CERT_FILE: a fresh value for a cold
    # start in this process.
    made: list[object] = []  # one entry per load of the authorities, wherever it is made

    def counted(*args: Any, **kwargs: Any) -> None:
        made.append(args)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counted)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "authorities.pem"))
    didww.Client(api_key="k", base_url="http://127.0.0.1:1/v3").close()
    assert made == []  # a simulator on http never needs them
    didww.AsyncClient(api_key="k")  # builds its httpx pool now, with the context it needs
    assert len(made) == 1
    for _ in range(3):
        didww.Client(api_key="k").close()
        didww.AsyncClient(api_key="k")
    assert len(made) == 1


def test_ssl_cert_file_is_honoured_by_the_sync_transport(
    tls: tuple[_Server, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert = tls
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    with didww.Client(api_key="tls-key", base_url=server.url, max_retries=0) as client:
        assert client.dids.find("d1").number == "1"


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("ALL_PROXY", "socks5://127.0.0.1:1", "socks"),
        ("HTTPS_PROXY", "ftp://user:proxy-secret@proxy.example:1", "scheme"),
        ("SSL_CERT_FILE", "/nonexistent/ca-bundle.pem", ""),
        # A typo httpx reports as InvalidURL, which is no ValueError.
        ("HTTPS_PROXY", "http://user:proxy-secret@proxy.example:abc", "port"),
        ("HTTPS_PROXY", "::", ""),
    ],
)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_environment_settings_httpx_cannot_use_raise_a_client_error(
    kind: str, variable: str, value: str, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if variable == "ALL_PROXY" and importlib.util.find_spec("socksio") is not None:
        pytest.skip("the socks extra of httpx is installed: the proxy is usable")
    monkeypatch.setenv(variable, value)
    make = didww.Client if kind == "sync" else didww.AsyncClient
    with pytest.raises(didww.ClientError, match="HTTP settings of the environment") as caught:
        make(api_key="k", base_url="https://api.example/v3")
    message = str(caught.value).lower()
    assert said in message and variable.lower() in message
    assert "proxy-secret" not in message
