"""Export filter keys per export type, from the spec's ``keys`` form (API 2026-10-22).

The 2026-10-22 document requires ``from`` and ``to`` in an export's ``filters`` and lists the
further keys each ``export_type`` takes, refusing any other with a 400. The SDK checks this on
create, before anything is sent, from the same generated data the simulator answers from. Every
test here looks at what reached the simulator (its request log) or at what it answered:
a refused create must leave the log empty, an accepted one must carry the filters unchanged.
2026-04-16 states only that ``from`` and ``to`` are required, so its exports send whatever other
keys they are given (the open form of ``keys``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_10_22 as v1022
from didww.testing import ManualClock, Simulator
from didww.v2026_10_22 import enums
from didww.v2026_10_22.catalog import RESOURCES
from tests.testing.raw_requests import JSON_API, raw_client

Sim = Simulator[v1022.Client, v1022.AsyncClient]
PERIOD = {"from": "2026-04-01 00:00:00", "to": "2026-04-08 00:00:00"}
FILTERS = RESOURCES["exports"].attribute("filters")
assert FILTERS is not None and FILTERS.keys is not None
KEYS = FILTERS.keys
UUID = "2b0b3b57-8a3c-4d6a-9d5c-2f6e8f0a1b2c"


@pytest.fixture
def sim() -> Sim:
    return Simulator(api_version="2026-10-22", clock=ManualClock())


@pytest.fixture
def client(sim: Sim) -> Iterator[v1022.Client]:
    with sim.client() as client:
        yield client


def _posted(sim: Simulator[Any, Any]) -> list[Any]:
    """The bodies of the export creates the simulator received."""
    return [r.body for r in sim.requests.matching("POST", "/exports")]


def _sent_filters(sim: Simulator[Any, Any]) -> Any:
    (body,) = _posted(sim)
    return body["data"]["attributes"]["filters"]


# -- refused before sending -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("cdr_in", "did_nuber"),  # a misspelling
        ("cdr_in", "source_address_eq"),  # an SMS key
        ("cdr_out", "did_number"),  # a cdr_in key
        ("sms_in", "service_type"),  # an sms_out key
        ("sms_out", "trunk_type"),  # an sms_in key
        ("sms_out", "voice_out_trunk.id"),
    ],
)
def test_a_key_the_export_type_does_not_take_is_refused_and_nothing_is_sent(
    kind: str, key: str, sim: Sim, client: v1022.Client
) -> None:
    export = v1022.Export(export_type=enums.ExportType(kind), filters={**PERIOD, key: "1"})
    with pytest.raises(didww.ClientError) as caught:
        client.exports.create(export)
    message = str(caught.value)
    assert f"key {key!r} is not accepted when export_type is {kind!r}" in message
    accepted = KEYS.optional_for(kind)
    assert accepted is not None and f"from, to (required), and {', '.join(accepted)}" in message
    assert len(sim.requests) == 0


def test_the_message_names_the_key_the_type_and_every_accepted_key(client: v1022.Client) -> None:
    export = v1022.Export(
        export_type=enums.ExportType.CDR_IN, filters={**PERIOD, "did_nuber": "442037691880"}
    )
    with pytest.raises(didww.ClientError) as caught:
        client.exports.create(export)
    assert str(caught.value) == (
        "exports.create: filters key 'did_nuber' is not accepted when export_type is 'cdr_in' "
        "(did you mean 'did_number'?): it takes from, to (required), and did_number, "
        "source_number, source_number_out, source_country_iso. (A key newer than this SDK can be "
        "sent as didww.Unchecked('did_nuber').)"
    )


@pytest.mark.parametrize("missing", ["from", "to"])
def test_filters_without_from_or_to_are_refused_and_nothing_is_sent(
    missing: str, sim: Sim, client: v1022.Client
) -> None:
    filters = {k: v for k, v in PERIOD.items() if k != missing}
    with pytest.raises(didww.ClientError) as caught:
        client.exports.create(v1022.Export(export_type=enums.ExportType.SMS_IN, filters=filters))
    assert str(caught.value) == (
        f"exports.create: filters has no {missing!r}, which every export_type needs (from, to)."
    )
    assert len(sim.requests) == 0


def test_a_misspelt_from_is_named_as_the_bad_key_it_is(sim: Sim, client: v1022.Client) -> None:
    # The unknown key is reported before the missing one it stands for: the hint points at it.
    filters = {"form": PERIOD["from"], "to": PERIOD["to"]}
    with pytest.raises(didww.ClientError, match=r"key 'form' .*did you mean 'from'\?"):
        client.exports.create(v1022.Export(export_type=enums.ExportType.CDR_OUT, filters=filters))
    assert len(sim.requests) == 0


def test_the_raw_response_create_is_checked_too(sim: Sim, client: v1022.Client) -> None:
    export = v1022.Export(
        export_type=enums.ExportType.CDR_OUT, filters={**PERIOD, "did_number": "1"}
    )
    with pytest.raises(didww.ClientError, match="'did_number' is not accepted"):
        client.exports.with_raw_response.create(export)
    assert len(sim.requests) == 0


def test_the_async_client_refuses_the_same_and_sends_nothing(sim: Sim) -> None:
    async def main() -> tuple[str, str]:
        async with sim.async_client() as client:
            messages = []
            for filters in ({**PERIOD, "cli": "1"}, {"from": PERIOD["from"]}):
                export = v1022.Export(export_type=enums.ExportType.SMS_IN, filters=filters)
                with pytest.raises(didww.ClientError) as caught:
                    await client.exports.create(export)
                messages.append(str(caught.value))
            return messages[0], messages[1]

    bad_key, missing = asyncio.run(main())
    assert "key 'cli' is not accepted when export_type is 'sms_in'" in bad_key
    assert "filters has no 'to'" in missing
    assert len(sim.requests) == 0


# -- sent as given --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [value for value, _ in KEYS.optional])
def test_every_key_the_type_takes_is_sent_unchanged(
    kind: str, sim: Sim, client: v1022.Client
) -> None:
    extra = KEYS.optional_for(kind)
    assert extra  # every type takes some keys besides from and to
    # A key whose values the document states gets one it allows (see test_export_filter_values).
    allowed = {
        "from": PERIOD["from"],
        "to": PERIOD["to"],
        "did_number": "12125550199",
        "voice_out_trunk.id": UUID,
        "trunk_type": "Email",
        "sms_trunk.id": UUID,
        "service_type": "a2p",
        "sender_id_verification.id": UUID,
    }
    assert {rule.key for rule in KEYS.values} <= set(allowed)
    filters = {**PERIOD, **{key: allowed.get(key, f"v-{n}") for n, key in enumerate(extra)}}
    export = client.exports.create(
        v1022.Export(export_type=enums.ExportType(kind), filters=filters)
    )
    assert _sent_filters(sim) == filters
    assert export.filters == filters and export.id is not None


@pytest.mark.parametrize(
    ("kind", "filters"),
    [
        # Examples written from the OpenAPI document's ExportCreateRequest, not from the spec.
        ("cdr_in", {"did_number": "12125550199", "source_country_iso": "GB"}),
        ("cdr_out", {"voice_out_trunk.id": "2b0b3b57-8a3c-4d6a-9d5c-2f6e8f0a1b2c", "cli": "1"}),
        ("sms_in", {"trunk_type": ["Email", "HTTP IN"], "sms_trunk.id": [UUID, UUID.upper()]}),
        ("sms_out", {"service_type": "A2P", "sender_id_verification.id": UUID}),
    ],
)
def test_documented_filters_go_over_the_wire_as_given(
    kind: str, filters: dict[str, Any], sim: Sim, client: v1022.Client
) -> None:
    client.exports.create(
        v1022.Export(export_type=enums.ExportType(kind), filters={**PERIOD, **filters})
    )
    assert _sent_filters(sim) == {**PERIOD, **filters}


def test_the_async_client_sends_good_keys_unchanged(sim: Sim) -> None:
    filters = {**PERIOD, "source_address_cont": "1212", "status": "Queued"}

    async def main() -> None:
        async with sim.async_client() as client:
            await client.exports.create(
                v1022.Export(export_type=enums.ExportType.SMS_OUT, filters=filters)
            )

    asyncio.run(main())
    assert _sent_filters(sim) == filters


def test_an_unchecked_key_is_sent_for_the_api_to_judge(sim: Sim, client: v1022.Client) -> None:
    # The escape hatch for a key newer than the SDK: sent as a plain key. This simulator knows
    # no such key, so it answers as the API does for one it does not take.
    filters = {**PERIOD, didww.Unchecked("brand_new_key"): "x"}
    with pytest.raises(didww.BadRequestError) as caught:
        client.exports.create(v1022.Export(export_type=enums.ExportType.CDR_IN, filters=filters))
    assert caught.value.errors[0].source_pointer == "/data/attributes/filters/brand_new_key"
    assert _sent_filters(sim) == {**PERIOD, "brand_new_key": "x"}


def test_without_an_export_type_the_create_is_refused_before_sending(
    sim: Sim, client: v1022.Client
) -> None:
    # Which keys the filters take depends on the type, and the document's create request
    # requires one (spec ``required: true``): nothing is sent without it.
    for filters in ({"from": PERIOD["from"], "bogus": "1"}, {**PERIOD, "bogus": "1"}):
        with pytest.raises(didww.ClientError, match=r"Export\.export_type is required on create"):
            client.exports.create(v1022.Export(filters=filters))
    assert len(sim.requests) == 0


def test_an_export_type_newer_than_the_sdk_sends_its_keys_unchecked(
    sim: Sim, client: v1022.Client
) -> None:
    newer = enums.ExportType.unchecked("fax_in")
    with pytest.raises(didww.UnprocessableEntityError):  # this simulator does not know it either
        client.exports.create(v1022.Export(export_type=newer, filters={**PERIOD, "page": "2"}))
    assert _sent_filters(sim) == {**PERIOD, "page": "2"}


def test_an_export_without_filters_is_refused_before_sending(
    sim: Sim, client: v1022.Client
) -> None:
    # The document's create request lists filters as required (spec ``required: true``).
    with pytest.raises(didww.ClientError, match=r"Export\.filters is required on create"):
        client.exports.create(v1022.Export(export_type=enums.ExportType.CDR_IN))
    assert _posted(sim) == []


# -- 2026-04-16 states only the required keys -----------------------------------------------------


def test_a_2026_04_16_export_sends_any_other_keys() -> None:
    old = Simulator(clock=ManualClock())
    filters = {**PERIOD, "did_number": "1", "bogus": "2", "sms_id": "3"}
    with old.client() as client:
        export = client.exports.create(
            didww.Export(export_type=didww.enums.ExportType.CDR_OUT, filters=filters)
        )
        with pytest.raises(didww.UnprocessableEntityError):  # the simulator's date check
            client.exports.create(
                didww.Export(
                    export_type=didww.enums.ExportType.CDR_IN,
                    filters={"from": "2020-01-01 00:00:00", "to": "2020-01-02 00:00:00"},
                )
            )
    assert export.filters == filters
    sent = [body["data"]["attributes"]["filters"] for body in _posted(old)]
    assert sent == [filters, {"from": "2020-01-01 00:00:00", "to": "2020-01-02 00:00:00"}]


@pytest.mark.parametrize("missing", ["from", "to"])
def test_a_2026_04_16_export_without_from_or_to_is_refused_before_sending(missing: str) -> None:
    old = Simulator(clock=ManualClock())
    filters = {k: v for k, v in {**PERIOD, "did_number": "1"}.items() if k != missing}
    with old.client() as client, pytest.raises(didww.ClientError) as caught:
        client.exports.create(
            didww.Export(export_type=didww.enums.ExportType.CDR_IN, filters=filters)
        )
    assert str(caught.value) == (
        f"exports.create: filters has no {missing!r}, which every create needs (from, to)."
    )
    assert _posted(old) == []
    # A raw request that bypasses the SDK gets the simulator's 422 at the attribute.
    body = {
        "data": {"type": "exports", "attributes": {"export_type": "cdr_in", "filters": filters}}
    }
    with raw_client(old, headers=JSON_API) as http:
        answer = http.post("/exports", json=body)
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == "/data/attributes/filters"
    assert error["detail"] == f"filters - must have {missing}"


# -- the simulator still answers requests that bypass the SDK -------------------------------------


@pytest.fixture
def raw(sim: Sim) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=sim.transport(),
        base_url="http://sim.test/v3",
        headers={
            "Authorization": f"Bearer {sim.issue_token()}",
            "Content-Type": "application/vnd.api+json",
        },
    ) as http:
        yield http


def test_the_simulator_answers_400_for_a_raw_bad_key(sim: Sim, raw: httpx.Client) -> None:
    attributes = {"export_type": "cdr_out", "filters": {**PERIOD, "did_number": "1"}}
    answer = raw.post("/exports", json={"data": {"type": "exports", "attributes": attributes}})
    assert answer.status_code == 400
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == "/data/attributes/filters/did_number"
    assert error["detail"] == (
        "did_number is not a filters key of cdr_out exports; besides from and to they take "
        "voice_out_trunk.id, source, cli, destination."
    )
    assert sim.resources("exports") == []


def test_the_simulator_takes_a_raw_request_with_good_keys(sim: Sim, raw: httpx.Client) -> None:
    filters = {**PERIOD, "source_number_out": "1"}
    attributes = {"export_type": "cdr_in", "filters": filters}
    answer = raw.post("/exports", json={"data": {"type": "exports", "attributes": attributes}})
    assert answer.status_code == 201
    assert answer.json()["data"]["attributes"]["filters"] == filters
