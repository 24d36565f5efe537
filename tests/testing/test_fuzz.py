"""Random request bodies never make the simulator fail with a 500 or a malformed error document."""

from __future__ import annotations

import json
import os
import random
from typing import Any

import httpx
import pytest

from didww.testing import Simulator
from didww.v2026_04_16.catalog import RESOURCES

JUNK: list[Any] = [None, 0, -3, 2.5, True, "", "abc", [], {}, [1, "x"], {"a": 1}]
SCALE = max(1, int(os.environ.get("DIDWW_FUZZ_SCALE", "1")))  # DIDWW_FUZZ_SCALE=10: ten times
WRITABLE = sorted(r.type for r in RESOURCES.values() if {"create", "update"} & set(r.operations))


def _junk_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth < 3 and roll < 0.2:
        return {rng.choice(["type", "id", "attributes", "data", "x"]): _junk_value(rng, depth + 1)}
    if depth < 3 and roll < 0.3:
        return [_junk_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return rng.choice(JUNK)


def _body(rng: random.Random, info: Any, id_: str | None) -> Any:
    if rng.random() < 0.1:
        return _junk_value(rng)
    attributes = {a.name: _junk_value(rng) for a in info.attributes if rng.random() < 0.5}
    relationships = {
        r.name: {"data": _junk_value(rng)} for r in info.relationships if rng.random() < 0.3
    }
    data: dict[str, Any] = {"type": info.type if rng.random() < 0.9 else "other"}
    if id_ is not None:
        data["id"] = id_
    if attributes:
        data["attributes"] = attributes
    if relationships:
        data["relationships"] = relationships
    return {"data": data}


@pytest.mark.parametrize("seed", range(120 * SCALE))
def test_random_writes_get_json_api_answers(seed: int) -> None:
    rng = random.Random(seed)
    sim = Simulator()
    info = RESOURCES[WRITABLE[seed % len(WRITABLE)]]
    with httpx.Client(
        transport=sim.transport(),
        base_url="http://sim.test/v3",
        headers={"Api-Key": sim.api_key, "Content-Type": "application/vnd.api+json"},
    ) as http:
        if "update" in info.operations and rng.random() < 0.5:
            listed = http.get(info.path).json()["data"] if "list" in info.operations else []
            id_ = listed[0]["id"] if listed else "missing-id"
            answer = http.patch(f"{info.path}/{id_}", content=json.dumps(_body(rng, info, id_)))
        else:
            answer = http.post(info.path, content=json.dumps(_body(rng, info, None)))
    assert answer.status_code in (200, 201, 400, 404, 405, 422), answer.text
    if answer.status_code >= 400:
        errors = answer.json()["errors"]
        assert errors and all(
            isinstance(e.get(k), str) for e in errors for k in ("title", "detail", "code", "status")
        )
