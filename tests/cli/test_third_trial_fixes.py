"""What a third outside trial (an operations engineer on the command line and an async bulk
script) found in the command line, fixed."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww.testing import SEED, Simulator, serve
from tests.cli.conftest import HTTP, ROOT, Runner, child_env, in_process_client

KEY = "shell-key-4242"


@contextmanager
def _served(*words: str, **env: str) -> Iterator[tuple[str, str]]:
    """``didww WORDS... --port 0`` in its own process: its base URL and its banner line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "didww.cli", *words, "--port", "0"],
        env=child_env(None, **env),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline().decode()
        assert banner.startswith("DIDWW simulator on http://127.0.0.1:"), banner
        yield banner.split()[3], banner
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def _balance_status(url: str, key: str) -> int:
    with httpx.Client(headers={"Api-Key": key}, timeout=10) as http:
        return http.get(f"{url}/balance").status_code


@pytest.mark.parametrize(
    ("words", "env"),
    [
        (("--api-key", KEY, "simulator", "serve"), {}),
        (("simulator", "serve"), {"DIDWW_API_KEY": KEY}),
    ],
)
def test_simulator_serve_accepts_the_key_of_the_command_line_it_runs_in(
    words: tuple[str, ...], env: dict[str, str]
) -> None:
    # Before, it always took the simulator's own default key, and the next command of the same
    # shell (which sends DIDWW_API_KEY) got a 401.
    with _served(*words, **env) as (url, banner):
        assert _balance_status(url, KEY) == 200
        assert _balance_status(url, "simulator-api-key") == 401
    assert KEY not in banner and "DIDWW_API_KEY" in banner


def test_serves_own_api_key_wins_over_the_command_lines() -> None:
    with _served("simulator", "serve", "--api-key", "serve-key-1", DIDWW_API_KEY=KEY) as (url, _):
        assert _balance_status(url, "serve-key-1") == 200
        assert _balance_status(url, KEY) == 401


@pytest.mark.parametrize("key", ["a b", "key\tx", ""])
def test_simulator_serve_refuses_a_key_no_client_can_send(key: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "didww.cli", "simulator", "serve", "--port", "0", "--api-key", key],
        env=child_env(),
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    err = done.stderr.decode()
    assert "--api-key" in err
    if key.strip():
        assert key not in err


# -- update of one member of a nested object -------------------------------------------------------


def test_setting_one_member_of_a_configuration_keeps_the_others(
    cli: Runner, sim: Simulator
) -> None:
    # 2026-04-16 replaces a trunk's whole configuration with the one an update sends: sent as
    # given, {"port": 5080} reset the host, the username and every other setting, with exit 0.
    trunk = SEED.voice_in_trunk
    before = sim.resources("voice_in_trunks")[0]["attributes"]["configuration"]["attributes"]
    assert before["host"] == "pbx.example.com"
    sim.requests.clear()
    result = cli(
        "voice-in-trunks",
        "update",
        trunk,
        "--set",
        'configuration={"type": "sip_configurations", "port": 5080}',
        "-o",
        "json",
    )
    assert result.code == 0, result.err
    shown = result.json()["attributes"]["configuration"]
    assert (shown["host"], shown["port"], shown["username"]) == ("pbx.example.com", 5080, "{DID}")
    # The stored configuration was fetched, then sent whole with the port changed.
    get, patch = list(sim.requests)
    assert (get.method, patch.method) == ("GET", "PATCH")
    assert isinstance(patch.body, dict)
    sent = patch.body["data"]["attributes"]["configuration"]["attributes"]
    assert sent["port"] == 5080 and sent["host"] == "pbx.example.com"
    assert "incoming_auth_username" not in sent  # read-only members stay out


def test_a_configuration_of_another_type_is_sent_as_given(cli: Runner, sim: Simulator) -> None:
    sim.requests.clear()
    result = cli(
        "voice-in-trunks",
        "update",
        SEED.voice_in_trunk,
        "--set",
        'configuration={"type": "pstn_configurations", "dst": "12125551234"}',
    )
    # Nothing to lay it over: sent as it is, and the API refuses a trunk's change of kind.
    assert result.code == 1 and "type can't change from sip_configurations" in result.err
    patch = list(sim.requests)[-1]
    assert isinstance(patch.body, dict)
    assert patch.body["data"]["attributes"]["configuration"] == {
        "type": "pstn_configurations",
        "attributes": {"dst": "12125551234"},
    }


