"""SMS on a 2026-10-22 simulator, through ``didww.v2026_10_22`` clients: trunks of every
configuration kind, trunk groups, credential regeneration, DIDs routing their messages, filters
and includes, and the message exports."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_10_22 as v1022
from didww.testing import SEED, ManualClock, Simulator
from didww.v2026_10_22 import enums

pytestmark = pytest.mark.didww_simulator(api_version="2026-10-22")

Q = didww.QueryParams
Sim = Simulator[v1022.Client, v1022.AsyncClient]
Configuration = (
    v1022.SmsToEmailConfiguration
    | v1022.SmsHttpInConfiguration
    | v1022.SmsHttpOutConfiguration
    | v1022.SmsSmppEsmeConfiguration
    | v1022.SmsSmppSmscConfiguration
)

KINDS: dict[str, Callable[[], Configuration]] = {
    "sms_to_email": lambda: v1022.SmsToEmailConfiguration(
        send_to="sms@example.com", subject="SMS from {SMS_SRC_ADDR}", message="{SMS_TEXT}"
    ),
    "http_in": lambda: v1022.SmsHttpInConfiguration(
        url="https://example.com/sms",
        http_method=enums.SmsHttpMethod.POST,
        body_type=enums.SmsBodyType.JSON,
        body='{"text": "{SMS_TEXT}", "from": "{SMS_SRC_ADDR}"}',
        headers={"Authorization": "Bearer receiver-secret"},
    ),
    "http_out": lambda: v1022.SmsHttpOutConfiguration(
        callback_url="https://example.com/sms/status", allowed_ips=["203.0.113.10"]
    ),
    "smpp_esme": lambda: v1022.SmsSmppEsmeConfiguration(
        server_location="fra", allowed_ips=["203.0.113.10"], system_type="vma"
    ),
    "smpp_smsc": lambda: v1022.SmsSmppSmscConfiguration(
        host="smsc.example.com", system_id="didww", password="secret", server_location="fra"
    ),
}
# What each kind does, as the API documents it: (receives, sends, generated credentials).
DOES = {
    "sms_to_email": (True, False, None),
    "http_in": (True, False, None),
    "http_out": (False, True, ("auth_name", "auth_password")),
    "smpp_esme": (True, True, ("system_id", "password")),
    "smpp_smsc": (True, True, None),
}
REQUIRED = {
    "sms_to_email": ["send_to", "subject", "message"],
    "http_in": ["url", "http_method"],
    "http_out": [],
    "smpp_esme": ["server_location"],
    "smpp_smsc": ["host", "system_id", "password", "server_location"],
}


def trunk(kind: str, name: str | None = None) -> v1022.SmsTrunk:
    return v1022.SmsTrunk(name=name or f"{kind} trunk", configuration=KINDS[kind]())


def pointers(caught: pytest.ExceptionInfo[didww.APIError]) -> list[str | None]:
    return [e.source_pointer for e in caught.value.errors]


def settings(configuration: Any, *, like: Any = None) -> dict[str, Any]:
    """A configuration's values (nested objects compare by identity), or only those ``like``
    has (a configuration built locally holds only what was set)."""
    names = type(configuration)._ATTRIBUTES
    return {n: getattr(configuration, n) for n in names if like is None or like.is_loaded(n)}


def ids(models: Any) -> list[str]:
    return [m.id for m in models]


def secrets_of(found: v1022.SmsTrunk) -> tuple[str, str] | None:
    credentials = DOES[found.configuration.type][2]
    if credentials is None:
        return None
    name, secret = credentials
    return getattr(found.configuration, name), getattr(found.configuration, secret)


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


# -- trunks of every kind ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_created_and_read_back(kind: str, didww_client: v1022.Client) -> None:
    created = didww_client.sms_trunks.create(trunk(kind))
    found = didww_client.sms_trunks.find(created.id)
    assert settings(found.configuration) == settings(created.configuration)
    assert type(found.configuration) is type(KINDS[kind]())
    receives, sends, generated = DOES[kind]
    assert (found.allow_in, found.allow_out) == (receives, sends)
    assert found.priority == (100 if receives else None)
    assert found.blocked is False and found.allow_any_did_as_source is False
    assert found.created_at == found.updated_at
    # Present on http_out trunks only, as DIDWW documents it (not null on the others).
    assert found.meta.get("host") == (
        "sms-out.didww-simulator.test" if kind == "http_out" else None
    )
    assert ("host" in found.meta) == (kind == "http_out")
    sent = KINDS[kind]()
    assert settings(found.configuration, like=sent) == settings(sent, like=sent)
    if generated is not None:
        credentials = secrets_of(found)
        assert credentials is not None and all(credentials)
        # Secrets stay out of reprs.
        assert all(secret not in repr(found) for secret in credentials)
        assert "[FILTERED]" in repr(found.configuration)
    assert [t.id for t in didww_client.sms_trunks.list()] == [created.id]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_every_kind_through_the_async_client(
    kind: str, didww_async_client: v1022.AsyncClient
) -> None:
    created = await didww_async_client.sms_trunks.create(trunk(kind))
    found = await didww_async_client.sms_trunks.find(created.id)
    assert settings(found.configuration) == settings(created.configuration)
    assert found.configuration.type == kind
    assert (found.allow_in, found.allow_out) == DOES[kind][:2]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_needs_what_the_document_says(kind: str, raw: httpx.Client) -> None:
    body = {
        "data": {
            "type": "sms_trunks",
            "attributes": {"name": "bare", "configuration": {"type": kind, "attributes": {}}},
        }
    }
    answer = raw.post("/sms_trunks", json=body)
    prefix = "/data/attributes/configuration/attributes/"
    if REQUIRED[kind]:
        assert answer.status_code == 422, answer.text
        assert [e["source"]["pointer"] for e in answer.json()["errors"]] == [
            prefix + name for name in REQUIRED[kind]
        ]
    else:
        assert answer.status_code == 201, answer.text


def test_a_trunk_needs_a_name_and_a_configuration_of_a_known_kind(raw: httpx.Client) -> None:
    answer = raw.post("/sms_trunks", json={"data": {"type": "sms_trunks", "attributes": {}}})
    assert {e["source"]["pointer"] for e in answer.json()["errors"]} == {
        "/data/attributes/name",
        "/data/attributes/configuration",
    }
    unknown = {"name": "x", "configuration": {"type": "carrier_pigeon", "attributes": {}}}
    answer = raw.post("/sms_trunks", json={"data": {"type": "sms_trunks", "attributes": unknown}})
    assert answer.status_code == 422
    assert "type must be one of sms_to_email" in answer.json()["errors"][0]["detail"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            {"http_method": "post", "body_type": "json", "body": None},
            r"SmsHttpInConfiguration\.body is required while http_method is not get",
        ),
        (
            {"http_method": "put", "body_type": None, "body": "x"},
            r"SmsHttpInConfiguration\.body_type is required while http_method is not get",
        ),
        (
            {"http_method": "get", "body_type": "raw", "body": "x"},
            r"body_type must be blank while http_method is get",
        ),
    ],
)
def test_the_sdk_refuses_http_in_bodies_against_the_method(
    settings: dict[str, Any], message: str, didww_client: v1022.Client, didww_simulator: Sim
) -> None:
    # The document's words ("required when http_method is post or put, refused when it is
    # get") are conditions of the object in the spec: nothing is sent. (A body left out is
    # left to the API, as an update may merge it with the stored one; see below.)
    configuration = v1022.SmsHttpInConfiguration(url="https://example.com/sms", **settings)
    didww_simulator.requests.clear()
    with pytest.raises(didww.ClientError, match=message):
        didww_client.sms_trunks.create(v1022.SmsTrunk(name="in", configuration=configuration))
    assert list(didww_simulator.requests) == []


@pytest.mark.parametrize(
    ("settings", "pointer"),
    [
        ({"http_method": "post", "body_type": "json"}, "body"),
        ({"http_method": "put", "body": "x"}, "body_type"),
        ({"http_method": "get", "body_type": "raw", "body": "x"}, "body_type"),
        ({"http_method": "post", "body_type": "html_url_encoded", "body": "a=b"}, "body"),
        ({"http_method": "post", "body_type": "raw", "body": {"a": "b"}}, "body"),
    ],
)
def test_http_in_bodies_go_with_post_and_put_in_the_shape_of_their_type(
    settings: dict[str, Any], pointer: str, raw: httpx.Client
) -> None:
    # Sent raw: the SDK refuses the third, and the first two with null, before sending.
    attributes = {"url": "https://example.com/sms", **settings}
    configuration = {"type": "http_in", "attributes": attributes}
    body = {
        "data": {"type": "sms_trunks", "attributes": {"name": "in", "configuration": configuration}}
    }
    answer = raw.post("/sms_trunks", json=body)
    assert answer.status_code == 422, answer.text
    found = [e["source"]["pointer"] for e in answer.json()["errors"]]
    assert f"/data/attributes/configuration/attributes/{pointer}" in found


def test_http_in_get_and_form_bodies_are_accepted(didww_client: v1022.Client) -> None:
    get = v1022.SmsHttpInConfiguration(
        url="https://example.com/sms", http_method=enums.SmsHttpMethod.GET
    )
    form = v1022.SmsHttpInConfiguration(
        url="https://example.com/sms",
        http_method=enums.SmsHttpMethod.PUT,
        body_type=enums.SmsBodyType.HTML_MULTIPART,
        body={"text": "{SMS_TEXT}"},
        query_parameters={"from": "{SMS_SRC_ADDR}"},
    )
    for configuration in (get, form):
        created = didww_client.sms_trunks.create(
            v1022.SmsTrunk(name="in", configuration=configuration)
        )
        found = didww_client.sms_trunks.find(created.id).configuration
        assert settings(found) == settings(created.configuration)
        assert settings(found, like=configuration) == settings(configuration, like=configuration)


def test_smpp_lengths_are_checked(raw: httpx.Client) -> None:
    # Sent raw: the SDK refuses these values before sending (the spec's max_length).
    attributes = {
        "host": "smsc.example.com",
        "system_id": "sixteen-chars-xx",
        "password": "ninechars",
        "system_type": "thirteen-char",
        "server_location": "fra",
    }
    configuration = {"type": "smpp_smsc", "attributes": attributes}
    body = {
        "data": {
            "type": "sms_trunks",
            "attributes": {"name": "smsc", "configuration": configuration},
        }
    }
    answer = raw.post("/sms_trunks", json=body)
    assert answer.status_code == 422, answer.text
    prefix = "/data/attributes/configuration/attributes/"
    assert [e["source"]["pointer"] for e in answer.json()["errors"]] == [
        prefix + n for n in ("system_id", "password", "system_type")
    ]


def test_the_sdk_refuses_smpp_values_too_long() -> None:
    with pytest.raises(didww.ClientError, match=r"system_id: must be at most 15 characters"):
        v1022.SmsSmppSmscConfiguration(system_id="sixteen-chars-xx")
    with pytest.raises(didww.ClientError, match=r"password: must be at most 8 characters"):
        v1022.SmsSmppSmscConfiguration(password="ninechars")
    with pytest.raises(didww.ClientError, match=r"system_type: must be at most 12 characters"):
        v1022.SmsSmppEsmeConfiguration(system_type="thirteen-char")


def test_smsc_ports_default_as_documented(didww_client: v1022.Client) -> None:
    created = didww_client.sms_trunks.create(trunk("smpp_smsc"))
    assert isinstance(created.configuration, v1022.SmsSmppSmscConfiguration)
    assert (created.configuration.tx_port, created.configuration.rx_port) == (2775, 2776)


def test_an_smsc_port_sent_replaces_its_default(didww_client: v1022.Client) -> None:
    configuration = KINDS["smpp_smsc"]()
    assert isinstance(configuration, v1022.SmsSmppSmscConfiguration)
    configuration.tx_port = 2000
    created = didww_client.sms_trunks.create(
        v1022.SmsTrunk(name="smsc", configuration=configuration)
    )
    found = didww_client.sms_trunks.find(created.id).configuration
    assert isinstance(found, v1022.SmsSmppSmscConfiguration)
    assert (found.tx_port, found.rx_port) == (2000, 2776)


def test_an_update_changes_the_settings_sent_and_never_the_kind(
    didww_client: v1022.Client, didww_clock: ManualClock
) -> None:
    created = didww_client.sms_trunks.create(trunk("smpp_esme"))
    before = secrets_of(created)
    didww_clock.advance(60)
    assert isinstance(created.configuration, v1022.SmsSmppEsmeConfiguration)
    created.configuration.allowed_ips = ["198.51.100.7"]
    created.name = "renamed"
    updated = didww_client.sms_trunks.update(created)
    assert isinstance(updated.configuration, v1022.SmsSmppEsmeConfiguration)
    assert updated.name == "renamed" and updated.configuration.allowed_ips == ["198.51.100.7"]
    assert updated.configuration.server_location == "fra" and secrets_of(updated) == before
    assert updated.updated_at is not None and updated.updated_at > created.created_at
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.sms_trunks.update(
            v1022.SmsTrunk(id=created.id, configuration=KINDS["smpp_smsc"]())
        )
    assert pointers(caught) == ["/data/attributes/configuration/type"]
    assert didww_client.sms_trunks.find(created.id).configuration.type == "smpp_esme"


def test_priority_and_groups_are_for_receiving_trunks(didww_client: v1022.Client) -> None:
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.sms_trunks.create(
            v1022.SmsTrunk(name="out", priority=5, configuration=KINDS["http_out"]())
        )
    assert pointers(caught) == ["/data/attributes/priority"]
    out = didww_client.sms_trunks.create(trunk("http_out"))
    group = didww_client.sms_trunk_groups.create(v1022.SmsTrunkGroup(name="g"))
    with pytest.raises(didww.UnprocessableEntityError, match="can't join"):
        didww_client.sms_trunks.update(v1022.SmsTrunk(id=out.id, sms_trunk_group=group))
    with pytest.raises(didww.UnprocessableEntityError, match="can't join a group"):
        didww_client.sms_trunk_groups.update(v1022.SmsTrunkGroup(id=group.id, sms_trunks=[out]))
    with pytest.raises(didww.ClientError, match="priority: must be from 0 to 32767"):
        v1022.SmsTrunk(name="in", priority=40000, configuration=KINDS["http_in"]())


def test_a_priority_out_of_range_is_refused(raw: httpx.Client) -> None:
    # Sent raw: the SDK refuses it before sending (the spec's minimum and maximum).
    configuration = {"type": "sms_to_email", "attributes": {}}
    attributes = {"name": "in", "priority": 40000, "configuration": configuration}
    answer = raw.post(
        "/sms_trunks", json={"data": {"type": "sms_trunks", "attributes": attributes}}
    )
    assert answer.status_code == 422, answer.text
    errors = answer.json()["errors"]
    assert errors[0]["source"]["pointer"] == "/data/attributes/priority"
    assert "from 0 to 32767" in errors[0]["detail"]


def test_who_may_send_through_a_trunk(didww_client: v1022.Client) -> None:
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.sms_trunks.create(
            v1022.SmsTrunk(
                name="mail", allow_any_did_as_source=True, configuration=KINDS["sms_to_email"]()
            )
        )
    assert pointers(caught) == ["/data/attributes/allow_any_did_as_source"]
    out = didww_client.sms_trunks.create(
        v1022.SmsTrunk(
            name="out", configuration=KINDS["http_out"](), outgoing_did_ids=[SEED.did_us]
        )
    )
    found = didww_client.sms_trunks.find(out.id, Q().include("outgoing_dids"))
    assert found.outgoing_did_ids == [SEED.did_us]
    # Allowing any DID empties the list.
    didww_client.sms_trunks.update(v1022.SmsTrunk(id=out.id, allow_any_did_as_source=True))
    assert didww_client.sms_trunks.find(out.id, Q().include("outgoing_dids")).outgoing_dids == []
    with pytest.raises(
        didww.UnprocessableEntityError, match="must be empty while allow_any_did_as_source"
    ):
        didww_client.sms_trunks.update(v1022.SmsTrunk(id=out.id, outgoing_did_ids=[SEED.did_us]))
    with pytest.raises(didww.UnprocessableEntityError, match="awaiting registration"):
        didww_client.sms_trunks.create(
            v1022.SmsTrunk(
                name="o", configuration=KINDS["http_out"](), outgoing_did_ids=[SEED.did_gb]
            )
        )


# -- credentials -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["smpp_esme", "http_out"])
def test_regenerating_credentials_replaces_them(kind: str, didww_client: v1022.Client) -> None:
    created = didww_client.sms_trunks.create(trunk(kind))
    before = secrets_of(created)
    answer = didww_client.sms_trunk_regenerate_credentials.create(
        v1022.SmsTrunkRegenerateCredential(sms_trunk=created)
    )
    assert answer.id
    after = secrets_of(didww_client.sms_trunks.find(created.id))
    assert before is not None and after is not None
    assert before[0] != after[0] and before[1] != after[1] and all(after)


@pytest.mark.anyio
async def test_regenerating_through_the_async_client(
    didww_async_client: v1022.AsyncClient,
) -> None:
    created = await didww_async_client.sms_trunks.create(trunk("http_out"))
    await didww_async_client.sms_trunk_regenerate_credentials.create(
        v1022.SmsTrunkRegenerateCredential(sms_trunk=created)
    )
    assert secrets_of(await didww_async_client.sms_trunks.find(created.id)) != secrets_of(created)


@pytest.mark.parametrize("kind", ["sms_to_email", "http_in", "smpp_smsc"])
def test_only_trunks_with_generated_credentials_regenerate(
    kind: str, didww_client: v1022.Client
) -> None:
    created = didww_client.sms_trunks.create(trunk(kind))
    with pytest.raises(didww.UnprocessableEntityError, match="smpp_esme") as caught:
        didww_client.sms_trunk_regenerate_credentials.create(
            v1022.SmsTrunkRegenerateCredential(sms_trunk=created)
        )
    assert pointers(caught) == ["/data/relationships/sms_trunk"]


def test_generated_secrets_stay_out_of_the_request_log(
    didww_client: v1022.Client, didww_simulator: Sim
) -> None:
    created = didww_client.sms_trunks.create(trunk("smpp_smsc"))
    sent = didww_simulator.requests.matching(method="POST", path="/sms_trunks")[0]
    assert isinstance(sent.body, dict)
    logged = sent.body["data"]["attributes"]["configuration"]["attributes"]
    assert logged["password"] == "[FILTERED]" and logged["system_id"] == "[FILTERED]"
    assert "secret" not in repr(list(didww_simulator.requests))
    assert isinstance(created.configuration, v1022.SmsSmppSmscConfiguration)
    assert created.configuration.password == "secret"  # the client has it: it sent it


# -- routing a DID's messages ------------------------------------------------------------------


def test_a_did_routes_to_a_trunk_then_a_group_which_clears_the_trunk(
    didww_client: v1022.Client,
) -> None:
    mail = didww_client.sms_trunks.create(trunk("sms_to_email"))
    group = didww_client.sms_trunk_groups.create(
        v1022.SmsTrunkGroup(
            name="inbound", sms_trunks=[didww_client.sms_trunks.create(trunk("http_in"))]
        )
    )
    routed = didww_client.dids.update(v1022.DID(id=SEED.did_us, sms_trunk=mail))
    assert routed.sms_trunk_id == mail.id
    incoming = Q().include("incoming_dids")
    assert ids(didww_client.sms_trunks.find(mail.id, incoming).incoming_dids) == [SEED.did_us]
    moved = didww_client.dids.update(v1022.DID(id=SEED.did_us, sms_trunk_group=group))
    assert (moved.sms_trunk_id, moved.sms_trunk_group_id) == (None, group.id)
    found = didww_client.dids.find(
        SEED.did_us, Q().include("sms_trunk", "sms_trunk_group", "voice_in_trunk")
    )
    assert found.sms_trunk is None and found.sms_trunk_group is not None
    assert found.sms_trunk_group.name == "inbound"
    assert not didww_client.sms_trunks.find(mail.id, Q().include("incoming_dids")).incoming_dids
    # The voice routing is untouched by the messages'.
    assert found.voice_in_trunk_id == SEED.voice_in_trunk


def test_the_api_side_keeps_one_sms_route(raw: httpx.Client, didww_client: v1022.Client) -> None:
    mail = didww_client.sms_trunks.create(trunk("sms_to_email"))
    group = didww_client.sms_trunk_groups.create(v1022.SmsTrunkGroup(name="g"))
    trunk_ref = {"data": {"type": "sms_trunks", "id": mail.id}}
    group_ref = {"data": {"type": "sms_trunk_groups", "id": group.id}}

    def patch(relationships: dict[str, Any]) -> httpx.Response:
        body = {"data": {"type": "dids", "id": SEED.did_us, "relationships": relationships}}
        return raw.patch(
            f"/dids/{SEED.did_us}", json=body, params={"include": "sms_trunk,sms_trunk_group"}
        )

    both = patch({"sms_trunk": trunk_ref, "sms_trunk_group": group_ref})
    assert both.status_code == 422
    assert patch({"sms_trunk": trunk_ref}).status_code == 200
    # Routing to the group alone replaces the route to the trunk.
    relationships = patch({"sms_trunk_group": group_ref}).json()["data"]["relationships"]
    assert relationships["sms_trunk"]["data"] is None
    assert relationships["sms_trunk_group"]["data"] == {"type": "sms_trunk_groups", "id": group.id}
    # Clearing one side clears only that one.
    relationships = patch({"sms_trunk": {"data": None}}).json()["data"]["relationships"]
    assert relationships["sms_trunk_group"]["data"] is not None


def test_a_did_routes_only_to_trunks_that_receive(didww_client: v1022.Client) -> None:
    out = didww_client.sms_trunks.create(trunk("http_out"))
    with pytest.raises(didww.UnprocessableEntityError, match="does not receive") as caught:
        didww_client.dids.update(v1022.DID(id=SEED.did_us, sms_trunk=out))
    assert pointers(caught) == ["/data/relationships/sms_trunk"]


def test_filters_and_includes(didww_client: v1022.Client) -> None:
    trunks = {kind: didww_client.sms_trunks.create(trunk(kind, f"T {kind}")) for kind in KINDS}
    didww_client.sms_trunks.update(
        v1022.SmsTrunk(id=trunks["http_in"].id, external_reference_id="crm-7")
    )
    by_kind = didww_client.sms_trunks.list(Q().filter("configuration.type", "smpp_esme"))
    assert [t.id for t in by_kind] == [trunks["smpp_esme"].id]
    by_reference = didww_client.sms_trunks.list(Q().filter("external_reference_id", "crm-7"))
    assert ids(by_reference) == [trunks["http_in"].id]
    assert len(didww_client.sms_trunks.list(Q().filter("name", "T http_out"))) == 1
    assert didww_client.sms_trunks.list(Q().sort("-name"))[0].name == "T sms_to_email"
    group = didww_client.sms_trunk_groups.create(
        v1022.SmsTrunkGroup(name="G", sms_trunks=[trunks["sms_to_email"], trunks["smpp_smsc"]])
    )
    didww_client.dids.update(v1022.DID(id=SEED.did_us, sms_trunk=trunks["smpp_esme"]))
    didww_client.dids.update(v1022.DID(id=SEED.did_gb, sms_trunk_group=group))
    by_trunk = Q().filter("sms_trunk.id", trunks["smpp_esme"].id)
    assert ids(didww_client.dids.list(by_trunk)) == [SEED.did_us]
    assert ids(didww_client.dids.list(Q().filter("sms_trunk_group.id", group.id))) == [SEED.did_gb]
    found = didww_client.sms_trunk_groups.find(group.id, Q().include("sms_trunks", "incoming_dids"))
    assert sorted(t.name for t in found.sms_trunks) == ["T smpp_smsc", "T sms_to_email"]
    assert [d.id for d in found.incoming_dids] == [SEED.did_gb]
    assert found.meta["sms_trunks_count"] == 2
    member = didww_client.sms_trunks.find(trunks["smpp_smsc"].id, Q().include("sms_trunk_group"))
    assert member.sms_trunk_group is not None and member.sms_trunk_group.id == group.id
    query = (
        Q().include("incoming_dids", "sms_trunk_group").filter("configuration.type", "smpp_esme")
    )
    (listed,) = didww_client.sms_trunks.list(query)
    assert [d.number for d in listed.incoming_dids] == ["12125550199"]
    assert listed.sms_trunk_group is None


def test_group_membership_is_replaced_as_a_whole(didww_client: v1022.Client) -> None:
    first, second = (didww_client.sms_trunks.create(trunk("http_in", n)) for n in ("a", "b"))
    group = didww_client.sms_trunk_groups.create(v1022.SmsTrunkGroup(name="g", sms_trunks=[first]))
    group = didww_client.sms_trunk_groups.update(
        v1022.SmsTrunkGroup(id=group.id, sms_trunks=[second])
    )
    assert group.sms_trunk_ids == [second.id] and group.meta["sms_trunks_count"] == 1
    again = didww_client.sms_trunks.find(first.id, Q().include("sms_trunk_group"))
    assert again.sms_trunk_group is None


def test_trunks_and_groups_in_use_are_not_deleted(didww_client: v1022.Client) -> None:
    mail = didww_client.sms_trunks.create(trunk("sms_to_email"))
    member = didww_client.sms_trunks.create(trunk("http_in"))
    group = didww_client.sms_trunk_groups.create(v1022.SmsTrunkGroup(name="g", sms_trunks=[member]))
    didww_client.dids.update(v1022.DID(id=SEED.did_us, sms_trunk=mail))
    didww_client.dids.update(v1022.DID(id=SEED.did_gb, sms_trunk=member))
    with pytest.raises(didww.UnprocessableEntityError, match="still in use"):
        didww_client.sms_trunks.delete(mail.id)
    with pytest.raises(didww.UnprocessableEntityError, match="still in use"):
        didww_client.sms_trunk_groups.delete(group.id)
    didww_client.dids.update(v1022.DID(id=SEED.did_us, sms_trunk=None))
    didww_client.dids.update(v1022.DID(id=SEED.did_gb, sms_trunk=None))
    didww_client.sms_trunks.delete(mail.id)
    didww_client.sms_trunk_groups.delete(group.id)  # and its trunks with it
    assert didww_client.sms_trunks.list() == [] and didww_client.sms_trunk_groups.list() == []


def test_references_are_at_most_100_characters(
    didww_client: v1022.Client, raw: httpx.Client
) -> None:
    with pytest.raises(didww.ClientError, match="at most 100 characters"):
        v1022.SmsTrunkGroup(name="g", external_reference_id="x" * 101)
    attributes = {"name": "g", "external_reference_id": "x" * 101}
    answer = raw.post(
        "/sms_trunk_groups", json={"data": {"type": "sms_trunk_groups", "attributes": attributes}}
    )
    assert answer.status_code == 422, answer.text
    assert [e["source"]["pointer"] for e in answer.json()["errors"]] == [
        "/data/attributes/external_reference_id"
    ]
    assert (
        didww_client.sms_trunk_groups.create(
            v1022.SmsTrunkGroup(name="g", external_reference_id="x" * 100)
        ).external_reference_id
        == "x" * 100
    )


# -- message exports ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "header"),
    [
        ("sms_in", "Date/Time (UTC),Source Address,Destination Address,Trunk Type,Status,SMS ID"),
        (
            "sms_out",
            "Date/Time (UTC),Source Address,Destination Address,Service Type,Status,Price,SMS ID",
        ),
        ("cdr_in", "Date/Time Start (UTC),Source,DID,Destination,Duration"),
    ],
)
def test_message_exports_complete_and_download(
    kind: str, header: str, didww_client: v1022.Client, didww_clock: ManualClock
) -> None:
    export = didww_client.exports.create(
        v1022.Export(
            export_type=enums.ExportType(kind),
            filters={"from": "2026-04-01 00:00:00", "to": "2026-04-08 00:00:00"},
        )
    )
    assert export.status == enums.ExportStatus.PENDING
    done = didww_client.exports.wait(export)  # polls on the fixture clock: no real time
    assert done.status == enums.ExportStatus.COMPLETED and done.export_type == kind
    assert [e.id for e in didww_client.exports.list(Q().filter("export_type", kind))] == [export.id]
    received = io.BytesIO()
    didww_client.exports.download(done, received)
    lines = received.getvalue().decode().splitlines()
    assert lines[0].startswith(header) and len(lines) == 4
    raw_file = io.BytesIO()
    didww_client.exports.download(done, raw_file, decompress=False)
    assert gzip.decompress(raw_file.getvalue()) == received.getvalue()


@pytest.mark.anyio
async def test_message_exports_through_the_async_client(
    didww_async_client: v1022.AsyncClient,
) -> None:
    export = await didww_async_client.exports.create(
        v1022.Export(
            export_type=enums.ExportType.SMS_OUT,
            filters={"from": "2026-04-01 00:00:00", "to": "2026-04-02 00:00:00"},
        )
    )
    done = await didww_async_client.exports.wait(export)
    received = io.BytesIO()
    await didww_async_client.exports.download(done, received)
    assert received.getvalue().startswith(b"Date/Time (UTC),Source Address")


def test_a_2026_04_16_simulator_has_no_message_exports() -> None:
    old = Simulator(clock=ManualClock())
    headers = {"Api-Key": old.api_key, "Content-Type": "application/vnd.api+json"}
    with httpx.Client(transport=old.transport(), headers=headers) as http:
        body = {
            "data": {
                "type": "exports",
                "attributes": {
                    "export_type": "sms_in",
                    "filters": {"from": "2026-04-01 00:00:00", "to": "2026-04-02 00:00:00"},
                },
            }
        }
        answer = http.post("http://sim.test/v3/exports", json=body)
    assert answer.status_code == 422 and "cdr_in, cdr_out" in answer.text
