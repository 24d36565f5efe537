"""Whatever the API sends, only the SDK's own exceptions come out, and no secret is shown.

A seeded generator mutates real documents (types swapped, members dropped, values of the wrong
JSON type, junk in included and relationships) and every model of the result is read in full.
A second generator sends whole answers through both clients: deep nesting, primary data of other
types, lying Content-Encoding, unusable ``links.next``, error statuses whose texts echo the API
key. ``DIDWW_FUZZ_SCALE=10`` runs ten times the seeds.
"""

from __future__ import annotations

import copy
import gzip
import json
import os
import random
from typing import Any

import anyio
import httpx
import pytest

import didww
from didww._document import decode_document
from didww.v2026_04_16._registry import REGISTRY
from tests.support import fixture

JUNK: list[Any] = [None, 0, -1, 3.5, True, "", "x", [], {}, [1, "a"], {"type": 5}, {"data": 7}]
SCALE = max(1, int(os.environ.get("DIDWW_FUZZ_SCALE", "1")))
API_KEY = "fuzz-secret-key-0042"


def _mutate(value: Any, rng: random.Random, depth: int = 0) -> Any:
    # The top two levels (document, resource object) stay mostly intact so that most mutated
    # documents still decode and their models get read.
    if rng.random() < (0.02 if depth < 2 else 0.12):
        return copy.deepcopy(rng.choice(JUNK))
    if isinstance(value, dict) and depth < 8:
        out = {}
        for key, item in value.items():
            if rng.random() < 0.08:
                continue  # drop a member
            out[key] = _mutate(item, rng, depth + 1)
        return out
    if isinstance(value, list) and depth < 8:
        return [_mutate(item, rng, depth + 1) for item in value]
    return value


def _read_everything(model: Any, seen: set[int]) -> None:
    if id(model) in seen or not isinstance(model, didww.Resource):
        return
    seen.add(id(model))
    repr(model)
    for name in type(model)._ATTRIBUTES:
        if not model.is_loaded(name):
            with pytest.raises(didww.NotLoadedError):
                getattr(model, name)
            continue
        try:
            value = getattr(model, name)
        except didww.DecodeError:
            continue  # a value not of its field's type: named at its read, our own error
        if isinstance(value, didww.NestedObject):
            repr(value)
        if isinstance(value, list):
            for item in value:
                if isinstance(item, didww.NestedObject):
                    repr(item)
    for name, rel in type(model)._RELATIONSHIPS.items():
        if not model.is_loaded(name):
            with pytest.raises(didww.NotLoadedError):
                getattr(model, name)
            continue
        try:
            related = getattr(model, name)
        except didww.DecodeError:
            continue  # linkage not of the relationship's shape: named at its read
        for item in related if rel.to_many else [related]:
            _read_everything(item, seen)
    model.is_dirty()
    model._document(creating=False)


def _decode_mutated(seed: int) -> bool:
    """Decode one mutated document and read it all; False when it was refused with DecodeError."""
    rng = random.Random(seed)
    doc = _mutate(fixture("responses/did_with_includes.json"), rng)
    try:
        result = decode_document(
            json.dumps(doc).encode(), 200, many=False, expected_type="dids", registry=REGISTRY
        )
    except didww.DidwwError:
        return False
    _read_everything(result.data, set())
    return True


@pytest.mark.parametrize("seed", range(300 * SCALE))
def test_mutated_documents_never_leak_raw_exceptions(seed: int) -> None:
    _decode_mutated(seed)


def test_most_mutated_documents_still_decode() -> None:
    # Guards the test above: if the mutations broke every document, it would prove nothing.
    decoded = sum(_decode_mutated(seed) for seed in range(300 * SCALE))
    assert decoded > 150 * SCALE