def test_a_member_given_keeps_its_rules_and_conditions(cli: Runner, sim: Simulator) -> None:
    # Registering implies no port, on the stored object as on assignment (2026-04-16 asks nothing
    # of the host then: it is kept)...
    result = cli(
        "voice-in-trunks",
        "update",
        SEED.voice_in_trunk,
        "--set",
        'configuration={"type": "sip_configurations", "enabled_sip_registration": true}',
        "-o",
        "json",
    )
    assert result.code == 0, result.err
    shown = result.json()["attributes"]["configuration"]
    assert (shown["port"], shown["enabled_sip_registration"]) == (None, True)
    assert shown["host"] == "pbx.example.com"
    # ...and a port given with it is not dropped but refused, before the update is sent.
    sim.requests.clear()
    refused = cli(
        "voice-in-trunks",
        "update",
        SEED.voice_in_trunk,
        "--set",
        'configuration={"type": "sip_configurations", "enabled_sip_registration": true, '
        '"port": 5070}',
    )
    assert refused.code == 2, refused.err
    assert "port must be blank while enabled_sip_registration is true" in refused.err
    assert [r.method for r in sim.requests] == ["GET"]


# -- export filter keys ----------------------------------------------------------------------------


def test_a_filter_key_of_another_export_type_is_named_as_such_without_a_python_hint(
    cli: Runner,
) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    env = {"DIDWW_API_VERSION": "2026-10-22", "DIDWW_TOKEN": sim.issue_token()}
    factory = in_process_client(sim)
    base = '{"from": "2026-12-01 00:00:00", "to": "2026-12-01 01:00:00", '
    for key, tail in [
        ("destination", "; 'destination' is a key of export_type cdr_out"),
        ("destinaton", ""),
    ]:
        sim.requests.clear()
        result = cli(
            "exports",
            "create",
            "--set",
            "export_type=cdr_in",
            "--set",
            f'filters={base}"{key}": "x"}}',
            env=env,
            factory=factory,
        )
        assert result.code == 2
        assert f"filters key '{key}' is not accepted when export_type is 'cdr_in'" in result.err
        assert result.err.rstrip().endswith("source_country_iso" + tail)
        assert "Unchecked" not in result.err and "newer than this SDK" not in result.err
        assert list(sim.requests) == []


def test_the_sdk_offers_its_escape_hatch_only_for_a_key_it_does_not_know() -> None:
    from didww import v2026_10_22 as v1022

    client = Simulator(api_version="2026-10-22").client()
    period = {"from": "2026-12-01 00:00:00", "to": "2026-12-01 01:00:00"}
    for key, hatch in [("destination", False), ("destinaton", True)]:
        export = v1022.Export(
            export_type=v1022.enums.ExportType.CDR_IN, filters={**period, key: "x"}
        )
        with pytest.raises(didww.ClientError) as info:
            client.exports.create(export)
        assert ("didww.Unchecked(" in str(info.value)) is hatch
        assert ("is a key of export_type cdr_out" in str(info.value)) is not hatch


# -- a download named .gz --------------------------------------------------------------------------


