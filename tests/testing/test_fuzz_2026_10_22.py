"""Random writes and random credentials against a 2026-10-22 simulator never get a 500 or a
malformed answer: SMS trunk configurations of every kind with junk settings, any resource's
document, and ``Authorization`` headers that are anything but a token."""

from __future__ import annotations

import base64
import json
import os
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from didww.testing import ManualClock, Simulator
from didww.v2026_10_22.catalog import RESOURCES, UNIONS

SCALE = max(1, int(os.environ.get("DIDWW_FUZZ_SCALE", "1")))
JUNK: list[Any] = [None, 0, -1, 99999, 2.5, True, "", "x" * 120, "get", "json", [], {}, ["a"]]
WRITABLE = sorted(r.type for r in RESOURCES.values() if {"create", "update"} & set(r.operations))
KINDS = ["sms_to_email", "http_in", "http_out", "smpp_esme", "smpp_smsc", "other"]
assert len(UNIONS["SmsTrunkConfiguration"]) == len(KINDS) - 1


def junk(rng: random.Random, depth: int = 0) -> Any:
    if depth < 2 and rng.random() < 0.2:
        return {rng.choice(["type", "id", "attributes", "data"]): junk(rng, depth + 1)}
    return rng.choice(JUNK)


def configuration(rng: random.Random) -> Any:
    names = ["send_to", "subject", "message", "url", "http_method", "body_type", "body",
             "headers", "allowed_ips", "server_location", "host", "system_id", "password",
             "tx_port", "auth_name", "system_type"]  # fmt: skip
    attributes = {n: junk(rng) for n in names if rng.random() < 0.4}
    return {"type": rng.choice(KINDS), "attributes": attributes}


def document(rng: random.Random, type_: str, id_: str | None) -> dict[str, Any]:
    info = RESOURCES[type_]
    attributes = {a.name: junk(rng) for a in info.attributes if rng.random() < 0.4}
    if type_ == "sms_trunks" and rng.random() < 0.8:
        attributes["configuration"] = configuration(rng)
        attributes.setdefault("name", "fuzz")
    relationships = {r.name: {"data": junk(rng)} for r in info.relationships if rng.random() < 0.2}
    data: dict[str, Any] = {"type": type_, "attributes": attributes}
    if relationships:
        data["relationships"] = relationships
    if id_ is not None:
        data["id"] = id_
    return {"data": data}


def check(answer: httpx.Response) -> None:
    assert answer.status_code in (200, 201, 204, 400, 401, 403, 404, 405, 422), answer.text
    if answer.status_code >= 400 and answer.content:
        errors = answer.json()["errors"]
        assert errors and all(
            isinstance(e.get(k), str) for e in errors for k in ("title", "detail", "code", "status")
        )


@pytest.mark.parametrize("seed", range(150 * SCALE))
def test_random_writes_get_json_api_answers(seed: int) -> None:
    rng = random.Random(seed)
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    type_ = "sms_trunks" if seed % 2 else WRITABLE[seed % len(WRITABLE)]
    info = RESOURCES[type_]
    with httpx.Client(
        transport=sim.transport(),
        base_url="http://sim.test/v3",
        headers={
            "Authorization": f"Bearer {sim.issue_token()}",
            "Content-Type": "application/vnd.api+json",
        },
    ) as http:
        # An SMS trunk to update, of a random kind, when one can be made.
        made = http.post("/sms_trunks", json=document(rng, "sms_trunks", None))
        check(made)
        existing = made.json()["data"]["id"] if made.status_code == 201 else "missing"
        if type_ == "sms_trunks" and "update" in info.operations and rng.random() < 0.5:
            body = document(rng, type_, existing)
            check(http.patch(f"/sms_trunks/{existing}", content=json.dumps(body)))
        elif "create" in info.operations:
            check(http.post(info.path, content=json.dumps(document(rng, type_, None))))
        # Whatever was accepted, the lists still render.
        for path, include in (("/sms_trunks", "incoming_dids"), ("/dids", "sms_trunk")):
            assert http.get(path, params={"include": include}).status_code == 200


def _b64(value: bytes) -> str:
    return base64.urlsafe_b64encode(value).rstrip(b"=").decode()


@pytest.mark.parametrize("seed", range(60 * SCALE))
def test_random_credentials_get_a_401_never_a_500(seed: int) -> None:
    rng = random.Random(seed)
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    real = sim.issue_token()
    parts = real.split(".")
    pieces: list[Callable[[], str]] = [
        lambda: _b64(rng.randbytes(rng.randint(0, 40))),
        lambda: _b64(json.dumps(junk(rng)).encode()),
        lambda: rng.choice(parts),
        lambda: "",
        lambda: "%%%",
        lambda: _b64(b'{"alg":"none"}'),
        lambda: "\u00e9\u00e8",
    ]
    token = ".".join(rng.choice(pieces)() for _ in range(rng.randint(1, 4)))
    if token == real:  # pragma: no cover - astronomically unlikely
        return
    scheme = rng.choice(["Bearer", "bearer", "BEARER", "Basic", "", "Token"])
    header = f"{scheme} {token}".strip().encode()
    with httpx.Client(transport=sim.transport(), base_url="http://sim.test/v3") as http:
        answer = http.request(
            rng.choice(["GET", "POST", "PATCH", "DELETE"]),
            rng.choice(["/dids", "/sms_trunks", "/balance", f"/sms_trunks/{seed}"]),
            headers={b"Authorization": header},
            json={"data": {"type": "sms_trunks"}},
        )
    check(answer)
    assert answer.status_code in (401, 404, 405), answer.text
    if answer.status_code == 401:
        assert answer.headers["www-authenticate"].startswith('Bearer realm="DIDWW API"')
