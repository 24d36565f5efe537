"""Verification reviews that reject, and orders that back-order numbers short in stock."""

from __future__ import annotations

from decimal import Decimal

import pytest

import didww
from didww import enums
from didww.testing import SEED, ManualClock, Simulator
from tests.testing.conftest import CallbackReceiver

Q = didww.QueryParams
NEW_YORK = Q().filter("did_group.id", SEED.group_us_new_york)
AddressStatus = enums.AddressVerificationStatus
EmergencyStatus = enums.EmergencyVerificationStatus
ServiceStatus = enums.EmergencyCallingServiceStatus


# -- verification rejections -----------------------------------------------------------------------


def test_reject_next_verification_rejects_and_calls_back(
    didww_simulator: Simulator,
    didww_client: didww.Client,
    didww_clock: ManualClock,
    receiver: CallbackReceiver,
) -> None:
    didww_simulator.reject_next_verification(
        "Proof of address is too old", comment="Send a recent bill"
    )
    url = f"{receiver.url}/verifications"
    verification = didww_client.address_verifications.create(
        didww.AddressVerification(
            address_id=SEED.address_gb,
            dids=[didww.DID(SEED.did_gb)],
            callback_url=url,
            callback_method=enums.CallbackMethod.POST,
        )
    )
    assert verification.status == AddressStatus.PENDING and verification.reject_reasons is None
    didww_clock.advance(2)
    reviewed = didww_client.address_verifications.find(verification.id or "")
    assert reviewed.status == AddressStatus.REJECTED
    assert reviewed.reject_reasons == ["Proof of address is too old"]
    assert reviewed.reject_comment == "Send a recent bill"
    # Nothing was registered.
    assert didww_client.dids.find(SEED.did_gb).awaiting_registration is True
    assert didww_client.addresses.find(SEED.address_gb).verified is False

    got = receiver.next()
    event = didww.webhooks.parse(
        got.payload,
        url=url,
        signature=got.headers[didww.SIGNATURE_HEADER],
        secret=didww_simulator.callback_secret,
    )
    assert isinstance(event, didww.AddressVerificationCallback)
    assert event.id == verification.id and event.status == AddressStatus.REJECTED
    assert event.reject_reason == "Proof of address is too old"

    # The queue held one rejection: the next submission is approved.
    again = didww_client.address_verifications.create(
        didww.AddressVerification(address_id=SEED.address_gb, dids=[didww.DID(SEED.did_gb)])
    )
    didww_clock.advance(2)
    approved = didww_client.address_verifications.find(again.id or "")
    assert approved.status == AddressStatus.APPROVED and approved.reject_reasons is None
    assert didww_client.dids.find(SEED.did_gb).awaiting_registration is False


def test_several_reasons_and_the_default_comment(
    didww_client: didww.Client, didww_simulator: Simulator, didww_clock: ManualClock
) -> None:
    didww_simulator.reject_next_verification(["Name mismatch", "Blurry scan"])
    didww_simulator.reject_next_verification()
    first, second = (
        didww_client.address_verifications.create(
            didww.AddressVerification(address_id=SEED.address_gb, dids=[didww.DID(SEED.did_gb)])
        )
        for _ in range(2)
    )
    didww_clock.advance(2)
    one = didww_client.address_verifications.find(first.id or "")
    two = didww_client.address_verifications.find(second.id or "")
    assert one.reject_reasons == ["Name mismatch", "Blurry scan"]
    assert one.reject_comment and two.reject_comment
    assert two.status == AddressStatus.REJECTED and two.reject_reasons and two.reject_reasons[0]
    with pytest.raises(ValueError):
        didww_simulator.reject_next_verification([])


def test_a_failed_submission_does_not_use_the_queued_rejection(
    didww_client: didww.Client, didww_simulator: Simulator, didww_clock: ManualClock
) -> None:
    didww_simulator.reject_next_verification("Wrong city")
    with pytest.raises(didww.UnprocessableEntityError):  # a DID the account does not have
        didww_client.address_verifications.create(
            didww.AddressVerification(address_id=SEED.address_gb, did_ids=["no-such-did"])
        )
    verification = didww_client.address_verifications.create(
        didww.AddressVerification(address_id=SEED.address_gb, dids=[didww.DID(SEED.did_gb)])
    )
    didww_clock.advance(2)
    reviewed = didww_client.address_verifications.find(verification.id or "")
    assert reviewed.reject_reasons == ["Wrong city"]