@pytest.mark.parametrize("seed", range(100 * SCALE))
def test_mutated_bytes_never_leak_raw_exceptions(seed: int) -> None:
    rng = random.Random(seed)
    body = bytearray(json.dumps(fixture("responses/did_with_includes.json")).encode())
    for _ in range(rng.randint(1, 8)):
        body[rng.randrange(len(body))] = rng.randrange(256)
    try:
        result = decode_document(
            bytes(body), 200, many=False, expected_type="dids", registry=REGISTRY
        )
    except didww.DidwwError:
        return
    _read_everything(result.data, set())


# -- whole answers through both clients --------------------------------------------------------

_HOSTILE_TYPES = ["voice_in_trunks", "orders", "unknown_things", 5, None, ""]
_HOSTILE_LINKS = [
    "http://sim.test/v3/dids?page[number]=2\x00",
    "http://[::1/v3/dids",
    "https://elsewhere.example/v3/dids?page[number]=2",
    "http://sim.test/v3/dids?page[number]=abc",
    7,
    None,
]


def _nest(rng: random.Random) -> bytes:
    depth = rng.choice([100, 2_000, 40_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a":', b"}")])
    return opener * depth + b"1" + closer * depth


def _hostile_answer(seed: int) -> httpx.Response:
    """One hostile answer to ``GET /dids``: a status, headers and a body built from ``seed``."""
    rng = random.Random(seed)
    doc = _mutate(fixture("responses/did_with_includes.json"), rng)
    data = doc.get("data") if isinstance(doc, dict) else None
    listing: dict[str, Any] = {"data": [data, copy.deepcopy(data)] if data is not None else []}
    for item in listing["data"]:
        if isinstance(item, dict) and rng.random() < 0.3:
            item["type"] = rng.choice(_HOSTILE_TYPES)
    if rng.random() < 0.4:
        listing["links"] = {"next": rng.choice(_HOSTILE_LINKS)}
    if isinstance(doc, dict) and "included" in doc:
        listing["included"] = doc["included"]
    body = json.dumps(listing).encode()
    status = 200
    roll = rng.random()
    if roll < 0.2:
        body = _nest(rng)
    elif roll < 0.35:
        status = rng.choice([400, 401, 403, 404, 422, 429, 500, 503])
        echo = {"detail": f"Api-Key {API_KEY} refused", "title": API_KEY, "meta": {"k": API_KEY}}
        body = json.dumps({"errors": [echo, rng.choice(JUNK)]}).encode()
    elif roll < 0.45:
        body = f"<html>{API_KEY}</html>".encode()
    headers = {"Content-Type": "application/vnd.api+json"}
    encoding = rng.random()
    if encoding < 0.15:
        headers["Content-Encoding"] = "gzip"  # a lie
    elif encoding < 0.25:
        headers["Content-Encoding"] = "gzip"
        body = gzip.compress(body)
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


def _check_error(error: didww.DidwwError) -> None:
    shown = [str(error), repr(error)]
    if isinstance(error, didww.APIError):
        shown += [repr(e) for e in error.errors]
    if isinstance(error, didww.DecodeError):
        shown.append(error.body_snippet)
    assert not any(API_KEY in text for text in shown), shown


def _fuzz_sync(seed: int) -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda request: _hostile_answer(seed)))
    with didww.Client(
        api_key=API_KEY, http_client=http, max_retries=0, base_url="http://sim.test/v3"
    ) as client:
        try:
            seen: set[int] = set()
            for did in client.dids.iter(page_size=2):
                _read_everything(did, seen)
        except didww.DidwwError as exc:
            _check_error(exc)


def _fuzz_async(seed: int) -> None:
    async def main() -> None:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(lambda request: _hostile_answer(seed))
        )
        async with didww.AsyncClient(
            api_key=API_KEY, http_client=http, max_retries=0, base_url="http://sim.test/v3"
        ) as client:
            try:
                seen: set[int] = set()
                async for did in client.dids.iter(page_size=2):
                    _read_everything(did, seen)
            except didww.DidwwError as exc:
                _check_error(exc)

    anyio.run(main)


@pytest.mark.parametrize("seed", range(150 * SCALE))
def test_hostile_answers_through_both_clients(seed: int) -> None:
    _fuzz_sync(seed)
    _fuzz_async(seed)
