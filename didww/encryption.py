"""Client-side encryption of regulatory documents for ``POST /encrypted_files``.

DIDWW's hybrid scheme: a random 32-byte AES-256 key and 16-byte IV encrypt the file in CBC mode
with PKCS#7 padding; the 48 bytes ``key || IV`` are encrypted with RSA-OAEP (SHA-256, MGF1-SHA-256,
no label) under each of the two keys that ``GET /public_keys`` lists. The encrypted file is
``RSA(key A) || RSA(key B) || AES ciphertext``, and the fingerprint sent along with it is the
lowercase hex SHA-1 of key A's DER SubjectPublicKeyInfo, ``:::``, the same for key B.

``client.encrypted_files.upload()`` does all of this itself; this module is for callers who want
to encrypt on their own. It needs the optional ``cryptography`` package (the encryption
extra), imported only when a function here is first used, so
``import didww`` works without it.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from didww._arguments import check_methods, checked_function
from didww._errors import ClientError, DecodeError, is_released

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    from didww._resource import Resource

__all__ = [
    "AES_KEY_SIZE",
    "FINGERPRINT_SEPARATOR",
    "IV_SIZE",
    "EncryptionKeys",
    "encrypt",
    "fingerprint",
    "key_fingerprint",
]

AES_KEY_SIZE = 32
"""Bytes of the random AES-256 key."""
IV_SIZE = 16
"""Bytes of the random CBC initialisation vector."""
FINGERPRINT_SEPARATOR = ":::"
"""What joins the two key fingerprints."""

_BLOCK = 16
_MODULES = (
    "cryptography.hazmat.primitives.asymmetric.padding",
    "cryptography.hazmat.primitives.ciphers",
    "cryptography.hazmat.primitives.serialization",
)
MISSING_EXTRA = (
    "encrypting files needs the 'cryptography' package (the SDK's encryption extra): {hint}"
)


def require_cryptography() -> None:
    """Raise :class:`didww.ClientError` naming the extra when ``cryptography`` is missing."""
    try:
        for module in _MODULES:
            importlib.import_module(module)
    except ImportError:
        from didww._extras import install_hint

        raise ClientError(MISSING_EXTRA.format(hint=install_hint("encryption"))) from None


def _armored(pem: str) -> bytes:
    text = pem.strip()
    if not text.startswith("-----BEGIN"):  # a bare base64 body: add the armour
        text = f"-----BEGIN PUBLIC KEY-----\n{text}\n-----END PUBLIC KEY-----"
    return text.encode("ascii", errors="replace")


MIN_RSA_BITS = 2048
"""The smallest public key a document is encrypted under."""


def load_public_key(pem: str, label: str = "public key") -> RSAPublicKey:
    """An RSA public key from PEM (SubjectPublicKeyInfo or PKCS#1, armour optional)."""
    require_cryptography()
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    if not isinstance(pem, str) or not pem.strip():
        raise ClientError(f"{label}: expected a PEM string, got {type(pem).__name__}")
    try:
        key = serialization.load_pem_public_key(_armored(pem))
    except (ValueError, TypeError) as exc:
        raise ClientError(f"{label} is not a PEM public key: {exc}") from None
    except UnsupportedAlgorithm as exc:  # a well-formed key of a kind cryptography cannot read
        raise ClientError(f"{label} is not an RSA key ({exc})") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ClientError(f"{label} is not an RSA key ({type(key).__name__})")
    if key.key_size < MIN_RSA_BITS:
        # RSA-OAEP with SHA-256 cannot wrap the AES key and IV in fewer than 912 bits, and a
        # key under 2048 bits would not keep an identity document safe anyway.
        raise ClientError(
            f"{label} is a {key.key_size}-bit RSA key; a document is encrypted only under keys "
            f"of at least {MIN_RSA_BITS} bits"
        )
    return key


def _spki_sha1(key: RSAPublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha1(der, usedforsecurity=False).hexdigest()


@checked_function
def key_fingerprint(pem: str) -> str:
    """The lowercase hex SHA-1 of one key's DER SubjectPublicKeyInfo."""
    return _spki_sha1(load_public_key(pem))


@checked_function
def fingerprint(pem_a: str, pem_b: str) -> str:
    """The ``encryption_fingerprint`` of a key pair: both key fingerprints joined by ``:::``."""
    return EncryptionKeys(pem_a, pem_b).fingerprint


@checked_function
def encrypt(data: bytes | bytearray | memoryview, pem_a: str, pem_b: str) -> bytes:
    """Encrypt ``data`` for DIDWW under the two public keys, in the order the API lists them."""
    return EncryptionKeys(pem_a, pem_b).encrypt(data)


def _pem(model: Resource) -> str | None:
    """A public key model's PEM, or None when it has none that can be read."""
    value = getattr(model, "key", None)  # None too when not loaded (NotLoadedError)
    return value if isinstance(value, str) else None


class EncryptionKeys:
    """The two DIDWW public keys, parsed once, with their fingerprint; encrypts any number of files.

    >>> keys = EncryptionKeys(pem_a, pem_b)  # doctest: +SKIP
    >>> blob = keys.encrypt(b"%PDF-1.7 ...")  # doctest: +SKIP
    """

    __slots__ = ("_keys", "fingerprint", "pems")

    def __init__(self, pem_a: str, pem_b: str) -> None:
        self._keys = (
            load_public_key(pem_a, "public key A"),
            load_public_key(pem_b, "public key B"),
        )
        self.pems: tuple[str, str] = (pem_a, pem_b)
        """The two keys as given, in order."""
        self.fingerprint: str = FINGERPRINT_SEPARATOR.join(_spki_sha1(k) for k in self._keys)
        """``sha1(key A):::sha1(key B)``, what ``encrypted_files[encryption_fingerprint]`` sends."""

    @classmethod
    def from_public_keys(cls, keys: Sequence[Resource]) -> EncryptionKeys:
        """The first two keys of a ``client.public_keys.list()`` answer, in the API's order.

        Raises :class:`didww.DecodeError` when the answer does not hold two usable RSA keys.
        """
        require_cryptography()
        pems = [pem for pem in (_pem(k) for k in keys) if pem is not None]
        if len(pems) < 2:
            raise DecodeError(
                f"GET /public_keys listed {len(pems)} usable key(s); encryption needs two",
                http_status=200,
                body_snippet=None,
            )
        try:
            return cls(pems[0], pems[1])
        except ClientError as exc:
            raise DecodeError(
                f"GET /public_keys: {exc.message}", http_status=200, body_snippet=None
            ) from None

    def encrypt(self, data: bytes | bytearray | memoryview) -> bytes:
        """``RSA-OAEP(key A, k||iv) || RSA-OAEP(key B, k||iv) || AES-256-CBC(k, iv, data)``."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise ClientError(f"encrypt: expected bytes, got {type(data).__name__}")
        if is_released(data):
            raise ClientError("encrypt: the data is a memoryview that was released")
        view = memoryview(data)
        if not view.c_contiguous:
            view = memoryview(view.tobytes())
        view = view.cast("B")
        key, iv = os.urandom(AES_KEY_SIZE), os.urandom(IV_SIZE)
        encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
        whole = len(view) - len(view) % _BLOCK
        pad = _BLOCK - len(view) % _BLOCK  # PKCS#7: always 1..16 bytes
        body = encryptor.update(view[:whole])  # the bulk, without copying it first
        last = encryptor.update(bytes(view[whole:]) + bytes([pad]) * pad) + encryptor.finalize()
        oaep = padding.OAEP(
            mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
        )
        credentials = key + iv
        wrapped = [k.encrypt(credentials, oaep) for k in self._keys]
        return b"".join((*wrapped, body, last))

    def __repr__(self) -> str:
        return f"EncryptionKeys(fingerprint={self.fingerprint!r})"


check_methods(EncryptionKeys)  # a misspelt keyword raises ArgumentError, with the closest one
