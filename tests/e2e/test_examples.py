"""Every example, end to end: run against the simulator served over loopback HTTP, with the sync
and the async client, and checked by what it reports and by what the simulator then holds.

Examples are discovered from ``examples/``, so a new one is run (and must at least report a
summary) without changes here; the checks below say what each known example must achieve. An
example written for another API version than the SDK's default says so in ``API_VERSION``, and
is run against a simulator of that version with that version's clients.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import didww
from didww.testing import SEED, Simulator, SimulatorServer
from examples import _common

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p.stem for p in (ROOT / "examples").glob("*.py") if not p.name.startswith("_"))
Q = didww.QueryParams
Summary = dict[str, Any]
Check = Callable[[Summary, didww.Client, SimulatorServer], None]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def didww_simulator(request: pytest.FixtureRequest) -> Simulator:
    """The examples' own simulator (real time, short delays) instead of the plugin's default, of
    the API version the example is written for (the marker of :func:`params`)."""
    marker = request.node.get_closest_marker("didww_simulator")
    return _common.simulator(**(marker.kwargs if marker is not None else {}))


@pytest.fixture
def server(didww_server: SimulatorServer, monkeypatch: pytest.MonkeyPatch) -> SimulatorServer:
    """That simulator served on a free loopback port, named in the examples' environment (the
    suite's conftest has cleared every other DIDWW_* variable)."""
    monkeypatch.setenv("DIDWW_BASE_URL", didww_server.base_url)
    return didww_server


@pytest.fixture
def inspect(didww_client: didww.Client) -> didww.Client:
    """A second, in-process client on the same simulator to check what an example left."""
    return didww_client


def example(name: str) -> ModuleType:
    return importlib.import_module(f"examples.{name}")


def params() -> list[Any]:
    """Every example, marked with the API version it is written for when it names one."""
    marked = []
    for name in EXAMPLES:
        version = getattr(example(name), "API_VERSION", None)
        marks = [pytest.mark.didww_simulator(api_version=version)] if version else []
        marked.append(pytest.param(name, marks=marks))
    return marked


def gone(find: Callable[[str], object], id: str) -> bool:
    try:
        find(id)
    except didww.NotFoundError:
        return True
    return False


# -- what each example must achieve ----------------------------------------------------------------