@pytest.mark.parametrize(
    ("reference", "reasons"),
    [
        ("reject: Address is a PO box", ["Address is a PO box"]),
        ("REJECT-42", None),  # the default reason
        ("rejected:", None),
    ],
)
def test_a_reject_reference_asks_for_a_rejection(
    didww_client: didww.Client,
    didww_simulator: Simulator,
    didww_clock: ManualClock,
    reference: str,
    reasons: object,
) -> None:
    didww_simulator.reject_next_verification("queued")  # left alone by a reject reference
    verification = didww_client.address_verifications.create(
        didww.AddressVerification(
            address_id=SEED.address_gb,
            dids=[didww.DID(SEED.did_gb)],
            external_reference_id=reference,
        )
    )
    didww_clock.advance(2)
    reviewed = didww_client.address_verifications.find(verification.id or "")
    assert reviewed.status == AddressStatus.REJECTED and reviewed.reject_comment
    assert reviewed.reject_reasons is not None and len(reviewed.reject_reasons) == 1
    if reasons is not None:
        assert reviewed.reject_reasons == reasons
    later = didww_client.address_verifications.create(
        didww.AddressVerification(address_id=SEED.address_gb, dids=[didww.DID(SEED.did_gb)])
    )
    didww_clock.advance(2)
    assert didww_client.address_verifications.find(later.id or "").reject_reasons == ["queued"]


def test_a_rejected_emergency_verification_leaves_the_service_unactivated(
    didww_client: didww.Client, didww_simulator: Simulator, didww_clock: ManualClock
) -> None:
    order = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    (did,) = didww_client.dids.list(Q().filter("order.id", order.id))
    didww_simulator.reject_next_verification("Not a valid emergency address")
    verification = didww_client.emergency_verifications.create(
        didww.EmergencyVerification(address_id=SEED.address, dids=[did])
    )
    didww_clock.advance(2)
    reviewed = didww_client.emergency_verifications.find(
        verification.id or "", Q().include("emergency_calling_service")
    )
    assert reviewed.status == EmergencyStatus.REJECTED
    assert reviewed.reject_reasons == ["Not a valid emergency address"]
    service = reviewed.emergency_calling_service
    assert service is not None and service.status == ServiceStatus.CHANGES_REQUIRED
    assert service.activated_at is None
    assert didww_client.dids.find(did.id or "").emergency_enabled is False


