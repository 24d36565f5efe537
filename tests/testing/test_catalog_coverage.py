"""The simulator serves exactly the catalog: every path and operation, filter, sort and include."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

import didww
from didww._catalog import ResourceInfo
from didww.testing import Simulator
from didww.testing._behaviours import flows
from didww.testing._defaults import ATTRIBUTE_DEFAULTS, OBJECT_DEFAULTS
from didww.testing._derived import COMPUTED_META, DERIVED
from didww.testing._filtering import Resolver
from didww.testing._flows import Flow
from didww.testing._listing import CAP, SHAPES
from didww.testing._versions import surface, versions
from didww.v2026_04_16.catalog import RESOURCES

LISTABLE = sorted(t for t, info in RESOURCES.items() if "list" in info.operations)
MISSING_ID = "00000000-0000-4000-8000-000000000000"
RECENT = dt.date.today().isoformat()
SCHEMAS = [surface(v).schema for v in versions()]
"""Every API version's catalog: some tables name members that only a newer version has."""


def _allowed(info: ResourceInfo) -> set[tuple[str, str]]:
    ops = set(info.operations)
    pairs = set()
    if "list" in ops or (info.singleton and "find" in ops):
        pairs.add(("collection", "GET"))
    if "create" in ops:
        pairs.add(("collection", "POST"))
    if not info.singleton:
        for method, op in (("GET", "find"), ("PATCH", "update"), ("DELETE", "delete")):
            if op in ops:
                pairs.add(("member", method))
    return pairs


@pytest.mark.parametrize("resource_type", sorted(RESOURCES))
def test_every_path_and_operation_is_served_and_nothing_else(
    http: httpx.Client, resource_type: str
) -> None:
    info = RESOURCES[resource_type]
    allowed = _allowed(info)
    for kind in ("collection", "member"):
        if kind == "member" and info.singleton:
            continue
        path = info.path if kind == "collection" else f"{info.path}/{MISSING_ID}"
        for method in ("GET", "POST", "PATCH", "DELETE", "PUT"):
            body = b'{"data": {"type": "' + resource_type.encode() + b'"}}'
            answer = http.request(
                method, path, content=body if method in ("POST", "PATCH") else None
            )
            document = answer.json()
            assert answer.headers["content-type"].startswith(
                ("application/vnd.api+json", "application/json")
            )
            if (kind, method) in allowed:
                # Served: a member URL with an unknown id is a record 404, never a routing one.
                assert answer.status_code != 405, (method, path)
                if kind == "member":
                    assert answer.status_code == 404
                    assert "could not be found" in document["errors"][0]["detail"]
                else:
                    assert answer.status_code in (200, 201, 400, 422), (method, path, document)
            else:
                assert answer.status_code == 405, (method, path)
                assert document["errors"][0]["status"] == "405"
                assert set(answer.headers["allow"].split(", ")) - {""} == {
                    m for k, m in allowed if k == kind
                }


@pytest.mark.parametrize("resource_type", LISTABLE)
def test_every_filter_sort_and_include_is_accepted(http: httpx.Client, resource_type: str) -> None:
    info = RESOURCES[resource_type]
    for key in info.filters:
        # Today: inside any window the API keeps records for (DID history: 90 days).
        value = RECENT if key.endswith(("_gteq", "_lteq")) else "x"
        answer = http.get(info.path, params={f"filter[{key}]": value})
        assert answer.status_code == 200, (key, answer.text)
    for field in info.sorts:
        for direction in ("", "-"):
            answer = http.get(info.path, params={"sort": direction + field})
            assert answer.status_code == 200, (field, answer.text)
    if info.includes:
        answer = http.get(info.path, params={"include": ",".join(info.includes)})
        assert answer.status_code == 200, answer.text


@pytest.mark.parametrize("resource_type", LISTABLE)
def test_filtering_by_a_records_own_value_finds_it(
    didww_simulator: Simulator, http: httpx.Client, resource_type: str
) -> None:
    info = RESOURCES[resource_type]
    resolver = Resolver(didww_simulator._store)
    records = didww_simulator._store.all(resource_type)
    for key in info.filters:
        if key.endswith(("_gteq", "_lteq", "_contains", "_in")):
            continue
        for record in records:
            values = [v for v in resolver.values(record, key) if v is not None]
            if not values:
                continue
            value = values[0]
            text = ("true" if value else "false") if isinstance(value, bool) else str(value)
            answer = http.get(info.path, params={f"filter[{key}]": text, "page[size]": "1000"})
            ids = [item["id"] for item in answer.json()["data"]]
            assert record.id in ids, (key, text)
            break


