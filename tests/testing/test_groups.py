"""Groups: how many of some members a request sends, as an API version's document states it.

A DID order item sends exactly one (2026-04-16) or at most one (2026-10-22) of ``qty``,
``available_did_id`` and ``did_reservation_id``; an emergency verification is created with
exactly one of ``dids`` and ``emergency_calling_service``; a requirement validation with an
identity, an address or both; and, in 2026-10-22, the four creates with a ``callback_method``
send it and ``callback_url`` together or not at all.

The spec states them (``exactly_one_of`` and the other kinds, under an object's or a resource's
``conditions``); the loader checks them, the catalog and the generated classes carry them, the
docs and the version diff show them. The SDK refuses a request that breaks one before sending
anything; the simulator answers 422 at the member for a raw request that does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww._conditions import Group
from didww.testing import SEED, ManualClock, Simulator
from didww.v2026_04_16.catalog import OBJECTS as OBJECTS_0416
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import OBJECTS as OBJECTS_1022
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.model import Spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit
from tests.testing.raw_requests import JSON_API, raw_client

CHOICES = ("qty", "did_reservation_id", "available_did_id")
CALLBACK = ("callback_url", "callback_method")


def _sim(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock())


def _post(sim: Simulator[Any, Any], path: str, body: Any) -> httpx.Response:
    with raw_client(sim, headers=JSON_API) as http:
        return http.post(path, json=body)


def _refusals(answer: httpx.Response) -> list[tuple[str, str]]:
    assert answer.status_code == 422, answer.text
    return [(e["source"]["pointer"], e["detail"]) for e in answer.json()["errors"]]


# -- the spec trees --------------------------------------------------------------------------------


def test_each_tree_states_its_documents_groups() -> None:
    assert OBJECTS_0416["DIDOrderItem"].conditions == (Group("exactly_one", CHOICES),)
    assert OBJECTS_1022["DIDOrderItem"].conditions == (Group("at_most_one", CHOICES),)
    for resources in (RESOURCES_0416, RESOURCES_1022):
        for type_ in ("address_requirement_validations", "emergency_requirement_validations"):
            assert resources[type_].conditions == (Group("at_least_one", ("identity", "address")),)
    exclusive = Group("exactly_one", ("dids", "emergency_calling_service"))
    assert RESOURCES_0416["emergency_verifications"].conditions == (exclusive,)
    pair = Group("all_or_none", CALLBACK)
    assert RESOURCES_1022["emergency_verifications"].conditions == (pair, exclusive)
    # 2026-10-22 pairs the callback members on every create that has both; 2026-04-16 never.
    with_method = {t for t, r in RESOURCES_1022.items() if r.attribute("callback_method")}
    assert with_method == {"orders", "exports", "address_verifications", "emergency_verifications"}
    for type_ in with_method:
        assert pair in RESOURCES_1022[type_].conditions
    assert not any(
        isinstance(g, Group) and g.kind == "all_or_none"
        for r in RESOURCES_0416.values()
        for g in r.conditions
    )
    # The generated classes carry what the catalog does.
    assert (pair, exclusive) == v1022.EmergencyVerification._CONDITIONS
    assert (Group("exactly_one", CHOICES),) == v0416.DIDOrderItem._CONDITIONS


# -- the group on its own --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "members", "expected"),
    [
        ("exactly_one", {"a": 1}, []),
        ("exactly_one", {}, [("a", "is missing, and so are b and c: send exactly one of them")]),
        ("exactly_one", {"a": None, "b": []}, [("a", "is missing, and so are b and c: send ")]),
        (
            "exactly_one",
            {"a": 1, "c": "x"},
            [("c", "cannot be sent together with a: send exactly one of a, b or c")],
        ),
        ("at_most_one", {}, []),
        ("at_most_one", {"b": 0}, []),  # zero and false are values
        ("at_most_one", {"a": 1, "b": False}, [("b", "cannot be sent together with a: ")]),
        ("at_least_one", {"c": ""}, []),  # empty text is a value, which its own checks judge
        ("at_least_one", {"a": 1, "b": 2, "c": 3}, []),
        ("all_or_none", {}, []),
        ("all_or_none", {"a": 1, "b": 2, "c": 3}, []),
        (
            "all_or_none",
            {"b": 2},
            [("a", "must be sent together with b"), ("c", "must be sent together with b")],
        ),
        ("all_or_none", {"a": None, "b": None, "c": None}, []),  # all there, null as they are
        ("all_or_none", {"a": 1, "b": None, "c": 3}, [("b", "must be sent together with a and c")]),
        # The document's schema counts a member sent as null: it is in the body.
        (
            "all_or_none",
            {"b": None},
            [
                ("a", "must be sent together with b, null as they are, or none of them sent"),
                ("c", "must be sent together with b, null as they are, or none of them sent"),
            ],
        ),
    ],
)
def test_a_group_judges_the_members_sent(
    kind: str, members: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    problems = Group(kind, ("a", "b", "c")).problems(members, stored=False)
    assert len(problems) == len(expected)
    for (name, message), (want_name, want_start) in zip(problems, expected, strict=True):
        assert name == want_name and message.startswith(want_start)
    assert Group(kind, ("a", "b", "c")).problems(members, stored=True) == problems


# -- the SDK refuses before sending ----------------------------------------------------------------


def test_the_sdk_refuses_a_did_order_item_outside_its_group() -> None:
    sim = _sim("2026-10-22")
    with sim.client() as client:
        both = v1022.DIDOrderItem(sku_id=SEED.sku_gb_national, qty=1, available_did_id="x")
        with pytest.raises(
            didww.ClientError,
            match=(
                r"^Order\.items: item 0: DIDOrderItem\.available_did_id cannot be sent together "
                r"with qty: send at most one of qty, did_reservation_id or available_did_id$"
            ),
        ):
            client.orders.create(v1022.Order(items=[both]))
    assert list(sim.requests) == []
    sim = _sim("2026-04-16")
    with sim.client() as client:
        none = v0416.DIDOrderItem(sku_id=SEED.sku_gb_national)
        with pytest.raises(
            didww.ClientError,
            match=(
                r"DIDOrderItem\.qty is missing, and so are did_reservation_id and "
                r"available_did_id: send exactly one of them$"
            ),
        ):
            client.orders.create(v0416.Order(items=[none]))
    assert list(sim.requests) == []


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_the_sdk_refuses_an_emergency_verification_with_both_or_neither(version: str) -> None:
    sim = _sim(version)
    module = v0416 if version == "2026-04-16" else v1022
    with sim.client() as client:
        both = module.EmergencyVerification(
            address_id=SEED.address,
            dids=[module.DID(SEED.did_us)],
            emergency_calling_service_id=SEED.emergency_calling_service,
        )
        with pytest.raises(
            didww.ClientError,
            match=(
                r"^EmergencyVerification\.emergency_calling_service cannot be sent together with "
                r"dids: send exactly one of dids or emergency_calling_service$"
            ),
        ):
            client.emergency_verifications.create(both)
        neither = module.EmergencyVerification(address_id=SEED.address)
        with pytest.raises(didww.ClientError, match=r"\.dids is missing, and so is emergency_"):
            client.emergency_verifications.create(neither)
        # An empty list of DIDs is no DIDs (2026-10-22 states the fewest it takes, too).
        empty = module.EmergencyVerification(address_id=SEED.address, dids=[])
        with pytest.raises(didww.ClientError, match=r"\.dids (is missing|holds 0 resources)"):
            client.emergency_verifications.create(empty)
    assert list(sim.requests) == []


@pytest.mark.anyio
async def test_the_async_sdk_refuses_a_validation_of_nothing() -> None:
    sim = _sim("2026-10-22")
    async with sim.async_client() as client:
        with pytest.raises(
            didww.ClientError,
            match=(
                r"^AddressRequirementValidation\.identity is missing, and so is address: send "
                r"at least one of them$"
            ),
        ):
            await client.address_requirement_validations.create(
                v1022.AddressRequirementValidation(
                    address_requirement_id=SEED.address_requirement_gb_london
                )
            )
        # Null is nothing sent, as the API reads an identifier sent as null.
        with pytest.raises(didww.ClientError, match="send at least one of them"):
            await client.emergency_requirement_validations.create(
                v1022.EmergencyRequirementValidation(
                    emergency_requirement_id=SEED.emergency_requirement_us_local,
                    identity=None,
                )
            )
    assert list(sim.requests) == []


def test_the_sdk_refuses_half_a_callback_pair_on_2026_10_22_only() -> None:
    sim = _sim("2026-10-22")
    with sim.client() as client:
        order = v1022.Order(
            items=[v1022.DIDOrderItem(sku_id=SEED.sku_us_toll_free)],
            callback_method=v1022.enums.CallbackMethod.POST,
        )
        with pytest.raises(
            didww.ClientError,
            match=r"^Order\.callback_url must be sent together with callback_method$",
        ):
            client.orders.create(order)
        assert list(sim.requests) == []
        order.callback_url = "https://ex.com/cb"
        assert client.orders.create(order).callback_url == "https://ex.com/cb"
    # 2026-04-16 states no such pair: a URL alone is sent and stored.
    sim = _sim("2026-04-16")
    with sim.client() as client:
        placed = client.orders.create(
            v0416.Order(
                items=[v0416.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)],
                callback_url="https://ex.com/cb",
            )
        )
    assert (placed.callback_url, placed.callback_method) == ("https://ex.com/cb", None)


@pytest.mark.parametrize("name", CALLBACK)
def test_the_sdk_refuses_half_a_callback_pair_sent_as_null(name: str) -> None:
    # {"callback_url": null} alone fails the create schema of 2026-10-22 (both or neither, by
    # the keys the body holds), though it holds no value: refused before anything is sent.
    other = next(n for n in CALLBACK if n != name)
    sim = _sim("2026-10-22")
    with sim.client() as client:
        order = v1022.Order(items=[v1022.DIDOrderItem(sku_id=SEED.sku_us_toll_free)])
        setattr(order, name, None)
        with pytest.raises(
            didww.ClientError,
            match=rf"^Order\.{other} must be sent together with {name}, null as they are, or ",
        ):
            client.orders.create(order)
        assert list(sim.requests) == []
        setattr(order, other, None)  # both null: no callback, as the document allows
        placed = client.orders.create(order)
    body = sim.requests[-1].body
    assert isinstance(body, dict)
    sent = body["data"]["attributes"]
    assert (sent["callback_url"], sent["callback_method"]) == (None, None)
    assert (placed.callback_url, placed.callback_method) == (None, None)


def test_an_update_is_not_judged_by_the_create_groups() -> None:
    sim = _sim("2026-10-22")
    with sim.client() as client:
        placed = client.orders.create(
            v1022.Order(items=[v1022.DIDOrderItem(sku_id=SEED.sku_us_toll_free)])
        )
        placed.external_reference_id = "crm-1"
        assert client.orders.update(placed).external_reference_id == "crm-1"


# -- the simulator answers a raw request -----------------------------------------------------------


def _order(item: dict[str, Any]) -> dict[str, Any]:
    attributes = {"sku_id": SEED.sku_gb_national, **item}
    return {
        "data": {
            "type": "orders",
            "attributes": {"items": [{"type": "did_order_items", "attributes": attributes}]},
        }
    }


ITEM = "/data/attributes/items/0/attributes"


def test_the_simulator_refuses_a_did_order_item_outside_its_group() -> None:
    sim = _sim("2026-10-22")
    answer = _post(
        sim, "/orders", _order({"qty": 1, "did_reservation_id": "r", "available_did_id": "a"})
    )
    choice = "send at most one of qty, did_reservation_id or available_did_id"
    assert _refusals(answer) == [
        (
            f"{ITEM}/did_reservation_id",
            f"did_reservation_id - cannot be sent together with qty: {choice}",
        ),
        (
            f"{ITEM}/available_did_id",
            f"available_did_id - cannot be sent together with qty: {choice}",
        ),
    ]
    sim = _sim("2026-04-16")
    seeded = len(sim.resources("orders"))
    answer = _post(sim, "/orders", _order({}))
    assert _refusals(answer) == [
        (
            f"{ITEM}/qty",
            "qty - is missing, and so are did_reservation_id and available_did_id: send exactly "
            "one of them",
        )
    ]
    assert len(sim.resources("orders")) == seeded


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_the_simulator_refuses_an_emergency_verification_with_both(version: str) -> None:
    sim = _sim(version)
    relationships = {
        "address": {"data": {"type": "addresses", "id": SEED.address}},
        "dids": {"data": [{"type": "dids", "id": SEED.did_us}]},
        "emergency_calling_service": {
            "data": {"type": "emergency_calling_services", "id": SEED.emergency_calling_service}
        },
    }
    body = {"data": {"type": "emergency_verifications", "relationships": relationships}}
    answer = _post(sim, "/emergency_verifications", body)
    assert _refusals(answer) == [
        (
            "/data/relationships/emergency_calling_service",
            "emergency_calling_service - cannot be sent together with dids: send exactly one of "
            "dids or emergency_calling_service",
        )
    ]
    del relationships["emergency_calling_service"], relationships["dids"]
    answer = _post(sim, "/emergency_verifications", body)
    ((pointer, detail),) = _refusals(answer)
    assert pointer == "/data/relationships/dids" and "send exactly one of them" in detail
    assert sim.resources("emergency_verifications") == []


def test_the_simulator_refuses_a_validation_of_nothing() -> None:
    sim = _sim("2026-04-16")
    requirement = {"type": "address_requirements", "id": SEED.address_requirement_gb_london}
    body = {
        "data": {
            "type": "address_requirement_validations",
            "relationships": {
                "address_requirement": {"data": requirement},
                "identity": {"data": None},
            },
        }
    }
    answer = _post(sim, "/address_requirement_validations", body)
    assert _refusals(answer) == [
        (
            "/data/relationships/identity",
            "identity - is missing, and so is address: send at least one of them",
        )
    ]


# -- the spec ----------------------------------------------------------------------------------


RELATIONSHIPS = "relationships:\n"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("- exactly_one_of: [name]\n", "exactly_one_of needs at least two names"),
        ("- at_most_one_of: [name, nowhere]\n", "condition names unknown 'nowhere'"),
        ("- at_least_one_of: [name, count]\n", "condition names read-only 'count'"),
        ("- all_or_none_of: [name, name]\n", "lists a value twice"),
        ("- exactly_one_of: [name, tags]\n  at_most_one_of: [name, tags]\n", "has one key"),
        ("- when: {attribute: name}\n  require: [tags]\n", "missing 'not_equals'"),
        # when conditions (see tests/testing/test_resource_conditions.py)
        ("- when: {attribute: enabled, equals: true}\n  require: [count]\n", "read-only 'count'"),
        ("- when: {attribute: enabled, equals: true}\n  refuse: [nowhere]\n", "unknown 'nowhere'"),
        ("- when: {attribute: account, equals: x}\n  refuse: [tags]\n", "which is no attribute"),
        ("- when: {attribute: enabled, equals: true}\n", "needs require or refuse"),
        ("- when: {attribute: enabled, equals: true}\n  refuse: [enabled]\n", "'enabled' twice"),
        (
            "- when: {attribute: enabled, equals: true}\n  require: [tags]\n  refuse: [tags]\n",
            "'tags' twice",
        ),
        ("- when: {attribute: color, equals: mauve}\n  refuse: [tags]\n", "not a value of enum"),
        ("- when: {attribute: enabled, equals: null}\n  refuse: [tags]\n", "is not nullable"),
        ("- when: {attribute: enabled, equals: 1}\n  refuse: [tags]\n", "is not true or false"),
        ("- bound: {attribute: count, at_least: count}\n", "a condition is when, or one of"),
    ],
)
def test_the_loader_refuses_a_resource_condition_it_cannot_apply(
    tmp_path: Path, entry: str, message: str
) -> None:
    root = _copy_spec(tmp_path)
    _edit(root, "resources/widgets.yaml", RELATIONSHIPS, f"conditions:\n{entry}{RELATIONSHIPS}")
    with pytest.raises(SpecError, match=message):
        load_spec(root)


def widgets_with_conditions(tmp_path: Path, conditions: str) -> tuple[Path, Spec, Spec, str]:
    """A golden spec copy whose widgets gain ``conditions`` (a YAML block): the copy, the spec
    before and after, and the generated widgets model."""
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    _edit(root, "resources/widgets.yaml", RELATIONSHIPS, conditions + RELATIONSHIPS)
    new = load_spec(root)
    return root, old, new, render(new)["models/widgets.py"]


def test_groups_reach_the_model_the_catalog_the_docs_and_the_diff(tmp_path: Path) -> None:
    group = "conditions:\n- exactly_one_of: [name, account]\n"
    root, old, new, model = widgets_with_conditions(tmp_path, group)
    files = render(new)
    assert "from didww._conditions import Group\n" in model
    assert '_CONDITIONS = (Group("exactly_one", ("name", "account")),)' in model
    assert "A create sends exactly one of `name` or `account`: the SDK refuses one that" in model
    assert 'conditions=(Group("exactly_one", ("name", "account")),),' in files["catalog.py"]
    page = render_docs([("2030-01-02", new)])["2030-01-02/resources/widgets.md"]
    assert "- A create sends exactly one of `name` or `account`: the SDK refuses one" in page
    text = changelog(old, new)
    assert "**BREAKING**: widgets: new condition: sends exactly one of `name` or `account`" in text
    # Exactly one becoming at most one takes every request it took: not breaking.
    wider = "conditions:\n- at_most_one_of: [name, account]\n"
    _edit(root, "resources/widgets.yaml", group, wider)
    text = changelog(new, load_spec(root))
    assert "- widgets: new condition: sends at most one of `name` or `account`\n" in text
    assert "widgets: condition dropped: sends exactly one of `name` or `account`\n" in text
    assert "**BREAKING**: widgets" not in text


def test_a_group_whose_names_only_change_order_is_no_change(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    group = "conditions:\n- exactly_one_of: [name, account]\n"
    _edit(root, "resources/widgets.yaml", RELATIONSHIPS, group + RELATIONSHIPS)
    old = load_spec(root)
    _edit(root, "resources/widgets.yaml", group, "conditions:\n- exactly_one_of: [account, name]\n")
    assert "condition" not in changelog(old, load_spec(root))
