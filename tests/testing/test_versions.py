"""One simulator per API version: each serves its own catalog, seed and clients, chosen by
``api_version`` (the SDK's default when not given), through the Python API, the pytest plugin and
``python -m didww.testing serve``."""

from __future__ import annotations

import base64
import datetime as dt
import importlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
import didww.v2026_04_16
import didww.v2026_10_22
from didww._catalog import ResourceInfo, parse_type
from didww.testing import SEED, ManualClock, Simulator, serve
from didww.testing._filtering import Resolver
from didww.testing._validation import DocumentValidator
from didww.testing._versions import versions
from tests.testing.raw_requests import credentials, raw_client

ROOT = Path(__file__).resolve().parents[2]
RECENT = dt.date.today().isoformat()
"""A day inside any window the API keeps records for."""
MISSING_ID = "00000000-0000-4000-8000-000000000000"
VERSIONS = versions()


def catalog(version: str) -> Any:
    return importlib.import_module(f"didww.v{version.replace('-', '_')}.catalog")


@pytest.fixture(params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sim(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock())


@pytest.fixture
def raw(sim: Simulator[Any, Any]) -> Iterator[httpx.Client]:
    with raw_client(sim) as client:
        yield client


def listable(version: str) -> list[ResourceInfo]:
    return [info for info in catalog(version).RESOURCES.values() if "list" in info.operations]


# -- choosing the version ------------------------------------------------------------------------


def test_the_sdk_has_both_versions_and_the_default_is_didwws() -> None:
    assert set(VERSIONS) >= {"2026-04-16", "2026-10-22"}
    assert Simulator().api_version == didww.API_VERSION == "2026-04-16"


@pytest.mark.parametrize("wrong", ["2025-01-01", "latest", "2026_10_22", "../os", ""])
def test_an_unknown_version_is_refused_naming_the_known_ones(wrong: str) -> None:
    with pytest.raises(ValueError, match="unknown API version") as caught:
        Simulator(api_version=wrong)
    assert "2026-04-16" in str(caught.value) and "2026-10-22" in str(caught.value)


def test_each_version_answers_with_its_own_meta_and_clients(
    version: str, sim: Simulator[Any, Any], raw: httpx.Client
) -> None:
    assert raw.get("/balance").json()["meta"] == {"api_version": version}
    package = importlib.import_module(f"didww.v{version.replace('-', '_')}")
    with sim.client() as client:
        assert type(client) is package.Client
        assert client.balance.find().total_balance == 100
    assert type(sim.async_client()) is package.AsyncClient
    assert repr(sim).startswith(f"<Simulator {version}:")


@pytest.mark.skipif(sys.version_info < (3, 11), reason="typing.get_overloads is new in 3.11")
def test_each_version_has_a_typed_constructor() -> None:
    # These overloads are the only hand-written code that lists the API versions: a new
    # version without one would type its simulator's clients as Any.
    from typing_extensions import get_overloads  # typing's own from 3.11

    typed = {}
    for overload in get_overloads(Simulator.__init__):
        annotations = overload.__annotations__
        named = re.search(r"Literal\[['\"]([^'\"]+)", annotations["api_version"])
        version = named.group(1) if named else ""
        typed[version] = annotations["self"]
    expected = {
        version: (
            "Simulator[didww.Client, didww.AsyncClient]"
            if version == didww.API_VERSION
            else f"Simulator[didww.v{version.replace('-', '_')}.Client, "
            f"didww.v{version.replace('-', '_')}.AsyncClient]"
        )
        for version in VERSIONS
    }
    assert typed == {**expected, "": "Simulator[Any, Any]"}


def test_only_the_version_served_has_its_resources() -> None:
    old = Simulator(api_version="2026-04-16")
    new = Simulator(api_version="2026-10-22")
    with httpx.Client(transport=old.transport(), headers=credentials(old)) as http:
        assert http.get("http://sim.test/v3/pops").status_code == 200
        assert http.get("http://sim.test/v3/sms_trunks").status_code == 404
    with httpx.Client(transport=new.transport(), headers=credentials(new)) as http:
        assert http.get("http://sim.test/v3/pops").status_code == 404
        assert http.get("http://sim.test/v3/did_group_types").status_code == 404
        assert http.get("http://sim.test/v3/sms_trunks").status_code == 200


def test_2026_10_22_seed_uses_number_type_and_a_pop_attribute() -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    with sim.client() as client:
        kinds = {g.id: g.number_type for g in client.did_groups.list()}
        assert kinds[SEED.group_us_new_york] == didww.v2026_10_22.enums.NumberType.LOCAL
        assert kinds[SEED.group_us_toll_free] == "toll_free"
        assert (
            kinds[SEED.group_gb_mobile] == "mobile" and kinds[SEED.group_gb_national] == "national"
        )
        requirement = client.address_requirements.find(SEED.address_requirement_gb_london)
        assert requirement.number_type == "local"
        emergency = client.emergency_requirements.find(SEED.emergency_requirement_us_local)
        assert emergency.number_type == "local"
        assert client.voice_in_trunks.find(SEED.voice_in_trunk).pop == "NYC"
        local = didww.QueryParams().filter("did_group.number_type", "local")
        assert {a.number[:3] for a in client.available_dids.list(local)} == {"121", "442", "493"}
        assert not client.sms_trunks.list() and not client.sms_trunk_groups.list()


def test_every_seeded_value_is_valid_for_the_catalog_served(sim: Simulator[Any, Any]) -> None:
    schema = sim._store.schema
    checker = DocumentValidator(schema, sim._store, creating=True, stored=True)
    for type_, info in schema.resources.items():
        for record in sim._store.all(type_, include_hidden=True):
            for attribute in info.attributes:
                value = record.attributes.get(attribute.name)
                if value is None:
                    assert attribute.nullable or attribute.write_only, (type_, attribute.name)
                    continue
                checker.check_value(parse_type(attribute.type), value, type_, attribute.name)
            for name in record.relationships:
                assert info.relationship(name) is not None, (type_, name)
    # Who may write a nested member is no concern of stored data: only the values are checked.
    problems = [e for e in checker.errors if e.title not in ("is read-only",)]
    assert problems == []
    assert len(sim._store.all("dids")) == 2


# -- the whole catalog, per version -------------------------------------------------------------


def test_every_path_and_operation_of_the_version_is_served(version: str, raw: httpx.Client) -> None:
    for info in catalog(version).RESOURCES.values():
        ops = set(info.operations)
        if "list" in ops or (info.singleton and "find" in ops):
            assert raw.get(info.path).status_code == 200, info.path
        if not info.singleton:
            member = f"{info.path}/{MISSING_ID}"
            expected = 404 if "find" in ops else 405
            assert raw.get(member).status_code == expected, member
        if "create" not in ops:
            assert raw.post(info.path, json={}).status_code == 405, info.path


def test_every_filter_sort_include_and_field_of_the_version_is_accepted(
    version: str, raw: httpx.Client
) -> None:
    for info in listable(version):
        for key in info.filters:
            # Today: inside any window the API keeps records for (DID history: 90 days).
            value = RECENT if key.endswith(("_gteq", "_lteq")) else "x"
            answer = raw.get(info.path, params={f"filter[{key}]": value})
            assert answer.status_code == 200, (info.type, key, answer.text)
        for field in info.sorts:
            assert raw.get(info.path, params={"sort": f"-{field}"}).status_code == 200, field
        if info.includes:
            answer = raw.get(info.path, params={"include": ",".join(info.includes)})
            assert answer.status_code == 200, answer.text
        if info.fields is not None:
            answer = raw.get(info.path, params={f"fields[{info.type}]": ",".join(info.fields)})
            assert answer.status_code == 200, answer.text


def test_filtering_by_a_records_own_value_finds_it(
    version: str, sim: Simulator[Any, Any], raw: httpx.Client
) -> None:
    resolver = Resolver(sim._store)
    checked = 0
    for info in listable(version):
        largest = info.page_size.max if info.page_size is not None else 1000
        for key in info.filters:
            if key.endswith(("_gteq", "_lteq", "_contains", "_in")):
                continue
            for record in sim._store.all(info.type):
                values = [v for v in resolver.values(record, key) if v is not None]
                if not values:
                    continue
                text = str(values[0]).lower() if isinstance(values[0], bool) else str(values[0])
                answer = raw.get(info.path, params={f"filter[{key}]": text, "page[size]": largest})
                assert record.id in [item["id"] for item in answer.json()["data"]], (key, text)
                checked += 1
                break
    assert checked > 40


def test_lists_and_records_render_exactly_the_catalog(version: str, raw: httpx.Client) -> None:
    for info in listable(version):
        document = raw.get(info.path).json()
        for item in document["data"]:
            assert set(item.get("attributes", {})) == {
                a.name for a in info.attributes if not a.write_only
            }
            assert set(item.get("relationships", {})) == {
                r.name for r in info.relationships if not r.write_only
            }
            assert set(item.get("meta", {})) == {m.name for m in info.meta}
            for entry in item.get("relationships", {}).values():
                for link in entry["links"].values():
                    assert raw.get(link).status_code == 200, link


# -- page sizes and sparse fieldsets come from the catalog ------------------------------------


def test_a_page_larger_than_the_resources_max_is_a_400(version: str, raw: httpx.Client) -> None:
    for info in listable(version):
        if info.page_size is None:
            continue
        fits = raw.get(info.path, params={"page[size]": info.page_size.max})
        assert fits.status_code == 200, info.type
        too_big = raw.get(info.path, params={"page[size]": info.page_size.max + 1})
        assert too_big.status_code == 400, info.type
        error = too_big.json()["errors"][0]
        assert error["code"] == "113" and f"at most {info.page_size.max}" in error["detail"]


def test_2026_10_22_lists_have_their_own_default_page_size() -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    with sim.client() as client:
        for index in range(55):
            client.sms_trunk_groups.create(didww.v2026_10_22.SmsTrunkGroup(name=f"g{index}"))
        page = client.sms_trunk_groups.list()
        assert (len(page), page.total_records) == (50, 55)  # default 50
        # An account may be allowed larger pages, so the SDK sends one; the simulator, an
        # account at the document's limit, answers 400 as the API then does...
        with pytest.raises(didww.BadRequestError, match="at most 100"):
            client.sms_trunk_groups.list(didww.QueryParams().page(1, 101))
        assert len(list(client.sms_trunk_groups.iter(page_size=100))) == 55
    # ...and so it does to a raw request.
    with httpx.Client(transport=sim.transport(), base_url="http://sim.test/v3") as raw:
        answer = raw.get(
            "/sms_trunk_groups",
            params={"page[size]": "101"},
            headers={"Authorization": f"Bearer {sim.issue_token()}"},
        )
    assert answer.status_code == 400 and "at most 100" in answer.text


def test_sparse_fieldsets_take_the_names_the_version_lists(raw: httpx.Client, version: str) -> None:
    answer = raw.get("/address_verifications", params={"fields[address_verifications]": "id"})
    info = catalog(version).RESOURCES["address_verifications"]
    # 2026-10-22 enumerates its fields (`id` included, `onetime_files` no longer); 2026-04-16
    # takes every attribute and relationship.
    assert answer.status_code == (200 if info.fields is not None else 400)
    dropped = raw.get(
        "/address_verifications", params={"fields[address_verifications]": "onetime_files"}
    )
    assert dropped.status_code == (400 if info.fields is not None else 200)


# -- the pytest plugin and the command line ------------------------------------------------------


@pytest.mark.didww_simulator(api_version="2026-10-22")
def test_the_marker_picks_the_version(
    didww_simulator: Simulator[Any, Any], didww_client: Any, didww_server: Any
) -> None:
    assert didww_simulator.api_version == "2026-10-22"
    assert isinstance(didww_client, didww.v2026_10_22.Client)
    assert didww_client.balance.find().total_balance == 100
    with didww_server.client() as served:
        assert isinstance(served, didww.v2026_10_22.Client)
        assert served.balance.find().total_balance == 100


@pytest.mark.anyio
@pytest.mark.didww_simulator(api_version="2026-10-22")
async def test_the_marker_picks_the_async_clients_version(didww_async_client: Any) -> None:
    assert isinstance(didww_async_client, didww.v2026_10_22.AsyncClient)
    assert (await didww_async_client.balance.find()).total_balance == 100


class TestTheOptionsFixture:
    @pytest.fixture
    def didww_simulator_options(self) -> dict[str, Any]:
        return {"api_version": "2026-10-22", "order_delay": 5.0}

    def test_options_pick_the_version(
        self, didww_simulator: Simulator[Any, Any], didww_client: Any
    ) -> None:
        assert didww_simulator.api_version == "2026-10-22"
        assert isinstance(didww_client, didww.v2026_10_22.Client)

    @pytest.mark.didww_simulator(api_version="2026-04-16")
    def test_a_marker_still_wins(self, didww_client: Any) -> None:
        assert isinstance(didww_client, didww.v2026_04_16.Client)


def test_serve_command_serves_the_version_and_prints_a_token() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "didww.testing", "serve", "--port", "0",
         "--api-version", "2026-10-22", "--token-ttl", "600"],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.startswith("DIDWW simulator on http://127.0.0.1:"), banner
        base_url = banner.split()[3]
        assert process.stdout.readline().strip() == "API version 2026-10-22"
        header = process.stdout.readline().strip()
        assert header.startswith("Authorization: Bearer ")
        token = header.split()[-1]
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        assert claims["scope"] == "write" and claims["exp"] - claims["iat"] == 600
        with didww.v2026_10_22.Client(token=token, base_url=base_url) as client:
            assert client.balance.find().total_balance == 100
        with httpx.Client() as http:
            assert http.get(f"{base_url}/balance").status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def test_serve_command_refuses_an_unknown_version(capsys: pytest.CaptureFixture[str]) -> None:
    from didww.testing._cli import main

    with pytest.raises(SystemExit) as info:
        main(["serve", "--api-version", "2020-01-01"])
    assert info.value.code == 2
    assert "2026-10-22" in capsys.readouterr().err


def test_serve_gives_the_versions_client_over_loopback() -> None:
    sim = Simulator(api_version="2026-10-22")
    with serve(sim) as server, server.client() as client:
        assert isinstance(client, didww.v2026_10_22.Client)
        assert client.balance.find().total_balance == 100
        assert sim.requests[-1].headers["Authorization"] == "[FILTERED]"


@pytest.mark.parametrize("ttl", ["0", "-5", "nan", "inf"])
def test_serve_refuses_a_token_ttl_that_is_not_a_positive_finite_number(
    ttl: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from didww.testing._cli import main

    status = main(["serve", "--port", "0", "--api-version", "2026-10-22", "--token-ttl", ttl])
    assert status == 2  # refused before any port is opened
    assert "--token-ttl must be a positive, finite number of seconds" in capsys.readouterr().err
