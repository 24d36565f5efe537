"""The simulator takes the facts the spec holds from the catalog, and writes only values the spec
allows: terminal statuses come from each resource's ``lifecycle``, a capped list's
``meta.total_count`` from its ``listing``, and every status, kind or other enumerated value a flow
or the seed writes is a value of its enumeration."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterator

import httpx
import pytest

import didww
from didww import enums
from didww._api import package_of
from didww._catalog import AttributeInfo, LifecycleInfo, TypeExpr, parse_type
from didww._types import JSON
from didww.testing import SEED, ManualClock, Simulator
from didww.testing._schema import Schema
from didww.testing._store import Store
from didww.testing._versions import surface, versions

Q = didww.QueryParams
PERIOD = {"from": "2026-04-01 00:00:00", "to": "2026-04-10 00:00:00"}


def _enum_problems(schema: Schema, expr: TypeExpr, value: JSON, where: str) -> Iterator[str]:
    """Where ``value`` (of the type ``expr``, nested objects and lists included) holds a value
    its enumeration does not have."""
    if value is None:
        return
    if expr.kind == "enum":
        if value not in schema.enums[expr.name].values:
            yield f"{where}: {value!r} is not a value of {expr.name}"
    elif expr.kind == "list" and expr.item is not None and isinstance(value, list):
        for index, item in enumerate(value):
            yield from _enum_problems(schema, expr.item, item, f"{where}[{index}]")
    elif expr.kind in ("object", "union") and isinstance(value, dict):
        if expr.kind == "union":
            variant = schema.variants(expr.name).get(str(value.get("type")))
        else:
            variant = schema.objects[expr.name]
        attributes = value.get("attributes")
        if variant is not None and isinstance(attributes, dict):
            yield from _attribute_problems(schema, variant.attributes, attributes, where)


def _attribute_problems(
    schema: Schema, infos: tuple[AttributeInfo, ...], values: dict[str, JSON], where: str
) -> Iterator[str]:
    for attribute in infos:
        if attribute.name in values:
            yield from _enum_problems(
                schema,
                parse_type(attribute.type),
                values[attribute.name],
                f"{where}.{attribute.name}",
            )


def store_problems(store: Store) -> list[str]:
    """Every enumerated value in the store that its enumeration does not have."""
    schema = store.schema
    return [
        problem
        for type_, info in schema.resources.items()
        for record in store.all(type_, include_hidden=True)
        for problem in _attribute_problems(
            schema, info.attributes, record.attributes, f"{type_}/{record.id}"
        )
    ]


@pytest.mark.parametrize("version", versions())
def test_the_seed_holds_only_values_of_its_enumerations(version: str) -> None:
    sim = Simulator(api_version=version)
    assert store_problems(sim._store) == []


@pytest.mark.parametrize("version", versions())
def test_the_catalog_and_the_repositories_give_the_same_lifecycles(version: str) -> None:
    """The two renderings of the spec's ``lifecycle``: the catalog's, which the simulator reads,
    and the repositories' ``wait()``."""
    schema = surface(version).schema
    for info in schema.resources.values():
        if not info.operations:  # only ever included: no repository
            continue
        module = importlib.import_module(f"{package_of(version)}.repositories.{info.type}")
        repository = getattr(module, f"{info.class_name}Repository")
        expected = (
            (info.lifecycle.attribute, frozenset(info.lifecycle.terminal))
            if info.lifecycle is not None
            else None
        )
        assert getattr(repository, "_lifecycle", None) == expected, info.type
        if info.lifecycle is not None:
            status = info.attribute(info.lifecycle.attribute)
            assert status is not None, info.type
            values = schema.enums[parse_type(status.type).name].values
            assert set(info.lifecycle.terminal) <= set(values), info.type


