"""An answer the API served in another version than the client asked for is refused.

The API serves an account's default version whenever the ``X-DIDWW-API-Version`` asked for is
older, and says which version served the request in ``meta.api_version``. Read with the models
of the version asked for, such an answer would be read wrong without a word.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import didww
from didww import v2026_10_22 as v1022
from tests.support import Recorder
from tests.transport.faultserver import FaultServer, respond


def _did(version: str | None, **meta: Any) -> dict[str, Any]:
    document: dict[str, Any] = {"data": {"type": "dids", "id": "d1", "attributes": {}}}
    if version is not None:
        meta["api_version"] = version
    if meta:
        document["meta"] = meta
    return document


def test_an_answer_served_in_a_newer_version_is_a_decode_error_naming_both() -> None:
    recorder = Recorder().reply(200, _did("2026-10-22"))
    with pytest.raises(didww.DecodeError) as caught:
        recorder.client().dids.find("d1")
    message = caught.value.message
    assert "served this request in API version 2026-10-22, not in 2026-04-16" in message
    assert "the API serves the account's default version when the one asked is older" in message
    assert "didww.v2026_10_22" in message
    assert "or the account's default version set to 2026-04-16" in message
    assert recorder.last.headers["x-didww-api-version"] == "2026-04-16"


def test_the_version_asked_for_or_none_said_reads_as_before() -> None:
    recorder = Recorder().reply(200, _did("2026-04-16")).reply(200, _did(None, other=1))
    client = recorder.client()
    assert client.dids.find("d1").id == "d1"
    assert client.dids.find("d1").id == "d1"


def test_a_page_served_in_another_version_is_refused_over_a_real_socket() -> None:
    page = {"data": [], "meta": {"api_version": "2026-10-22", "total_records": 0}}
    with FaultServer() as server:
        server.queue(respond(200, page))
        client = didww.Client(api_key="k", base_url=server.url)
        with client, pytest.raises(didww.DecodeError, match="in API version 2026-10-22, not in"):
            client.dids.list()


def test_a_create_answered_in_another_version_may_have_been_processed() -> None:
    answer = {
        "data": {"type": "voice_in_trunk_groups", "id": "g1", "attributes": {"name": "g"}},
        "meta": {"api_version": "2026-10-22"},
    }
    recorder = Recorder().reply(201, answer)
    with pytest.raises(didww.DecodeError) as caught:
        recorder.client().voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="g"))
    assert caught.value.may_have_been_processed  # the group exists, under the other rules
    assert "a write it answers was carried out under that version's rules" in caught.value.message


def test_an_older_or_odd_version_is_named_without_the_default_version_reason() -> None:
    older = Recorder().reply(200, _did("2026-04-16"))
    client = v1022.Client(token="t", http_client=httpx.Client(transport=httpx.MockTransport(older)))
    with pytest.raises(didww.DecodeError) as caught:
        client.dids.find("d1")
    assert "in API version 2026-04-16, not in 2026-10-22" in caught.value.message
    assert "when the one asked is older" not in caught.value.message
    # A bearer version's token selects the version: the advice is about the token.
    assert "(the token sent was minted for 2026-04-16)" in caught.value.message
    assert "or a token minted for 2026-10-22" in caught.value.message
    odd = Recorder().reply(200, _did({"v": 3}))  # type: ignore[arg-type]
    with pytest.raises(didww.DecodeError, match=r"names as \{'v': 3\}, not in 2026-04-16"):
        odd.client().dids.find("d1")
