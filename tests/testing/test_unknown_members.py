"""Request bodies carrying a member the API does not accept: an unknown attribute or
relationship, a read-only one, a create-only one on an update, at the top or inside a nested
object. The 2026-10-22 document answers them with 400 before it validates anything (here:
``Param not allowed``, code ``105``, a ``source.pointer`` each); 2026-04-16 documents no such
answer, so its simulator keeps the 422 validation error (code ``100``). Either way nothing is
written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import didww
from didww.testing import SEED, ManualClock, Simulator
from tests.testing.raw_requests import JSON_API, raw_client

REFUSAL: dict[str, tuple[int, str]] = {"2026-04-16": (422, "100"), "2026-10-22": (400, "105")}
"""API version -> the status and error code a member the API does not accept is answered with."""
TRUNK = f"/voice_in_trunks/{SEED.voice_in_trunk}"
DID = f"/dids/{SEED.did_us}"


@pytest.fixture(params=sorted(REFUSAL))
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sim(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock())


@pytest.fixture
def raw(sim: Simulator[Any, Any]) -> Iterator[httpx.Client]:
    """Raw JSON:API requests with whatever credentials the version takes."""
    with raw_client(sim, headers=JSON_API) as client:
        yield client


def send(raw: httpx.Client, method: str, path: str, document: dict[str, Any]) -> httpx.Response:
    return raw.request(method, path, content=json.dumps(document))


def refused(answer: httpx.Response, version: str) -> list[str]:
    """The pointers of a refusal, after checking its status and every entry's code."""
    status, code = REFUSAL[version]
    assert answer.status_code == status, answer.text
    errors = answer.json()["errors"]
    for entry in errors:
        assert (entry["code"], entry["status"]) == (code, str(status)), entry
        if status == 400:
            assert entry["title"] == "Param not allowed", entry
            name = entry["source"]["pointer"].rsplit("/", 1)[1]
            assert entry["detail"].startswith(f"{name} is not allowed: it "), entry
    return [entry["source"]["pointer"] for entry in errors]


