"""The encrypted-file upload's form comes from the spec: the SDK sends the catalog's fields, refuses
a file above the stated size limit before sending it, and the simulator accepts the same form.

Runs the SDK's clients of both API versions against the simulator and reads what it received
(the request log holds the raw multipart body). 2026-10-22 states "At most 20 MB" for the file
(the spec reads it as 20 MiB); 2026-04-16 states no limit. The limit is exercised with real
payloads around 20 MiB: the SDK refuses an oversized document before encrypting it, and
encrypting 20 MiB takes a few tens of milliseconds.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww._catalog import FormFieldInfo, MultipartInfo
from didww.encryption import EncryptionKeys
from didww.testing import PUBLIC_KEYS, Simulator
from didww.testing._keys import ENCRYPTION_FINGERPRINT
from didww.v2026_04_16 import catalog as catalog_2026_04_16
from didww.v2026_10_22 import catalog as catalog_2026_10_22
from didww.v2026_10_22.repositories.encrypted_files import (
    AsyncEncryptedFileRepository,
    EncryptedFileRepository,
)
from tests.files.support import Part, multipart

VERSIONS = ("2026-04-16", "2026-10-22")
CATALOGS = {"2026-04-16": catalog_2026_04_16, "2026-10-22": catalog_2026_10_22}
FILE = "encrypted_files[file]"
FINGERPRINT = "encrypted_files[encryption_fingerprint]"
DESCRIPTION = "encrypted_files[description]"
LIMIT = 20 * 1024 * 1024
"""2026-10-22's "At most 20 MB" for the file part, as the spec states it."""
DOCUMENT = b"%PDF-1.7\n a stand-in for a scanned passport\n%%EOF\n"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sim(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version)


def overhead() -> int:
    """What encryption adds to a document besides its padding: the two RSA-wrapped keys."""
    return len(EncryptionKeys(*PUBLIC_KEYS).encrypt(b"")) - 16


def document_encrypting_to(size: int) -> bytes:
    """A document whose encrypted form is exactly ``size`` bytes (a multiple of 16 above the
    wrapped keys): PKCS#7 pads the largest such document by one byte."""
    padded = size - overhead()
    assert padded > 0 and padded % 16 == 0
    return b"\0" * (padded - 1)


def uploads(sim: Simulator[Any, Any]) -> list[list[Part]]:
    """The multipart parts of every upload the simulator received, as they came on the wire."""
    sent = []
    for entry in sim.requests.matching("POST", "/encrypted_files"):
        assert isinstance(entry.body, bytes), "an upload of at most 64 KiB is logged whole"
        request = httpx.Request(
            "POST",
            entry.url,
            headers={"Content-Type": entry.headers["Content-Type"]},
            content=entry.body,
        )
        sent.append(multipart(request))
    return sent


def posted(sim: Simulator[Any, Any]) -> list[tuple[str, str, int | None]]:
    """(method, path, status) of every request the simulator received."""
    return [(r.method, r.path, r.status) for r in sim.requests]


# -- what the SDK sends ---------------------------------------------------------------------------


def test_the_sdk_sends_the_form_of_the_catalog(version: str, sim: Simulator[Any, Any]) -> None:
    form = CATALOGS[version].RESOURCES["encrypted_files"].multipart
    assert form is not None and form.names == (FILE, FINGERPRINT, DESCRIPTION)
    with sim.client() as client:
        described = client.encrypted_files.upload(DOCUMENT, description="Passport")
        plain = client.encrypted_files.upload(DOCUMENT, filename="page-2.pdf")
    assert (described.description, plain.description) == ("Passport", None)
    with_description, without = uploads(sim)
    # httpx writes the text fields first, in the form's order, then the file.
    assert [p.name for p in with_description] == [FINGERPRINT, DESCRIPTION, FILE]
    assert [p.name for p in without] == [FINGERPRINT, FILE]
    fingerprint, description, file = with_description
    assert fingerprint.data.decode() == ENCRYPTION_FINGERPRINT
    assert (description.data, description.filename) == (b"Passport", None)
    assert (file.filename, file.content_type) == ("document.bin", "application/octet-stream")
    assert DOCUMENT not in file.data  # encrypted
    assert without[1].filename == "page-2.pdf"


@pytest.mark.anyio
async def test_the_async_sdk_sends_the_same_form(sim: Simulator[Any, Any]) -> None:
    # One generated literal per version, shared by the sync and async repositories.
    assert AsyncEncryptedFileRepository._form is EncryptedFileRepository._form
    async with sim.async_client() as client:
        uploaded = await client.encrypted_files.upload(DOCUMENT, description="Passport")
    assert uploaded.description == "Passport"
    (parts,) = uploads(sim)
    assert [p.name for p in parts] == [FINGERPRINT, DESCRIPTION, FILE]


