"""Registration of a number: identity, address, proofs, then an address verification.

Numbers of some DID groups stay ``awaiting_registration`` until DIDWW has verified who uses them
and where. The DID group's address requirement says what is needed; this example creates an
identity and an address that meet it, uploads the documents (encrypted on this machine with
DIDWW's public keys, which needs the encryption extra: the ``cryptography`` package), attaches
them as proofs, checks the result against the requirement and asks DIDWW to verify the
address.

    python examples/address_verification.py [--async]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

if not __package__:  # run as `python examples/address_verification.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import enums
from examples._common import Summary, polling, run_example, say, step

Q = didww.QueryParams
AWAITING = (
    Q()
    .include("did_group.address_requirement", "did_group.city")
    .filter("awaiting_registration", True)
    .filter("terminated", False)
    .page(size=1)
)
REQUIREMENT = Q().include(
    "country", "personal_proof_types", "address_proof_types", "personal_onetime_document"
)
# Stand-ins for the scanned documents you would upload.
PASSPORT = b"%PDF-1.4\n% example passport scan\n"
UTILITY_BILL = b"%PDF-1.4\n% example utility bill\n"
SIGNED_LOA = b"%PDF-1.4\n% example letter of authorisation, signed\n"


def person(country: didww.Country) -> didww.Identity:
    return didww.Identity(
        identity_type=enums.IdentityType.PERSONAL,
        first_name="Jane",
        last_name="Example",
        phone_number="442071838750",
        contact_email="jane@example.com",
        birth_date=dt.date(1985, 6, 15),
        id_number="P1234567",
        country=country,
    )


def home(identity: didww.Identity, country: didww.Country, city: str) -> didww.Address:
    return didww.Address(
        identity=identity,
        country=country,
        city_name=city,
        postal_code="EC1A 1BB",
        address="10 Example Street",
        description="Example: registered office",
    )


def city_of(group: didww.DIDGroup) -> str:
    """The address goes where the number rings: the city of its DID group, if it has one."""
    return group.city.name if group.city is not None else "Capital City"


def run(client: didww.Client) -> Summary:
    step("A number waiting for registration, and what its group requires")
    waiting = client.dids.list(AWAITING)
    group = waiting[0].did_group if waiting else None
    if group is None or group.address_requirement_id is None:
        say("no number of this account awaits registration")
        return {"did_id": None}
    did = waiting[0]
    requirement = client.address_requirements.find(group.address_requirement_id, REQUIREMENT)
    country = requirement.country
    assert country is not None
    say(f"+{did.number} in {group.area_name}: {requirement.restriction_message}")
    fields = ", ".join(str(f) for f in requirement.personal_mandatory_fields or [])
    kinds = " or ".join(t.name for t in requirement.personal_proof_types)
    say(f"a person needs {fields} and {requirement.personal_proof_qty} proof: {kinds}")

    step("Create the identity and its address")
    identity = client.identities.create(person(country))
    address = client.addresses.create(home(identity, country, city_of(group)))
    say(f"identity {identity.first_name} {identity.last_name} ({identity.id})")
    say(f"address {address.address}, {address.city_name} ({address.id})")

    step("Upload the documents, encrypted, and attach them as proofs")
    passport = client.encrypted_files.upload(
        PASSPORT, description="Passport", filename="passport.pdf"
    )
    bill = client.encrypted_files.upload(
        UTILITY_BILL, description="Utility bill", filename="bill.pdf"
    )
    proofs = [
        client.proofs.create(
            didww.Proof(
                proof_type=requirement.personal_proof_types[0], entity=identity, files=[passport]
            )
        ),
        client.proofs.create(
            didww.Proof(proof_type=requirement.address_proof_types[0], entity=address, files=[bill])
        ),
    ]
    say(f"{len(proofs)} proofs, files expire {passport.expires_at:%Y-%m-%d} unless used")

    step("Check them against the requirement")
    try:
        client.address_requirement_validations.create(
            didww.AddressRequirementValidation(
                address_requirement=requirement, identity=identity, address=address
            )
        )
        valid = True
        say("the identity and address meet the requirement")
    except didww.UnprocessableEntityError as exc:
        valid = False
        say(f"not yet: {[e.detail for e in exc.errors]}")

    step("Ask DIDWW to verify the address for the number")
    onetime = []
    if requirement.personal_onetime_document is not None:
        template = requirement.personal_onetime_document
        say(f"with the signed {template.name!r} ({template.url})")
        onetime.append(client.encrypted_files.upload(SIGNED_LOA, filename="loa.pdf"))
    verification = client.address_verifications.create(
        didww.AddressVerification(address=address, dids=[did], onetime_files=onetime)
    )
    say(f"verification {verification.reference}: {verification.status}")
    verification = client.address_verifications.wait(verification, **polling())
    registered = client.dids.find(did.id)
    say(
        f"verification {verification.status}; +{registered.number} awaiting registration: "
        f"{registered.awaiting_registration}"
    )
    return {
        "did_id": did.id,
        "identity_id": identity.id,
        "address_id": address.id,
        "proofs": len(proofs),
        "valid": valid,
        "verification_status": verification.status,
        "awaiting_registration": registered.awaiting_registration,
        "address_verified": client.addresses.find(address.id).verified,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("A number waiting for registration, and what its group requires")
    waiting = await client.dids.list(AWAITING)
    group = waiting[0].did_group if waiting else None
    if group is None or group.address_requirement_id is None:
        say("no number of this account awaits registration")
        return {"did_id": None}
    did = waiting[0]
    requirement = await client.address_requirements.find(group.address_requirement_id, REQUIREMENT)
    country = requirement.country
    assert country is not None

    step("Identity, address and proofs")
    identity = await client.identities.create(person(country))
    address = await client.addresses.create(home(identity, country, city_of(group)))
    passport = await client.encrypted_files.upload(PASSPORT, filename="passport.pdf")
    bill = await client.encrypted_files.upload(UTILITY_BILL, filename="bill.pdf")
    proofs = [
        await client.proofs.create(
            didww.Proof(
                proof_type=requirement.personal_proof_types[0], entity=identity, files=[passport]
            )
        ),
        await client.proofs.create(
            didww.Proof(proof_type=requirement.address_proof_types[0], entity=address, files=[bill])
        ),
    ]
    try:
        await client.address_requirement_validations.create(
            didww.AddressRequirementValidation(
                address_requirement=requirement, identity=identity, address=address
            )
        )
        valid = True
    except didww.UnprocessableEntityError:
        valid = False
    say(f"identity {identity.id}, address {address.id}, {len(proofs)} proofs; valid: {valid}")

    step("Address verification")
    onetime = []
    if requirement.personal_onetime_document is not None:
        onetime.append(await client.encrypted_files.upload(SIGNED_LOA, filename="loa.pdf"))
    verification = await client.address_verifications.create(
        didww.AddressVerification(address=address, dids=[did], onetime_files=onetime)
    )
    verification = await client.address_verifications.wait(verification, **polling())
    registered = await client.dids.find(did.id)
    say(f"{verification.status}; awaiting registration: {registered.awaiting_registration}")
    return {
        "did_id": did.id,
        "identity_id": identity.id,
        "address_id": address.id,
        "proofs": len(proofs),
        "valid": valid,
        "verification_status": verification.status,
        "awaiting_registration": registered.awaiting_registration,
        "address_verified": (await client.addresses.find(address.id)).verified,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
