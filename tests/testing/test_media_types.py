"""The simulator refuses media types the API refuses, in both API versions: an ``Accept`` header
that rules out JSON:API gets 406 and a body sent under another media type gets 415 (as the
2026-10-22 document states for every JSON:API operation, and for every create and update), while
what the SDK sends, downloads and the multipart upload are left alone."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from didww.testing import Simulator

JSONAPI = "application/vnd.api+json"


@pytest.fixture(params=["2026-04-16", "2026-10-22"])
def raw(request: pytest.FixtureRequest) -> Iterator[tuple[httpx.Client, dict[str, str]]]:
    """A raw client of a simulator of each version, with the credentials that version wants."""
    sim: Simulator = Simulator(api_version=request.param)
    if request.param == "2026-04-16":
        auth = {"Api-Key": sim.api_key}
    else:
        auth = {"Authorization": f"Bearer {sim.issue_token()}"}
    with httpx.Client(transport=sim.transport(), base_url="http://sim.test/v3") as client:
        yield client, auth


@pytest.mark.parametrize("accept", ["application/json", "text/html", "text/csv, text/plain"])
def test_an_accept_header_without_json_api_gets_406(
    raw: tuple[httpx.Client, dict[str, str]], accept: str
) -> None:
    client, auth = raw
    for path in ("/balance", "/countries"):
        answer = client.get(path, headers={**auth, "Accept": accept})
        assert answer.status_code == 406, answer.text
        assert answer.headers["content-type"] == JSONAPI
        (entry,) = answer.json()["errors"]
        assert entry["status"] == entry["code"] == "406"
        assert accept in entry["detail"]


@pytest.mark.parametrize(
    "accept",
    [JSONAPI, "*/*", "application/*", f"text/html, {JSONAPI};q=0.9", "APPLICATION/VND.API+JSON"],
)
def test_an_accept_header_allowing_json_api_is_answered(
    raw: tuple[httpx.Client, dict[str, str]], accept: str
) -> None:
    client, auth = raw
    answer = client.get("/balance", headers={**auth, "Accept": accept})
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["type"] == "balances"


def test_no_accept_header_is_answered(raw: tuple[httpx.Client, dict[str, str]]) -> None:
    client, auth = raw
    request = client.build_request("GET", "/balance", headers=auth)
    del request.headers["Accept"]
    answer = client.send(request)
    assert answer.status_code == 200, answer.text


def test_a_write_with_a_non_json_api_accept_changes_nothing() -> None:
    sim = Simulator()
    with httpx.Client(transport=sim.transport(), base_url="http://sim.test/v3") as client:
        before = client.get("/voice_in_trunk_groups", headers={"Api-Key": sim.api_key}).json()
        body = {"data": {"type": "voice_in_trunk_groups", "attributes": {"name": "G"}}}
        headers = {"Api-Key": sim.api_key, "Content-Type": JSONAPI, "Accept": "application/json"}
        answer = client.post("/voice_in_trunk_groups", json=body, headers=headers)
        assert answer.status_code == 406, answer.text
        after = client.get("/voice_in_trunk_groups", headers={"Api-Key": sim.api_key}).json()
        assert after == before


def test_the_sdk_is_answered_everywhere_including_the_upload_and_the_download() -> None:
    """The SDK asks for JSON:API everywhere but on the upload (its answer is plain JSON) and on
    a download (any type): none of them may be refused."""
    sim = Simulator(export_delay=0)
    with sim.client() as client:
        assert client.balance.find().id
        uploaded = client.encrypted_files.upload(b"%PDF-1.4 test", filename="a.pdf")
        assert uploaded.id
        assert client.encrypted_files.find(uploaded.id).id == uploaded.id
    assert not [r for r in sim.requests.matching() if r.status in (406, 415)]


@pytest.mark.parametrize("content_type", [None, "application/json", "text/plain"])
def test_a_body_under_another_media_type_gets_415_and_changes_nothing(
    raw: tuple[httpx.Client, dict[str, str]], content_type: str | None
) -> None:
    client, auth = raw
    headers = {**auth, **({"Content-Type": content_type} if content_type else {})}
    before = client.get("/voice_in_trunk_groups", headers=auth).json()["data"]
    body = {"data": {"type": "voice_in_trunk_groups", "attributes": {"name": "G"}}}
    request = client.build_request("POST", "/voice_in_trunk_groups", json=body, headers=headers)
    if content_type is None:
        del request.headers["Content-Type"]
    answer = client.send(request)
    assert answer.status_code == 415, answer.text
    (entry,) = answer.json()["errors"]
    assert entry["status"] == entry["code"] == "415"
    assert JSONAPI in entry["detail"]
    assert client.get("/voice_in_trunk_groups", headers=auth).json()["data"] == before


def test_an_update_under_another_media_type_gets_415(
    raw: tuple[httpx.Client, dict[str, str]],
) -> None:
    client, auth = raw
    made = client.post(
        "/voice_in_trunk_groups",
        json={"data": {"type": "voice_in_trunk_groups", "attributes": {"name": "Before"}}},
        headers={**auth, "Content-Type": JSONAPI},
    )
    assert made.status_code == 201, made.text
    id = made.json()["data"]["id"]
    change = {"data": {"type": "voice_in_trunk_groups", "id": id, "attributes": {"name": "After"}}}
    answer = client.patch(f"/voice_in_trunk_groups/{id}", json=change, headers=auth)
    assert answer.status_code == 415, answer.text
    found = client.get(f"/voice_in_trunk_groups/{id}", headers=auth).json()["data"]
    assert found["attributes"]["name"] == "Before"
    # The same body as JSON:API, with a media type parameter (which is not judged), goes through.
    sent = client.patch(
        f"/voice_in_trunk_groups/{id}",
        json=change,
        headers={**auth, "Content-Type": f"{JSONAPI}; charset=utf-8"},
    )
    assert sent.status_code == 200, sent.text
    assert sent.json()["data"]["attributes"]["name"] == "After"
