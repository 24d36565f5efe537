"""Deterministic identifiers: seed ids from names, and ids, references and secrets for new records.

Nothing is random, so the same sequence of requests against a fresh simulator always produces the
same ids; tests can compare documents across runs.
"""

from __future__ import annotations

import hashlib
import uuid

from didww._arguments import checked_function

NAMESPACE = uuid.UUID("5f0c3b1e-6a55-4a8e-9d67-2b3d7e9a0c41")


@checked_function
def seed_id(resource_type: str, key: str) -> str:
    """The id of a seeded resource: a UUID 5 of its type and seed key (``countries``, ``US``)."""
    return str(uuid.uuid5(NAMESPACE, f"{resource_type}/{key}"))


class IdFactory:
    """Hands out ids, order references and credentials for records created at run time."""

    def __init__(self) -> None:
        self._count = 0

    def _next(self, purpose: str) -> bytes:
        self._count += 1
        return hashlib.sha256(f"{purpose}/{self._count}".encode()).digest()

    def new_id(self) -> str:
        return str(uuid.UUID(bytes=self._next("id")[:16], version=4))

    def reference(self) -> str:
        """A short human-readable reference such as ``KTH-650932``."""
        digest = self._next("reference")
        letters = "".join(chr(ord("A") + b % 26) for b in digest[:3])
        number = int.from_bytes(digest[3:7], "big") % 1_000_000
        return f"{letters}-{number:06d}"

    def secret(self, length: int = 16) -> str:
        return self._next("secret").hex()[:length]
