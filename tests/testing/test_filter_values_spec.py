"""The spec's ``filter_values``: what an API version's document says of a filter's value beyond
its name. 2026-10-22 marks the filters that take a comma-separated list; the others take one
value, which the API reads whole (commas included), and a few filters that name no attribute
have a type (``is_available`` is a boolean).

The SDK refuses a list for a one-value filter and a value of another type before sending, and
sends a one-value filter's comma whole; the simulator reads it whole. 2026-04-16's document
says only that most filters take a list, so its tree marks none one-value; it types its flag
filters (``is_available``) as booleans, which 2026-10-22's document says they are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import didww
from didww import v2026_10_22 as v1022
from didww.testing import SEED, ManualClock, Simulator
from didww.v2026_04_16 import enums as enums_0416
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from tests.generator.test_spec_errors import _copy_spec
from tests.testing.raw_requests import raw_client

Q = didww.QueryParams


@pytest.fixture
def sim() -> Simulator[v1022.Client, v1022.AsyncClient]:
    return Simulator(api_version="2026-10-22")


def test_the_catalogs_carry_what_the_documents_say() -> None:
    dids = RESOURCES_1022["dids"]
    assert "description" in dids.one_value_filters and "terminated" in dids.one_value_filters
    assert "number" not in dids.one_value_filters  # "Accepts a comma-separated list"
    assert ("is_available", "boolean") in RESOURCES_1022["countries"].filter_types
    assert ("meta.total_count_gteq", "integer") in RESOURCES_1022["did_groups"].filter_types
    # 2026-04-16's document marks none; its flag filters are typed from 2026-10-22's.
    assert all(not r.one_value_filters for r in RESOURCES_0416.values())
    types_0416 = {kind for r in RESOURCES_0416.values() for _, kind in r.filter_types}
    assert types_0416 == {"boolean"}
    assert ("is_available", "boolean") in RESOURCES_0416["countries"].filter_types


def test_a_list_is_refused_for_a_one_value_filter(sim: Simulator) -> None:
    client = sim.client()
    params = Q().filter("status", [v1022.enums.AddressVerificationStatus.PENDING, "approved"])
    with pytest.raises(didww.ClientError) as caught:
        client.address_verifications.list(params)
    assert str(caught.value) == (
        "address_verifications.list: filter[status] takes one value in API 2026-10-22, got a "
        "list: the API would read the values joined by commas as one"
    )
    assert sim.requests.matching("GET", "/address_verifications") == []
    # A list of one is one value.
    client.address_verifications.list(Q().filter("status", ["pending"]))


def test_a_comma_in_a_one_value_filter_is_sent_whole_and_read_whole(sim: Simulator) -> None:
    client = sim.client()
    did = client.dids.find(SEED.did_us)
    did.description = "Sales, EU"
    client.dids.update(did)
    found = client.dids.list(Q().filter("description", "Sales, EU"))
    assert [d.id for d in found] == [did.id]
    (request,) = [r for r in sim.requests.matching("GET", "/dids") if r.query]
    assert request.query == {"filter[description]": "Sales, EU"}
    # Where the filter takes a list, the same value would be split by the API: refused.
    with pytest.raises(didww.ClientError, match="contains a comma"):
        client.dids.list(Q().filter("number", "1, 2"))


@pytest.mark.parametrize(
    ("resource", "key", "value", "refusal"),
    [
        ("countries", "is_available", "maybe", "is not a boolean"),
        ("did_groups", "needs_registration", "yes", "is not a boolean"),
        ("did_groups", "meta.total_count_gteq", "2.5", "is not"),
        ("capacity_pools", "has_unassigned_channels", 1, "is not a boolean"),
    ],
)
def test_a_value_of_another_type_than_the_filter_states_is_refused(
    sim: Simulator, resource: str, key: str, value: object, refusal: str
) -> None:
    repository = getattr(sim.client(), resource)
    with pytest.raises(didww.ClientError, match=rf"filter\[{key}\].*{refusal}"):
        repository.list(Q().filter(key, value))  # type: ignore[arg-type]
    assert sim.requests.matching("GET", f"/{resource}") == []


def test_a_typed_filter_takes_a_value_of_its_type(sim: Simulator) -> None:
    client = sim.client()
    countries = client.countries.list(Q().filter("is_available", True))
    assert countries  # the seed has countries with numbers in stock
    groups = client.did_groups.list(Q().filter("meta.total_count_gteq", 1))
    assert groups and all(g.meta["total_count"] >= 1 for g in groups)


def test_the_loader_refuses_what_it_cannot_apply(tmp_path: Path) -> None:
    cases = [
        ("  unknown_filter: {one: true}\n", "'unknown_filter' is not one of the filters"),
        ("  id: {type: uuid}\n", "type must be one of boolean, integer"),
        ("  id: {}\n", "says nothing"),
        ("  id: {one: yes please}\n", "one"),
        ("  id: {one: true, many: true}\n", "unknown key 'many'"),
        ("  id: {whole_day: true}\n", "whole_day is for a _lteq bound on a date or timestamp"),
    ]
    for index, (entry, message) in enumerate(cases):
        root = _copy_spec(tmp_path / str(index))
        resource = _resource_with_filters(root)
        _append_filter_values(resource, entry)
        with pytest.raises(SpecError, match=message):
            load_spec(root)


def test_the_loader_refuses_whole_day_on_a_bound_of_no_timestamp(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    resource = _resource_with_filters(root)
    text = resource.read_text(encoding="utf-8")
    resource.write_text(text.replace("\n- id\n", "\n- id\n- id_lteq\n", 1), encoding="utf-8")
    _append_filter_values(resource, "  id_lteq: {whole_day: true}\n")
    with pytest.raises(SpecError, match="whole_day is for a _lteq bound on a date or timestamp"):
        load_spec(root)


def test_filter_values_reach_the_model_the_docs_and_the_diff(
    tmp_path: Path,
) -> None:
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    resource = _resource_with_filters(root)
    _append_filter_values(resource, "  id: {one: true, type: string, empty: true}\n")
    new = load_spec(root)
    (changed,) = [r for r in new.resources if r.filter_values]
    assert [(f.name, f.one, f.type, f.empty) for f in changed.filter_values] == [
        ("id", True, "string", True)
    ]
    assert f"- {changed.type}: filter `id` now takes an empty value" in changelog(old, new)
    assert (
        f"- **BREAKING**: {changed.type}: filter `id` no longer takes an empty value"
        in changelog(new, old)
    )
    log = changelog(old, new)
    assert f"- **BREAKING**: {changed.type}: filter `id` now takes one value, not a list" in log
    assert f"- **BREAKING**: {changed.type}: filter `id`: type unstated -> string" in log
    assert f"- {changed.type}: filter `id` now takes a list of values" in changelog(new, old)
    pages = render_docs([("2030-01-02", new)])
    page = next(text for path, text in pages.items() if path.endswith(f"/{changed.type}.md"))
    assert "`id` (string, one value, may be empty)" in page


def _resource_with_filters(root: Path) -> Path:
    """A resource file of the tree whose filters list holds ``id``."""
    for path in sorted((root / "resources").glob("*.yaml")):
        if "\nfilters:\n" in path.read_text(encoding="utf-8") and "\n- id\n" in path.read_text(
            encoding="utf-8"
        ):
            return path
    raise AssertionError("no resource of the golden tree filters by id")


def _append_filter_values(path: Path, entry: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "filter_values:\n" + entry, encoding="utf-8")


def test_a_value_newer_than_the_sdk_is_judged_by_its_shape_not_its_value(sim: Simulator) -> None:
    # Its value is not checked against the attribute, but a comma on a list filter and a list
    # on a one-value filter are refused all the same.
    old = Simulator().client()
    newer = enums_0416.Feature.unchecked("sms,t38")
    with pytest.raises(didww.ClientError, match=r"'sms,t38' contains a comma"):
        old.dids.list(Q().filter("did_group.features", newer))
    with pytest.raises(didww.ClientError, match=r"'1,2' contains a comma"):
        old.dids.list(Q().filter("number", didww.Unchecked("1,2")))
    with pytest.raises(didww.ClientError, match=r"filter\[terminated\] takes one value"):
        sim.client().dids.list(Q().filter("terminated", [True, didww.Unchecked("x")]))
    # Alone, a value newer than the SDK is sent as given.
    old.dids.list(Q().filter("did_group.features", enums_0416.Feature.unchecked("sms_new")))
    # A key newer than the SDK is checked by nothing.
    assert Q().filter(didww.Unchecked("new"), "a,b").to_list() == [("filter[new]", "a,b")]


def test_a_typed_one_value_filter_given_a_comma_says_it_takes_one_value(sim: Simulator) -> None:
    with pytest.raises(didww.ClientError, match=r"filter\[status\] takes one value in API"):
        sim.client().voice_out_trunks.list(Q().filter("status", "active,blocked"))


def test_the_simulator_reads_a_repeated_one_value_key_as_its_last_value(sim: Simulator) -> None:
    client = sim.client()
    did = client.dids.find(SEED.did_us)
    did.description = "Sales, EU"
    client.dids.update(did)
    with raw_client(sim) as http:
        both = http.get(
            "/dids", params=[("filter[description]", "x"), ("filter[description]", "Sales, EU")]
        )
        first = http.get(
            "/dids", params=[("filter[description]", "Sales, EU"), ("filter[description]", "x")]
        )
    assert [d["id"] for d in both.json()["data"]] == [did.id]
    assert first.json()["data"] == []


def test_an_empty_value_is_sent_only_where_the_document_takes_one(sim: Simulator) -> None:
    client = sim.client()
    client.dids.list(Q().filter("description", ""))
    (request,) = [r for r in sim.requests.matching("GET", "/dids") if r.query]
    assert request.query == {"filter[description]": ""}
    assert ("description", "") in [
        (k.removeprefix("filter[").removesuffix("]"), v)
        for k, v in Q().filter("description", "").to_list()
    ]
    with pytest.raises(didww.ClientError) as caught:
        client.dids.list(Q().filter("number", ""))
    assert str(caught.value) == (
        "dids.list: filter[number]: an empty value matches nothing in API 2026-10-22 (give a "
        "non-empty string, or leave the filter out)"
    )
    # 2026-04-16's document names no such filter.
    with pytest.raises(didww.ClientError, match="an empty value matches nothing in API 2026-04"):
        Simulator().client().dids.list(Q().filter("description", ""))
    assert "description" in RESOURCES_1022["dids"].empty_value_filters
    assert "number" not in RESOURCES_1022["dids"].empty_value_filters


def test_a_bound_that_takes_in_the_whole_day_reaches_the_catalog_docs_and_diff() -> None:
    # 2026-10-22's orders: "no later than the end of the day the value falls in".
    assert RESOURCES_1022["orders"].whole_day_filters == ("created_at_lteq",)
    assert all(not r.whole_day_filters for r in RESOURCES_0416.values())
    spec_0416 = load_spec(Path("spec/2026-04-16"))
    spec_1022 = load_spec(Path("spec/2026-10-22"))
    assert (
        "- **BREAKING**: orders: filter `created_at_lteq` now takes in the whole day its value "
        "falls in" in changelog(spec_0416, spec_1022)
    )
    pages = render_docs([("2026-10-22", spec_1022)])
    page = next(text for path, text in pages.items() if path.endswith("/orders.md"))
    assert "`created_at_lteq` (one value, takes in the whole UTC day the value falls in)" in page


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_the_simulator_reads_a_whole_day_bound_as_its_document_says(version: str) -> None:
    # An order placed at 10:00 is "no later than the end of the day" 09:00 falls in, in
    # 2026-10-22; 2026-04-16's document says nothing of the sort: the bound is the moment.
    clock = ManualClock()  # 2026-04-16T00:00:00Z
    sim = Simulator(api_version=version, clock=clock)
    api = v1022 if version == "2026-10-22" else didww
    clock.advance(10 * 3600)
    with sim.client() as client:
        item = api.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)
        order = client.orders.create(api.Order(items=[item]))
        assert order.created_at == dt.datetime(2026, 4, 16, 10, tzinfo=dt.timezone.utc)

        def found(bound: str) -> bool:
            query = Q().filter("created_at_lteq", bound)
            return order.id in {o.id for o in client.orders.list(query)}

        assert found("2026-04-16T09:00:00Z") is (version == "2026-10-22")
        assert found("2026-04-16T10:00:00Z") and found("2026-04-16T23:59:59Z")
        assert not found("2026-04-15T23:59:59Z")
