"""DID reservations: hold an available number for a while before deciding to buy it.

A reserved number leaves the list of available numbers until the reservation is deleted or
expires; ordering it with ``did_reservation_id`` is shown in ``examples/orders.py``.

    python examples/did_reservations.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/did_reservations.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from examples._common import Summary, run_example, say, step

Q = didww.QueryParams
RESERVATIONS = (
    Q().include("available_did").filter("description", "Example: hold").sort("-created_at")
)


def numbers_query() -> didww.QueryParams:
    return Q().include("did_group").filter("did_group.features", "voice_in").sort("number")


def is_listed(page: didww.ResourceList[didww.AvailableDID]) -> bool:
    return len(page) == 1


def run(client: didww.Client) -> Summary:
    step("Pick an available number")
    number = client.available_dids.list(numbers_query())[0]
    group = number.did_group
    say(f"+{number.number} in {group.area_name if group else '?'}")

    step("Reserve it")
    reservation = client.did_reservations.create(
        didww.DIDReservation(available_did=number, description="Example: hold")
    )
    say(f"reservation {reservation.id} until {reservation.expires_at:%Y-%m-%d %H:%M} UTC")
    for held in client.did_reservations.list(RESERVATIONS):
        say(
            f"held: +{held.available_did.number if held.available_did else '?'} "
            f"({held.description})"
        )
    hidden = not is_listed(client.available_dids.list(Q().filter("id", number.id)))
    say(f"no longer offered to others: {hidden}")

    step("Release it")
    client.did_reservations.delete(reservation.id)
    listed_again = is_listed(client.available_dids.list(Q().filter("id", number.id)))
    try:
        client.did_reservations.find(reservation.id)
        deleted = False
    except didww.NotFoundError:
        deleted = True
    say(f"reservation deleted: {deleted}; +{number.number} available again: {listed_again}")
    return {
        "reservation_id": reservation.id,
        "number": number.number,
        "hidden_while_reserved": hidden,
        "listed_again": listed_again,
        "deleted": deleted,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Reserve an available number")
    number = (await client.available_dids.list(numbers_query()))[0]
    reservation = await client.did_reservations.create(
        didww.DIDReservation(available_did=number, description="Example: hold")
    )
    hidden = not is_listed(await client.available_dids.list(Q().filter("id", number.id)))
    say(f"+{number.number} held by {reservation.id}; hidden from others: {hidden}")

    step("Release it")
    await client.did_reservations.delete(reservation.id)
    listed_again = is_listed(await client.available_dids.list(Q().filter("id", number.id)))
    try:
        await client.did_reservations.find(reservation.id)
        deleted = False
    except didww.NotFoundError:
        deleted = True
    say(f"deleted: {deleted}; available again: {listed_again}")
    return {
        "reservation_id": reservation.id,
        "number": number.number,
        "hidden_while_reserved": hidden,
        "listed_again": listed_again,
        "deleted": deleted,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