def test_a_rejected_update_keeps_the_service_as_it_was(
    didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    update = didww_client.emergency_verifications.create(
        didww.EmergencyVerification(
            address_id=SEED.address,
            emergency_calling_service_id=SEED.emergency_calling_service,
            external_reference_id="reject: Address not found",
        )
    )
    pending = didww_client.emergency_calling_services.find(SEED.emergency_calling_service)
    assert pending.status == ServiceStatus.PENDING_UPDATE
    didww_clock.advance(2)
    assert (
        didww_client.emergency_verifications.find(update.id or "").status
        == EmergencyStatus.REJECTED
    )
    kept = didww_client.emergency_calling_services.find(
        SEED.emergency_calling_service, Q().include("emergency_verification")
    )
    assert kept.status == ServiceStatus.ACTIVE and kept.emergency_verification is None
    assert didww_client.dids.find(SEED.did_us).emergency_enabled is True


# -- back ordering ---------------------------------------------------------------------------------


def _order(
    didww_client: didww.Client, sku_id: str, qty: int, allow_back_ordering: bool | None = None
) -> didww.Order:
    order = didww.Order(items=[didww.DIDOrderItem(sku_id=sku_id, qty=qty)])
    if allow_back_ordering is not None:
        order.allow_back_ordering = allow_back_ordering
    return didww_client.orders.create(order)


def test_without_back_ordering_a_short_stock_is_still_422(didww_client: didww.Client) -> None:
    for allow in (False, None):
        with pytest.raises(didww.UnprocessableEntityError) as caught:
            _order(didww_client, SEED.sku_gb_national, 11, allow)
        assert caught.value.errors[0].detail == "qty - exceeds the numbers in stock (10)"
    assert didww_client.did_groups.find(SEED.group_gb_national).meta["total_count"] == 10
    assert didww_client.balance.find().total_balance == Decimal("100.00")


def test_a_back_order_by_quantity_is_pending_then_complete(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    order = _order(didww_client, SEED.sku_gb_national, 12, allow_back_ordering=True)
    # Accepted for the full quantity, charged at once, and pending even with no order_delay.
    assert order.status == enums.OrderStatus.PENDING and order.amount == 12 * Decimal("6.00")
    assert didww_simulator.balance == Decimal("28.00")
    (item,) = order.items
    assert isinstance(item, didww.DIDOrderItem) and item.qty == 12
    # The next request's tick completes it with every number.
    completed = didww_client.orders.find(order.id or "")
    assert completed.status == enums.OrderStatus.COMPLETED
    numbers = [d.number for d in didww_client.dids.list(Q().filter("order.id", order.id))]
    assert len(numbers) == len(set(numbers)) == 12 and all(n.startswith("44330") for n in numbers)
    assert didww_client.did_groups.find(SEED.group_gb_national).meta["total_count"] == 0


@pytest.mark.didww_simulator(order_delay=60)
def test_a_back_order_takes_numbers_that_come_back_into_stock(
    didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    listed = sorted(a.number for a in didww_client.available_dids.list(NEW_YORK))
    hold = didww_client.did_reservations.create(
        didww.DIDReservation(available_did_id=SEED.available_did_us_new_york)
    )
    order = didww_client.orders.create(
        didww.Order(
            items=[
                didww.DIDOrderItem(
                    sku_id=SEED.sku_us_new_york_2, qty=7, nanpa_prefix_id=SEED.nanpa_212_555
                )
            ],
            allow_back_ordering=True,
        )
    )
    assert order.status == enums.OrderStatus.PENDING
    assert len(didww_client.available_dids.list(NEW_YORK)) == 0  # the four unreserved are held
    didww_client.did_reservations.delete(hold.id or "")  # the reserved number is listed again
    didww_clock.advance(59)
    assert didww_client.orders.find(order.id or "").status == enums.OrderStatus.PENDING
    didww_clock.advance(1)
    assert didww_client.orders.find(order.id or "").status == enums.OrderStatus.COMPLETED
    numbers = sorted(d.number for d in didww_client.dids.list(Q().filter("order.id", order.id)))
    # All five listed numbers, then two from the carrier in the prefix asked for.
    assert len(numbers) == 7 and set(listed) < set(numbers)
    fresh = sorted(set(numbers) - set(listed))
    assert len(fresh) == 2 and all(n.startswith("1212555") and len(n) == 11 for n in fresh)
    assert len(didww_client.available_dids.list(NEW_YORK)) == 0


@pytest.mark.didww_simulator(order_delay=60)
def test_a_pending_back_order_can_be_canceled(
    didww_simulator: Simulator, didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    order = _order(didww_client, SEED.sku_us_new_york_2, 8, allow_back_ordering=True)
    assert didww_simulator.balance == Decimal("100.00") - 8 * Decimal("3.50")
    didww_client.orders.delete(order.id or "")
    assert didww_client.orders.find(order.id or "").status == enums.OrderStatus.CANCELED
    assert didww_simulator.balance == Decimal("100.00")
    assert len(didww_client.available_dids.list(NEW_YORK)) == 5
    didww_clock.advance(60)
    assert didww_client.dids.list(Q().filter("order.id", order.id)).total_records == 0


def test_specific_numbers_are_never_back_ordered(didww_client: didww.Client) -> None:
    didww_client.did_reservations.create(
        didww.DIDReservation(available_did_id=SEED.available_did_us_new_york)
    )
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.orders.create(
            didww.Order(
                items=[
                    didww.DIDOrderItem(
                        sku_id=SEED.sku_us_new_york_2,
                        available_did_id=SEED.available_did_us_new_york,
                    )
                ],
                allow_back_ordering=True,
            )
        )
