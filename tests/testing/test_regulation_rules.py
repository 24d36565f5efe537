"""What the 2026-10-22 document adds to regulation records, and 2026-04-16's lack of it: deletes
refused while a record is in use, a permanent document superseding the one before it, company
fields and the contact email of an identity, and the limits on to-many members (spec
``max_items`` / ``unique_items``), in the simulator and, for the count, in the SDK."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, ManualClock, Simulator
from tests.testing.raw_requests import JSON_API, raw_client

VERSIONS = {"2026-04-16": v0416, "2026-10-22": v1022}
PDF = b"%PDF-1.4\n% scan\n"


def _setup(version: str) -> tuple[Simulator[Any, Any], Any, Any, ManualClock]:
    clock = ManualClock()
    sim: Simulator[Any, Any] = Simulator(api_version=version, clock=clock)
    return sim, sim.client(clock=clock), VERSIONS[version], clock


def _raw(sim: Simulator[Any, Any], method: str, path: str, body: Any = None) -> httpx.Response:
    with raw_client(sim, headers=JSON_API) as http:
        return http.request(method, path, json=body)


def _errors(response: httpx.Response) -> list[tuple[str, str | None]]:
    """(status, pointer) of each error of an answer."""
    return [
        (e["status"], (e.get("source") or {}).get("pointer")) for e in response.json()["errors"]
    ]


def _ids(type_: str, ids: list[str]) -> dict[str, Any]:
    return {"data": [{"type": type_, "id": i} for i in ids]}


def _one(type_: str, id_: str) -> dict[str, Any]:
    return {"data": {"type": type_, "id": id_}}


def _document(client: Any, pkg: Any, template: str, identity: str) -> Any:
    """A permanent supporting document of ``template`` for ``identity``, with one file."""
    return client.permanent_supporting_documents.create(
        pkg.PermanentSupportingDocument(
            template_id=template,
            identity_id=identity,
            files=[client.encrypted_files.upload(PDF, filename="form.pdf")],
        )
    )


def _pending_verification(client: Any, pkg: Any) -> Any:
    """A pending address verification of the seeded London address (identity_gb's)."""
    did = client.dids.find(SEED.did_gb)
    verification = client.address_verifications.create(
        pkg.AddressVerification(address_id=SEED.address_gb, dids=[did])
    )
    assert verification.status == "pending"
    return verification


def _active_emergency_service(client: Any, pkg: Any, clock: ManualClock) -> tuple[Any, Any]:
    """A new identity and New York address, with an emergency calling service registered to it
    that review made active: (identity, address)."""
    us = client.countries.find(SEED.country_us)
    identity = client.identities.create(
        pkg.Identity(
            identity_type="personal",
            first_name="Bo",
            last_name="Yu",
            phone_number="12125550100",
            country=us,
            birth_date=dt.date(1980, 1, 1),
        )
    )
    address = client.addresses.create(
        pkg.Address(
            identity=identity,
            country=us,
            address="1 Ave",
            city_name="New York",
            postal_code="10001",
        )
    )
    order = client.orders.create(
        pkg.Order(items=[pkg.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    clock.advance(3600)
    (did,) = client.dids.list(didww.QueryParams().filter("order.id", order.id))
    verification = client.emergency_verifications.create(
        pkg.EmergencyVerification(address=address, dids=[did])
    )
    clock.advance(3600)
    found = client.emergency_verifications.find(
        verification.id, didww.QueryParams().include("emergency_calling_service")
    )
    assert found.status == "approved"
    assert found.emergency_calling_service.status == "active"
    return identity, address


# -- deletes of records still in use ------------------------------------------------------------


def test_2026_10_22_keeps_what_a_pending_address_verification_relies_on() -> None:
    sim, client, pkg, _ = _setup("2026-10-22")
    document = _document(client, pkg, SEED.template_de_registration, SEED.identity_gb)
    _pending_verification(client, pkg)
    proofs = [p.id for p in client.proofs.list()]
    for path, status in (
        *((f"/proofs/{p}", 422) for p in proofs),  # the identity's and the address's
        (f"/permanent_supporting_documents/{document.id}", 422),
        (f"/addresses/{SEED.address_gb}", 409),
    ):
        answer = _raw(sim, "DELETE", path)
        assert answer.status_code == status, (path, answer.text)
        assert answer.json()["errors"][0]["status"] == str(status)
    # Nothing was removed.
    assert sorted(p.id for p in client.proofs.list()) == sorted(proofs)
    assert client.permanent_supporting_documents.find(document.id).id == document.id
    assert client.addresses.find(SEED.address_gb).id == SEED.address_gb


def test_2026_10_22_frees_them_once_the_review_is_over() -> None:
    _, client, pkg, clock = _setup("2026-10-22")
    _pending_verification(client, pkg)
    clock.advance(3600)
    for proof in client.proofs.list():
        client.proofs.delete(proof.id)
    client.addresses.delete(SEED.address_gb)
    assert client.proofs.list() == []


def test_2026_10_22_keeps_an_address_and_identity_behind_an_unfinished_emergency_service() -> None:
    sim, client, pkg, clock = _setup("2026-10-22")
    identity, address = _active_emergency_service(client, pkg, clock)
    assert _raw(sim, "DELETE", f"/addresses/{address.id}").status_code == 409
    assert _raw(sim, "DELETE", f"/identities/{identity.id}").status_code == 409
    assert client.addresses.find(address.id).id == address.id
    assert client.identities.find(identity.id).id == identity.id
    (service,) = client.emergency_calling_services.list(
        didww.QueryParams().filter("identity.id", identity.id)
    )
    assert service.status == "active"
    client.emergency_calling_services.delete(service.id)  # canceled: finished
    client.addresses.delete(address.id)
    client.identities.delete(identity.id)


def test_2026_10_22_keeps_an_address_with_a_pending_emergency_verification() -> None:
    sim, client, pkg, clock = _setup("2026-10-22")
    _, address = _active_emergency_service(client, pkg, clock)
    (service,) = client.emergency_calling_services.list(
        didww.QueryParams().filter("identity.id", address.identity_id)
    )
    client.emergency_calling_services.delete(service.id)
    order = client.orders.create(
        pkg.Order(items=[pkg.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    clock.advance(3600)
    (did,) = client.dids.list(didww.QueryParams().filter("order.id", order.id))
    client.emergency_verifications.create(pkg.EmergencyVerification(address=address, dids=[did]))
    answer = _raw(sim, "DELETE", f"/addresses/{address.id}")
    assert answer.status_code == 409
    assert "pending" in answer.json()["errors"][0]["detail"]


def test_2026_04_16_deletes_them_as_before() -> None:
    _, client, pkg, clock = _setup("2026-04-16")
    document = _document(client, pkg, SEED.template_de_registration, SEED.identity_gb)
    _pending_verification(client, pkg)
    for proof in client.proofs.list():
        client.proofs.delete(proof.id)
    client.permanent_supporting_documents.delete(document.id)
    client.addresses.delete(SEED.address_gb)
    identity, address = _active_emergency_service(client, pkg, clock)
    client.addresses.delete(address.id)
    client.identities.delete(identity.id)


# -- a new permanent document supersedes the old one -----------------------------------------


@pytest.mark.parametrize(("version", "kept"), [("2026-10-22", 1), ("2026-04-16", 2)])
def test_a_new_permanent_document_supersedes_the_one_for_the_same_template(
    version: str, kept: int
) -> None:
    sim, client, pkg, _ = _setup(version)

    first = _document(client, pkg, SEED.template_de_registration, SEED.identity_gb)
    other_identity = _document(client, pkg, SEED.template_de_registration, SEED.identity)
    second = _document(client, pkg, SEED.template_de_registration, SEED.identity_gb)
    listed = {d.id for d in client.permanent_supporting_documents.list()}
    assert {second.id, other_identity.id} <= listed
    assert len(listed) == kept + 1
    gone = _raw(sim, "GET", f"/permanent_supporting_documents/{first.id}")
    assert gone.status_code == (404 if kept == 1 else 200)


# -- company fields and the contact email of an identity ---------------------------------------


def _identity_body(**attributes: Any) -> dict[str, Any]:
    return {
        "data": {
            "type": "identities",
            "attributes": {
                "identity_type": "personal",
                "first_name": "Jane",
                "last_name": "Doe",
                "phone_number": "442037691880",
                **attributes,
            },
        }
    }


@pytest.mark.parametrize(
    ("attributes", "pointer"),
    [
        ({"company_name": "ACME"}, "/data/attributes/company_name"),
        ({"company_reg_number": "123"}, "/data/attributes/company_reg_number"),
        ({"vat_id": "GB123"}, "/data/attributes/vat_id"),  # personal, and no country either
        ({"contact_email": "not-an-email"}, "/data/attributes/contact_email"),
    ],
)
def test_2026_10_22_refuses_on_create(attributes: dict[str, Any], pointer: str) -> None:
    sim, client, _, _ = _setup("2026-10-22")
    before = len(client.identities.list())
    answer = _raw(sim, "POST", "/identities", _identity_body(**attributes))
    assert answer.status_code == 422, answer.text
    assert ("422", pointer) in _errors(answer)
    assert len(client.identities.list()) == before  # nothing stored


def test_2026_10_22_a_vat_id_needs_the_country_and_a_business() -> None:
    sim, client, _, _ = _setup("2026-10-22")
    body = _identity_body(identity_type="business", company_name="ACME", vat_id="GB123")
    answer = _raw(sim, "POST", "/identities", body)
    # The spec's condition: the country is what is missing.
    assert _errors(answer) == [("422", "/data/relationships/country")]
    body["data"]["relationships"] = {"country": _one("countries", SEED.country_gb)}
    created = _raw(sim, "POST", "/identities", body)
    assert created.status_code == 201, created.text
    identity_id = created.json()["data"]["id"]
    # Removing the country while the VAT id stays is refused, pointing at the country.
    cleared = {"data": {"type": "identities", "id": identity_id}}
    cleared["data"]["relationships"] = {"country": {"data": None}}
    answer = _raw(sim, "PATCH", f"/identities/{identity_id}", cleared)
    assert _errors(answer) == [("422", "/data/relationships/country")]
    kept = client.identities.find(identity_id, didww.QueryParams().include("country"))
    assert kept.country_id == SEED.country_gb


@pytest.mark.parametrize(
    ("attributes", "pointer"),
    [
        ({"company_name": "ACME"}, "/data/attributes/company_name"),
        ({"vat_id": "GB123"}, "/data/attributes/vat_id"),
        ({"contact_email": "jane@localhost"}, "/data/attributes/contact_email"),
        ({"contact_email": "a@b@example.com"}, "/data/attributes/contact_email"),
    ],
)
def test_2026_10_22_refuses_on_update(attributes: dict[str, Any], pointer: str) -> None:
    sim, client, _, _ = _setup("2026-10-22")
    body = {"data": {"type": "identities", "id": SEED.identity_gb, "attributes": attributes}}
    answer = _raw(sim, "PATCH", f"/identities/{SEED.identity_gb}", body)
    assert answer.status_code == 422, answer.text
    assert ("422", pointer) in _errors(answer)
    stored = client.identities.find(SEED.identity_gb)
    assert stored.company_name is None and stored.vat_id is None
    assert stored.contact_email == "jane.smith@example.com"


def test_2026_10_22_accepts_what_the_document_allows() -> None:
    _, client, pkg, _ = _setup("2026-10-22")
    identity = client.identities.create(
        pkg.Identity(
            identity_type="personal",
            first_name="Jane",
            last_name="Doe",
            phone_number="442037691880",
            contact_email="jane.doe@mail.example.co.uk",
            company_name=None,
            vat_id=None,
        )
    )
    identity.contact_email = None
    client.identities.update(identity)


def test_2026_04_16_keeps_company_fields_and_any_email() -> None:
    _, client, pkg, _ = _setup("2026-04-16")
    identity = client.identities.create(
        pkg.Identity(
            identity_type="personal",
            first_name="Jane",
            last_name="Doe",
            phone_number="442037691880",
            company_name="ACME",
            vat_id="GB123",
            contact_email="not-an-email",
        )
    )
    assert (identity.company_name, identity.vat_id) == ("ACME", "GB123")


# -- limits on to-many members -----------------------------------------------------------------


def _files(client: Any, count: int) -> list[str]:
    return [client.encrypted_files.upload(PDF, filename=f"{i}.pdf").id for i in range(count)]


def _proof_body(files: list[str]) -> dict[str, Any]:
    return {
        "data": {
            "type": "proofs",
            "relationships": {
                "proof_type": _one("proof_types", SEED.proof_type_passport),
                "entity": _one("identities", SEED.identity_gb),
                "files": _ids("encrypted_files", files),
            },
        }
    }


def _document_body(files: list[str]) -> dict[str, Any]:
    return {
        "data": {
            "type": "permanent_supporting_documents",
            "relationships": {
                "template": _one("supporting_document_templates", SEED.template_de_registration),
                "identity": _one("identities", SEED.identity_gb),
                "files": _ids("encrypted_files", files),
            },
        }
    }


FILES = [("/proofs", _proof_body), ("/permanent_supporting_documents", _document_body)]


@pytest.mark.parametrize(("path", "body"), FILES)
def test_2026_10_22_takes_at_most_five_distinct_files(path: str, body: Any) -> None:
    sim, client, _, _ = _setup("2026-10-22")
    files = _files(client, 6)
    before = len(_raw(sim, "GET", path).json()["data"])
    too_many = _raw(sim, "POST", path, body(files))
    assert _errors(too_many) == [("422", "/data/relationships/files/data")]
    twice = _raw(sim, "POST", path, body([files[0], files[1], files[0]]))
    assert _errors(twice) == [("422", "/data/relationships/files/data/2")]
    assert len(_raw(sim, "GET", path).json()["data"]) == before  # nothing stored
    assert _raw(sim, "POST", path, body(files[:5])).status_code == 201


@pytest.mark.parametrize(("path", "body"), FILES)
def test_2026_04_16_states_no_limit_on_files(path: str, body: Any) -> None:
    sim, client, _, _ = _setup("2026-04-16")
    files = _files(client, 6)
    assert _raw(sim, "POST", path, body(files)).status_code == 201
    assert _raw(sim, "POST", path, body([files[0], files[0]])).status_code == 201


@pytest.mark.parametrize(("version", "status"), [("2026-10-22", 422), ("2026-04-16", 201)])
def test_an_address_verification_naming_a_did_twice(version: str, status: int) -> None:
    sim, client, _, _ = _setup(version)
    body = {
        "data": {
            "type": "address_verifications",
            "relationships": {
                "address": _one("addresses", SEED.address_gb),
                "dids": _ids("dids", [SEED.did_gb, SEED.did_gb]),
            },
        }
    }
    answer = _raw(sim, "POST", "/address_verifications", body)
    assert answer.status_code == status, answer.text
    if status == 422:
        assert _errors(answer) == [("422", "/data/relationships/dids/data/1")]
        assert client.address_verifications.list() == []


@pytest.mark.parametrize("kind", ["constructor", "assignment", "append", "ids"])
def test_the_sdk_refuses_more_files_than_the_spec_allows_before_sending(kind: str) -> None:
    sim, client, pkg, _ = _setup("2026-10-22")
    files = [client.encrypted_files.upload(PDF, filename=f"{i}.pdf") for i in range(6)]
    entity = pkg.Identity(SEED.identity_gb)
    if kind == "constructor":
        proof = pkg.Proof(proof_type_id=SEED.proof_type_passport, entity=entity, files=files)
    else:
        proof = pkg.Proof(proof_type_id=SEED.proof_type_passport, entity=entity)
        if kind == "assignment":
            proof.files = files
        elif kind == "append":
            proof.files = files[:5]
            proof.files.append(files[5])
        else:
            proof.file_ids = [f.id for f in files]
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"Proof\.files holds 6 .* at most 5"):
        client.proofs.create(proof)
    assert list(sim.requests) == []  # nothing was sent
    document = pkg.PermanentSupportingDocument(
        template_id=SEED.template_de_registration, identity=entity, files=files
    )
    with pytest.raises(didww.ClientError, match="at most 5"):
        client.permanent_supporting_documents.create(document)
    assert list(sim.requests) == []
    assert client.proofs.create(
        pkg.Proof(proof_type_id=SEED.proof_type_passport, entity=entity, files=files[:5])
    ).id


def test_the_2026_04_16_sdk_sends_six_files() -> None:
    _, client, pkg, _ = _setup("2026-04-16")
    files = [client.encrypted_files.upload(PDF, filename=f"{i}.pdf") for i in range(6)]
    proof = pkg.Proof(
        proof_type_id=SEED.proof_type_passport, entity=pkg.Identity(SEED.identity_gb), files=files
    )
    assert client.proofs.create(proof).id
