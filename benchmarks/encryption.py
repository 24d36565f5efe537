"""Encryption throughput for a 10 MiB document, against raw AES-256-CBC of the same bytes.

The floor is what any hybrid scheme must pay: one AES-256-CBC pass with PKCS#7 padding. The SDK
adds two RSA-OAEP encryptions of 48 bytes (RSA-4096, as DIDWW publishes) and the output copy.
"""

from __future__ import annotations

import os
import statistics

from benchmarks.report import Row, paired_rounds, ratio_row, seconds

__all__ = ["encryption_benchmark"]

SIZE = 10 * 1024 * 1024
GROUP = "encryption"


def encryption_benchmark(rounds: int = 7) -> list[Row]:
    """Rows for the table; none (and a line saying why) without ``cryptography``."""
    try:
        from cryptography.hazmat.primitives import padding, serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    except ImportError:
        print("encryption benchmark skipped: pip install cryptography to run it")
        return []
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

    def sdk() -> bytes:
        return keys.encrypt(data)

    seconds(raw_aes), seconds(sdk)  # warm-up
    samples = paired_rounds(
        {"floor": lambda: seconds(raw_aes), "sdk": lambda: seconds(sdk)}, rounds
    )
    mib = SIZE / 2**20
    return [
        ratio_row(
            GROUP,
            f"encrypt a {mib:.0f} MiB document (AES + 2x RSA-OAEP-4096)",
            "raw AES-256-CBC + PKCS#7",
            samples["sdk"],
            samples["floor"],
            note=f"{mib / statistics.median(samples['sdk']):.0f} MiB/s",
        )
    ]
