"""``didww <resource> list``: filters, sorts, includes, sparse fieldsets, pages and --all, in each
output format, against the in-process simulator; and the command tree generated from the catalog."""

from __future__ import annotations

import csv
import dataclasses
import inspect
import io
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import click
import httpx
import pytest

import didww
from didww._catalog import PageSizeInfo
from didww.cli._app import build_cli
from didww.cli._catalog import ResourceInfo, command_word
from didww.cli._records import Column, columns
from didww.testing import DEFAULT_BASE_URL, Simulator
from didww.v2026_04_16.catalog import RESOURCES
from tests.cli.conftest import Runner

CATALOG_OPERATIONS = ("list", "find", "create", "update", "delete")


def group_ids(sim: Simulator) -> set[str]:
    return {str(r["id"]) for r in sim.resources("did_groups")}


def recording_factory(sim: Simulator, seen: list[httpx.Request]) -> Any:
    """A client factory whose requests are recorded, to check what the CLI sent."""

    def factory(settings: Any) -> didww.Client:
        http = httpx.Client(transport=sim.transport(), event_hooks={"request": [seen.append]})
        return didww.Client(
            api_key=settings.api_key, base_url=DEFAULT_BASE_URL, http_client=http, max_retries=0
        )

    return factory


def never_called(settings: Any) -> didww.Client:
    raise AssertionError("no client may be built for a usage error")


