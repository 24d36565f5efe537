"""A filter on an enum attribute given a member's name (``"VOICE_IN"``, ``"Completed"``) rather
than its value suggests the member, as assigning does, instead of offering ``unchecked()``,
which would send a value that matches nothing; and a boolean is refused on such an attribute
whatever is beside it."""

from __future__ import annotations

from typing import Any

import pytest

import didww
from didww import QueryParams, Unchecked
from didww.testing import Simulator


@pytest.mark.parametrize(
    ("version", "repository", "key", "given", "suggested"),
    [
        ("2026-04-16", "did_groups", "features", "VOICE_IN", "Feature.VOICE_IN"),
        ("2026-04-16", "orders", "status", "Completed", "OrderStatus.COMPLETED"),
        ("2026-10-22", "did_groups", "number_type", "Mobile", "NumberType.MOBILE"),
    ],
)
def test_a_member_name_given_as_a_filter_value_suggests_the_member(
    version: str, repository: str, key: str, given: str, suggested: str
) -> None:
    sim = Simulator(api_version=version)
    client: Any = sim.client()
    with pytest.raises(didww.ClientError) as caught:
        getattr(client, repository).list(QueryParams().filter(key, given))
    assert caught.value.message.endswith(f"did you mean {suggested}?")
    assert "unchecked" not in caught.value.message
    assert list(sim.requests) == []


def test_a_value_no_member_is_named_still_offers_unchecked() -> None:
    client: Any = Simulator().client()
    with pytest.raises(didww.ClientError, match=r"sent as OrderStatus\.unchecked\('nope'\)$"):
        client.orders.list(QueryParams().filter("status", "nope"))


@pytest.mark.parametrize("values", [[True, Unchecked("x")], [Unchecked("x"), False]])
def test_a_boolean_beside_a_value_newer_than_the_sdk_is_still_refused(values: list[Any]) -> None:
    sim = Simulator()
    client: Any = sim.client()
    with pytest.raises(didww.ClientError, match=r"is not a value of OrderStatus"):
        client.orders.list(QueryParams().filter("status", values))
    assert list(sim.requests) == []
    client.orders.list(QueryParams().filter("status", [Unchecked("x")]))  # alone, it goes out
    assert len(sim.requests) == 1


def test_is_loaded_given_a_name_that_is_no_str_raises_client_error() -> None:
    for name in (5, None):
        with pytest.raises(didww.ClientError, match=r"^DID has no field"):
            didww.DID("x").is_loaded(name)  # type: ignore[arg-type]