def trunk_document(
    attributes: dict[str, Any] | None = None,
    configuration: dict[str, Any] | None = None,
    relationships: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A valid inbound trunk to create, plus the members given."""
    document: dict[str, Any] = {
        "data": {
            "type": "voice_in_trunks",
            "attributes": {
                "name": "Refused",
                "configuration": {
                    "type": "sip_configurations",
                    "attributes": {
                        "host": "sip.example.com",
                        "codec_ids": [9],
                        **(configuration or {}),
                    },
                },
                **(attributes or {}),
            },
        }
    }
    if relationships is not None:
        document["data"]["relationships"] = relationships
    return document


def trunk_ids(raw: httpx.Client) -> list[str]:
    answer = raw.get("/voice_in_trunks")
    assert answer.status_code == 200, answer.text
    return [record["id"] for record in answer.json()["data"]]


def state(raw: httpx.Client, path: str) -> Any:
    answer = raw.get(path)
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]


CREATES: dict[str, tuple[dict[str, Any], str]] = {
    "unknown attribute": (
        trunk_document(attributes={"bogus": 1}),
        "/data/attributes/bogus",
    ),
    "unknown relationship": (
        trunk_document(relationships={"bogus": {"data": None}}),
        "/data/relationships/bogus",
    ),
    "read-only attribute": (
        trunk_document(attributes={"created_at": "2026-01-01T00:00:00.000Z"}),
        "/data/attributes/created_at",
    ),
    "unknown attribute of a nested object": (
        trunk_document(configuration={"bogus": True}),
        "/data/attributes/configuration/attributes/bogus",
    ),
    "read-only attribute of a nested object": (
        trunk_document(configuration={"incoming_auth_username": "me"}),
        "/data/attributes/configuration/attributes/incoming_auth_username",
    ),
}


@pytest.mark.parametrize("case", sorted(CREATES))
def test_a_create_carrying_a_member_not_accepted_is_refused_and_creates_nothing(
    case: str, version: str, raw: httpx.Client
) -> None:
    document, pointer = CREATES[case]
    before = trunk_ids(raw)
    assert refused(send(raw, "POST", "/voice_in_trunks", document), version) == [pointer]
    assert trunk_ids(raw) == before
    # The same trunk without that member is created: the member alone was refused.
    assert send(raw, "POST", "/voice_in_trunks", trunk_document()).status_code == 201


def patch_of(type_: str, id_: str, member: dict[str, Any]) -> dict[str, Any]:
    """An update that also makes an accepted change, which must not be written either."""
    attributes = {"name": "Renamed"} if type_ == "voice_in_trunks" else {"description": "changed"}
    data: dict[str, Any] = {"type": type_, "id": id_, "attributes": attributes}
    for kind, members in member.items():
        data.setdefault(kind, {}).update(members)
    return {"data": data}


UPDATES: dict[str, tuple[str, dict[str, Any], str]] = {
    "unknown attribute": (
        TRUNK,
        {"attributes": {"bogus": 1}},
        "/data/attributes/bogus",
    ),
    "unknown relationship": (
        TRUNK,
        {"relationships": {"bogus": {"data": None}}},
        "/data/relationships/bogus",
    ),
    "read-only attribute": (
        DID,
        {"attributes": {"number": "12125550199"}},
        "/data/attributes/number",
    ),
    "read-only relationship": (
        DID,
        {"relationships": {"did_group": {"data": None}}},
        "/data/relationships/did_group",
    ),
    "unknown attribute of a nested object": (
        TRUNK,
        {"attributes": {"configuration": {"type": "sip_configurations", "attributes": {"x": 1}}}},
        "/data/attributes/configuration/attributes/x",
    ),
}


@pytest.mark.parametrize("case", sorted(UPDATES))
def test_an_update_carrying_a_member_not_accepted_is_refused_and_changes_nothing(
    case: str, version: str, raw: httpx.Client
) -> None:
    path, member, pointer = UPDATES[case]
    type_, id_ = path.strip("/").split("/")
    before = state(raw, path)
    answer = send(raw, "PATCH", path, patch_of(type_, id_, member))
    assert refused(answer, version) == [pointer]
    assert state(raw, path) == before


def test_a_create_only_attribute_on_update_is_refused(version: str, raw: httpx.Client) -> None:
    filters = {"from": "2026-04-01 00:00:00", "to": "2026-04-02 00:00:00"}
    created = send(
        raw,
        "POST",
        "/exports",
        {"data": {"type": "exports", "attributes": {"export_type": "cdr_in", "filters": filters}}},
    )
    assert created.status_code == 201, created.text
    export = created.json()["data"]
    path = f"/exports/{export['id']}"
    before = state(raw, path)
    attributes = {"export_type": "cdr_out", "external_reference_id": "mine"}
    document = {"data": {"type": "exports", "id": export["id"], "attributes": attributes}}
    assert refused(send(raw, "PATCH", path, document), version) == ["/data/attributes/export_type"]
    assert state(raw, path) == before


def test_the_400_comes_before_validation_and_names_every_member_not_accepted(
    version: str, raw: httpx.Client
) -> None:
    document = trunk_document(
        attributes={"bogus": 1, "capacity_limit": "ten"},  # an unknown member, a wrong value
        configuration={"nonsense": True},
        relationships={"nope": {"data": None}},
    )
    members = [  # in the document's order, relationships after attributes
        "/data/attributes/configuration/attributes/nonsense",
        "/data/attributes/bogus",
        "/data/relationships/nope",
    ]
    pointers = refused(send(raw, "POST", "/voice_in_trunks", document), version)
    if version == "2026-10-22":
        # Refused as a whole before its values are looked at: the wrong value is not reported.
        assert pointers == members
    else:
        assert sorted(pointers) == sorted([*members, "/data/attributes/capacity_limit"])


def test_validation_problems_alone_stay_422(version: str, raw: httpx.Client) -> None:
    document = trunk_document(attributes={"capacity_limit": "ten"})
    answer = send(raw, "POST", "/voice_in_trunks", document)
    assert answer.status_code == 422, answer.text
    assert [e["code"] for e in answer.json()["errors"]] == ["100"]


class AddsAMember(httpx.BaseTransport):
    """Adds an attribute to every request document on its way to the simulator: an SDK that
    sends a member the API it talks to does not accept (one newer than that API, say)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method in ("POST", "PATCH"):
            document = json.loads(request.read())
            document["data"].setdefault("attributes", {})["bogus"] = 1
            headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
            request = httpx.Request(
                request.method, request.url, headers=headers, content=json.dumps(document)
            )
        return self.inner.handle_request(request)


def test_the_sdk_raises_the_error_class_of_the_status(
    version: str, sim: Simulator[Any, Any]
) -> None:
    expected = {"2026-04-16": didww.UnprocessableEntityError, "2026-10-22": didww.BadRequestError}
    with (
        httpx.Client(transport=AddsAMember(sim.transport())) as http,
        sim.client(http_client=http) as client,
    ):
        trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
        name = trunk.name
        trunk.name = "Renamed"
        with pytest.raises(didww.APIError) as caught:
            client.voice_in_trunks.update(trunk)
        assert type(caught.value) is expected[version]
        status, code = REFUSAL[version]
        assert caught.value.http_status == status and caught.value.attempts == 1
        [entry] = caught.value.errors
        assert (entry.code, entry.source_pointer) == (code, "/data/attributes/bogus")
        assert client.voice_in_trunks.find(SEED.voice_in_trunk).name == name
