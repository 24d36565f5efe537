"""Values of export filter keys, from the spec's ``keys.values`` rules (API 2026-10-22).

Besides which keys an export's ``filters`` take, the 2026-10-22 document states what two of them
hold: ``trunk_type`` (``sms_in``) is one of four trunk kinds or a list of them, and
``service_type`` (``sms_out``) is p2p or a2p in any letter case. The SDK refuses any other value
before sending, unless it comes as ``didww.Unchecked``; the simulator, which has no such escape
hatch, answers a raw request carrying one with 422 at the key. As in ``test_export_filters``,
each test looks at what reached the simulator, or at what it answered.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from typing import Any

import pytest

import didww
import didww.cli
from didww import v2026_10_22 as v1022
from didww._catalog import KeyValueRule
from didww.testing import ManualClock, Simulator
from didww.v2026_10_22 import enums
from didww.v2026_10_22.catalog import RESOURCES
from didww.v2026_10_22.repositories.exports import ExportRepository
from tests.cli.conftest import in_process_client
from tests.testing.raw_requests import JSON_API, raw_client

Sim = Simulator[v1022.Client, v1022.AsyncClient]
PERIOD = {"from": "2026-04-01 00:00:00", "to": "2026-04-08 00:00:00"}
TRUNK_TYPES = "one of 'SMPP SMSC', 'SMPP ESME', 'Email', 'HTTP IN', or a non-empty list of them"
SERVICE_TYPES = "text matching ^(?:[aA]2[pP]|[pP]2[pP])$"
KIND_OF = {"trunk_type": "sms_in", "service_type": "sms_out"}
"""The export type that takes each key with a value rule."""


@pytest.fixture
def sim() -> Sim:
    return Simulator(api_version="2026-10-22", clock=ManualClock())


@pytest.fixture
def client(sim: Sim) -> Iterator[v1022.Client]:
    with sim.client() as client:
        yield client


def _export(key: str, value: object) -> v1022.Export:
    filters = {**PERIOD, key: value}
    return v1022.Export(export_type=enums.ExportType(KIND_OF[key]), filters=filters)


def _sent_filters(sim: Simulator[Any, Any]) -> Any:
    (request,) = sim.requests.matching("POST", "/exports")
    body: Any = request.body
    return body["data"]["attributes"]["filters"]


def test_the_sdk_and_the_simulator_read_the_same_rules() -> None:
    filters = RESOURCES["exports"].attribute("filters")
    assert filters is not None and filters.keys is not None
    assert ExportRepository._json_keys == (("filters", filters.keys),)
    uuid = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    moment = "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
    assert filters.keys.values == (
        KeyValueRule("from", pattern=moment),
        KeyValueRule("to", pattern=moment),
        KeyValueRule("did_number", pattern="^[0-9]+$"),
        KeyValueRule("voice_out_trunk.id", pattern=uuid),
        KeyValueRule(
            "trunk_type", one_of=("SMPP SMSC", "SMPP ESME", "Email", "HTTP IN"), takes_list=True
        ),
        KeyValueRule("sms_trunk.id", pattern=uuid, takes_list=True),
        KeyValueRule("service_type", pattern="^(?:[aA]2[pP]|[pP]2[pP])$"),
        KeyValueRule("sender_id_verification.id", pattern=uuid, takes_list=True),
    )


@pytest.mark.parametrize(
    ("kind", "key", "value", "why"),
    [
        # A phone number written as an int, an ISO timestamp: each was sent and refused there.
        ("cdr_in", "did_number", 16095551234, "does not take 16095551234: it takes text"),
        ("cdr_in", "did_number", "+16095551234", "it takes text matching ^[0-9]+$"),
        ("cdr_in", "from", "2026-04-01T00:00:00Z", "key 'from' does not take"),
        ("cdr_out", "voice_out_trunk.id", "trunk-1", "key 'voice_out_trunk.id' does not take"),
        ("sms_in", "sms_trunk.id", ["not-a-uuid"], "key 'sms_trunk.id' does not take"),
    ],
)
def test_documented_formats_are_refused_before_sending(
    sim: Sim, client: v1022.Client, kind: str, key: str, value: object, why: str
) -> None:
    export = v1022.Export(export_type=enums.ExportType(kind), filters={**PERIOD, key: value})
    with pytest.raises(didww.ClientError, match=re.escape(why)):
        client.exports.create(export)
    assert sim.requests.matching("POST", "/exports") == []


# -- refused before sending -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "shown", "takes", "hatch"),
    [
        ("trunk_type", "SMPP", "'SMPP'", TRUNK_TYPES, "SMPP"),
        ("trunk_type", "smpp smsc", "'smpp smsc'", TRUNK_TYPES, "smpp smsc"),  # exact, case too
        ("trunk_type", [], "an empty list", TRUNK_TYPES, None),
        ("trunk_type", ["Email", "Fax"], "'Fax' (in ['Email', 'Fax'])", TRUNK_TYPES, "Fax"),
        ("trunk_type", ["HTTP IN", 3], "3 (in ['HTTP IN', 3])", TRUNK_TYPES, None),
        ("trunk_type", None, "None", TRUNK_TYPES, None),
        ("service_type", "b2b", "'b2b'", SERVICE_TYPES, "b2b"),
        ("service_type", "p2p ", "'p2p '", SERVICE_TYPES, "p2p "),  # the whole value must match
        ("service_type", "p2p\n", "'p2p\\n'", SERVICE_TYPES, "p2p\n"),  # `$` is no way out
        ("service_type", ["p2p"], "a list (['p2p'])", SERVICE_TYPES, None),  # takes no list
    ],
)
def test_a_value_the_document_does_not_allow_is_refused_and_nothing_is_sent(
    key: str, value: object, shown: str, takes: str, hatch: str | None, sim: Sim, client: Any
) -> None:
    with pytest.raises(didww.ClientError) as caught:
        client.exports.create(_export(key, value))
    expected = f"exports.create: filters key {key!r} does not take {shown}: it takes {takes}."
    if hatch is not None:
        expected += f" (A value newer than this SDK can be sent as didww.Unchecked({hatch!r}).)"
    assert str(caught.value) == expected
    assert len(sim.requests) == 0


def test_a_bad_key_is_named_before_a_bad_value(sim: Sim, client: v1022.Client) -> None:
    # service_type is an sms_out key: sent with sms_in it is refused as a key, whatever its value.
    export = v1022.Export(
        export_type=enums.ExportType.SMS_IN,
        filters={**PERIOD, "trunk_type": "Fax", "service_type": "b2b"},
    )
    with pytest.raises(didww.ClientError, match="key 'service_type' is not accepted"):
        client.exports.create(export)
    assert len(sim.requests) == 0


def test_the_raw_response_and_async_creates_are_checked_too(sim: Sim, client: Any) -> None:
    with pytest.raises(didww.ClientError, match="key 'service_type' does not take 'b2b'"):
        client.exports.with_raw_response.create(_export("service_type", "b2b"))

    async def main() -> str:
        async with sim.async_client() as async_client:
            with pytest.raises(didww.ClientError) as caught:
                await async_client.exports.create(_export("trunk_type", ["Fax"]))
            return str(caught.value)

    assert "key 'trunk_type' does not take 'Fax' (in ['Fax'])" in asyncio.run(main())
    assert len(sim.requests) == 0


# -- sent as given --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("trunk_type", "SMPP SMSC"),
        ("trunk_type", "HTTP IN"),
        ("trunk_type", ["Email", "HTTP IN"]),
        ("trunk_type", ["SMPP SMSC", "SMPP ESME", "Email", "HTTP IN"]),
        ("service_type", "A2P"),
        ("service_type", "p2p"),
        ("service_type", "a2P"),
    ],
)
def test_a_value_the_document_allows_is_sent_unchanged(
    key: str, value: object, sim: Sim, client: v1022.Client
) -> None:
    export = client.exports.create(_export(key, value))
    assert _sent_filters(sim) == {**PERIOD, key: value}
    assert export.filters == {**PERIOD, key: value} and export.id is not None


@pytest.mark.parametrize(
    "value", [didww.Unchecked("Fax"), ["Email", didww.Unchecked("Fax")]], ids=["alone", "in a list"]
)
def test_an_unchecked_value_is_sent_for_the_api_to_judge(
    value: object, sim: Sim, client: v1022.Client
) -> None:
    # The escape hatch for a value newer than the SDK goes out as a plain string. The simulator
    # knows only the spec, so it answers as the API does for a value the document does not allow.
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        client.exports.create(_export("trunk_type", value))
    assert caught.value.errors[0].source_pointer == "/data/attributes/filters/trunk_type"
    sent = _sent_filters(sim)["trunk_type"]
    assert sent == value and "Fax" in str(sent)


def test_an_export_type_newer_than_the_sdk_sends_its_values_unchecked(
    sim: Sim, client: v1022.Client
) -> None:
    # Rules apply where the keys are checked: a type newer than the spec has no key list to
    # say that trunk_type means the same there.
    newer = enums.ExportType.unchecked("fax_in")
    export = v1022.Export(export_type=newer, filters={**PERIOD, "trunk_type": "Fax"})
    with pytest.raises(didww.UnprocessableEntityError):  # the simulator does not know the type
        client.exports.create(export)
    assert _sent_filters(sim) == {**PERIOD, "trunk_type": "Fax"}


def test_a_2026_04_16_export_sends_any_value() -> None:
    # That version's document lists no keys besides from and to, so it states no values either.
    old = Simulator(clock=ManualClock())
    filters = {**PERIOD, "trunk_type": "Fax", "service_type": "b2b"}
    with old.client() as client:
        export = client.exports.create(
            didww.Export(export_type=didww.enums.ExportType.CDR_IN, filters=filters)
        )
    assert export.filters == filters


# -- the simulator answers requests that bypass the SDK --------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        # In JSON's forms, as the request wrote them.
        ("trunk_type", "SMPP", f'trunk_type must be {TRUNK_TYPES}, not "SMPP"'),
        ("trunk_type", [], f"trunk_type must be {TRUNK_TYPES}, not an empty list"),
        (
            "trunk_type",
            ["Email", "Fax"],
            f'trunk_type must be {TRUNK_TYPES}, not "Fax" (in ["Email", "Fax"])',
        ),
        ("trunk_type", None, f"trunk_type must be {TRUNK_TYPES}, not null"),
        ("service_type", "b2b", f'service_type must be {SERVICE_TYPES}, not "b2b"'),
        ("service_type", "p2p ", f'service_type must be {SERVICE_TYPES}, not "p2p "'),
    ],
)
def test_the_simulator_answers_422_for_a_raw_bad_value(
    key: str, value: object, message: str, sim: Sim
) -> None:
    attributes = {"export_type": KIND_OF[key], "filters": {**PERIOD, key: value}}
    with raw_client(sim, headers=JSON_API) as http:
        answer = http.post("/exports", json={"data": {"type": "exports", "attributes": attributes}})
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == f"/data/attributes/filters/{key}"
    assert error["detail"] == f"filters - {message}"
    assert sim.resources("exports") == []


def test_the_simulator_answers_a_bad_value_and_a_bad_period_together(sim: Sim) -> None:
    # Every problem of the request in one answer, as for a period wrong at both ends.
    filters = {"from": "2020-01-01 00:00:00", "to": "2020-01-02 00:00:00", "service_type": "b2b"}
    attributes = {"export_type": "sms_out", "filters": filters}
    with raw_client(sim, headers=JSON_API) as http:
        answer = http.post("/exports", json={"data": {"type": "exports", "attributes": attributes}})
    assert answer.status_code == 422
    pointers = [error["source"]["pointer"] for error in answer.json()["errors"]]
    assert pointers == [
        "/data/attributes/filters/service_type",
        "/data/attributes/filters/from",
        "/data/attributes/filters/to",
    ]


def test_the_simulator_takes_a_raw_request_with_good_values(sim: Sim) -> None:
    filters = {**PERIOD, "trunk_type": ["SMPP ESME"], "status": "Queued"}
    attributes = {"export_type": "sms_in", "filters": filters}
    with raw_client(sim, headers=JSON_API) as http:
        answer = http.post("/exports", json={"data": {"type": "exports", "attributes": attributes}})
    assert answer.status_code == 201
    assert answer.json()["data"]["attributes"]["filters"] == filters


# -- the command line -----------------------------------------------------------------------------


def test_the_command_line_refuses_a_bad_value_without_a_python_hint(
    sim: Simulator[Any, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    filters = '{"from": "2026-04-01 00:00:00", "to": "2026-04-08 00:00:00", "service_type": "b2b"}'
    code = didww.cli.main(
        ["exports", "create", "--set", "export_type=sms_out", "--set", f"filters={filters}"],
        client_factory=in_process_client(sim),
        env={"DIDWW_API_VERSION": "2026-10-22", "DIDWW_TOKEN": sim.issue_token()},
    )
    err = capsys.readouterr().err
    assert code == 2
    assert f"""filters key 'service_type' does not take "b2b": it takes {SERVICE_TYPES}""" in err
    assert "Unchecked" not in err
    assert list(sim.requests) == []


def test_a_long_refused_value_is_not_repeated_in_full(sim: Sim, client: Any) -> None:
    pasted = "p2p" * 30_000  # a file's content, say, given by mistake
    with pytest.raises(didww.ClientError) as caught:
        client.exports.create(_export("service_type", pasted))
    message = str(caught.value)
    assert len(message) < 600, len(message)
    assert message.endswith(
        "(A value newer than this SDK can be sent as didww.Unchecked(your value).)"
    )
    assert len(sim.requests) == 0
