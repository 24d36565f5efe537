"""The default sync transport over TLS: certificates verified, answers parsed, sockets reused."""

from __future__ import annotations

import datetime as dt
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
from didww._transport import KeepAliveTransport

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
