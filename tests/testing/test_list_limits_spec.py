"""The spec's ``min_items``, ``max_items`` and ``unique_items`` on a list attribute (and
``min_items`` on a to-many): loaded and checked by the loader, carried into the catalog, the
generated model (``Limited``) and its docs, and diffed; refused by the SDK on assignment (and a
list edited in place past them, on save), before anything is sent; answered 422 by the
simulator, under the version whose document states them."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, Simulator
from didww.v2026_04_16.catalog import OBJECTS as OBJECTS_0416
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import OBJECTS as OBJECTS_1022
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import Comparison, changelog
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit, _line
from tests.support import Recorder, bearer_token
from tests.testing.raw_requests import JSON_API, raw_client

WIDGETS = "resources/widgets.yaml"
TAGS = "  tags:\n    type: list[string]\n    access: writable\n"
COUNTS = "    min_items: 1\n    max_items: 4\n    unique_items: true\n"


def _counted(tmp_path: Path, counts: str = COUNTS) -> tuple[Path, str]:
    root = _copy_spec(tmp_path)
    return root, _edit(root, WIDGETS, TAGS, TAGS + counts)


# -- the generator ----------------------------------------------------------------------------


def test_the_counts_reach_the_catalog_the_model_and_the_docs(tmp_path: Path) -> None:
    root, _ = _counted(tmp_path)
    widgets = load_spec(root).resource("widgets")
    assert widgets is not None
    (tags,) = [a for a in widgets.attributes if a.name == "tags"]
    assert (tags.min_items, tags.max_items, tags.unique_items) == (1, 4, True)
    files = render(load_spec(root))
    catalog = "".join(files["catalog.py"].split())
    assert 'AttributeInfo("tags","list[string]","writable",False,min_items=1,max_items=4,' in (
        catalog
    )
    model = next(text for path, text in files.items() if path.endswith("widgets.py"))
    assert "Limited(ListCodec(STRING), min_items=1, max_items=4, unique_items=True)" in model
    assert "Takes a list of 1 to 4 members, each once" in " ".join(model.split())


@pytest.mark.parametrize(
    ("counts", "line_of", "message"),
    [
        ("    min_items: 0\n", "min_items: 0", "attribute 'tags': min_items must be at least 1"),
        ("    max_items: 0\n", "max_items: 0", "attribute 'tags': max_items must be at least 1"),
        (
            "    min_items: 5\n    max_items: 4\n",
            "min_items: 5",
            "attribute 'tags': min_items 5 is above max_items 4",
        ),
        ("    unique_items: yes please\n", "unique_items: yes please", "attribute 'tags':"),
    ],
)
def test_the_loader_refuses_bad_counts(
    tmp_path: Path, counts: str, line_of: str, message: str
) -> None:
    root, text = _counted(tmp_path, counts)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert info.value.line == _line(text, line_of)
    assert info.value.message.startswith(message), info.value.message


def test_the_loader_refuses_counts_on_a_scalar_or_a_read_only_list(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    name = "  name:\n    type: string\n    access: writable\n"
    _edit(root, WIDGETS, name, name + "    max_items: 3\n")
    with pytest.raises(SpecError, match="attribute 'name': max_items is for a list attribute"):
        load_spec(root)
    root = _copy_spec(tmp_path / "read-only")
    _edit(root, WIDGETS, TAGS, TAGS.replace("    access: writable\n", "") + "    min_items: 1\n")
    with pytest.raises(SpecError, match="min_items is for an attribute a request can send"):
        load_spec(root)


def test_the_diff_reports_new_or_stricter_counts_as_breaking(tmp_path: Path) -> None:
    plain = load_spec(_copy_spec(tmp_path / "plain"))
    counted = load_spec(_counted(tmp_path / "counted")[0])
    lines = changelog(plain, counted).splitlines()
    assert "- **BREAKING**: widgets.tags: members no limit -> at least 1" in lines
    assert "- **BREAKING**: widgets.tags: members no limit -> at most 4" in lines
    assert "- **BREAKING**: widgets.tags: a member sent twice is refused" in lines
    assert not Comparison(counted, plain).breaking
    looser = load_spec(_counted(tmp_path / "looser", "    max_items: 9\n")[0])
    assert Comparison(looser, counted).breaking and not Comparison(counted, looser).breaking


# -- the real trees -----------------------------------------------------------------------------


def _attribute(infos: Any, owner: str, name: str) -> Any:
    return next(a for a in infos[owner].attributes if a.name == name)


def test_the_real_trees_state_the_documents_counts() -> None:
    def counts(infos: Any, owner: str, name: str) -> tuple[int | None, int | None, bool]:
        found = _attribute(infos, owner, name)
        return (found.min_items, found.max_items, found.unique_items)

    assert counts(OBJECTS_1022, "SIPConfiguration", "codec_ids") == (1, None, True)
    assert counts(OBJECTS_1022, "SIPConfiguration", "allowed_rtp_ips") == (None, 10, True)
    assert counts(RESOURCES_1022, "voice_out_trunks", "allowed_rtp_ips") == (None, 60, True)
    assert counts(OBJECTS_1022, "CredentialsAndIPAuthentication", "allowed_sip_ips") == (
        1,
        60,
        True,
    )
    assert counts(RESOURCES_1022, "orders", "items") == (1, None, False)
    assert counts(RESOURCES_0416, "orders", "items") == (1, None, False)
    for type_, name in [
        ("address_verifications", "dids"),
        ("emergency_verifications", "dids"),
        ("proofs", "files"),
        ("permanent_supporting_documents", "files"),
    ]:
        relationship = RESOURCES_1022[type_].relationship(name)
        assert relationship is not None and relationship.min_items == 1, type_
    # 2026-04-16 states order items alone.
    assert counts(OBJECTS_0416, "SIPConfiguration", "codec_ids") == (None, None, False)


# -- the SDK ----------------------------------------------------------------------------------

IPS = [f"203.0.113.{n}" for n in range(1, 12)]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: v1022.SIPConfiguration(codec_ids=[]),
            r"SIPConfiguration\.codec_ids: must hold at least 1 member, got 0",
        ),
        (
            lambda: v1022.SIPConfiguration(
                codec_ids=[v1022.enums.Codec.PCMU, v1022.enums.Codec.PCMA, v1022.enums.Codec.PCMU]
            ),
            r"codec_ids: item 2 repeats item 0; each member goes once",
        ),
        (
            lambda: v1022.SIPConfiguration(allowed_rtp_ips=IPS),
            r"allowed_rtp_ips: must hold at most 10 members, got 11",
        ),
        (
            lambda: v1022.CredentialsAndIPAuthentication(allowed_sip_ips=[]),
            r"allowed_sip_ips: must hold 1 to 60 members, got 0",
        ),
        (lambda: v1022.Order(items=[]), r"Order\.items: must hold at least 1 member, got 0"),
        (lambda: v0416.Order(items=()), r"Order\.items: must hold at least 1 member, got 0"),
    ],
)
def test_the_sdk_refuses_a_list_outside_the_counts(build: Any, message: str) -> None:
    with pytest.raises(didww.ClientError, match=message):
        build()


def test_a_list_edited_in_place_past_its_limit_is_refused_on_save() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    trunk = client.voice_in_trunks.create(
        v1022.VoiceInTrunk(
            name="Edge",
            configuration=v1022.SIPConfiguration(
                host="pbx.example", codec_ids=[v1022.enums.Codec.PCMU], allowed_rtp_ips=IPS[:10]
            ),
        )
    )
    configuration = trunk.configuration
    assert isinstance(configuration, v1022.SIPConfiguration)
    assert configuration.allowed_rtp_ips == IPS[:10]
    allowed = configuration.allowed_rtp_ips
    assert allowed is not None
    allowed.append(IPS[10])  # past the assignment check
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"allowed_rtp_ips: must hold at most 10 members"):
        client.voice_in_trunks.update(trunk)
    assert list(sim.requests) == []
    allowed.pop()
    allowed[1] = allowed[0]
    with pytest.raises(didww.ClientError, match=r"allowed_rtp_ips: item 1 repeats item 0"):
        client.voice_in_trunks.update(trunk)
    assert list(sim.requests) == []
    allowed[1] = "198.51.100.7"
    saved = client.voice_in_trunks.update(trunk).configuration
    assert isinstance(saved, v1022.SIPConfiguration) and saved.allowed_rtp_ips == allowed


def test_a_to_many_below_its_minimum_is_refused_before_sending() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    address = client.addresses.find(SEED.address_gb)
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"AddressVerification\.dids holds 0 resources"):
        client.address_verifications.create(v1022.AddressVerification(address=address, dids=[]))
    assert list(sim.requests) == []


# -- the simulator ----------------------------------------------------------------------------


def _post(sim: Simulator[Any, Any], path: str, body: Any) -> httpx.Response:
    with raw_client(sim, headers=JSON_API) as http:
        return http.post(path, json=body)


def _trunk(configuration: dict[str, Any]) -> dict[str, Any]:
    return {
        "data": {
            "type": "voice_in_trunks",
            "attributes": {
                "name": "Raw",
                "configuration": {"type": "sip_configurations", "attributes": configuration},
            },
        }
    }


POINTER = "/data/attributes/configuration/attributes/codec_ids"


@pytest.mark.parametrize(
    ("codecs", "detail"),
    [([], "must hold at least 1 member, got 0"), ([9, 10, 9], "item 2 repeats item 0")],
)
def test_the_2026_10_22_simulator_refuses_a_list_outside_the_counts(
    codecs: list[int], detail: str
) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    answer = _post(sim, "/voice_in_trunks", _trunk({"host": "pbx.example", "codec_ids": codecs}))
    assert answer.status_code == 422, answer.text
    errors = answer.json()["errors"]
    assert [e["source"]["pointer"] for e in errors] == [POINTER]
    assert detail in errors[0]["detail"]


def test_the_2026_04_16_simulator_takes_what_its_document_does_not_limit() -> None:
    sim: Simulator[Any, Any] = Simulator()
    body = _trunk({"host": "pbx.example", "codec_ids": [9, 10, 9]})
    assert _post(sim, "/voice_in_trunks", body).status_code == 201


def test_the_simulator_refuses_an_empty_to_many_where_the_document_wants_one() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    body = {
        "data": {
            "type": "address_verifications",
            "relationships": {
                "address": {"data": {"type": "addresses", "id": SEED.address_gb}},
                "dids": {"data": []},
            },
        }
    }
    answer = _post(sim, "/address_verifications", body)
    assert answer.status_code == 422, answer.text
    details = [(e["source"]["pointer"], e["detail"]) for e in answer.json()["errors"]]
    assert ("/data/relationships/dids/data", "dids - takes at least 1 member, not 0") in details


def test_an_in_place_edit_of_a_limited_list_is_still_sent() -> None:
    # The wrapping codec must pass on the list's change detection: without it, an append to a
    # limited list was never seen as a change and update() sent nothing.
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    made = client.voice_in_trunks.create(
        v1022.VoiceInTrunk(
            name="Edit",
            configuration=v1022.SIPConfiguration(
                host="pbx.example", codec_ids=[v1022.enums.Codec.PCMU]
            ),
        )
    )
    trunk = client.voice_in_trunks.find(made.id)
    configuration = trunk.configuration
    assert isinstance(configuration, v1022.SIPConfiguration)
    configuration.codec_ids.append(v1022.enums.Codec.G723)
    sim.requests.clear()
    client.voice_in_trunks.update(trunk)
    (sent,) = sim.requests
    assert isinstance(sent.body, dict)
    codecs = sent.body["data"]["attributes"]["configuration"]["attributes"]["codec_ids"]
    assert codecs[-1] == v1022.enums.Codec.G723.value


@pytest.mark.parametrize("read_first", [False, True])
def test_an_unchanged_stored_value_is_sent_as_it_came_whether_read_or_not(read_first: bool) -> None:
    # A value the API stored before a limit was stated (or one it keeps anyway) is not the
    # caller's to fix: sent unchanged, the API decides, read or not, printed or not.
    stored = [f"203.0.113.{n}" for n in range(12)]
    configuration = {
        "type": "sip_configurations",
        "attributes": {"host": "pbx.example", "port": 5060, "allowed_rtp_ips": stored},
    }
    document = {
        "data": {
            "type": "voice_in_trunks",
            "id": "t1",
            "attributes": {"name": "Legacy", "configuration": configuration},
        }
    }
    recorder = Recorder().reply(200, document).reply(200, document)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = v1022.Client(token=bearer_token(time.time() + 3600), http_client=http, max_retries=0)
    trunk = client.voice_in_trunks.find("t1")
    sip = trunk.configuration
    assert isinstance(sip, v1022.SIPConfiguration)
    if read_first:
        assert repr(trunk) and sip.allowed_rtp_ips == stored
    sip.port = 5070
    client.voice_in_trunks.update(trunk)
    sent = recorder.last_json()["data"]["attributes"]["configuration"]["attributes"]
    assert (sent["port"], sent["allowed_rtp_ips"]) == (5070, stored)
    # Changed, the list is the caller's: checked before sending.
    held = trunk.configuration
    assert isinstance(held, v1022.SIPConfiguration)
    allowed = held.allowed_rtp_ips
    assert allowed is not None
    allowed.append("198.51.100.1")
    with pytest.raises(didww.ClientError, match=r"allowed_rtp_ips: must hold at most 10 members"):
        client.voice_in_trunks.update(trunk)
    assert len(recorder.requests) == 2
