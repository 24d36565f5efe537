"""Emergency calling: requirements, validation, an emergency verification, a subscription to the
calling service it sets up, then cancelling the service.

Emergency calls from a number need a registered address. The emergency requirement of the
number's country and DID group type lists the fields to provide; an emergency verification of an
address for some numbers sets up an emergency calling service, and an order with an
``EmergencyOrderItem`` subscribes to it. The example buys a number for it when the account has
none without emergency calling, and waits with the generated ``wait()`` of orders,
verifications and services.

    python examples/emergency.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/emergency.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import enums
from examples._common import Summary, new_reference, polling, run_example, say, step

Q = didww.QueryParams
WITH_SERVICE = Q().include("emergency_calling_service")


def requirements_query(country_id: str) -> didww.QueryParams:
    return Q().include("did_group_type").filter("country.id", country_id)


def candidates(country_id: str) -> didww.QueryParams:
    """Numbers of a country without emergency calling, with their group and its type (a
    relationship is known only when it is included, here two hops away)."""
    return (
        Q()
        .include("did_group.city", "did_group.did_group_type")
        .filter("country.id", country_id)
        .filter("emergency_enabled", False)
        .filter("terminated", False)
    )


def of_type(dids: didww.ResourceList[didww.DID], type_id: str) -> didww.DID | None:
    """The first number whose DID group is of the given type."""
    for did in dids:
        if did.did_group is not None and did.did_group.did_group_type_id == type_id:
            return did
    return None


def groups_of_type(country_id: str, type_id: str) -> didww.QueryParams:
    return (
        Q()
        .include("stock_keeping_units", "city")
        .filter("country.id", country_id)
        .filter("did_group_type.id", type_id)
        .page(size=1)
    )


def caller(country: didww.Country) -> didww.Identity:
    return didww.Identity(
        identity_type=enums.IdentityType.PERSONAL,
        first_name="Jane",
        last_name="Example",
        phone_number="12125551234",
        country=country,
    )


def site(identity: didww.Identity, country: didww.Country, city: str) -> didww.Address:
    return didww.Address(
        identity=identity,
        country=country,
        city_name=city,
        postal_code="10001",
        address="350 Example Avenue",
    )


def city_of(group: didww.DIDGroup | None) -> str:
    """Where the number rings: the city of its DID group, if it has one."""
    return group.city.name if group is not None and group.city is not None else "Capital City"


def describe_order(order: didww.Order) -> str:
    return f"order {order.reference} ({order.status}, {order.amount})"


def subscription(service_id: str) -> didww.Order:
    """An order subscribing to an emergency calling service, under a reference of ours."""
    item = didww.EmergencyOrderItem(emergency_calling_service_id=service_id, qty=1)
    return didww.Order(items=[item], external_reference_id=new_reference())


def number_order(group: didww.DIDGroup) -> didww.Order:
    item = didww.DIDOrderItem(sku_id=group.stock_keeping_units[0].id, qty=1)
    return didww.Order(items=[item], external_reference_id=new_reference())


def run(client: didww.Client) -> Summary:
    step("Emergency requirements in the United States")
    us = client.countries.list(Q().filter("iso", "US"))[0]
    requirements = client.emergency_requirements.list(requirements_query(us.id))
    if not requirements:
        say("no emergency requirement here")
        return {"service_id": None}
    requirement = requirements[0]
    type_id = requirement.did_group_type_id
    assert type_id is not None
    kind = requirement.did_group_type.name if requirement.did_group_type else "?"
    say(f"{kind} numbers: identity {requirement.personal_mandatory_fields}")
    say(f"address {requirement.address_mandatory_fields}")
    say(f"set up in {requirement.estimate_setup_time}")

    step("A number to enable emergency calling on")
    did = of_type(client.dids.list(candidates(us.id)), type_id)
    ordered = did is None
    city = city_of(did.did_group if did else None)
    if did is None:
        group = client.did_groups.list(groups_of_type(us.id, type_id))[0]
        city = city_of(group)
        order = client.orders.wait(client.orders.create(number_order(group)), **polling())
        did = client.dids.list(Q().filter("order.id", order.id))[0]
        say(f"bought +{did.number} in {group.area_name}")
    say(f"+{did.number}, emergency calling: {did.emergency_enabled}")

    step("Who calls from where")
    identity = client.identities.create(caller(us))
    address = client.addresses.create(site(identity, us, city))
    try:
        client.emergency_requirement_validations.create(
            didww.EmergencyRequirementValidation(
                emergency_requirement=requirement, identity=identity, address=address
            )
        )
        valid = True
    except didww.UnprocessableEntityError as exc:
        valid = False
        say(f"missing: {[e.detail for e in exc.errors]}")
    say(f"identity {identity.id}, address {address.city_name}; meets the requirement: {valid}")

    step("Verify the address for emergency calls from the number")
    verification = client.emergency_verifications.create(
        didww.EmergencyVerification(address=address, dids=[did])
    )
    say(f"verification {verification.reference}: {verification.status}")
    verification = client.emergency_verifications.wait(verification, **polling())
    if not verification.is_loaded("emergency_calling_service"):
        # wait() reads the verification without includes; its service is one include away.
        verification = client.emergency_verifications.find(verification.id, WITH_SERVICE)
    service_id = verification.emergency_calling_service_id
    assert service_id is not None
    say(f"verification {verification.status}; it set up service {service_id}")

    step("Subscribe to the service with an emergency order item")
    order = client.orders.create(subscription(service_id))
    say(describe_order(order))
    order = client.orders.wait(order, **polling())
    client.emergency_calling_services.wait(service_id, **polling())
    service = client.emergency_calling_services.find(service_id, Q().include("dids"))
    enabled = client.dids.find(did.id).emergency_enabled
    say(
        f"{describe_order(order)}; service {service.name!r} is {service.status}, "
        f"renews {service.renew_date}; emergency calling on +{did.number}: {enabled}"
    )
    active = client.emergency_calling_services.list(Q().filter("status", "active"))
    say(f"{len(active)} active emergency calling services")

    step("Cancel the service")
    client.emergency_calling_services.delete(service_id)
    canceled = client.emergency_calling_services.find(service_id)
    say(f"{canceled.name!r} is {canceled.status} since {canceled.canceled_at:%Y-%m-%d %H:%M} UTC")
    return {
        "did_id": did.id,
        "ordered_number": ordered,
        "valid": valid,
        "verification_status": verification.status,
        "service_id": service_id,
        "subscription_order_status": order.status,
        "subscription_amount": order.amount,
        "service_status": service.status,
        "service_dids": service.did_ids,
        "emergency_enabled": enabled,
        "canceled_status": canceled.status,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Requirement and a number")
    us = (await client.countries.list(Q().filter("iso", "US")))[0]
    requirements = await client.emergency_requirements.list(requirements_query(us.id))
    if not requirements:
        return {"service_id": None}
    requirement = requirements[0]
    type_id = requirement.did_group_type_id
    assert type_id is not None
    did = of_type(await client.dids.list(candidates(us.id)), type_id)
    ordered = did is None
    city = city_of(did.did_group if did else None)
    if did is None:
        groups = await client.did_groups.list(groups_of_type(us.id, type_id))
        city = city_of(groups[0])
        order = await client.orders.create(number_order(groups[0]))
        order = await client.orders.wait(order, **polling())
        did = (await client.dids.list(Q().filter("order.id", order.id)))[0]
    say(f"+{did.number} (bought now: {ordered})")

    step("Identity, address, validation and verification")
    identity = await client.identities.create(caller(us))
    address = await client.addresses.create(site(identity, us, city))
    try:
        await client.emergency_requirement_validations.create(
            didww.EmergencyRequirementValidation(
                emergency_requirement=requirement, identity=identity, address=address
            )
        )
        valid = True
    except didww.UnprocessableEntityError:
        valid = False
    verification = await client.emergency_verifications.create(
        didww.EmergencyVerification(address=address, dids=[did])
    )
    verification = await client.emergency_verifications.wait(verification, **polling())
    if not verification.is_loaded("emergency_calling_service"):
        verification = await client.emergency_verifications.find(verification.id, WITH_SERVICE)
    service_id = verification.emergency_calling_service_id
    assert service_id is not None

    step("Subscribe to the service")
    order = await client.orders.create(subscription(service_id))
    order = await client.orders.wait(order, **polling())
    await client.emergency_calling_services.wait(service_id, **polling())
    service = await client.emergency_calling_services.find(service_id, Q().include("dids"))
    enabled = (await client.dids.find(did.id)).emergency_enabled
    say(f"valid: {valid}; verification {verification.status}; {describe_order(order)}")
    say(f"service {service.status}")

    step("Cancel the service")
    await client.emergency_calling_services.delete(service_id)
    canceled = await client.emergency_calling_services.find(service_id)
    say(f"service {canceled.status}")
    return {
        "did_id": did.id,
        "ordered_number": ordered,
        "valid": valid,
        "verification_status": verification.status,
        "service_id": service_id,
        "subscription_order_status": order.status,
        "subscription_amount": order.amount,
        "service_status": service.status,
        "service_dids": service.did_ids,
        "emergency_enabled": enabled,
        "canceled_status": canceled.status,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
