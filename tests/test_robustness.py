"""Whatever the API sends, only the SDK's own exceptions come out.

A seeded generator mutates real documents (types swapped, members dropped, values of the wrong
JSON type, junk in included and relationships) and every model of the result is read in full.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest

import didww
from didww._document import decode_document
from tests.support import fixture

JUNK: list[Any] = [None, 0, -1, 3.5, True, "", "x", [], {}, [1, "a"], {"type": 5}, {"data": 7}]


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
        value = getattr(model, name)
        if isinstance(value, didww.NestedObject):
            repr(value)
        if isinstance(value, list):
            for item in value:
                if isinstance(item, didww.NestedObject):
                    repr(item)
    for name, rel in type(model)._RELATIONSHIPS.items():
        related = getattr(model, name)
        for item in related if rel.to_many else [related]:
            _read_everything(item, seen)
    model.is_dirty()
    model._document(creating=False)


def _decode_mutated(seed: int) -> bool:
    """Decode one mutated document and read it all; False when it was refused with DecodeError."""
    rng = random.Random(seed)
    doc = _mutate(fixture("responses/did_with_includes.json"), rng)
    try:
        result = decode_document(json.dumps(doc).encode(), 200, many=False, expected_type="dids")
    except didww.DidwwError:
        return False
    _read_everything(result.data, set())
    return True


@pytest.mark.parametrize("seed", range(300))
def test_mutated_documents_never_leak_raw_exceptions(seed: int) -> None:
    _decode_mutated(seed)


def test_most_mutated_documents_still_decode() -> None:
    # Guards the test above: if the mutations broke every document, it would prove nothing.
    decoded = sum(_decode_mutated(seed) for seed in range(300))
    assert decoded > 150


@pytest.mark.parametrize("seed", range(100))
def test_mutated_bytes_never_leak_raw_exceptions(seed: int) -> None:
    rng = random.Random(seed)
    body = bytearray(json.dumps(fixture("responses/did_with_includes.json")).encode())
    for _ in range(rng.randint(1, 8)):
        body[rng.randrange(len(body))] = rng.randrange(256)
    try:
        result = decode_document(bytes(body), 200, many=False, expected_type="dids")
    except didww.DidwwError:
        return
    _read_everything(result.data, set())
