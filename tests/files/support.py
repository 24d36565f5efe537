"""Independent checks for uploads: decrypting with the private keys, reading a multipart body."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives import padding as symmetric_padding
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

RSA_BYTES = 512  # one RSA-4096 block


def decrypt(blob: bytes, private: rsa.RSAPrivateKey, index: int) -> bytes:
    """Recover the file with key ``index`` (0 = A, 1 = B) of an encrypted upload."""
    wrapped = blob[index * RSA_BYTES : (index + 1) * RSA_BYTES]
    credentials = private.decrypt(
        wrapped,
        padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )
    assert len(credentials) == 48
    key, iv = credentials[:32], credentials[32:]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(blob[2 * RSA_BYTES :]) + decryptor.finalize()
    unpadder = symmetric_padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def spki_sha1(pem: str) -> str:
    """SHA-1 of the DER SubjectPublicKeyInfo, computed here without the SDK."""
    key = serialization.load_pem_public_key(pem.encode())
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha1(der).hexdigest()


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def multipart(request: httpx.Request) -> list[Part]:
    """The parts of a multipart/form-data request, split on its boundary by hand."""
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    body = request.content
    assert body.endswith(b"--" + boundary + b"--\r\n")
    chunks = body.split(b"--" + boundary)
    assert chunks[0] == b"" and chunks[-1] == b"--\r\n"
    parts = []
    for chunk in chunks[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, data = chunk[2:-2].partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode().split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = _params(headers["content-disposition"])
        parts.append(
            Part(
                disposition["name"], disposition.get("filename"), headers.get("content-type"), data
            )
        )
    return parts


def _params(header: str) -> dict[str, str]:
    kind, *items = [item.strip() for item in header.split(";")]
    assert kind == "form-data"
    params = {}
    for item in items:
        key, _, value = item.partition("=")
        params[key] = value.strip('"')
    return params


def public_keys_document(*pems: str) -> dict[str, Any]:
    return {
        "data": [
            {"type": "public_keys", "id": f"key-{i}", "attributes": {"key": pem}}
            for i, pem in enumerate(pems)
        ]
    }


def encrypted_file_document(id: str = "ef-1", description: str | None = None) -> dict[str, Any]:
    return {
        "data": {
            "type": "encrypted_files",
            "id": id,
            "attributes": {"description": description, "expires_at": "2026-04-17T10:00:00.000Z"},
        }
    }


def fingerprint_error() -> dict[str, Any]:
    return {
        "errors": [
            {
                "title": "is invalid",
                "detail": "encryption_fingerprint - does not match the current public keys",
                "code": "100",
                "status": "422",
                "source": {"pointer": "/data/attributes/encryption_fingerprint"},
            }
        ]
    }
