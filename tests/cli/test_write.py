"""``find``, ``create``, ``update`` and ``delete`` against the in-process simulator, checked by what
the simulator then holds; and input that is refused before anything is sent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww.cli._config import Settings
from didww.testing import DEFAULT_BASE_URL, Simulator
from tests.cli.conftest import Runner
from tests.cli.test_files import recent_period


def only_id(sim: Simulator, resource_type: str) -> str:
    (record,) = sim.resources(resource_type)
    return str(record["id"])


def attributes(sim: Simulator, resource_type: str, id: str) -> dict[str, Any]:
    record = sim.resource(resource_type, id)
    assert record is not None
    return dict(record["attributes"])


def write(tmp_path: Path, document: Any, name: str = "doc.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


# --- find --------------------------------------------------------------------------------------


def test_find_as_json_table_and_csv(cli: Runner, sim: Simulator) -> None:
    trunk = only_id(sim, "voice_in_trunks")
    record = cli("voice-in-trunks", "find", trunk, "-o", "json").json()
    assert record["id"] == trunk and record["attributes"]["name"] == "Office PBX"
    configuration = record["attributes"]["configuration"]
    assert configuration["type"] == "sip_configurations"
    assert configuration["host"] == "pbx.example.com" and configuration["codec_ids"] == [9, 10, 8]

    table = cli("voice-in-trunks", "find", trunk).out
    assert f"voice_in_trunks {trunk}" in table
    assert "configuration.host" in table and "pbx.example.com" in table

    rows = cli("voice-in-trunks", "find", trunk, "-o", "csv").out.splitlines()
    assert rows[0].startswith("id,name,description,") and rows[1].startswith(f"{trunk},Office PBX,")


def test_a_singleton_is_found_without_an_id(cli: Runner) -> None:
    result = cli("balance", "find", "-o", "json")
    assert result.code == 0, result.err
    assert result.json()["attributes"]["total_balance"] == "100.00"
    assert "total_balance" in cli("balance", "find").out
    assert cli("balance", "find", "some-id").code == 2


def test_find_with_includes_shows_the_related_records(cli: Runner, sim: Simulator) -> None:
    group = str(sim.resources("did_groups")[0]["id"])
    result = cli("did-groups", "find", group, "-i", "country,stock_keeping_units", "-o", "json")
    assert result.code == 0, result.err
    record = result.json()
    assert record["included"]["country"]["attributes"]["name"] == "United States"
    skus = record["included"]["stock_keeping_units"]
    assert [s["id"] for s in skus] == record["relationships"]["stock_keeping_units"]
    assert all("monthly_price" in s["attributes"] for s in skus)
    table = cli("did-groups", "find", group, "-i", "country").out
    assert "country: countries" in table and "United States" in table


# --- update ------------------------------------------------------------------------------------


def test_update_sets_typed_values_and_the_simulator_holds_them(cli: Runner, sim: Simulator) -> None:
    did = str(sim.resources("dids")[0]["id"])
    result = cli(
        "dids", "update", did,
        "--set", "description=Front desk",
        "--set", "capacity_limit=5",
        "--set", "billing_cycles_count=3",
        "-o", "json",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.json()["attributes"]["description"] == "Front desk"
    held = attributes(sim, "dids", did)
    assert (held["description"], held["capacity_limit"], held["billing_cycles_count"]) == (
        "Front desk",
        5,
        3,
    )
    assert cli("dids", "update", did, "--set", "capacity_limit=null").code == 0
    assert attributes(sim, "dids", did)["capacity_limit"] is None


def test_update_enums_by_value_or_name_and_nested_objects_as_json(
    cli: Runner, sim: Simulator
) -> None:
    trunk = only_id(sim, "voice_in_trunks")
    result = cli("voice-in-trunks", "update", trunk, "--set", "cli_format=LOCAL")
    assert result.code == 0, result.err
    assert attributes(sim, "voice_in_trunks", trunk)["cli_format"] == "local"
    # The seeded trunk is a SIP trunk, and an update keeps a trunk's configuration type.
    configuration = json.dumps({"type": "sip_configurations", "host": "pbx2.example"})
    result = cli("voice-in-trunks", "update", trunk, "--set", f"configuration={configuration}")
    assert result.code == 0, result.err
    held = attributes(sim, "voice_in_trunks", trunk)["configuration"]
    assert held["type"] == "sip_configurations"
    assert held["attributes"]["host"] == "pbx2.example"


def test_update_relationships_by_id(cli: Runner, sim: Simulator) -> None:
    did = str(sim.resources("dids")[0]["id"])
    trunk = only_id(sim, "voice_in_trunks")
    result = cli("dids", "update", did, "--set", f"voice_in_trunk_id={trunk}", "-o", "json")
    assert result.code == 0, result.err
    with sim.client() as client:
        held = client.dids.find(did, didww.QueryParams().include("voice_in_trunk"))
        assert held.voice_in_trunk_id == trunk
    assert cli("dids", "update", did, "--set", "voice_in_trunk_id=null").code == 0
    with sim.client() as client:
        held = client.dids.find(did, didww.QueryParams().include("voice_in_trunk"))
        assert held.voice_in_trunk_id is None


def test_update_from_a_file(cli: Runner, sim: Simulator, tmp_path: Path) -> None:
    trunk = only_id(sim, "voice_in_trunks")
    path = write(tmp_path, {"attributes": {"ringing_timeout": 45, "description": "via file"}})
    result = cli("voice-in-trunks", "update", trunk, "--file", path, "--set", "weight=7")
    assert result.code == 0, result.err
    held = attributes(sim, "voice_in_trunks", trunk)
    assert (held["ringing_timeout"], held["description"], held["weight"]) == (45, "via file", 7)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "capacity_limit=lots"], "--set capacity_limit: expected an integer, got 'lots'"),
        (["--set", "cli_format=fancy"], "'fancy' is not one of raw, e164, local"),
        (["--set", "created_at=2026-01-01"], "--set created_at is read-only"),
        (["--set", "name"], "expected NAME=VALUE"),
        (["--set", "name=null"], "--set name cannot be null"),
        (["--set", "colour=red"], "voice_in_trunks has no such field; --set takes: name,"),
        (["--set", "configuration.port=5070"], "configuration is set whole, as JSON"),
        (["--set", 'configuration={"type": "fax"}'], '"type" must be one of sip_config'),
        (["--set", "name=a", "--set", "name=b"], "name is set twice"),
        ([], "nothing to update"),
    ],
)
def test_bad_updates_exit_2_and_change_nothing(
    cli: Runner, sim: Simulator, args: list[str], message: str
) -> None:
    trunk = only_id(sim, "voice_in_trunks")
    before = sim.resources("voice_in_trunks")
    result = cli("voice-in-trunks", "update", trunk, *args)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
    assert sim.resources("voice_in_trunks") == before


def test_relationships_that_exclude_each_other_are_refused(cli: Runner, sim: Simulator) -> None:
    did = str(sim.resources("dids")[0]["id"])
    result = cli(
        "dids", "update", did,
        "--set", "voice_in_trunk_id=a", "--set", "voice_in_trunk_group_id=b",
    )  # fmt: skip
    assert result.code == 2
    assert "voice_in_trunk and voice_in_trunk_group exclude each other" in result.err


# --- create ------------------------------------------------------------------------------------


def test_create_a_sip_trunk_from_a_json_file(cli: Runner, sim: Simulator, tmp_path: Path) -> None:
    pop = str(sim.resources("pops")[0]["id"])
    path = write(
        tmp_path,
        {
            "attributes": {
                "name": "CLI PBX",
                "priority": 1,
                "weight": 100,
                "cli_format": "e164",
                "configuration": {
                    "type": "sip_configurations",
                    "host": "sip.example.com",
                    "port": 5060,
                    "codec_ids": [9, 10],
                    "transport_protocol_id": "udp",
                },
            },
            "relationships": {"pop": pop},
        },
    )
    result = cli("voice-in-trunks", "create", "--file", path, "-o", "json")
    assert result.code == 0, result.err
    created = result.json()
    held = attributes(sim, "voice_in_trunks", created["id"])
    assert held["name"] == "CLI PBX" and held["cli_format"] == "e164"
    configuration = held["configuration"]["attributes"]
    assert configuration["host"] == "sip.example.com" and configuration["codec_ids"] == [9, 10]
    assert configuration["transport_protocol_id"] == 1
    with sim.client() as client:
        trunk = client.voice_in_trunks.find(created["id"], didww.QueryParams().include("pop"))
        assert trunk.pop_id == pop


def test_create_from_a_json_api_document_with_to_many_relationships(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    trunk = only_id(sim, "voice_in_trunks")
    path = write(
        tmp_path,
        {
            "data": {
                "type": "voice_in_trunk_groups",
                "attributes": {"name": "Both offices", "capacity_limit": 10},
                "relationships": {
                    "voice_in_trunks": {"data": [{"type": "voice_in_trunks", "id": trunk}]}
                },
            }
        },
    )
    result = cli("voice-in-trunk-groups", "create", "--file", path, "-o", "json")
    assert result.code == 0, result.err
    group = result.json()["id"]
    assert attributes(sim, "voice_in_trunk_groups", group)["name"] == "Both offices"
    with sim.client() as client:
        held = client.voice_in_trunk_groups.find(
            group, didww.QueryParams().include("voice_in_trunks")
        )
        assert held.voice_in_trunk_ids == [trunk]


def test_create_an_order_with_a_list_of_nested_items(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    sku = str(sim.resources("stock_keeping_units")[0]["id"])
    path = write(
        tmp_path, {"attributes": {"items": [{"type": "did_order_items", "sku_id": sku, "qty": 1}]}}
    )
    before = len(sim.resources("orders"))
    result = cli("orders", "create", "--file", path, "-o", "json")
    assert result.code == 0, result.err
    assert len(sim.resources("orders")) == before + 1
    items = result.json()["attributes"]["items"]
    assert items[0]["type"] == "did_order_items" and items[0]["qty"] == 1


@pytest.mark.parametrize("as_array", [False, True])
def test_create_an_order_with_set_only(cli: Runner, sim: Simulator, as_array: bool) -> None:
    skus = [str(s["id"]) for s in sim.resources("stock_keeping_units")[:2]]
    items = [{"type": "did_order_items", "sku_id": sku, "qty": 1} for sku in skus]
    text = json.dumps(items) if as_array else json.dumps(items[0])
    before = len(sim.resources("orders"))
    result = cli("orders", "create", "--set", f"items={text}", "-o", "json")
    assert result.code == 0, result.err
    assert len(sim.resources("orders")) == before + 1
    held = attributes(sim, "orders", result.json()["id"])["items"]
    assert len(held) == (2 if as_array else 1)
    assert all(item["type"] == "did_order_items" for item in held)
    assert [item["attributes"]["qty"] for item in held] == [1] * len(held)


def test_set_items_that_are_not_json_objects_create_nothing(cli: Runner, sim: Simulator) -> None:
    before = sim.resources("orders")
    result = cli("orders", "create", "--set", "items=sku-1,sku-2")
    assert result.code == 2
    assert "--set items: expected a JSON array, or a JSON object" in result.err
    result = cli("orders", "create", "--set", "items=[1]")
    assert result.code == 2 and "--set items[0]: expected an object" in result.err
    assert sim.resources("orders") == before


def test_create_with_set_only(cli: Runner, sim: Simulator) -> None:
    result = cli(
        "exports", "create", "--set", "export_type=cdr_in",
        "--set", f"filters={json.dumps(recent_period(sim))}",
        "-o", "json",
    )  # fmt: skip
    assert result.code == 0, result.err
    created = result.json()["id"]
    assert attributes(sim, "exports", created)["export_type"] == "cdr_in"


def test_create_refuses_filters_without_a_required_key(cli: Runner, sim: Simulator) -> None:
    period = {k: v for k, v in recent_period(sim).items() if k != "to"}
    before = sim.resources("exports")
    result = cli(
        "exports", "create", "--set", "export_type=cdr_in",
        "--set", f"filters={json.dumps({**period, 'did_number': '1'})}",
    )  # fmt: skip
    assert result.code == 2
    assert "--set filters: filters has no 'to', which every create needs (from, to)" in result.err
    assert sim.resources("exports") == before
    assert list(sim.requests.matching("POST", "/exports")) == []


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            {"attributes": {"created_at": "2026-01-01T00:00:00Z"}},
            "attributes.created_at is read-only",
        ),
        ({"name": "flat"}, 'unknown key(s) name; attributes go under "attributes"'),
        ({"attributes": {"priority": "1"}}, 'attributes.priority: expected an integer, got "1"'),
        (
            {"attributes": {"configuration": {"type": "sip_configurations", "hots": "x"}}},
            "configuration.hots: sip_configurations has no such attribute; did you mean 'host'?",
        ),
        (
            {"attributes": {"configuration": {"type": "sip_configuration", "host": "x"}}},
            "got \"sip_configuration\"; did you mean 'sip_configurations'?",
        ),
        (
            {"attributes": {"nmae": "pbx"}},
            "attributes.nmae: voice_in_trunks has no such attribute; did you mean 'name'?",
        ),
        (
            {"relationships": {"voice_in_trunk_grp": "g1"}},
            "voice_in_trunks has no such relationship; did you mean 'voice_in_trunk_group'?",
        ),
        (
            {
                "attributes": {
                    "configuration": {"type": "sip_configurations", "incoming_auth_password": "x"}
                }
            },
            "configuration.incoming_auth_password is read-only",
        ),
        ({"relationships": {"pop": 5.5}}, "relationships.pop: expected a non-empty id"),
        ({"relationships": {"owner": "x"}}, "voice_in_trunks has no such relationship"),
        ({"id": "mine"}, "a new VoiceInTrunk has no id yet"),
        ({"type": "dids"}, '"type" is "dids", not voice_in_trunks'),
        ([1, 2], "must hold a JSON object"),
    ],
)
def test_bad_create_files_exit_2_and_create_nothing(
    cli: Runner, sim: Simulator, tmp_path: Path, document: Any, message: str
) -> None:
    path = write(tmp_path, document)
    result = cli("voice-in-trunks", "create", "--file", path)
    assert result.code == 2
    assert message in result.err
    assert len(sim.resources("voice_in_trunks")) == 1


def test_values_print_exactly_as_the_api_sent_them(cli: Runner, sim: Simulator) -> None:
    trunk = only_id(sim, "voice_in_trunks")
    name = "[bold red]PBX[/bold red] :smile:"
    assert cli("voice-in-trunks", "update", trunk, "--set", f"name={name}").code == 0
    assert name in cli("voice-in-trunks", "find", trunk).out  # no Rich markup, no emoji codes
    assert name in cli("voice-in-trunks", "list").out


def test_a_file_that_is_not_json_or_not_there(cli: Runner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    result = cli("voice-in-trunks", "create", "--file", str(broken))
    assert result.code == 2 and "is not valid JSON" in result.err
    result = cli("voice-in-trunks", "create", "--file", str(tmp_path / "missing.json"))
    assert result.code == 2 and "missing.json" in result.err
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"attributes": {"name": "Caf\u00e9"}}'.encode("latin-1"))
    result = cli("voice-in-trunks", "create", "--file", str(latin))
    assert result.code == 2 and "is not UTF-8 text" in result.err


def test_a_file_without_end_is_refused_without_reading_it_all(cli: Runner) -> None:
    # /dev/zero never ends: the whole of it was read, until the memory ran out.
    result = cli("voice-in-trunks", "create", "--file", "/dev/zero")
    assert result.code == 2 and "more than 4,194,304 characters" in result.err


def test_a_validation_error_from_the_api_exits_1_with_its_details(
    cli: Runner, tmp_path: Path
) -> None:
    # A group that does not exist: only the API can tell (a missing configuration is a 400).
    missing = "00000000-0000-4000-8000-000000000000"
    group = {"data": {"type": "voice_in_trunk_groups", "id": missing}}
    sip = {"type": "sip_configurations", "attributes": {"host": "pbx.example"}}
    document = {
        "attributes": {"name": "No such group", "configuration": sip},
        "relationships": {"voice_in_trunk_group": group},
    }
    result = cli("voice-in-trunks", "create", "--file", write(tmp_path, document))
    assert result.code == 1
    assert "HTTP 422" in result.err and "request id:" in result.err


# --- delete ------------------------------------------------------------------------------------


def test_delete_then_delete_again(cli: Runner, sim: Simulator) -> None:
    trunk = only_id(sim, "voice_in_trunks")
    result = cli("voice-in-trunks", "delete", trunk)
    assert result.code == 0, result.err
    assert result.out == f"deleted voice_in_trunks {trunk}\n"
    assert sim.resource("voice_in_trunks", trunk) is None
    again = cli("voice-in-trunks", "delete", trunk)
    assert again.code == 1 and "HTTP 404" in again.err


def test_operations_the_spec_does_not_offer_are_not_commands(cli: Runner) -> None:
    result = cli("dids", "delete", "some-id")
    assert result.code == 2 and "No such command 'delete'" in result.err
    assert cli("balance", "list").code == 2


# --- Ctrl-C while a write is out -----------------------------------------------------------------


def _interrupted_after(sim: Simulator, method: str) -> Any:
    """A client factory whose transport hands the request to ``sim`` and then raises Ctrl-C, as
    if it came while the answer was on its way: the API has carried the write out."""

    class Transport(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = sim.transport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            if request.method == method:
                raise KeyboardInterrupt
            return response

    def factory(settings: Settings) -> didww.Client:
        http = httpx.Client(transport=Transport())
        return didww.Client(
            api_key=settings.api_key, base_url=DEFAULT_BASE_URL, http_client=http, max_retries=0
        )

    return factory


def test_ctrl_c_while_a_create_is_out_says_it_may_have_been_made(
    cli: Runner, sim: Simulator
) -> None:
    # It said "didww: interrupted", as when nothing was sent: running it again made a second.
    before = len(sim.resources("voice_in_trunk_groups"))
    result = cli(
        "voice-in-trunk-groups", "create", "--set", "name=Once",
        factory=_interrupted_after(sim, "POST"),
    )  # fmt: skip
    assert result.code == 130
    # (Click ends the terminal's ^C echo with a line break first.)
    assert result.err.strip() == (
        "didww: interrupted while the request was out: DIDWW may have carried it out; "
        "`didww voice-in-trunk-groups list` shows whether it was made before running the "
        "command again"
    )
    assert len(sim.resources("voice_in_trunk_groups")) == before + 1  # it was made


def test_ctrl_c_while_an_order_is_out_names_the_reference_filter(
    cli: Runner, sim: Simulator
) -> None:
    sku = str(sim.resources("stock_keeping_units")[0]["id"])
    item = json.dumps({"type": "did_order_items", "sku_id": sku, "qty": 1})
    result = cli(
        "orders", "create", "--set", f"items={item}", "--set", "external_reference_id=crm 77",
        factory=_interrupted_after(sim, "POST"),
    )  # fmt: skip
    assert result.code == 130
    # The reference given, quoted for the shell (it said REFERENCE, with a backtick misplaced).
    assert "`didww orders list --filter external_reference_id='crm 77'` shows whether it was " \
        "placed" in result.err  # fmt: skip
    # Without one, the list is all there is to look at.
    result = cli(
        "orders", "create", "--set", f"items={item}", factory=_interrupted_after(sim, "POST")
    )
    assert result.code == 130
    assert "`didww orders list` shows whether it was placed" in result.err


@pytest.mark.parametrize(
    ("args", "method", "check"),
    [
        (["--set", "name=Renamed"], "PATCH", "shows whether the change was made"),
        ([], "DELETE", "shows whether it was deleted"),
    ],
)
def test_ctrl_c_while_an_update_or_delete_is_out_says_how_to_check(
    cli: Runner, sim: Simulator, args: list[str], method: str, check: str
) -> None:
    made = cli("voice-in-trunk-groups", "create", "--set", "name=Group", "-o", "json")
    group = str(made.json()["id"])
    command = "update" if method == "PATCH" else "delete"
    result = cli(
        "voice-in-trunk-groups", command, group, *args, factory=_interrupted_after(sim, method)
    )
    assert result.code == 130
    assert f"`didww voice-in-trunk-groups find {group}` {check}" in result.err


def test_ctrl_c_while_reading_still_says_interrupted_alone(cli: Runner, sim: Simulator) -> None:
    result = cli("dids", "list", factory=_interrupted_after(sim, "GET"))
    assert (result.code, result.err.strip()) == (130, "didww: interrupted")


def _trunk_answered_with(sim: Simulator, attributes: str) -> str:
    """A trunk's id, whose next find is answered with ``attributes`` (JSON text, as a server
    could write it)."""
    trunk = str(sim.resources("voice_in_trunks")[0]["id"])
    body = f'{{"data": {{"type": "voice_in_trunks", "id": "{trunk}", "attributes": {attributes}}}}}'
    sim.faults.add(
        status=200,
        method="GET",
        path=f"/voice_in_trunks/{trunk}",
        body=body,
        content_type="application/vnd.api+json",
    )
    return trunk


@pytest.mark.parametrize(
    ("raw", "shown"), [("1e999", "Infinity"), ("-1e999", "-Infinity"), ("NaN", "NaN")]
)
def test_a_number_json_cannot_write_keeps_json_output_valid(
    cli: Runner, sim: Simulator, raw: str, shown: str
) -> None:
    # An answer's 1e999 reads as a float infinity: -o json printed the bare Infinity, which no
    # JSON parser takes, and noted a secret hidden where there was none.
    trunk = _trunk_answered_with(sim, '{"name": "T", "capacity_limit": ' + raw + "}")
    result = cli("voice-in-trunks", "find", trunk, "-o", "json")
    assert result.code == 0, result.err

    def refuse(constant: str) -> None:
        raise AssertionError(f"not JSON: {constant}")

    record = json.loads(result.out, parse_constant=refuse)
    assert record["attributes"]["capacity_limit"] == shown
    assert "FILTERED" not in result.err


@pytest.mark.parametrize("output", ["json", "table", "csv"])
@pytest.mark.parametrize("where", ["description", "configuration"])
def test_an_answer_nested_too_deeply_to_print_is_cut_short(
    cli: Runner, sim: Simulator, output: str, where: str
) -> None:
    # 900 nested lists pass the JSON parser; printing them recursed past Python's limit and
    # ended in "unexpected error (RecursionError)". Inside a nested object of a type newer than
    # the SDK, the cut value also read as a secret hidden.
    deep = "[" * 900 + "]" * 900
    if where == "configuration":
        deep = '{"type": "newer_configurations", "attributes": {"x": ' + deep + "}}"
    trunk = _trunk_answered_with(sim, '{"name": "T", "' + where + '": ' + deep + "}")
    result = cli("voice-in-trunks", "find", trunk, "-o", output)
    assert result.code == 0, result.err
    assert "[nested too deeply to show]" in result.out
    assert "FILTERED" not in result.err and "secret" not in result.err


@pytest.mark.parametrize(
    ("configuration", "message"),
    [
        ({"type": "sip_configurations", "hots": "x"}, "no such attribute; did you mean 'host'?"),
        ({"type": "pstn_configuration"}, "did you mean 'pstn_configurations'?"),
        (
            {"type": "sip_configurations", "host": "x", "transport_protocol_id": "tpc"},
            "'tpc' is not one of 1 (udp), 2 (tcp), 3 (tls); did you mean 'tcp'?",
        ),
    ],
)
def test_misspellings_in_nested_json_get_a_suggestion(
    cli: Runner, sim: Simulator, configuration: dict[str, str], message: str
) -> None:
    result = cli(
        "voice-in-trunks", "create", "--set", "name=pbx",
        "--set", f"configuration={json.dumps(configuration)}",
    )  # fmt: skip
    assert result.code == 2
    assert "--set configuration" in result.err and message in result.err
    assert len(sim.resources("voice_in_trunks")) == 1
