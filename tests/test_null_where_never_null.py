"""A null read where the API version's document says a field is never null raises DecodeError
naming the field, as a value of the wrong type does: a None the field's type does not admit
would fail far from its cause (``None > 0``, ``None.startswith``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import didww
from tests.support import Recorder

DID = {
    "type": "dids",
    "id": "d1",
    "attributes": {"number": None, "description": None, "blocked": None, "capacity_limit": None},
}
ORDER = {
    "type": "orders",
    "id": "o1",
    "attributes": {
        "amount": None,
        "callback_url": None,  # null in answers, though no request may send it
        "items": [
            {
                "type": "did_order_items",
                "attributes": {"nrc": None, "billed_from": None, "mrc": "1.50"},
            }
        ],
    },
}


def _found(resource: str, document: dict[str, Any]) -> Any:
    client = Recorder().reply(200, {"data": document}).client()
    return getattr(client, resource).find(document["id"])


@pytest.mark.parametrize(
    ("resource", "document", "field"),
    [
        ("dids", DID, "number"),
        ("dids", DID, "blocked"),
        ("orders", ORDER, "amount"),
    ],
)
def test_a_null_in_a_field_never_null_is_a_decode_error(
    resource: str, document: dict[str, Any], field: str
) -> None:
    model = _found(resource, document)
    with pytest.raises(didww.DecodeError, match=rf"\.{field}: the answer holds null"):
        getattr(model, field)
    assert model.to_json()["attributes"][field] is None  # the answer as it came


def test_a_null_in_a_nested_object_field_never_null_is_one_too() -> None:
    item = _found("orders", ORDER).items[0]
    with pytest.raises(didww.DecodeError, match=r"DIDOrderItem\.nrc: the answer holds null"):
        _ = item.nrc
    assert item.billed_from is None  # documented as null until the item is fulfilled
    assert item.mrc == Decimal("1.50")  # the object's other fields read as usual


def test_a_null_where_the_document_allows_one_reads_as_none() -> None:
    did = _found("dids", DID)
    assert did.description is None
    assert did.capacity_limit is None
    order = _found("orders", ORDER)
    assert order.callback_url is None  # null in answers only: still read as None
