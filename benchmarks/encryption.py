"""Encryption throughput for a 10 MiB document, against raw AES-256-CBC of the same bytes.

The floor is what any hybrid scheme must pay: one AES-256-CBC pass with PKCS#7 padding. The SDK
adds two RSA-OAEP encryptions of 48 bytes (RSA-4096, as DIDWW publishes) and the output copy.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

SIZE = 10 * 1024 * 1024


def _median_seconds(fn: Callable[[], object], rounds: int) -> float:
    fn()  # warm-up
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def encryption_benchmark(rounds: int = 15) -> None:
    try:
        from cryptography.hazmat.primitives import padding, serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    except ImportError:
        print("\nencryption benchmark skipped: pip install 'didww[encryption]' to run it")
        return
    from didww.encryption import EncryptionKeys

    pems = []
    for _ in range(2):
        private = rsa.generate_private_key(public_exponent=65537, key_size=4096)
        pem = private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        pems.append(pem.decode())
    keys = EncryptionKeys(pems[0], pems[1])
    data = os.urandom(SIZE)

    def raw_aes() -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(os.urandom(32)), modes.CBC(os.urandom(16))).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    floor = _median_seconds(raw_aes, rounds)
    sdk = _median_seconds(lambda: keys.encrypt(data), rounds)
    mib = SIZE / 2**20
    print(f"\nencrypting a {mib:.0f} MiB document (median of {rounds} rounds, RSA-4096 keys)")
    print(
        f"{'raw AES-256-CBC + PKCS#7 (floor)':<50} {floor * 1e3:8.2f} ms  "
        f"{mib / floor:7.0f} MiB/s  {1:5.2f}x floor"
    )
    print(
        f"{'didww.encryption (AES + 2x RSA-OAEP)':<50} {sdk * 1e3:8.2f} ms  "
        f"{mib / sdk:7.0f} MiB/s  {sdk / floor:5.2f}x floor"
    )


if __name__ == "__main__":
    encryption_benchmark()
