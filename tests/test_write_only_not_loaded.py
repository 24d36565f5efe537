"""Reading a write-only attribute from a model the API answered says it is write-only, not that
a sparse fieldset left it out (whose suggested fix, asking for the field, cannot work)."""

from __future__ import annotations

import pytest

import didww
from didww.testing import SEED, ManualClock, Simulator


def test_a_write_only_attribute_read_from_an_answer_says_so() -> None:
    with Simulator(clock=ManualClock()).client() as client:
        order = client.orders.find(SEED.order)
        with pytest.raises(didww.NotLoadedError) as caught:
            order.allow_back_ordering  # noqa: B018
    assert str(caught.value) == (
        "Order.allow_back_ordering is write-only: the API takes it in requests and never "
        "returns it, so a model read from an answer has no value for it"
    )
    assert didww.Order.allow_back_ordering.write_only
    assert not didww.Order.reference.write_only


def test_an_attribute_left_out_by_a_fieldset_still_says_how_to_load_it() -> None:
    with Simulator(clock=ManualClock()).client() as client:
        [order, *_] = client.orders.list(didww.QueryParams().fields("orders", ["status"]))
        with pytest.raises(didww.NotLoadedError, match="left out by a sparse fieldset"):
            order.reference  # noqa: B018


def test_a_relationship_left_out_by_a_sparse_fieldset_says_to_ask_for_both() -> None:
    # Listed in the fieldset but not included: the advice names both, and holds either way.
    sim = Simulator()
    with sim.client() as client:
        params = didww.QueryParams().fields("dids", ["number", "voice_in_trunk"])
        did = client.dids.find(SEED.did_us, params)
    with pytest.raises(didww.NotLoadedError) as caught:
        did.voice_in_trunk  # noqa: B018 - the read is the test
    message = str(caught.value)
    assert 'only when it is included (QueryParams().include("voice_in_trunk"))' in message
    assert "only when the fieldset lists it too" in message and message.endswith("ask for both")