def test_a_gunzipped_download_is_not_written_under_a_gz_name_unless_asked(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    from tests.cli.test_files import new_export

    export = new_export(sim)
    assert cli("exports", "wait", export, "--timeout", "30").code == 0
    target = tmp_path / "cdr.csv.gz"
    refused = cli("exports", "download", export, str(target))
    assert refused.code == 2 and "--no-gunzip" in refused.err
    assert not target.exists()
    kept = cli("exports", "download", export, str(target), "--no-gunzip")
    assert kept.code == 0, kept.err
    assert gzip.decompress(target.read_bytes()).count(b"\n") > 1
    anyway = cli("exports", "download", export, str(tmp_path / "plain.gz"), "--gunzip")
    assert anyway.code == 0, anyway.err
    assert (tmp_path / "plain.gz").read_bytes()[:2] != b"\x1f\x8b"


# -- a delete that cancels -------------------------------------------------------------------------


def test_deleting_an_order_says_canceled_and_the_order_stays(cli: Runner) -> None:
    from didww import v2026_04_16 as v0416

    sim: Simulator[Any, Any] = Simulator(order_delay=3600)
    client = sim.client()
    order = client.orders.create(
        v0416.Order(items=[v0416.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    env, factory = {"DIDWW_API_KEY": sim.api_key}, in_process_client(sim)
    result = cli("orders", "delete", order.id, env=env, factory=factory)
    assert result.code == 0, result.err
    assert result.out.strip() == f"canceled orders {order.id}"
    assert client.orders.find(order.id).status == v0416.enums.OrderStatus.CANCELED
    help_text = cli("orders", "delete", "--help", env=env, factory=factory).out
    assert "Cancel an Order by ID (the API keeps it, canceled)." in help_text
    # A resource a delete removes still says "deleted".
    trunk = cli("voice-in-trunks", "delete", SEED.voice_in_trunk, env=env, factory=factory)
    assert trunk.out.strip() == f"deleted voice_in_trunks {SEED.voice_in_trunk}"


def test_delete_cancels_reaches_the_repository_and_is_refused_without_a_delete(
    tmp_path: Path,
) -> None:
    from didww.v2026_10_22.repositories.orders import AsyncOrderRepository, OrderRepository
    from generator.loader import SpecError, load_spec
    from tests.generator.test_spec_errors import _copy_spec, _edit

    for repository in (OrderRepository, AsyncOrderRepository):
        assert (repository.delete.__doc__ or "").startswith("Cancel an order")
    root = _copy_spec(tmp_path)
    _edit(root, "resources/gadgets.yaml", "operations:\n", "delete_cancels: true\noperations:\n")
    with pytest.raises(SpecError, match="delete_cancels: the resource has no delete"):
        load_spec(root)


# -- secrets in the output -------------------------------------------------------------------------


def _trunk_with_password(sim: Simulator[Any, Any]) -> str:
    from didww import v2026_04_16 as v0416

    configuration = v0416.SIPConfiguration(
        host="pbx.example", auth_enabled=True, auth_user="u", auth_password="Digest-PW-77"
    )
    client: v0416.Client = sim.client()
    trunk = client.voice_in_trunks.create(
        v0416.VoiceInTrunk(name="Secret", configuration=configuration)
    )
    return trunk.id


@pytest.mark.parametrize("output", ["json", "csv", "table"])
def test_secrets_are_filtered_from_the_output_unless_asked(
    cli: Runner, sim: Simulator, output: str
) -> None:
    trunk = _trunk_with_password(sim)
    shown = cli("voice-in-trunks", "find", trunk, "-o", output)
    assert shown.code == 0, shown.err
    assert "Digest-PW-77" not in shown.out and "[FILTERED]" in shown.out
    assert "SIPConfiguration.auth_password" in shown.err and "--show-secrets" in shown.err
    revealed = cli("voice-in-trunks", "find", trunk, "-o", output, "--show-secrets")
    assert revealed.code == 0 and "Digest-PW-77" in revealed.out
    assert "--show-secrets" not in revealed.err


def test_a_filtered_secret_in_an_update_file_keeps_the_stored_one(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    trunk = _trunk_with_password(sim)
    record = json.loads(cli("voice-in-trunks", "find", trunk, "-o", "json").out)
    assert record["attributes"]["configuration"]["auth_password"] == "[FILTERED]"
    record["attributes"]["name"] = "Renamed"
    record["attributes"]["configuration"]["port"] = 5070
    edited = tmp_path / "trunk.json"
    edited.write_text(json.dumps(record), encoding="utf-8")
    sim.requests.clear()
    result = cli("voice-in-trunks", "update", trunk, "--file", str(edited))
    assert result.code == 0, result.err
    patch = [r for r in sim.requests if r.method == "PATCH"][-1]
    assert isinstance(patch.body, dict)
    sent = patch.body["data"]["attributes"]["configuration"]["attributes"]
    assert sent["port"] == 5070  # (the request log filters secrets itself: read the store)
    stored = sim.resources("voice_in_trunks")
    (mine,) = [r for r in stored if r["id"] == trunk]
    assert mine["attributes"]["configuration"]["attributes"]["auth_password"] == "Digest-PW-77"


def test_a_filtered_secret_is_never_sent_as_a_value(cli: Runner, sim: Simulator) -> None:
    sim.requests.clear()
    configuration = (
        '{"type": "sip_configurations", "host": "pbx.example", "auth_enabled": true, '
        '"auth_user": "u", "auth_password": "[FILTERED]"}'
    )
    result = cli(
        "voice-in-trunks", "create", "--set", "name=Copy", "--set", f"configuration={configuration}"
    )
    assert result.code == 2
    assert "configuration.auth_password is [FILTERED]" in result.err
    assert [r for r in sim.requests if r.method == "POST"] == []


# -- the shape of nested objects -------------------------------------------------------------------


def test_create_help_shows_the_shape_of_each_nested_object(cli: Runner) -> None:
    text = " ".join(cli("orders", "create", "--help").out.split())
    assert 'items is a list of {"type": "did_order_items", "qty": ..., "sku_id": ...' in text
    assert '{"type": "capacity_order_items", "qty": ..., "capacity_pool_id": ...}' in text
    assert "generic_order_items" not in text  # the read-only fallback is no choice
    trunks = " ".join(cli("voice-in-trunks", "update", "--help").out.split())
    assert 'configuration is {"type": "sip_configurations", "host": ...' in trunks


def test_an_order_item_without_a_type_lists_only_the_types_a_request_takes(
    cli: Runner, sim: Simulator
) -> None:
    result = cli("orders", "create", "--set", f'items=[{{"sku_id": "{SEED.sku_us_new_york_2}"}}]')
    assert result.code == 2
    assert (
        '"type" is missing: give one of did_order_items, capacity_order_items, '
        "emergency_order_items\n" in result.err
    )


def test_a_401_for_the_wrong_kind_of_credential_gets_no_python_advice(cli: Runner) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    with serve(sim) as server:
        env = {"DIDWW_API_KEY": sim.api_key, "DIDWW_BASE_URL": server.base_url}
        result = cli("balance", "find", env=env, factory=HTTP)
    assert result.code == 1
    hints = [line for line in result.err.splitlines() if line.strip().startswith("hint:")]
    # What happened (the SDK's words), then what to do here (the command line's).
    assert "asks for a bearer token" in hints[0] and "--api-version 2026-10-22" in hints[1]
    assert "Client(" not in result.err


def test_simulator_serve_takes_an_abbreviated_api_key_option_as_given() -> None:
    with _served("simulator", "serve", "--api-k", "serve-key-2", DIDWW_API_KEY=KEY) as (url, _):
        assert _balance_status(url, "serve-key-2") == 200
        assert _balance_status(url, KEY) == 401


def test_secrets_of_objects_the_cli_does_not_know_and_url_passwords_are_filtered(
    cli: Runner, sim: Simulator
) -> None:
    from didww import v2026_04_16 as v0416

    trunk = _trunk_with_password(sim)
    stored = sim._app.store.get("voice_in_trunks", trunk)
    assert stored is not None
    stored.attributes["configuration"]["type"] = "sip_configurations_v2"  # a type unknown here
    shown = cli("voice-in-trunks", "find", trunk, "-o", "json")
    assert shown.code == 0, shown.err
    assert "Digest-PW-77" not in shown.out and "--show-secrets" in shown.err
    revealed = cli("voice-in-trunks", "find", trunk, "-o", "json", "--show-secrets")
    assert "Digest-PW-77" in revealed.out
    # A URL's password, as the SDK's repr filters it.
    client: v0416.Client = sim.client()
    order = client.orders.create(
        v0416.Order(
            items=[v0416.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)],
            callback_url="https://user:Pa55word9@hooks.example/cb",
        )
    )
    listed = cli("orders", "find", order.id, "-o", "json")
    assert "Pa55word9" not in listed.out and "hooks.example/cb" in listed.out
    assert "Pa55word9" in cli("orders", "find", order.id, "-o", "json", "--show-secrets").out


def test_a_filtered_json_secret_round_trips_through_an_update_file(
    cli: Runner, tmp_path: Path
) -> None:
    from didww import v2026_10_22 as v1022

    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client: v1022.Client = sim.client()
    trunk = client.sms_trunks.create(
        v1022.SmsTrunk(
            name="Web",
            configuration=v1022.SmsHttpInConfiguration(
                url="https://hooks.example/sms",
                http_method=v1022.enums.SmsHttpMethod.GET,
                headers={"Authorization": "Bearer web-SECRET-1"},
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
        assert shown.code == 0, shown.err
        record = json.loads(shown.out)
        assert record["attributes"]["configuration"]["headers"] == "[FILTERED]"
        record["attributes"]["name"] = "Web, renamed"
        edited = tmp_path / "trunk.json"
        edited.write_text(json.dumps(record), encoding="utf-8")
        result = cli("sms-trunks", "update", trunk.id, "--file", str(edited), env=env, factory=HTTP)
        assert result.code == 0, result.err
    again = client.sms_trunks.find(trunk.id)
    assert again.name == "Web, renamed"
    assert isinstance(again.configuration, v1022.SmsHttpInConfiguration)
    assert again.configuration.headers == {"Authorization": "Bearer web-SECRET-1"}


@pytest.mark.parametrize("fault", [{"status": 502}, {"kind": "drop"}])
def test_a_lost_order_answer_is_checked_with_a_command_not_a_python_call(
    cli: Runner, sim: Simulator, fault: dict[str, Any]
) -> None:
    # A gateway's 502 (an APIError's hint) or a dropped connection (the error's own message),
    # both after the simulator placed the order or, for the 502, instead of placing it.
    sim.faults.add(method="POST", path="/orders", **fault)
    items = f'[{{"type": "did_order_items", "sku_id": "{SEED.sku_us_new_york_2}", "qty": 1}}]'
    placed = cli(
        "orders", "create", "--set", f"items={items}", "--set", "external_reference_id=crm-1"
    )
    assert placed.code == 1
    told = " ".join(placed.err.split())
    assert "find_placed" not in told and "client." not in told
    command = "didww orders list --filter external_reference_id=REFERENCE"
    assert f"`{command}` shows whether it was placed" in told
    if "status" in fault:
        return  # the simulator answered 502 in the API's place: nothing was placed
    # The command it names works as written.
    found = cli("orders", "list", "--filter", "external_reference_id=crm-1", "-o", "json")
    assert found.code == 0, found.err
    assert [order["attributes"]["external_reference_id"] for order in found.json()] == ["crm-1"]


def test_all_is_taken_by_a_whole_list_and_refused_with_a_reason_by_a_capped_one(
    cli: Runner, sim: Simulator
) -> None:
    # A script that passes --all to every list: Click's bare "No such option" stopped it.
    whole = cli("countries", "list", "--all", "-o", "json")
    assert whole.code == 0, whole.err
    assert whole.json() == cli("countries", "list", "-o", "json").json()
    sim.requests.clear()
    capped = cli("available-dids", "list", "--all")
    assert capped.code == 2
    assert "available_dids has no pages to fetch them all" in capped.err
    assert "narrow it with --filter" in capped.err
    assert len(sim.requests) == 0


def test_base_url_and_an_environment_flag_naming_another_server_are_refused(
    cli: Runner, sim: Simulator
) -> None:
    with serve(sim) as server:
        env = {"DIDWW_API_KEY": sim.api_key}
        refused = cli("--production", "--base-url", server.base_url, "balance", "find", env=env)
        assert refused.code == 2
        assert "--base-url and --production name different servers: give one" in refused.err
        assert len(sim.requests) == 0
        # Alone, --base-url is used as before.
        alone = cli("--base-url", server.base_url, "balance", "find", env=env, factory=HTTP)
        assert alone.code == 0, alone.err
