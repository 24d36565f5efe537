"""What a fourth outside trial of the command line found, fixed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, Simulator, serve
from tests.cli.conftest import HTTP, Runner

HOOK = "https://user:Hook-PW-5@hooks.example/cb?token=tok-SECRET-9&tenant=42"


def _trunk_with_secret_url(sim: Simulator) -> str:
    client: v0416.Client = sim.client()
    trunk = client.voice_out_trunks.create(
        v0416.VoiceOutTrunk(
            name="Out",
            allow_any_did_as_cli=True,
            authentication_method=v0416.CredentialsAndIPAuthentication(
                allowed_sip_ips=["203.0.113.10/32"]
            ),
            callback_url=HOOK,
        )
    )
    return trunk.id


def test_a_url_with_a_filtered_part_keeps_the_stored_one_in_an_update_file(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    # The output hides the URL's password and token; sent back, "[FILTERED]" replaced them.
    trunk = _trunk_with_secret_url(sim)
    shown = cli("voice-out-trunks", "find", trunk, "-o", "json")
    assert shown.code == 0, shown.err
    record = json.loads(shown.out)
    assert "Hook-PW-5" not in shown.out and "[FILTERED]" in record["attributes"]["callback_url"]
    record["attributes"]["name"] = "Out, renamed"
    edited = tmp_path / "trunk.json"
    edited.write_text(json.dumps(record), encoding="utf-8")
    result = cli("voice-out-trunks", "update", trunk, "--file", str(edited))
    assert result.code == 0, result.err
    assert "left out attributes.callback_url (it holds [FILTERED]" in result.err
    (stored,) = [r for r in sim.resources("voice_out_trunks") if r["id"] == trunk]
    assert stored["attributes"]["name"] == "Out, renamed"
    assert stored["attributes"]["callback_url"] == HOOK


def test_a_nested_member_with_a_filtered_part_keeps_the_stored_one(
    cli: Runner, tmp_path: Path
) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client: v1022.Client = sim.client()
    trunk = client.sms_trunks.create(
        v1022.SmsTrunk(
            name="Web",
            configuration=v1022.SmsHttpInConfiguration(
                url="https://u:Url-PW-3@hooks.example/sms",
                http_method=v1022.enums.SmsHttpMethod.GET,
                query_parameters={"token": "qp-SECRET-1", "text": "{SMS_TEXT}"},
            ),
        )
    )
    with serve(sim) as server:
        env = {
            "DIDWW_API_VERSION": "2026-10-22",
            "DIDWW_TOKEN": sim.issue_token(),
            "DIDWW_BASE_URL": server.base_url,
        }
        shown = cli("sms-trunks", "find", trunk.id, "-o", "json", env=env, factory=HTTP)
        record = json.loads(shown.out)
        configuration = record["attributes"]["configuration"]
        assert "[FILTERED]" in configuration["url"]
        assert configuration["query_parameters"]["token"] == "[FILTERED]"
        record["attributes"]["name"] = "Web, renamed"
        edited = tmp_path / "trunk.json"
        edited.write_text(json.dumps(record), encoding="utf-8")
        result = cli("sms-trunks", "update", trunk.id, "--file", str(edited), env=env, factory=HTTP)
        assert result.code == 0, result.err
    again = client.sms_trunks.find(trunk.id)
    assert again.name == "Web, renamed"
    assert isinstance(again.configuration, v1022.SmsHttpInConfiguration)
    assert again.configuration.url == "https://u:Url-PW-3@hooks.example/sms"
    assert again.configuration.query_parameters == {"token": "qp-SECRET-1", "text": "{SMS_TEXT}"}


@pytest.mark.parametrize(
    ("words", "where"),
    [
        (
            ("--set", "name=Copy", "--set", "callback_url=https://u:[FILTERED]@hooks.example/cb"),
            "--set callback_url holds [FILTERED]",
        ),
        (
            (
                "--set",
                "name=Copy",
                "--set",
                'authentication_method={"type": "credentials_and_ip", '
                '"allowed_sip_ips": ["203.0.113.10/32"], "tech_prefix": "x[FILTERED]"}',
            ),
            "authentication_method.tech_prefix holds [FILTERED]",
        ),
    ],
)
def test_a_value_with_a_filtered_part_is_refused_on_create(
    cli: Runner, sim: Simulator, words: tuple[str, ...], where: str
) -> None:
    sim.requests.clear()
    result = cli("voice-out-trunks", "create", "--set", "allow_any_did_as_cli=true", *words)
    assert result.code == 2
    assert where in result.err and "stands for a secret the output did not print" in result.err
    assert [r for r in sim.requests if r.method == "POST"] == []


def test_a_record_with_a_null_no_request_takes_goes_back_to_update(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    # find -o json | update --file - failed on an order without a reference ("cannot be
    # null"): the record prints null, which 2026-04-16 takes in no request.
    client: v0416.Client = sim.client()
    item = v0416.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)
    order = client.orders.create(v0416.Order(items=[item]))
    record = json.loads(cli("orders", "find", order.id, "-o", "json").out)
    assert record["attributes"]["external_reference_id"] is None
    edited = tmp_path / "record.json"
    edited.write_text(json.dumps(record), encoding="utf-8")
    unchanged = cli("orders", "update", order.id, "--file", str(edited))
    assert unchanged.code == 2 and "cannot be null" not in unchanged.err
    assert "attributes.external_reference_id (null, which no request takes)" in unchanged.err
    assert "nothing to update" in unchanged.err
    given = ("--file", str(edited), "--set", "external_reference_id=crm-1")
    result = cli("orders", "update", order.id, *given)
    assert result.code == 0, result.err
    assert client.orders.find(order.id).external_reference_id == "crm-1"


def test_a_key_given_twice_in_json_is_refused(cli: Runner, sim: Simulator, tmp_path: Path) -> None:
    # {"qty": 1, "qty": 2} ordered two numbers: Python keeps the last value of a key.
    sim.requests.clear()
    item = (
        f'{{"type": "did_order_items", "sku_id": "{SEED.sku_us_new_york_2}", "qty": 1, "qty": 2}}'
    )
    result = cli("orders", "create", "--set", f"items=[{item}]")
    assert result.code == 2
    assert "--set items: the key 'qty' appears twice in one object" in result.err
    document = tmp_path / "trunk.json"
    document.write_text('{"attributes": {"name": "F1", "name": "F11"}}', encoding="utf-8")
    result = cli("voice-in-trunks", "create", "--file", str(document))
    assert result.code == 2 and "the key 'name' appears twice in one object" in result.err
    assert [r for r in sim.requests if r.method == "POST"] == []


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (("dids", "list", "--include", ""), "--include: the value '' names nothing"),
        (("dids", "list", "--sort", " , "), "--sort: the value ' , ' names nothing"),
        (("exports", "download", "e1", ""), "the destination path is empty"),
        (("dids", "list", "--sort", "-number,number"), "'number' is already in the sort"),
    ],
)
def test_options_that_name_nothing_or_contradict_themselves_are_refused(
    cli: Runner, sim: Simulator, words: tuple[str, ...], message: str
) -> None:
    # They were dropped (an empty include or sort) or read as the current folder.
    sim.requests.clear()
    result = cli(*words)
    assert result.code == 2 and message in result.err
    assert list(sim.requests) == []
