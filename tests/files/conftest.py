"""Fixtures for the document and export tests: two RSA-4096 key pairs (made once per session)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.files.server import FileServer


@dataclass(frozen=True)
class KeyPair:
    private: rsa.RSAPrivateKey
    pem: str
    """The public key as ``GET /public_keys`` gives it (SubjectPublicKeyInfo PEM)."""


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def key_pairs() -> tuple[KeyPair, KeyPair]:
    """Two RSA-4096 key pairs, as DIDWW publishes; generating them is slow, so once a session."""
    pairs = []
    for _ in range(2):
        private = rsa.generate_private_key(public_exponent=65537, key_size=4096)
        pem = private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        pairs.append(KeyPair(private, pem.decode()))
    return pairs[0], pairs[1]


@pytest.fixture
def server() -> Iterator[FileServer]:
    with FileServer() as running:
        yield running