@pytest.mark.didww_simulator(order_delay=5, export_delay=5, review_delay=5)
def test_every_flow_stops_at_a_terminal_status_of_its_lifecycle(
    didww_simulator: Simulator, didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    """Orders (completed and canceled), exports, address and emergency verifications (approved
    and rejected) and emergency calling services (activated, refused, canceled) end at a value
    the spec calls terminal, having written only values of their enumerations."""
    store = didww_simulator._store
    kept = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    canceled = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    didww_client.orders.delete(canceled.id or "")
    didww_client.exports.create(didww.Export(export_type=enums.ExportType.CDR_IN, filters=PERIOD))
    for reference in ("approve", "reject: too old"):
        didww_client.address_verifications.create(
            didww.AddressVerification(
                address_id=SEED.address_gb,
                dids=[didww.DID(SEED.did_gb)],
                external_reference_id=reference,
            )
        )
    assert store_problems(store) == []  # the statuses of work in progress too
    didww_clock.advance(5)
    dids = list(didww_client.dids.list(Q().filter("order.id", kept.id)))
    assert dids
    for reference in ("approve", "reject: not found"):
        didww_client.emergency_verifications.create(
            didww.EmergencyVerification(
                address_id=SEED.address, dids=dids, external_reference_id=reference
            )
        )
    didww_client.emergency_verifications.create(
        didww.EmergencyVerification(
            address_id=SEED.address, emergency_calling_service_id=SEED.emergency_calling_service
        )
    )
    assert store_problems(store) == []
    didww_clock.advance(5)
    didww_client.emergency_calling_services.delete(SEED.emergency_calling_service)
    assert store_problems(store) == []

    reached: dict[str, set[JSON]] = {}
    for type_, info in store.schema.resources.items():
        if info.lifecycle is None:
            continue
        for record in store.all(type_):
            status = record.attributes.get(info.lifecycle.attribute)
            assert status in info.lifecycle.terminal, (type_, record.id, status)
            reached.setdefault(type_, set()).add(status)
    assert reached["orders"] >= {"completed", "canceled"}
    assert reached["address_verifications"] == {"approved", "rejected"}
    assert reached["emergency_verifications"] >= {"approved", "rejected"}
    assert reached["exports"] == {"completed"}
    assert reached["emergency_calling_services"] >= {"active", "changes_required", "canceled"}


def test_terminal_statuses_are_read_from_the_catalog(
    didww_simulator: Simulator,
    didww_client: didww.Client,
    didww_clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A status the catalog calls terminal stops the flow, whatever the simulator would do next:
    an export whose catalog says ``pending`` is terminal stays pending, and an order it says is
    settled once ``pending`` cannot be canceled."""
    resources = didww_simulator._store.schema.resources
    for type_ in ("exports", "orders"):
        settled = LifecycleInfo("status", ("pending", "completed", "canceled"))
        monkeypatch.setitem(
            resources, type_, dataclasses.replace(resources[type_], lifecycle=settled)
        )
    export = didww_client.exports.create(
        didww.Export(export_type=enums.ExportType.CDR_IN, filters=PERIOD)
    )
    didww_clock.advance(3600)
    assert didww_client.exports.find(export.id or "").status == enums.ExportStatus.PENDING
    order = didww_client.orders.create(
        didww.Order(
            items=[didww.DIDOrderItem(sku_id=SEED.sku_gb_national, qty=12)],
            allow_back_ordering=True,
        )
    )
    assert order.status == enums.OrderStatus.PENDING
    didww_clock.advance(3600)  # a back order would complete by now
    assert didww_client.orders.find(order.id or "").status == enums.OrderStatus.PENDING
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.orders.delete(order.id or "")


@pytest.mark.parametrize("version", versions())
def test_a_capped_list_says_how_many_records_matched(version: str) -> None:
    """``meta.total_count`` on every list the catalog calls ``capped``, and on no other."""
    sim = Simulator(api_version=version)
    api = surface(version)
    headers = (
        {"Authorization": f"Bearer {sim.issue_token()}"} if api.bearer else {"Api-Key": sim.api_key}
    )
    with httpx.Client(
        transport=sim.transport(), base_url="http://sim.test/v3", headers=headers
    ) as http:
        for info in api.schema.resources.values():
            if "list" not in info.operations:
                continue
            meta = http.get(info.path).json().get("meta", {})
            if info.listing == "capped":
                assert meta["total_count"] == len(sim._store.all(info.type)), info.type
            else:
                assert "total_count" not in meta, info.type
