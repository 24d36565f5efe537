"""A first-time 2026-10-22 user automating SMS against the simulator, where its answers used to
differ from what DIDWW's OpenAPI document says the API answers."""

from __future__ import annotations

import httpx
import pytest

import didww
from didww import v2026_10_22 as v1022
from didww.testing import ManualClock, Simulator
from didww.v2026_10_22 import enums

pytestmark = pytest.mark.didww_simulator(api_version="2026-10-22")

Sim = Simulator[v1022.Client, v1022.AsyncClient]
PERIOD = {"from": "2026-04-01 00:00:00", "to": "2026-04-08 00:00:00"}


@pytest.fixture
def raw(didww_simulator: Sim) -> httpx.Client:
    return httpx.Client(
        transport=didww_simulator.transport(),
        base_url="http://sim.test/v3",
        headers={
            "Authorization": f"Bearer {didww_simulator.issue_token()}",
            "Content-Type": "application/vnd.api+json",
        },
    )


# -- meta.host ------------------------------------------------------------------------------------


def test_only_http_out_trunks_carry_meta_host(didww_client: v1022.Client) -> None:
    # The document: `host` is a string "present on http_out trunks only", never null.
    out = didww_client.sms_trunks.create(
        v1022.SmsTrunk(name="sender", configuration=v1022.SmsHttpOutConfiguration())
    )
    mail = didww_client.sms_trunks.create(
        v1022.SmsTrunk(
            name="inbox",
            configuration=v1022.SmsToEmailConfiguration(
                send_to="sms@example.com", subject="SMS", message="{SMS_TEXT}"
            ),
        )
    )
    assert isinstance(out.meta["host"], str) and out.meta["host"]
    assert "host" not in mail.meta
    assert "host" not in didww_client.sms_trunks.find(mail.id).meta
    listed = {t.id: t.meta for t in didww_client.sms_trunks.list()}
    assert "host" in listed[out.id] and "host" not in listed[mail.id]


def test_meta_host_is_absent_on_the_wire_too(raw: httpx.Client) -> None:
    body = {
        "data": {
            "type": "sms_trunks",
            "attributes": {
                "name": "webhook",
                "configuration": {
                    "type": "http_in",
                    "attributes": {"url": "https://example.com/sms", "http_method": "get"},
                },
            },
        }
    }
    created = raw.post("/sms_trunks", json=body)
    assert created.status_code == 201
    assert "host" not in created.json()["data"].get("meta", {})


# -- export filters -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "key", "value"),
    [
        ("sms_in", "service_type", "p2p"),  # an sms_out filter
        ("sms_in", "did_number", "12125550199"),  # a cdr_in filter
        ("sms_out", "trunk_type", "Email"),  # an sms_in filter
        ("cdr_in", "source_address_eq", "12125550199"),
        ("cdr_out", "sms_id", "abc"),
        ("sms_out", "bogus", "1"),
    ],
)
def test_an_export_refuses_filters_its_type_does_not_take(
    kind: str, key: str, value: str, raw: httpx.Client, didww_client: v1022.Client
) -> None:
    # The document lists each type's keys and rejects any other; 400 is its answer for a
    # member it does not accept. The SDK refuses these before sending
    # (tests/test_export_filters.py), so the request is sent raw.
    attributes = {"export_type": kind, "filters": {**PERIOD, key: value}}
    answer = raw.post("/exports", json={"data": {"type": "exports", "attributes": attributes}})
    assert answer.status_code == 400
    errors = answer.json()["errors"]
    assert [e["source"]["pointer"] for e in errors] == [f"/data/attributes/filters/{key}"]
    assert key in errors[0]["detail"]
    assert didww_client.exports.list() == []


@pytest.mark.parametrize(
    ("kind", "filters"),
    [
        (
            "sms_in",
            {
                "source_address_eq": "4420718",
                "destination_address_cont": "1212",
                "status": "Success",
                "trunk_type": ["Email", "HTTP IN"],
                "sms_id": "abc",
            },
        ),
        ("sms_out", {"service_type": "A2P", "source_address_cont": "1212", "status": "Queued"}),
        ("cdr_in", {"did_number": "12125550199", "source_country_iso": "GB"}),
        ("cdr_out", {"cli": "12125550199", "destination": "442071800000"}),
    ],
)
def test_an_export_takes_the_filters_of_its_type(
    kind: str, filters: dict[str, object], didww_client: v1022.Client
) -> None:
    export = didww_client.exports.create(
        v1022.Export(export_type=enums.ExportType(kind), filters={**PERIOD, **filters})
    )
    assert export.status == enums.ExportStatus.PENDING
    assert export.filters == {**PERIOD, **filters}


def test_an_export_may_filter_by_one_of_the_users_sms_trunks(didww_client: v1022.Client) -> None:
    sender = didww_client.sms_trunks.create(
        v1022.SmsTrunk(name="sender", configuration=v1022.SmsHttpOutConfiguration())
    )
    export = didww_client.exports.create(
        v1022.Export(
            export_type=enums.ExportType.SMS_OUT, filters={**PERIOD, "sms_trunk.id": sender.id}
        )
    )
    assert didww_client.exports.wait(export).status == enums.ExportStatus.COMPLETED


def test_a_2026_04_16_export_keeps_its_open_filters() -> None:
    # The older document states no per-type list, so the older simulator stays as it was.
    old = Simulator(clock=ManualClock())
    with old.client() as client:
        export = client.exports.create(
            didww.Export(
                export_type=didww.enums.ExportType.CDR_OUT, filters={**PERIOD, "did_number": "1"}
            )
        )
    assert export.filters == {**PERIOD, "did_number": "1"}