def test_the_field_names_are_read_from_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """The upload writes no field name of its own: a repository with another form sends that."""
    renamed = MultipartInfo(
        fields=(
            FormFieldInfo("encrypted_files[document]", "file", required=True),
            FormFieldInfo("encrypted_files[keys]", "fingerprint", required=True),
            FormFieldInfo("encrypted_files[note]", "attribute", attribute="description"),
        )
    )
    monkeypatch.setattr(EncryptedFileRepository, "_form", renamed)
    sim = Simulator(api_version="2026-10-22")
    with sim.client() as client, pytest.raises(didww.BadRequestError) as refused:
        # The simulator still takes the spec's form, so it refuses every renamed field.
        client.encrypted_files.upload(DOCUMENT, description="Passport")
    (parts,) = uploads(sim)
    assert [p.name for p in parts] == [
        "encrypted_files[keys]",
        "encrypted_files[note]",
        "encrypted_files[document]",
    ]
    assert [e.source_pointer for e in refused.value.errors] == [
        "/data/attributes/keys",
        "/data/attributes/note",
        "/data/attributes/document",
    ]


def test_an_attribute_the_form_has_no_field_for_is_refused_before_sending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = EncryptedFileRepository._form
    without = dataclasses.replace(form, fields=form.fields[:2])
    monkeypatch.setattr(EncryptedFileRepository, "_form", without)
    sim = Simulator(api_version="2026-10-22")
    with sim.client() as client, pytest.raises(didww.ClientError) as refused:
        client.encrypted_files.upload(DOCUMENT, description="Passport")
    assert "API 2026-10-22's upload has no field for description" in str(refused.value)
    assert posted(sim) == []


def test_a_required_attribute_left_out_is_refused_before_sending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = EncryptedFileRepository._form
    required = dataclasses.replace(form.fields[2], required=True)
    monkeypatch.setattr(
        EncryptedFileRepository, "_form", MultipartInfo((*form.fields[:2], required))
    )
    sim = Simulator(api_version="2026-10-22")
    with sim.client() as client, pytest.raises(didww.ClientError) as refused:
        client.encrypted_files.upload(DOCUMENT)
    assert "description is required by API 2026-10-22" in str(refused.value)
    assert posted(sim) == []


# -- the size limit, in the SDK -------------------------------------------------------------------


def test_a_document_over_the_limit_sends_nothing_at_all() -> None:
    """Encryption only adds bytes, so a document of the limit or more is refused before the
    keys are fetched (and before it is encrypted)."""
    sim = Simulator(api_version="2026-10-22")
    with sim.client() as client, pytest.raises(didww.ClientError) as refused:
        client.encrypted_files.upload(b"\0" * (LIMIT + 1))
    message = str(refused.value)
    assert "the document is 20,971,521 bytes" in message
    assert "20,971,520 bytes API 2026-10-22 takes in encrypted_files[file]" in message
    assert posted(sim) == []


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(LIMIT + 1)  # sparse: no 20 MiB written to the disk
    read: list[Path] = []
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        read.append(path)
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    sim = Simulator(api_version="2026-10-22")
    with sim.client() as client, pytest.raises(didww.ClientError, match="20,971,521 bytes"):
        client.encrypted_files.upload(big)
    assert read == [] and posted(sim) == []


def test_the_limit_is_measured_on_the_encrypted_payload() -> None:
    """A document under the limit whose encrypted form is over it: the keys are fetched (the
    encrypted size depends on them) but the upload is not sent. One at the limit exactly goes."""
    sim = Simulator(api_version="2026-10-22")
    at_limit = document_encrypting_to(LIMIT)
    over = at_limit + b"\0"  # one more byte: one more block of padding
    assert len(over) < LIMIT
    with sim.client() as client:
        with pytest.raises(didww.ClientError) as refused:
            client.encrypted_files.upload(over)
        assert f"the encrypted document is {LIMIT + 16:,} bytes" in str(refused.value)
        assert f"more than the {LIMIT:,} bytes" in str(refused.value)
        # ...and how large a document may be, with these keys.
        added = LIMIT + 16 - len(over)
        assert str(refused.value).endswith(
            f"encryption adds {added:,} bytes, so the document may be at most "
            f"{LIMIT - added:,} bytes"
        )
        assert posted(sim) == [("GET", "/public_keys", 200)]
        uploaded = client.encrypted_files.upload(at_limit)
    assert posted(sim)[-1] == ("POST", "/encrypted_files", 201)
    assert [f["id"] for f in sim.resources("encrypted_files")] == [uploaded.id]


