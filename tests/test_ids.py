"""Ids are data, never paths: what reaches a loopback server is exactly one path segment.

Every repository operation that puts an id into a URL (find, update, delete), sync and async, is
run against a real HTTP server on 127.0.0.1. A hostile id is refused with ``ClientError`` naming
the operation and nothing reaches the server; any other id arrives as one percent-encoded segment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import pytest

import didww
from didww.v2026_04_16.catalog import RESOURCES
from tests.transport.faultserver import FaultServer, Received, respond
from tests.transport.support import KINDS, run

HOSTILE_IDS = [
    "",
    ".",
    "..",
    "../orders/5f3d",
    "a/b",
    "a\\b",
    "a?x=1",
    "a#b",
    "a b",
    " a",
    "a\t",
    "a\nb",
    "a\r\nX-Injected: 1",
    "a\x00b",
    "a\x7fb",
    "a\u2028b",  # a Unicode line separator
    "a\u00a0b",  # a no-break space
]

# Odd but harmless ids and the one segment each must become on the wire.
ENCODED_IDS = [
    ("3b0a8c52-6e5c-4d5f-9d1e-1f1f1f1f1f1f", "3b0a8c52-6e5c-4d5f-9d1e-1f1f1f1f1f1f"),
    ("a%2Fb", "a%252Fb"),
    ("%2e%2e", "%252e%252e"),
    ("a;b=c", "a%3Bb%3Dc"),
    ("ünï", "%C3%BCn%C3%AF"),
    ("a:b@c", "a%3Ab%40c"),
]

_WRITABLE_SAMPLES = {"string": "changed", "integer": 1, "boolean": True}


def _cases(operation: str) -> list[str]:
    if operation == "wait":  # the repositories that have it; they poll with find's GET
        client = didww.Client(api_key="k")
        repositories = [
            (r.type, getattr(client, _segment(r.type), None)) for r in RESOURCES.values()
        ]
        return sorted(t for t, repository in repositories if hasattr(repository, "wait"))
    return sorted(
        r.type for r in RESOURCES.values() if operation in r.operations and not r.singleton
    )


def _segment(type_: str) -> str:
    return RESOURCES[type_].path.rsplit("/", 1)[-1]


def _model(type_: str, id: str) -> Any:
    """A model with one writable scalar attribute changed, so that update has something to send.

    Made as an answer's model is, without judging its id: one built with such an id is refused
    when built (see below), and the path must refuse it all the same when the id comes from an
    answer."""
    info = RESOURCES[type_]
    model = getattr(didww, info.class_name)._id_only(id)
    attribute = next(
        a for a in info.attributes if a.access == "writable" and a.type in _WRITABLE_SAMPLES
    )
    setattr(model, attribute.name, _WRITABLE_SAMPLES[attribute.type])
    return model


def _operation(client: Any, type_: str, operation: str) -> Any:
    repository = getattr(client, _segment(type_))
    if operation == "update":
        return lambda id: repository.update(_model(type_, id))
    return getattr(repository, operation)


def _refusals(type_: str, operation: str, ids: list[str]) -> Any:
    """Runs the operation with each id on one client; returns each ClientError message."""

    def sync(client: Any) -> list[str]:
        messages = []
        call = _operation(client, type_, operation)
        for id in ids:
            try:
                call(id)
            except didww.ClientError as exc:
                messages.append(str(exc))
            else:
                messages.append(f"no error for {id!r}")
        return messages

    async def asynchronous(client: Any) -> list[str]:
        messages = []
        call = _operation(client, type_, operation)
        for id in ids:
            try:
                await call(id)
            except didww.ClientError as exc:
                messages.append(str(exc))
            else:
                messages.append(f"no error for {id!r}")
        return messages

    return sync, asynchronous


def _sends(type_: str, operation: str, ids: list[str]) -> Any:
    def sync(client: Any) -> None:
        call = _operation(client, type_, operation)
        for id in ids:
            call(id)

    async def asynchronous(client: Any) -> None:
        call = _operation(client, type_, operation)
        for id in ids:
            await call(id)

    return sync, asynchronous


def _run(kind: str, pair: Any, url: str) -> Any:
    sync, asynchronous = pair
    return run(kind, sync if kind == "sync" else asynchronous, base_url=url)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as server:

        def answer(received: Received) -> Any:
            if received.method == "DELETE":
                return respond(204, b"")
            type_ = next(
                r.type for r in RESOURCES.values() if received.path.startswith("/v3" + r.path + "/")
            )
            # The id asked for, as the API answers: an answer about another is refused.
            id = unquote(received.path.rpartition("/")[2])
            return respond(200, {"data": {"type": type_, "id": id}})

        server.default = answer
        yield server


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("type_", "operation"),
    [(t, op) for op in ("find", "update", "delete", "wait") for t in _cases(op)],
)
def test_a_hostile_id_is_refused_before_anything_is_sent(
    kind: str, type_: str, operation: str, server: FaultServer
) -> None:
    messages = _run(kind, _refusals(type_, operation, HOSTILE_IDS), server.url)
    for id, message in zip(HOSTILE_IDS, messages, strict=True):
        assert message.startswith(f"{_segment(type_)}.{operation}: "), (id, message)
    assert server.received == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", ["find", "update", "delete"])
@pytest.mark.parametrize("type_", ["voice_in_trunks", "identities"])
def test_an_id_arrives_as_exactly_one_segment(
    kind: str, operation: str, type_: str, server: FaultServer
) -> None:
    _run(kind, _sends(type_, operation, [id for id, _ in ENCODED_IDS]), server.url)
    paths = [(r.method, r.path) for r in server.received]
    method = {"find": "GET", "update": "PATCH", "delete": "DELETE"}[operation]
    assert paths == [(method, f"/v3/{_segment(type_)}/{segment}") for _, segment in ENCODED_IDS]


@pytest.mark.parametrize("kind", KINDS)
def test_the_path_traversal_from_the_issue_never_reaches_orders(
    kind: str, server: FaultServer
) -> None:
    def cancel(client: Any) -> Any:
        return client.voice_in_trunks.delete("../orders/5f3d")

    with pytest.raises(
        didww.ClientError, match=r"voice_in_trunks\.delete: the id '\.\./orders/5f3d' contains '/'"
    ):
        run(kind, cancel, base_url=server.url)
    assert server.received == []


def test_an_id_that_is_not_a_string_is_refused() -> None:
    with (
        didww.Client(api_key="k", base_url="http://127.0.0.1:9/v3") as client,
        pytest.raises(didww.ClientError, match=r"dids\.find: an id must be a string, got int"),
    ):
        client.dids.find(5)  # type: ignore[arg-type]


@pytest.mark.parametrize("id", ["a/b", " ", "trunk 1", "x?y", "..", "tab\there"])
def test_a_relationship_id_is_held_to_the_rule_of_a_path_s_id(id: str) -> None:
    # What can be no id in a path can be none in a body: before, it was sent, and the API
    # answered that no such resource exists.
    did = didww.DID("d1")
    with pytest.raises(didww.ClientError, match=r"^DID\.voice_in_trunk_id: "):
        did.voice_in_trunk_id = id
    group = didww.VoiceInTrunkGroup("g1")
    with pytest.raises(didww.ClientError, match=r"^VoiceInTrunkGroup\.voice_in_trunk_ids: "):
        group.voice_in_trunk_ids = ["ok-1", id]
    # Nothing was assigned: neither update would send a relationship.
    assert did._document(creating=False)["data"].get("relationships") is None
    assert group._document(creating=False)["data"].get("relationships") is None


@pytest.mark.parametrize("id", ["", "a/b", " ", "sku 1", "#1"])
@pytest.mark.parametrize("version", [didww.v2026_04_16, didww.v2026_10_22])
def test_an_id_held_in_an_attribute_is_held_to_the_same_rule(id: str, version: Any) -> None:
    # An order item's sku_id "" passed the required check and drew the API's 400; "a/b" was
    # sent, and named nothing the API has.
    with pytest.raises(didww.ClientError, match=r"^DIDOrderItem\.sku_id: (an|the) id"):
        version.DIDOrderItem(sku_id=id, qty=1)
    item = version.CapacityOrderItem(qty=1)
    with pytest.raises(didww.ClientError, match=r"^CapacityOrderItem\.capacity_pool_id: "):
        item.capacity_pool_id = id
    assert not item.is_loaded("capacity_pool_id")


def test_an_id_attribute_of_an_answer_is_read_as_it_came() -> None:
    # Reading never refuses: an odd id from the API is the API's.
    order = didww.Order.from_json(
        {
            "type": "orders",
            "id": "o1",
            "attributes": {
                "items": [{"type": "did_order_items", "attributes": {"did_group_id": "a b"}}]
            },
        }
    )
    (item,) = order.items
    assert isinstance(item, didww.DIDOrderItem)
    assert item.did_group_id == "a b"


@pytest.mark.parametrize("id", ["", "a/b", " ", "x#1"])
def test_a_model_built_with_an_id_that_is_no_id_is_refused(id: str) -> None:
    # Built, it went into other models' relationships as it was (a path refused it only when
    # the model itself was sent).
    with pytest.raises(didww.ClientError, match=r"^VoiceInTrunk: (an|the) id"):
        didww.VoiceInTrunk(id)
    with pytest.raises(didww.ClientError, match=r"^GenericResource: (an|the) id"):
        didww.GenericResource("things", id)


def test_a_model_an_answer_links_to_keeps_its_id_whatever_it_is() -> None:
    # Ids the API gives are its own: reading never refuses them.
    did = didww.DID.from_json(
        {
            "type": "dids",
            "id": "d1",
            "relationships": {
                "voice_in_trunk": {"data": {"type": "voice_in_trunks", "id": "a b"}},
                "capacity_pool": {"data": {"type": "newer_things", "id": ""}},
            },
        }
    )
    assert did.voice_in_trunk_id == "a b"
    trunk = did.voice_in_trunk
    assert isinstance(trunk, didww.VoiceInTrunk) and trunk.id == "a b"
