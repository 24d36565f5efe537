"""A resource an answer returns without an id is a DecodeError, not a model that passes for a
new one never saved (``Balance(id=<unsaved>)``): JSON:API gives every returned resource an id,
and without one the model could be neither found again, updated nor deleted. Included resources
without an id are still skipped (nothing can link to them), as before."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import didww
from didww._document import decode_document
from didww.v2026_04_16._registry import REGISTRY


def _decode(doc: dict[str, Any], many: bool) -> object:
    body = json.dumps(doc).encode()
    return decode_document(body, 200, many=many, expected_type=None, registry=REGISTRY).data


@pytest.mark.parametrize("id", [None, ""], ids=["absent", "empty"])
def test_a_primary_resource_without_an_id_is_refused(id: str | None) -> None:
    record: dict[str, Any] = {"type": "balances", "attributes": {"total_balance": "1.00"}}
    if id is not None:
        record["id"] = id
    with pytest.raises(didww.DecodeError, match="a resource of its data has no id"):
        _decode({"data": record}, many=False)
    listed = {"data": [{"type": "dids", "id": "d1"}, {**record, "type": "dids"}]}
    with pytest.raises(didww.DecodeError, match="a resource of its data has no id"):
        _decode(listed, many=True)
    unknown = {"data": [{"type": "future_things", "attributes": {}}]}
    with pytest.raises(didww.DecodeError, match="a resource of its data has no id"):
        _decode(unknown, many=True)


def test_an_included_resource_without_an_id_is_still_skipped() -> None:
    doc = {
        "data": [{"type": "dids", "id": "d1"}],
        "included": [{"type": "voice_in_trunks", "attributes": {"name": "x"}}],
    }
    data = _decode(doc, many=True)
    assert isinstance(data, list)
    [did] = data
    assert did.id == "d1"


def test_the_client_raises_it_for_an_answer_without_an_id() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"data": {"type": "balances", "attributes": {"total_balance": "1.00"}}}
        return httpx.Response(200, json=body, headers={"Content-Type": "application/vnd.api+json"})

    with (
        httpx.Client(transport=httpx.MockTransport(answer)) as http,
        didww.Client(api_key="k", http_client=http) as client,
        pytest.raises(didww.DecodeError, match="has no id"),
    ):
        client.balance.find()