def test_list_and_find_render_the_catalog_shape(http: httpx.Client) -> None:
    for resource_type in LISTABLE:
        info = RESOURCES[resource_type]
        document = http.get(info.path).json()
        if info.listing != "whole_without_meta":  # a collection with neither meta nor links
            assert document["meta"]["api_version"] == didww.API_VERSION
        for item in document["data"]:
            assert item["type"] == resource_type
            rendered = set(item["attributes"])
            assert rendered == {a.name for a in info.attributes if not a.write_only}
            # Resource-level meta: exactly the catalog's meta fields, on exactly those types.
            assert set(item.get("meta", {})) == {m.name for m in info.meta}
            assert ("meta" in item) == bool(info.meta)
            relationships = item.get("relationships", {})
            assert set(relationships) == {r.name for r in info.relationships if not r.write_only}
            for entry in relationships.values():
                assert set(entry["links"]) == {"self", "related"}
                assert "data" not in entry  # linkage only when included
                if item is document["data"][0]:  # every link the simulator renders is served
                    for link in entry["links"].values():
                        assert http.get(link).status_code == 200, link
            if "find" in info.operations:
                found = http.get(f"{info.path}/{item['id']}").json()
                assert found["data"]["id"] == item["id"]


def test_flows_and_data_tables_only_name_catalog_members() -> None:
    registered: dict[str, Flow] = dict(flows())
    assert set(registered) <= set(RESOURCES)
    for resource_type, defaults in ATTRIBUTE_DEFAULTS.items():
        assert set(defaults) <= {a.name for a in RESOURCES[resource_type].attributes}
    for name, defaults in OBJECT_DEFAULTS.items():
        objects = [s.objects[name] for s in SCHEMAS if name in s.objects]
        assert objects, name  # an object of some API version
        for obj in objects:
            assert set(defaults) <= {a.name for a in obj.attributes}
    for resource_type, key in DERIVED:
        info = RESOURCES[resource_type]
        keys = [k.split(".")[0] for k in (*info.filters, *info.sorts)]
        assert key in keys, (resource_type, key)
    for resource_type, name in COMPUTED_META:
        infos = [s.resources[resource_type] for s in SCHEMAS if resource_type in s.resources]
        assert infos, resource_type  # a resource of some API version
        for info in infos:
            assert name in {m.name for m in info.meta}, (resource_type, name)
    for schema in SCHEMAS:
        assert {info.listing for info in schema.resources.values()} <= set(SHAPES)


def _credentials(sim: Simulator) -> dict[str, str]:
    if surface(sim.api_version).bearer:
        return {"Authorization": f"Bearer {sim.issue_token()}"}
    return {"Api-Key": sim.api_key}


@pytest.mark.parametrize(
    ("version", "resource_type"),
    [
        (v, t)
        for v, schema in zip(versions(), SCHEMAS, strict=True)
        for t, info in sorted(schema.resources.items())
        if "list" in info.operations
    ],
)
def test_every_list_answers_in_the_shape_its_catalog_gives(
    version: str, resource_type: str
) -> None:
    """What the simulator of each API version answers follows the catalog's ``listing``: pages
    (``links``, ``meta.total_records``) unless the list is answered whole, and then page
    parameters change nothing."""
    sim = Simulator(api_version=version)
    info = surface(version).schema.resources[resource_type]
    with httpx.Client(
        transport=sim.transport(), base_url="http://sim.test/v3", headers=_credentials(sim)
    ) as http:
        document = http.get(info.path).json()
        paged = http.get(info.path, params={"page[number]": "2", "page[size]": "1"}).json()
    if info.listing == "paginated":
        assert set(document["links"]) >= {"first", "last"}
        assert "total_records" in document["meta"]
        return
    assert "links" not in document
    assert paged == document  # no pages to ask for: always the one whole answer
    if info.listing == "whole_without_meta":
        assert "meta" not in document
        return
    assert document["meta"]["api_version"] == version
    assert "total_records" not in document["meta"]
    if info.listing == "capped":
        assert len(document["data"]) <= CAP
        assert document["meta"]["total_count"] >= len(document["data"])
