"""Regulation flows: encrypted uploads, proofs, verifications, validations, emergency services."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import httpx
import pytest

import didww
from didww import enums
from didww.testing import (
    ENCRYPTION_FINGERPRINT,
    PUBLIC_KEYS,
    SEED,
    ManualClock,
    Simulator,
    SimulatorServer,
)

Q = didww.QueryParams
FIELD = "encrypted_files[{}]"


def _upload(http: httpx.Client, url: str, api_key: str, fingerprint: str) -> httpx.Response:
    return http.post(
        url,
        headers={"Api-Key": api_key},
        data={
            FIELD.format("encryption_fingerprint"): fingerprint,
            FIELD.format("description"): "passport scan",
        },
        files={
            FIELD.format("file"): (
                "scan.pdf.enc",
                b"\x00encrypted bytes\xff",
                "application/octet-stream",
            )
        },
    )


def test_fingerprint_matches_the_published_keys() -> None:
    # Recompute what a client computes: SHA-1 of each key's DER SubjectPublicKeyInfo.
    import base64

    fingerprints = []
    for pem in PUBLIC_KEYS:
        body = "".join(line for line in pem.splitlines() if not line.startswith("-----"))
        fingerprints.append(hashlib.sha1(base64.b64decode(body)).hexdigest())
    assert ":::".join(fingerprints) == ENCRYPTION_FINGERPRINT


def test_multipart_upload_with_right_and_wrong_fingerprint(
    didww_simulator: Simulator, didww_server: SimulatorServer, didww_client: didww.Client
) -> None:
    with httpx.Client() as http:
        url = f"{didww_server.base_url}/encrypted_files"
        created = _upload(http, url, didww_simulator.api_key, ENCRYPTION_FINGERPRINT)
        assert created.status_code == 201
        # 2026-04-16's document: JSON:API, "sent as application/json".
        assert created.headers["content-type"] == "application/json"
        data = created.json()["data"]
        assert (
            data["type"] == "encrypted_files"
            and data["attributes"]["description"] == "passport scan"
        )
        wrong = _upload(http, url, didww_simulator.api_key, "00" * 20 + ":::" + "11" * 20)
        assert wrong.status_code == 422
        assert (
            wrong.json()["errors"][0]["source"]["pointer"]
            == "/data/attributes/encryption_fingerprint"
        )
        assert _upload(http, url, "bad-key", ENCRYPTION_FINGERPRINT).status_code == 401
        not_multipart = http.post(
            url, headers={"Api-Key": didww_simulator.api_key}, json={"data": {}}
        )
        assert not_multipart.status_code == 400
    assert [f.id for f in didww_client.encrypted_files.list()] == [data["id"]]


def test_unattached_files_expire_after_a_day(
    didww_simulator: Simulator,
    didww_clock: ManualClock,
    didww_client: didww.Client,
    http: httpx.Client,
) -> None:
    file_id = _upload(
        http, "/encrypted_files", didww_simulator.api_key, ENCRYPTION_FINGERPRINT
    ).json()["data"]["id"]
    kept_id = _upload(
        http, "/encrypted_files", didww_simulator.api_key, ENCRYPTION_FINGERPRINT
    ).json()["data"]["id"]
    didww_client.proofs.create(
        didww.Proof(
            proof_type_id=SEED.proof_type_passport,
            entity=didww.Identity(SEED.identity),
            files=[didww.EncryptedFile(kept_id)],
        )
    )
    didww_clock.advance(86400)
    assert [f.id for f in didww_client.encrypted_files.list()] == [kept_id]
    assert file_id != kept_id


def _file(http: httpx.Client, didww_simulator: Simulator) -> didww.EncryptedFile:
    created = _upload(
        http, "/encrypted_files", didww_simulator.api_key, ENCRYPTION_FINGERPRINT
    ).json()["data"]
    return didww.EncryptedFile(created["id"])


def test_identity_address_proofs_and_requirement_validation(
    didww_client: didww.Client, didww_simulator: Simulator, http: httpx.Client
) -> None:
    identity = didww_client.identities.create(
        didww.Identity(
            identity_type=enums.IdentityType.PERSONAL,
            first_name="Ada",
            last_name="Lovelace",
            phone_number="442071830000",
            country_id=SEED.country_gb,
        )
    )
    address = didww_client.addresses.create(
        didww.Address(
            address="12 St James's Sq",
            city_name="London",
            postal_code="SW1Y 4LB",
            identity=identity,
            country_id=SEED.country_gb,
        )
    )
    located = didww_client.addresses.find(address.id, Q().include("city", "area"))
    assert located.city is not None and located.city.name == "London"
    assert located.area is not None and located.area.name == "Greater London"

    validation = didww.AddressRequirementValidation(
        address_requirement_id=SEED.address_requirement_gb_london,
        identity=identity,
        address=address,
    )
    with pytest.raises(didww.UnprocessableEntityError) as missing:
        didww_client.address_requirement_validations.create(validation)
    details = sorted(e.detail or "" for e in missing.value.errors)
    assert details == [
        "address - needs 1 proof(s), has 0",
        "identity - birth_date is missing",
        "identity - needs 1 proof(s), has 0",
    ]

    didww_client.proofs.create(
        didww.Proof(
            proof_type_id=SEED.proof_type_passport,
            entity=identity,
            files=[_file(http, didww_simulator)],
        )
    )
    didww_client.proofs.create(
        didww.Proof(
            proof_type_id=SEED.proof_type_utility_bill,
            entity=address,
            files=[_file(http, didww_simulator)],
        )
    )
    with pytest.raises(
        didww.UnprocessableEntityError
    ):  # a utility bill proves an address, not a person
        didww_client.proofs.create(
            didww.Proof(
                proof_type_id=SEED.proof_type_utility_bill,
                entity=identity,
                files=[_file(http, didww_simulator)],
            )
        )
    identity.birth_date = __import__("datetime").date(1815, 12, 10)
    didww_client.identities.update(identity)
    ok = didww_client.address_requirement_validations.create(
        didww.AddressRequirementValidation(
            address_requirement_id=SEED.address_requirement_gb_london,
            identity=identity,
            address=address,
        )
    )
    assert ok.id and ok.resource_type == "address_requirement_validations"
    with_proofs = didww_client.identities.find(identity.id, Q().include("proofs", "addresses"))
    assert len(with_proofs.proofs) == 1 and [a.id for a in with_proofs.addresses] == [address.id]


def test_address_verification_registers_the_dids(
    didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    did = didww_client.dids.find(SEED.did_gb)
    assert did.awaiting_registration is True
    verification = didww_client.address_verifications.create(
        didww.AddressVerification(address_id=SEED.address_gb, dids=[did])
    )
    assert verification.status == enums.AddressVerificationStatus.PENDING
    assert (
        didww_client.dids.find(
            SEED.did_gb, Q().include("address_verification")
        ).address_verification
        is not None
    )
    didww_clock.advance(2)
    assert (
        didww_client.address_verifications.find(verification.id).status
        == enums.AddressVerificationStatus.APPROVED
    )
    assert didww_client.dids.find(SEED.did_gb).awaiting_registration is False
    assert didww_client.addresses.find(SEED.address_gb).verified is True


def test_emergency_verification_and_calling_service(
    didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    with pytest.raises(didww.ClientError, match="send at least one of them"):
        didww_client.emergency_requirement_validations.create(
            didww.EmergencyRequirementValidation(
                emergency_requirement_id=SEED.emergency_requirement_us_local
            )
        )
    didww_client.emergency_requirement_validations.create(
        didww.EmergencyRequirementValidation(
            emergency_requirement_id=SEED.emergency_requirement_us_local,
            identity_id=SEED.identity,
            address_id=SEED.address,
        )
    )
    order = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    (did,) = didww_client.dids.list(Q().filter("order.id", order.id))
    verification = didww_client.emergency_verifications.create(
        didww.EmergencyVerification(address_id=SEED.address, dids=[did])
    )
    service = didww_client.emergency_verifications.find(
        verification.id, Q().include("emergency_calling_service")
    ).emergency_calling_service
    assert service is not None and service.status == enums.EmergencyCallingServiceStatus.IN_PROCESS
    didww_clock.advance(2)
    active = didww_client.emergency_calling_services.find(
        service.id, Q().include("dids", "emergency_requirement")
    )
    assert active.status == enums.EmergencyCallingServiceStatus.ACTIVE
    assert [d.id for d in active.dids] == [did.id] and active.dids[0].emergency_enabled
    assert active.emergency_requirement is not None
    found = didww_client.emergency_calling_services.list(Q().filter("identity.id", SEED.identity))
    assert [s.id for s in found] == [service.id]

    didww_client.emergency_calling_services.delete(service.id)
    canceled = didww_client.emergency_calling_services.find(service.id)
    assert canceled.status == enums.EmergencyCallingServiceStatus.CANCELED
    assert canceled.canceled_at is not None and canceled.renew_date is None
    assert didww_client.dids.find(did.id).emergency_enabled is False
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.emergency_calling_services.delete(service.id)


def test_permanent_documents_and_credentials(
    didww_client: didww.Client, didww_simulator: Simulator, http: httpx.Client
) -> None:
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.permanent_supporting_documents.create(
            didww.PermanentSupportingDocument(
                template_id=SEED.template_generic_loa,
                identity_id=SEED.identity,
                files=[_file(http, didww_simulator)],
            )
        )
    document = didww_client.permanent_supporting_documents.create(
        didww.PermanentSupportingDocument(
            template_id=SEED.template_de_registration,
            identity_id=SEED.identity,
            files=[_file(http, didww_simulator)],
        )
    )
    assert (
        didww_client.identities.find(SEED.identity, Q().include("permanent_documents"))
        .permanent_documents[0]
        .id
        == document.id
    )

    trunk = didww_client.voice_out_trunks.create(
        didww.VoiceOutTrunk(
            name="Out",
            authentication_method=didww.CredentialsAndIPAuthentication(
                allowed_sip_ips=["203.0.113.0/24"]
            ),
        )
    )
    method = trunk.authentication_method
    assert (
        isinstance(method, didww.CredentialsAndIPAuthentication)
        and method.username
        and method.password
    )
    didww_client.voice_out_trunk_regenerate_credentials.create(
        didww.VoiceOutTrunkRegenerateCredential(voice_out_trunk=trunk)
    )
    rotated = didww_client.voice_out_trunks.find(trunk.id).authentication_method
    assert isinstance(rotated, didww.CredentialsAndIPAuthentication)
    assert rotated.password != method.password and rotated.allowed_sip_ips == ["203.0.113.0/24"]
    twilio = didww_client.voice_out_trunks.create(
        didww.VoiceOutTrunk(
            name="Tw", authentication_method=didww.TwilioAuthentication(twilio_account_sid="AC1")
        )
    )
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.voice_out_trunk_regenerate_credentials.create(
            didww.VoiceOutTrunkRegenerateCredential(voice_out_trunk=twilio)
        )


@pytest.mark.anyio
async def test_async_client_in_process_shares_state(
    didww_async_client: didww.AsyncClient, didww_client: didww.Client
) -> None:
    order = await didww_async_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_gb_mobile, qty=1)])
    )
    assert order.amount == 15
    balance = await didww_async_client.balance.find()
    assert didww_client.balance.find().total_balance == balance.total_balance
    assert didww_client.orders.find(order.id).status == enums.OrderStatus.COMPLETED


def test_the_package_needs_only_the_stdlib_and_httpx() -> None:
    # Whatever `import httpx, didww` loads is allowed; the simulator may add stdlib modules only.
    code = (
        "import sys, httpx, didww; before = set(sys.modules); import didww.testing; "
        "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
        "print(sorted(new - set(sys.stdlib_module_names) - {'didww'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_an_emergency_order_item_subscribes_and_activates_the_service(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    order = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    (did,) = didww_client.dids.list(Q().filter("order.id", order.id))
    verification = didww_client.emergency_verifications.create(
        didww.EmergencyVerification(address_id=SEED.address, dids=[did])
    )
    service = didww_client.emergency_verifications.find(
        verification.id, Q().include("emergency_calling_service")
    ).emergency_calling_service
    assert service is not None and service.status == enums.EmergencyCallingServiceStatus.IN_PROCESS
    balance = didww_simulator.balance

    subscription = didww_client.orders.create(
        didww.Order(
            items=[didww.EmergencyOrderItem(emergency_calling_service_id=service.id, qty=1)]
        )
    )

    assert subscription.status == enums.OrderStatus.COMPLETED
    (item,) = subscription.items
    assert isinstance(item, didww.EmergencyOrderItem)
    assert item.emergency_calling_service_id == service.id
    assert didww_simulator.balance == balance - subscription.amount
    active = didww_client.emergency_calling_services.find(service.id, Q().include("dids"))
    assert active.status == enums.EmergencyCallingServiceStatus.ACTIVE
    assert active.dids[0].emergency_enabled


def test_an_emergency_order_item_needs_a_live_service(didww_client: didww.Client) -> None:
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.orders.create(
            didww.Order(items=[didww.EmergencyOrderItem(emergency_calling_service_id="nope")])
        )
    assert caught.value.errors[0].source_pointer == (
        "/data/attributes/items/0/attributes/emergency_calling_service_id"
    )
    didww_client.emergency_calling_services.delete(SEED.emergency_calling_service)
    with pytest.raises(didww.UnprocessableEntityError, match="canceled"):
        didww_client.orders.create(
            didww.Order(
                items=[
                    didww.EmergencyOrderItem(
                        emergency_calling_service_id=SEED.emergency_calling_service, qty=1
                    )
                ]
            )
        )