def query_of(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(urlsplit(str(request.url)).query)


def test_json_list_with_filter_sort_include_and_fields(cli: Runner, sim: Simulator) -> None:
    result = cli(
        "did-groups", "list",
        "--filter", "is_metered=no",
        "--sort=-area_name",
        "--include", "country",
        "--fields", "prefix,area_name,country",
        "--fields", "countries=name,iso",
        "--page-size", "50",
        "-o", "json",
    )  # fmt: skip
    assert result.code == 0, result.err
    records = result.json()
    unmetered = [r for r in sim.resources("did_groups") if not r["attributes"]["is_metered"]]
    assert len(records) == len(unmetered) >= 2
    assert [r["id"] for r in records] == [
        r["id"] for r in sorted(unmetered, key=lambda r: r["attributes"]["area_name"], reverse=True)
    ]
    countries = {str(c["id"]): c["attributes"] for c in sim.resources("countries")}
    for record in records:
        assert record["type"] == "did_groups"
        assert set(record["attributes"]) == {"prefix", "area_name"}
        country_id = record["relationships"]["country"]
        included = record["included"]["country"]
        assert included["id"] == country_id and included["type"] == "countries"
        assert included["attributes"] == {
            "name": countries[country_id]["name"],
            "iso": countries[country_id]["iso"],
        }


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def ids_in(output: str, fmt: str) -> list[str]:
    """The resource ids of a list, in order, from any output format."""
    if fmt == "json":
        return [r["id"] for r in json.loads(output)]
    if fmt == "csv":
        return [row["id"] for row in csv.DictReader(io.StringIO(output))]
    first = (UUID.search(line) for line in output.splitlines() if line.startswith("  "))
    return [m.group() for m in first if m is not None]


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_option_in_every_format(cli: Runner, sim: Simulator, fmt: str) -> None:
    result = cli(
        "did-groups", "list", "--filter", "is_metered=false", "--sort=-area_name",
        "--include", "country", "--fields", "prefix,area_name,country",
        "--page-size", "2", "--all", "-o", fmt,
    )  # fmt: skip
    assert result.code == 0, result.err
    unmetered = [r for r in sim.resources("did_groups") if not r["attributes"]["is_metered"]]
    by_area = sorted(unmetered, key=lambda r: r["attributes"]["area_name"], reverse=True)
    assert ids_in(result.out, fmt) == [r["id"] for r in by_area]
    assert "is_metered" not in result.out  # not among the --fields
    assert "country_id" in result.out or fmt == "json"
    assert all(r["attributes"]["area_name"] in result.out for r in unmetered)


def test_csv_with_all_fetches_every_page(cli: Runner, sim: Simulator) -> None:
    seen: list[httpx.Request] = []
    result = cli(
        "did-groups", "list", "--all", "--page-size", "2", "-o", "csv",
        factory=recording_factory(sim, seen),
    )  # fmt: skip
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert {r["id"] for r in rows} == group_ids(sim) and len(rows) == 7
    info = RESOURCES["did_groups"]
    header = result.out.splitlines()[0].split(",")
    # No relationship was included, so the answer carries none: no column reads as null.
    assert header == [
        "id",
        *(a.name for a in info.attributes),
        *(f"meta.{m.name}" for m in info.meta),
    ]
    new_york = next(r for r in rows if r["area_name"] == "New York")
    assert new_york["features"] == "voice_in,voice_out,t38,sms_in"  # lists comma-separated
    assert new_york["is_metered"] == "false"
    pages = [query_of(r) for r in seen]
    assert [p["page[number]"] for p in pages] == [["1"], ["2"], ["3"], ["4"]]
    assert {p["page[size]"][0] for p in pages} == {"2"}


def test_one_page_as_a_table_says_how_to_get_more(cli: Runner, sim: Simulator) -> None:
    result = cli("did-groups", "list", "--page-size", "2")
    assert result.code == 0, result.err
    assert "2 shown of 7" in result.out
    assert "--page 2 for the next page, or --all for every page" in result.out
    header = next(line for line in result.out.splitlines() if "prefix" in line)
    assert header.split()[:3] == ["id", "prefix", "area_name"]
    shown = [i for i in group_ids(sim) if i in result.out]
    assert len(shown) == 2


def test_a_later_page_as_json(cli: Runner, sim: Simulator) -> None:
    first = cli("did-groups", "list", "--page", "1", "--page-size", "5", "-o", "json").json()
    second = cli("did-groups", "list", "--page", "2", "--page-size", "5", "-o", "json").json()
    assert len(first) == 5 and len(second) == 2
    assert {r["id"] for r in first + second} == group_ids(sim)


def test_filter_values_are_checked_and_written_as_the_api_spells_them(
    cli: Runner, sim: Simulator
) -> None:
    seen: list[httpx.Request] = []
    factory = recording_factory(sim, seen)
    result = cli(
        "did-groups", "list", "-f", "features=VOICE_IN,sms_in", "-f", "is_metered=No",
        "-o", "csv", factory=factory,
    )  # fmt: skip
    assert result.code == 0, result.err
    query = query_of(seen[-1])
    assert query["filter[features]"] == ["voice_in,sms_in"]
    assert query["filter[is_metered]"] == ["false"]
    result = cli("did-groups", "list", "-f", "features=teleport", factory=factory)
    assert result.code == 2
    assert "'teleport' is not one of voice_in, voice_out" in result.err
    assert len(seen) == 1  # the bad filter sent nothing


def test_table_includes_show_the_relationship_ids(cli: Runner, sim: Simulator) -> None:
    result = cli("did-groups", "list", "--include", "country", "--fields", "prefix,country")
    assert result.code == 0, result.err
    assert "country_id" in result.out
    some_country = str(sim.resources("countries")[0]["id"])
    assert some_country in result.out


def test_an_empty_list_in_each_format(cli: Runner) -> None:
    assert cli("voice-out-trunks", "list", "-o", "json").out == "[]\n"
    assert cli("voice-out-trunks", "list", "-o", "csv").out.startswith("id,name,status,")
    assert "0 shown" in cli("voice-out-trunks", "list").out


def test_list_options_are_refused_with_the_names_the_resource_has(cli: Runner) -> None:
    result = cli("did-groups", "list", "--include", "owner")
    assert result.code == 2 and "it can include: country, city" in result.err
    result = cli("did-groups", "list", "--fields", "prefix,colour")
    assert result.code == 2 and "did_groups has no field colour" in result.err
    result = cli("did-groups", "list", "--fields", "planets=name")
    assert result.code == 2 and "'planets' is not a resource type" in result.err
    result = cli("did-groups", "list", "--all", "--page", "2")
    assert result.code == 2 and "--all fetches every page" in result.err
    result = cli("did-groups", "list", "--page-size", "0")
    assert result.code == 2 and "--page-size" in result.err


def test_operator_filters_are_checked_by_the_type_of_their_field(cli: Runner) -> None:
    bad = cli("did-history", "list", "-f", "created_at_gteq=yesterday", factory=never_called)
    assert bad.code == 2 and "--filter created_at_gteq: expected an ISO 8601 time" in bad.err
    good = cli("did-history", "list", "-f", "created_at_lteq=2030-01-01T00:00:00Z", "-o", "json")
    assert good.code == 0, good.err
    anything = cli("addresses", "list", "-f", "city_name_contains=1", "-o", "json")
    assert anything.code == 0, anything.err


def test_page_size_is_refused_above_the_largest_the_api_accepts(cli: Runner) -> None:
    assert RESOURCES["did_groups"].page_size is not None
    largest = RESOURCES["did_groups"].page_size.max
    result = cli("did-groups", "list", "--page-size", str(largest + 1), factory=never_called)
    assert result.code == 2 and "--page-size" in result.err and str(largest) in result.err
    assert cli("did-groups", "list", "--page-size", str(largest), "-o", "json").code == 0


def test_all_asks_for_no_more_than_the_largest_page(
    monkeypatch: pytest.MonkeyPatch, cli: Runner, sim: Simulator
) -> None:
    small = dataclasses.replace(RESOURCES["did_groups"], page_size=PageSizeInfo(2, 3))
    monkeypatch.setitem(RESOURCES, "did_groups", small)
    helped = " ".join(cli("did-groups", "list", "--help").out.split())
    assert "at most 3 a request, unless --page-size)" in helped and "[1<=x<=3]" in helped
    seen: list[httpx.Request] = []
    result = cli("did-groups", "list", "--all", "-o", "json", factory=recording_factory(sim, seen))
    assert result.code == 0, result.err
    assert {r["id"] for r in result.json()} == group_ids(sim) and len(seen) > 1
    assert {query_of(r)["page[size]"][0] for r in seen} == {"3"}


def test_a_raisable_largest_page_is_named_but_not_enforced(
    monkeypatch: pytest.MonkeyPatch, cli: Runner, sim: Simulator
) -> None:
    # 2026-10-22's lists say an account may be allowed larger pages: the CLI sends what it is
    # asked for, and the API judges.
    raisable = dataclasses.replace(
        RESOURCES["did_groups"], page_size=PageSizeInfo(2, 3, raisable=True)
    )
    monkeypatch.setitem(RESOURCES, "did_groups", raisable)
    helped = " ".join(cli("did-groups", "list", "--help").out.split())
    assert "at most 3 a request unless your account's limit is raised" in helped
    assert "[1<=x<=3]" not in helped
    seen: list[httpx.Request] = []
    result = cli(
        "did-groups", "list", "--page-size", "4", "-o", "json", factory=recording_factory(sim, seen)
    )
    assert result.code == 0, result.err
    assert [query_of(r)["page[size]"] for r in seen] == [["4"]]


def test_all_without_page_size_leaves_the_page_size_to_the_sdk(cli: Runner, sim: Simulator) -> None:
    seen: list[httpx.Request] = []
    result = cli("did-groups", "list", "--all", "-o", "json", factory=recording_factory(sim, seen))
    assert result.code == 0, result.err
    with sim.client() as client:
        default = inspect.signature(client.did_groups.iter).parameters["page_size"].default
    assert [query_of(r)["page[size]"] for r in seen] == [[str(default)]]


def test_a_table_works_out_each_cell_once(
    monkeypatch: pytest.MonkeyPatch, cli: Runner, sim: Simulator
) -> None:
    calls: list[tuple[str, str | None]] = []
    value = Column.value

    def counted(column: Column, record: Any) -> str:
        calls.append((column.header, record.id))
        return value(column, record)

    monkeypatch.setattr(Column, "value", counted)
    result = cli("did-groups", "list", "--include", "country")
    assert result.code == 0, result.err
    assert (
        len(calls)
        == len(set(calls))
        == len(sim.resources("did_groups")) * len(columns(RESOURCES["did_groups"]))
    )


# --- the command tree is the catalog ----------------------------------------------------------


def commands_of(root: Any, info: ResourceInfo) -> set[str] | None:
    group = root.commands.get(command_word(info))
    return None if group is None else set(group.commands)


EXTRA = {"exports": {"download"}, "encrypted_files": {"upload"}}
"""The hand-written transfer commands; ``wait`` comes with every lifecycle in the spec."""


@pytest.mark.parametrize("info", list(RESOURCES.values()), ids=list(RESOURCES))
def test_every_resource_has_exactly_the_operations_of_the_spec(info: ResourceInfo) -> None:
    root = build_cli()
    expected = {
        op
        for op in info.operations
        if op in CATALOG_OPERATIONS and not (op == "create" and info.multipart_create)
    } | EXTRA.get(info.type, set())
    if info.lifecycle is not None:
        expected.add("wait")
    assert commands_of(root, info) == (expected or None)
    group = root.commands[command_word(info)] if info.operations else None
    if "list" in info.operations:
        assert isinstance(group, click.Group)
        options = {o for p in group.commands["list"].params
                   for o in getattr(p, "opts", [])}  # fmt: skip
        assert ("--filter" in options) == bool(info.filters)
        assert ("--sort" in options) == bool(info.sorts)
        assert ("--include" in options) == bool(info.includes)
    if "find" in info.operations:
        assert isinstance(group, click.Group)
        find = group.commands["find"]
        arguments = [p.name for p in find.params if p.param_type_name == "argument"]
        assert arguments == ([] if info.singleton else ["id"])


def test_a_resource_new_in_the_catalog_gets_its_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    base = RESOURCES["pops"]
    invented = dataclasses.replace(
        base, type="teleporters", path="/teleporters", operations=("list", "delete")
    )
    monkeypatch.setitem(RESOURCES, "teleporters", invented)
    root = build_cli()
    assert commands_of(root, invented) == {"list", "delete"}
    assert root.commands["teleporters"].name == "teleporters"
