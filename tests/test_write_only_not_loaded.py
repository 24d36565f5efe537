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
