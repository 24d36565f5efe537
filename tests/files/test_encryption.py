"""didww.encryption: the hybrid scheme round-trips with either private key; fingerprints match an
independent computation; a missing ``cryptography`` is a clear ClientError."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

import didww
from didww import encryption
from tests.files.conftest import KeyPair
from tests.files.support import RSA_BYTES, decrypt, spki_sha1


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 4096, 1_000_003])
def test_both_private_keys_recover_the_exact_bytes(
    key_pairs: tuple[KeyPair, KeyPair], size: int
) -> None:
    a, b = key_pairs
    data = os.urandom(size)
    blob = encryption.encrypt(data, a.pem, b.pem)
    padded = (size // 16 + 1) * 16  # PKCS#7 always adds 1..16 bytes
    assert len(blob) == 2 * RSA_BYTES + padded
    assert decrypt(blob, a.private, 0) == data
    assert decrypt(blob, b.private, 1) == data


def test_every_encryption_uses_a_fresh_key_and_iv(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    keys = encryption.EncryptionKeys(key_pairs[0].pem, key_pairs[1].pem)
    first, second = keys.encrypt(b"same document"), keys.encrypt(b"same document")
    assert first[2 * RSA_BYTES :] != second[2 * RSA_BYTES :]
    assert first[:RSA_BYTES] != second[:RSA_BYTES]


def test_bytearray_and_strided_memoryview_inputs(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    a, b = key_pairs
    keys = encryption.EncryptionKeys(a.pem, b.pem)
    data = bytes(range(256)) * 3
    assert decrypt(keys.encrypt(bytearray(data)), a.private, 0) == data
    strided = memoryview(data)[::2]
    assert decrypt(keys.encrypt(strided), b.private, 1) == data[::2]
    with pytest.raises(didww.ClientError, match="expected bytes"):
        keys.encrypt("text")  # type: ignore[arg-type]
    strided.release()
    with pytest.raises(didww.ClientError, match="memoryview that was released"):
        keys.encrypt(strided)


def test_fingerprint_matches_an_independent_sha1_of_the_der(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    a, b = key_pairs
    expected = f"{spki_sha1(a.pem)}:::{spki_sha1(b.pem)}"
    assert encryption.fingerprint(a.pem, b.pem) == expected
    assert encryption.EncryptionKeys(a.pem, b.pem).fingerprint == expected
    assert encryption.key_fingerprint(a.pem) == spki_sha1(a.pem)
    assert encryption.fingerprint(b.pem, a.pem) == f"{spki_sha1(b.pem)}:::{spki_sha1(a.pem)}"
    assert all(len(part) == 40 and part == part.lower() for part in expected.split(":::"))


def test_keys_without_armour_or_in_pkcs1_have_the_same_fingerprint(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    a = key_pairs[0]
    bare = "".join(a.pem.strip().splitlines()[1:-1])
    pkcs1 = (
        a.private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.PKCS1)
        .decode()
    )
    assert pkcs1.startswith("-----BEGIN RSA PUBLIC KEY-----")
    expected = spki_sha1(a.pem)
    assert encryption.key_fingerprint(bare) == expected
    assert encryption.key_fingerprint("\n  " + a.pem + "\n") == expected
    assert encryption.key_fingerprint(pkcs1) == expected


def test_unusable_keys_are_client_errors(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    with pytest.raises(didww.ClientError, match="not an RSA key"):
        encryption.EncryptionKeys(key_pairs[0].pem, ec_pem)
    with pytest.raises(didww.ClientError, match="public key A is not a PEM public key"):
        encryption.EncryptionKeys("not a key", key_pairs[1].pem)
    with pytest.raises(didww.ClientError, match="expected a PEM string"):
        encryption.key_fingerprint("")
    # A well-formed key of an algorithm cryptography does not know (OID 1.2.3.4): it raised
    # cryptography's own UnsupportedAlgorithm.
    unknown = "-----BEGIN PUBLIC KEY-----\nMA4wBQYDKgMEAwUAAQIDBA==\n-----END PUBLIC KEY-----\n"
    with pytest.raises(didww.ClientError, match=r"public key B is not an RSA key \(.*1\.2\.3\.4"):
        encryption.EncryptionKeys(key_pairs[0].pem, unknown)


def test_repr_shows_only_the_fingerprint(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    keys = encryption.EncryptionKeys(key_pairs[0].pem, key_pairs[1].pem)
    assert repr(keys) == f"EncryptionKeys(fingerprint={keys.fingerprint!r})"


def _hide_cryptography(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(sys.modules):
        if name == "cryptography" or name.startswith("cryptography."):
            monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "cryptography", None)


def test_missing_cryptography_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, key_pairs: tuple[KeyPair, KeyPair]
) -> None:
    _hide_cryptography(monkeypatch)
    for call in (
        lambda: encryption.encrypt(b"x", key_pairs[0].pem, key_pairs[1].pem),
        lambda: encryption.fingerprint(key_pairs[0].pem, key_pairs[1].pem),
        encryption.require_cryptography,
    ):
        with pytest.raises(didww.ClientError) as caught:
            call()
        assert "pip install 'cryptography>=42'" in str(caught.value)


def test_import_didww_works_without_cryptography() -> None:
    code = textwrap.dedent("""
        import sys
        sys.modules["cryptography"] = None
        import didww, didww.encryption
        assert "cryptography" not in [m for m in sys.modules if sys.modules[m] is not None]
        with didww.Client(api_key="k", base_url="http://127.0.0.1:9/v3") as client:
            try:
                client.encrypted_files.upload(b"%PDF")
            except didww.ClientError as exc:
                print(exc)
        """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert "pip install 'cryptography>=42'" in result.stdout


@pytest.mark.parametrize("bits", [1024, 1536])
def test_a_public_key_too_small_to_keep_a_document_safe_is_refused(bits: int) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa

    small = (
        rsa.generate_private_key(public_exponent=65537, key_size=bits)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    # Under 912 bits RSA-OAEP-SHA256 cannot even wrap the AES key (a raw ValueError before).
    with pytest.raises(
        didww.ClientError, match=rf"public key A is a {bits}-bit RSA key; .* at least 2048 bits"
    ):
        didww.encryption.encrypt(b"passport", small, small)