def check_quickstart(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["total_balance"] == Decimal("100.00") and s["did_groups"] == 3
    assert s["did_id"] == SEED.did_us and s["routed_to"] == s["trunk_id"]
    assert gone(api.voice_in_trunks.find, s["trunk_id"])
    did = api.dids.find(SEED.did_us, Q().include("voice_in_trunk"))
    assert did.voice_in_trunk_id == SEED.voice_in_trunk  # routed back


def check_balance_and_coverage(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["total_balance"] == Decimal("100.00")
    assert (s["countries"], s["regions"], s["did_groups"], s["pages"]) == (3, 2, 3, 2)
    assert s["did_groups_everywhere"] == 7 and s["address_requirements"] == 2
    assert s["available_numbers"] == ["12125550100", "12125550101", "12125550102"]


def check_dids(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["did_id"] == SEED.did_us
    assert s["routed_to_trunk"] and s["routed_to_group"] and s["trunk_cleared_by_group"]
    assert s["cleared"] == (None, None, None)
    assert s["original"].trunk_id == SEED.voice_in_trunk and s["restored"] == s["original"]
    assert gone(api.voice_in_trunks.find, s["trunk_id"])
    assert gone(api.voice_in_trunk_groups.find, s["group_id"])
    did = api.dids.find(SEED.did_us, Q().include("voice_in_trunk"))
    assert (did.description, did.capacity_limit, did.voice_in_trunk_id) == (
        None,
        None,
        SEED.voice_in_trunk,
    )


def check_voice_in_trunks(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["sip_port"] == 5070 and s["sip_codecs"] == ["PCMU", "PCMA", "G729"]
    assert s["pstn_dst"] == "442071838751"
    assert s["deleted"] == [s["sip_trunk_id"], s["pstn_trunk_id"]]
    assert [t.id for t in api.voice_in_trunks.list()] == [SEED.voice_in_trunk]


def check_trunk_groups(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    primary, backup = s["trunk_ids"]
    assert s["members_after_update"] == [primary] and s["capacity_limit"] == 20
    assert s["group_deleted"] and not api.voice_in_trunk_groups.list()
    assert gone(api.voice_in_trunks.find, primary) and gone(api.voice_in_trunks.find, backup)


def check_voice_out_trunks(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["had_credentials"] and s["password_rotated"]
    assert s["dst_prefixes"] == ["1", "44"]
    assert s["allowed_sip_ips"] == ["203.0.113.0/24", "198.51.100.10/32"]
    assert s["deleted"] and not api.voice_out_trunks.list()


def check_orders(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["order_status"] == didww.enums.OrderStatus.COMPLETED
    assert s["capacity_order_status"] == didww.enums.OrderStatus.COMPLETED
    assert s["item_kinds"] == [
        "quantity",
        "available_did",
        "reservation",
        "nanpa_prefix",
        "capacity",
    ]
    # The order is found by its reference, and a reference never used finds nothing.
    assert s["found_by_reference"] == s["order_id"] and s["unknown_reference_found"] is None
    placed = api.orders.list(Q().filter("external_reference_id", s["reference"]))
    assert [o.id for o in placed] == [s["order_id"]]
    # Every number ordered arrived, and only those.
    assert s["ordered_dids"] == 5 == len(s["new_numbers"])
    assert s["dids_after"] - s["dids_before"] == s["ordered_dids"]
    assert api.dids.list(Q().filter("order.id", s["order_id"])).total_records == 5
    assert s["channels_after"] == s["channels_before"] + s["channels_bought"]
    # The canceled order was refunded: the balance went down by the two completed orders only.
    assert s["canceled_order_status"] == didww.enums.OrderStatus.CANCELED
    assert s["spent"] == sum(s["amounts"]) > 0
    assert server.simulator.balance == Decimal("100.00") - s["spent"]
    assert not api.did_reservations.list()  # ordering the reserved number ended the reservation


def check_did_reservations(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["number"] == "12125550100"
    assert s["hidden_while_reserved"] and s["listed_again"] and s["deleted"]
    assert not api.did_reservations.list()


def check_shared_capacity_groups(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["pool_id"] == SEED.capacity_pool
    assert s["assigned_with_group"] == s["assigned_before"] + 2
    assert s["assigned_after"] == s["assigned_before"]
    assert s["numbers_in_group"] == [SEED.did_us] and s["shared_channels"] == 3
    assert gone(api.shared_capacity_groups.find, s["group_id"])
    did = api.dids.find(SEED.did_us, Q().include("shared_capacity_group"))
    assert did.shared_capacity_group_id == SEED.shared_capacity_group  # put back


def check_address_verification(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["did_id"] == SEED.did_gb and s["proofs"] == 2 and s["valid"]
    assert s["verification_status"] == didww.enums.AddressVerificationStatus.APPROVED
    assert s["awaiting_registration"] is False and s["address_verified"] is True
    assert api.identities.find(s["identity_id"]).verified
    assert len(api.encrypted_files.list()) == 3  # passport, utility bill, signed LOA


def check_emergency(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["ordered_number"] and s["valid"]
    assert s["verification_status"] == didww.enums.EmergencyVerificationStatus.APPROVED
    # The subscription was ordered with an emergency order item and charged.
    assert s["subscription_order_status"] == didww.enums.OrderStatus.COMPLETED
    assert s["subscription_amount"] > 0
    orders = api.orders.list(Q().sort("-created_at").page(size=1))
    (item,) = orders[0].items
    assert isinstance(item, didww.EmergencyOrderItem)
    assert item.emergency_calling_service_id == s["service_id"]
    assert s["service_status"] == didww.enums.EmergencyCallingServiceStatus.ACTIVE
    assert s["service_dids"] == [s["did_id"]] and s["emergency_enabled"] is True
    assert s["canceled_status"] == didww.enums.EmergencyCallingServiceStatus.CANCELED
    assert api.dids.find(s["did_id"]).emergency_enabled is False  # canceling switched it off


def check_did_history(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["number"] == "12125550199"
    assert s["entries_after"] == s["entries_before"] + 2
    assert s["changes"] == [
        "billing_cycles_count_changed: None -> 12",
        "billing_cycles_count_changed: 12 -> None",
    ]
    assert api.dids.find(SEED.did_us).billing_cycles_count is None


def check_exports(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["status"] == didww.enums.ExportStatus.COMPLETED
    assert s["rows"] == 3 and s["file_lines"] == s["rows"] + 1 and s["bytes"] > 0
    assert s["header"].startswith("Date/Time Start (UTC),Source,DID")
    assert api.exports.find(s["export_id"]).external_reference_id == "example-weekly-cdrs"


def check_sms_trunks(s: Summary, api: Any, server: SimulatorServer) -> None:
    assert isinstance(api, didww.v2026_10_22.Client)  # run against a 2026-10-22 simulator
    assert s["kinds"] == ["http_in", "http_out", "smpp_esme", "smpp_smsc", "sms_to_email"]
    assert s["did_id"] == SEED.did_us
    assert s["routed_to_trunk"] and s["routed_to_group"] and s["trunk_cleared_by_group"]
    assert s["rotated"] == {"http_out": True, "smpp_esme": True}
    assert s["restored"] and s["deleted"]
    did = api.dids.find(SEED.did_us, Q().include("sms_trunk", "sms_trunk_group"))
    assert (did.sms_trunk_id, did.sms_trunk_group_id) == (None, None)
    assert api.sms_trunks.list() == [] and api.sms_trunk_groups.list() == []
    logged = repr(list(server.simulator.requests))
    assert "Bearer" not in logged and "secret" not in logged  # nothing secret in the log


def check_webhooks(s: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert s["received"] and s["answer"] == 200
    assert (s["event"], s["event_id"]) == ("ExportCallback", s["export_id"])
    assert s["status"] == didww.enums.ExportStatus.COMPLETED
    assert s["signature_valid"] is True and s["tampered_valid"] is False
    assert server.simulator.wait_for_callbacks(5.0)  # the sender records its delivery last
    assert [d.status_code for d in server.simulator.deliveries] == [200]


CHECKS: dict[str, Check] = {
    name.removeprefix("check_"): check
    for name, check in globals().items()
    if name.startswith("check_") and callable(check)
}


def verify(name: str, summary: Summary, api: didww.Client, server: SimulatorServer) -> None:
    assert isinstance(summary, dict) and summary, f"{name} reported nothing"
    check = CHECKS.get(name)
    if check is not None:
        check(summary, api, server)


# -- the tests -------------------------------------------------------------------------------------


def test_checks_name_real_examples() -> None:
    assert set(CHECKS) <= set(EXAMPLES), set(CHECKS) - set(EXAMPLES)
    assert "quickstart" in EXAMPLES and len(EXAMPLES) >= 14


@pytest.mark.parametrize("name", params())
def test_example_with_sync_client(
    name: str, server: SimulatorServer, inspect: didww.Client
) -> None:
    with server.client() as client:
        summary = example(name).run(client)
    verify(name, summary, inspect, server)


@pytest.mark.anyio
@pytest.mark.parametrize("name", params())
async def test_example_with_async_client(
    name: str, server: SimulatorServer, inspect: didww.Client
) -> None:
    async with server.async_client() as client:
        summary = await example(name).arun(client)
    verify(name, summary, inspect, server)


def test_orders_example_recovers_an_order_whose_answer_was_lost(
    server: SimulatorServer, inspect: didww.Client
) -> None:
    # The first order is placed but its answer never arrives (the connection drops after the
    # simulator handled it): the example finds it by its reference instead of ordering twice.
    server.simulator.faults.add(kind="drop", method="POST", path="/orders", times=1)
    with server.client() as client:
        summary = example("orders").run(client)
    verify("orders", summary, inspect, server)
    posts = [r.fault is not None for r in server.simulator.requests.matching("POST", "/orders")]
    assert posts[0] is True and not any(posts[1:])  # the dropped one, then the other orders
    lookups = server.simulator.requests.matching("GET", "/orders")
    assert lookups[0].path == "/orders"
    assert lookups[0].query["filter[external_reference_id]"] == summary["reference"]


def script_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIDWW_")}
    return {**env, **extra}


def test_make_demo_command_runs_a_script() -> None:
    # What `make demo` runs for each example: the file as a script, nothing set up beforehand.
    done = subprocess.run(
        [sys.executable, "examples/did_reservations.py"],
        cwd=ROOT,
        env=script_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "against an in-process simulator" in done.stdout
    assert "hidden_while_reserved: True" in done.stdout
    assert "listed_again: True" in done.stdout


def test_script_reaches_a_served_simulator_with_the_async_client(
    server: SimulatorServer, inspect: didww.Client
) -> None:
    done = subprocess.run(
        [sys.executable, "examples/did_history.py", "--async"],
        cwd=ROOT,
        env=script_env(DIDWW_BASE_URL=server.base_url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert f"AsyncClient against the API at {server.base_url}" in done.stdout
    # The changes landed in the served simulator.
    history = inspect.did_history.list(Q().filter("did_number", "12125550199"))
    assert history.total_records == 3


def test_script_reports_api_errors_readably(server: SimulatorServer) -> None:
    done = subprocess.run(
        [sys.executable, "examples/quickstart.py"],
        cwd=ROOT,
        env=script_env(DIDWW_BASE_URL=server.base_url, DIDWW_API_KEY="wrong-key"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "FAILED: AuthenticationError: HTTP 401" in done.stdout


@pytest.mark.didww_simulator(api_version="2026-10-22")
def test_sms_script_takes_the_token_a_served_simulator_printed(
    server: SimulatorServer, inspect: Any
) -> None:
    env = script_env(DIDWW_BASE_URL=server.base_url)
    missing = subprocess.run(
        [sys.executable, "examples/sms_trunks.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 1
    assert "FAILED: ClientError: API version 2026-10-22 takes a bearer token" in missing.stdout
    assert "DIDWW_TOKEN" in missing.stdout
    token = server.simulator.issue_token()
    done = subprocess.run(
        [sys.executable, "examples/sms_trunks.py", "--async"],
        cwd=ROOT,
        env={**env, "DIDWW_TOKEN": token},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"AsyncClient against the API at {server.base_url}" in done.stdout
    assert "trunk_cleared_by_group: True" in done.stdout and token not in done.stdout
    # It ran against the served simulator, and cleaned up after itself there.
    assert server.simulator.requests.matching(method="POST", path="/sms_trunks")
    assert inspect.sms_trunks.list() == []