@pytest.mark.anyio
async def test_the_async_upload_refuses_an_oversized_document_too() -> None:
    sim = Simulator(api_version="2026-10-22")
    async with sim.async_client() as client:
        with pytest.raises(didww.ClientError, match="20,971,521 bytes"):
            await client.encrypted_files.upload(b"\0" * (LIMIT + 1))
        with pytest.raises(didww.ClientError, match="encrypted document"):
            await client.encrypted_files.upload(document_encrypting_to(LIMIT) + b"\0")
    assert [r.path for r in sim.requests] == ["/public_keys"]


def test_a_limit_patched_on_the_repository_class_is_the_one_applied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = EncryptedFileRepository._form
    small = dataclasses.replace(form.fields[0], max_bytes=100)
    patched = MultipartInfo((small, *form.fields[1:]))
    monkeypatch.setattr(EncryptedFileRepository, "_form", patched)
    sim = Simulator(api_version="2026-10-22")
    with sim.client() as client, pytest.raises(didww.ClientError, match="than the 100 bytes"):
        client.encrypted_files.upload(b"x" * 100)
    assert posted(sim) == []


def test_2026_04_16_states_no_limit_and_sends_a_larger_document() -> None:
    sim = Simulator(api_version="2026-04-16")
    with sim.client() as client:
        uploaded = client.encrypted_files.upload(b"\0" * (LIMIT + 1))
    assert posted(sim) == [("GET", "/public_keys", 200), ("POST", "/encrypted_files", 201)]
    assert uploaded.id


# -- the simulator's answers to raw requests ------------------------------------------------------


def raw_upload(
    sim: Simulator[Any, Any], data: dict[str, str], file: bytes = DOCUMENT
) -> httpx.Response:
    """A hand-made upload of ``data`` and ``file``, with the credentials the simulator's
    version takes."""
    if sim.api_version == "2026-10-22":
        headers = {"Authorization": f"Bearer {sim.issue_token(expires_in=3600)}"}
    else:
        headers = {"Api-Key": sim.api_key}
    files = {FILE: ("scan.bin", file, "application/octet-stream")}
    with httpx.Client(transport=sim.transport(), base_url="http://sim.test/v3") as http:
        return http.post("/encrypted_files", headers=headers, data=data, files=files)


FINGERPRINT_ONLY = {FINGERPRINT: ENCRYPTION_FINGERPRINT}


def _errors(answer: httpx.Response, status: int) -> list[dict[str, Any]]:
    assert answer.status_code == status, answer.text
    errors = answer.json()["errors"]
    assert isinstance(errors, list)
    return errors


def test_the_simulator_refuses_a_file_over_the_limit_with_a_422() -> None:
    sim = Simulator(api_version="2026-10-22")
    (error,) = _errors(raw_upload(sim, FINGERPRINT_ONLY, b"\0" * (LIMIT + 1)), 422)
    assert error["source"]["pointer"] == "/data/attributes/file"
    assert error["detail"] == f"file - is too large ({LIMIT + 1} bytes; at most {LIMIT})"
    assert sim.resources("encrypted_files") == []
    assert raw_upload(sim, FINGERPRINT_ONLY, b"\0" * LIMIT).status_code == 201


def test_the_2026_04_16_simulator_takes_a_larger_file() -> None:
    sim = Simulator(api_version="2026-04-16")
    assert raw_upload(sim, FINGERPRINT_ONLY, b"\0" * (LIMIT + 1)).status_code == 201


def test_the_simulator_refuses_a_field_outside_the_form_under_2026_10_22_only(
    version: str, sim: Simulator[Any, Any]
) -> None:
    answer = raw_upload(sim, {**FINGERPRINT_ONLY, "encrypted_files[name]": "scan"})
    if version == "2026-10-22":
        (error,) = _errors(answer, 400)
        assert (error["code"], error["title"]) == ("105", "Param not allowed")
        assert error["source"]["pointer"] == "/data/attributes/name"
        assert sim.resources("encrypted_files") == []
    else:  # 2026-04-16 documents no 400: a field it does not read is ignored
        assert answer.status_code == 201, answer.text


def test_the_simulator_requires_the_form_s_required_fields(sim: Simulator[Any, Any]) -> None:
    (no_fingerprint,) = _errors(raw_upload(sim, {DESCRIPTION: "scan"}), 422)
    assert no_fingerprint["source"]["pointer"] == "/data/attributes/encryption_fingerprint"
    assert no_fingerprint["detail"] == "encryption_fingerprint - can't be blank"
    (no_file,) = _errors(raw_upload(sim, {FINGERPRINT: ENCRYPTION_FINGERPRINT}, b""), 422)
    assert no_file["source"]["pointer"] == "/data/attributes/file"
    assert no_file["detail"] == "file - can't be blank"
    (wrong,) = _errors(raw_upload(sim, {FINGERPRINT: "00" * 20 + ":::" + "11" * 20}), 422)
    assert wrong["detail"] == "encryption_fingerprint - does not match the current public keys"
    assert sim.resources("encrypted_files") == []
