"""``callback_url`` and ``callback_method`` as each API version checks them.

The 2026-10-22 document allows only http and https, takes a URL without a scheme as http (the
simulator stores it with ``http://``), and refuses a ``callback_url`` or ``callback_method`` sent
without the other; the simulator answers those 422 with a pointer, and stores nothing. The
2026-04-16 document says none of this, so its simulator keeps any string, with or without a
method. Checked on every resource whose catalog has the pair (and the scheme on voice OUT trunks,
whose ``callback_url`` stands alone), through raw requests and through the SDK's clients."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_10_22 as v1022
from didww.testing import SEED, ManualClock, Simulator
from didww.testing._versions import surface
from tests.testing.conftest import CallbackReceiver
from tests.testing.raw_requests import JSON_API, raw_client

CHECKED = "2026-10-22"
"""The version that checks callback URLs; the other one keeps what it is given."""
VERSIONS = sorted({CHECKED, "2026-04-16"})
PERIOD = {"from": "2026-04-01 00:00:00", "to": "2026-04-10 00:00:00"}
URL, METHOD = "/data/attributes/callback_url", "/data/attributes/callback_method"

BODIES: dict[str, dict[str, Any]] = {
    "orders": {
        "attributes": {
            "items": [
                {
                    "type": "did_order_items",
                    "attributes": {"sku_id": SEED.sku_us_toll_free, "qty": 1},
                }
            ]
        }
    },
    "exports": {"attributes": {"export_type": "cdr_in", "filters": PERIOD}},
    "address_verifications": {
        "relationships": {
            "address": {"data": {"type": "addresses", "id": SEED.address_gb}},
            "dids": {"data": [{"type": "dids", "id": SEED.did_gb}]},
        }
    },
    "emergency_verifications": {
        "relationships": {
            "address": {"data": {"type": "addresses", "id": SEED.address}},
            "emergency_calling_service": {
                "data": {"type": "emergency_calling_services", "id": SEED.emergency_calling_service}
            },
        }
    },
}
"""A valid create of each resource with the pair, before its callback members are added."""
PAIRED = sorted(BODIES)


@pytest.fixture(params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sim(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock())


@pytest.fixture
def raw(sim: Simulator[Any, Any]) -> Iterator[httpx.Client]:
    """Raw JSON:API requests with whatever credentials the version takes."""
    with raw_client(sim, headers=JSON_API) as client:
        yield client


def document(type_: str, callback: dict[str, Any], body: dict[str, Any] | None = None) -> Any:
    """A create of ``type_`` (``body``, or its entry in :data:`BODIES`) with ``callback`` added to
    its attributes."""
    data = json.loads(json.dumps(BODIES[type_] if body is None else body))
    data.setdefault("attributes", {}).update(callback)
    return {"data": {"type": type_, **data}}


def create(raw: httpx.Client, type_: str, callback: dict[str, Any]) -> httpx.Response:
    return raw.post(f"/{type_}", content=json.dumps(document(type_, callback)))


def created(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 201, answer.text
    attributes: dict[str, Any] = answer.json()["data"]["attributes"]
    return attributes


def refusals(answer: httpx.Response) -> list[tuple[str, str]]:
    """(pointer, detail) of each entry of a 422 validation answer."""
    assert answer.status_code == 422, answer.text
    errors = answer.json()["errors"]
    assert {(e["status"], e["code"]) for e in errors} == {("422", "100")}, errors
    return [(e["source"]["pointer"], e["detail"]) for e in errors]


def _null_refused(version: str, type_: str) -> bool:
    """Whether the version's document takes no null for the pair in a create (2026-04-16's
    orders: the catalog's ``null_in_requests``)."""
    info = surface(version).schema.resources[type_]
    attribute = info.attribute("callback_url")
    return attribute is not None and not attribute.null_in_requests


def test_the_pair_is_found_in_each_versions_catalog(version: str) -> None:
    # The rule follows the catalog; these tests cover every resource it finds.
    resources = surface(version).schema.resources
    with_url = {t for t, info in resources.items() if info.attribute("callback_url")}
    assert {t for t in with_url if resources[t].attribute("callback_method")} == set(PAIRED)
    assert with_url - set(PAIRED) == {"voice_out_trunks"}


# -- the scheme ------------------------------------------------------------------------------------


@pytest.mark.parametrize("type_", PAIRED)
def test_a_url_without_a_scheme_is_stored_as_http(
    type_: str, version: str, raw: httpx.Client
) -> None:
    answer = create(raw, type_, {"callback_url": "ex.com/cb", "callback_method": "get"})
    expected = "http://ex.com/cb" if version == CHECKED else "ex.com/cb"
    assert created(answer)["callback_url"] == expected
    read_back = raw.get(f"/{type_}/{answer.json()['data']['id']}").json()["data"]
    assert read_back["attributes"]["callback_url"] == expected


@pytest.mark.parametrize("type_", PAIRED)
def test_another_scheme_is_refused_and_nothing_is_stored(
    type_: str, version: str, sim: Simulator[Any, Any], raw: httpx.Client
) -> None:
    before, balance = sim.resources(type_), sim.balance
    answer = create(raw, type_, {"callback_url": "ftp://ex.com/cb", "callback_method": "post"})
    if version != CHECKED:
        assert created(answer)["callback_url"] == "ftp://ex.com/cb"
        return
    assert refusals(answer) == [(URL, "callback_url - must be an http or https URL, not ftp")]
    assert sim.resources(type_) == before and sim.balance == balance


@pytest.mark.parametrize(
    "callback, missing",
    [
        ({"callback_url": "https://ex.com/cb"}, METHOD),
        ({"callback_url": "https://ex.com/cb", "callback_method": None}, METHOD),
        ({"callback_method": "post"}, URL),
        ({"callback_url": None, "callback_method": "get"}, URL),
    ],
    ids=["url alone", "url, method null", "method alone", "method, url null"],
)
@pytest.mark.parametrize("type_", PAIRED)
def test_one_without_the_other_is_refused_and_nothing_is_stored(
    type_: str,
    callback: dict[str, Any],
    missing: str,
    version: str,
    sim: Simulator[Any, Any],
    raw: httpx.Client,
) -> None:
    before, balance = sim.resources(type_), sim.balance
    answer = create(raw, type_, callback)
    if _null_refused(version, type_) and None in callback.values():
        nulls = sorted(name for name, value in callback.items() if value is None)
        pointers = [(f"/data/attributes/{n}", f"{n} - can't be blank") for n in nulls]
        assert refusals(answer) == pointers
        assert sim.resources(type_) == before and sim.balance == balance
        return
    if version != CHECKED:
        attributes = created(answer)
        assert [attributes["callback_url"], attributes["callback_method"]] == [
            callback.get("callback_url"),
            callback.get("callback_method"),
        ]
        return
    other = "callback_url" if missing == METHOD else "callback_method"
    name = missing.rsplit("/", 1)[1]
    assert refusals(answer) == [(missing, f"{name} - must be sent together with {other}")]
    assert sim.resources(type_) == before and sim.balance == balance


@pytest.mark.parametrize(
    "callback, missing",
    [({"callback_url": None}, METHOD), ({"callback_method": None}, URL)],
    ids=["url null alone", "method null alone"],
)
@pytest.mark.parametrize("type_", PAIRED)
def test_one_sent_as_null_without_the_other_is_refused(
    type_: str,
    callback: dict[str, Any],
    missing: str,
    version: str,
    sim: Simulator[Any, Any],
    raw: httpx.Client,
) -> None:
    # The create schema wants both keys or neither: a null is in the body all the same.
    before, balance = sim.resources(type_), sim.balance
    answer = create(raw, type_, callback)
    if _null_refused(version, type_):
        (sent,) = callback
        assert refusals(answer) == [(f"/data/attributes/{sent}", f"{sent} - can't be blank")]
    elif version != CHECKED:
        attributes = created(answer)
        assert [attributes["callback_url"], attributes["callback_method"]] == [None, None]
        return
    else:
        (sent,) = callback
        name = missing.rsplit("/", 1)[1]
        text = f"{name} - must be sent together with {sent}, null as they are, or none of them sent"
        assert refusals(answer) == [(missing, text)]
    assert sim.resources(type_) == before and sim.balance == balance


@pytest.mark.parametrize(
    "callback",
    [{}, {"callback_url": None, "callback_method": None}],
    ids=["neither", "both null"],
)
@pytest.mark.parametrize("type_", PAIRED)
def test_neither_of_the_pair_is_fine(
    type_: str, callback: dict[str, Any], raw: httpx.Client, version: str
) -> None:
    answer = create(raw, type_, callback)
    if _null_refused(version, type_) and callback:
        assert [p for p, _ in refusals(answer)] == [URL, METHOD]
        return
    attributes = created(answer)
    assert attributes["callback_url"] is None and attributes["callback_method"] is None


def test_every_problem_of_a_create_is_answered_at_once(raw: httpx.Client, version: str) -> None:
    answer = create(raw, "exports", {"callback_url": "ftp://ex.com/cb", "external_reference_id": 7})
    if version != CHECKED:
        assert refusals(answer) == [
            ("/data/attributes/external_reference_id", "external_reference_id - must be a string")
        ]
        return
    assert refusals(answer) == [
        ("/data/attributes/external_reference_id", "external_reference_id - must be a string"),
        (URL, "callback_url - must be an http or https URL, not ftp"),
        (METHOD, "callback_method - must be sent together with callback_url"),
    ]


@pytest.mark.parametrize(
    "given, stored",
    [
        ("https://ex.com/cb", "https://ex.com/cb"),
        ("HTTPS://ex.com/cb?a=1#f", "HTTPS://ex.com/cb?a=1#f"),
        ("http://user:pw@ex.com:8080/cb", "http://user:pw@ex.com:8080/cb"),
        ("localhost:8080/cb", "http://localhost:8080/cb"),
        ("127.0.0.1:9000", "http://127.0.0.1:9000"),
        ("//ex.com/cb", "http://ex.com/cb"),
        ("ex.com", "http://ex.com"),
    ],
)
def test_urls_the_2026_10_22_simulator_accepts(given: str, stored: str) -> None:
    sim = Simulator(api_version=CHECKED, clock=ManualClock())
    with sim.client() as client:
        export = client.exports.create(
            v1022.Export(
                export_type=v1022.enums.ExportType.CDR_IN,
                filters=PERIOD,
                callback_url=given,
                callback_method=v1022.enums.CallbackMethod.POST,
            )
        )
    assert export.callback_url == stored


@pytest.mark.parametrize(
    "given, detail",
    [
        ("mailto:ops@ex.com", "must be an http or https URL, not mailto"),
        ("javascript:alert(1)", "must be an http or https URL, not javascript"),
        ("wss://ex.com/cb", "must be an http or https URL, not wss"),
        ("", "is not a valid URL"),
        ("http://", "is not a valid URL"),
        ("https://ex .com/cb", "is not a valid URL"),
        ("http://[::1/cb", "is not a valid URL"),
    ],
)
def test_urls_the_2026_10_22_simulator_refuses(given: str, detail: str) -> None:
    sim = Simulator(api_version=CHECKED, clock=ManualClock())
    with sim.client() as client, pytest.raises(didww.UnprocessableEntityError) as caught:
        client.exports.create(
            v1022.Export(
                export_type=v1022.enums.ExportType.CDR_IN,
                filters=PERIOD,
                callback_url=given,
                callback_method=v1022.enums.CallbackMethod.GET,
            )
        )
    ((pointer, message),) = [(e.source_pointer, e.detail) for e in caught.value.errors]
    assert (pointer, message) == (URL, f"callback_url - {detail}")
    assert sim.resources("exports") == []


# -- updates ---------------------------------------------------------------------------------------


def test_the_pair_cannot_be_changed_on_update(
    version: str, sim: Simulator[Any, Any], raw: httpx.Client
) -> None:
    # Create-only in both versions: an update sending either is refused as a member the update
    # does not take (400 under 2026-10-22, 422 under 2026-04-16), before the pair is looked at.
    attributes = {"callback_url": "https://ex.com/cb", "callback_method": "post"}
    order = create(raw, "orders", attributes).json()["data"]
    patch = {"data": {"type": "orders", "id": order["id"], "attributes": {"callback_url": None}}}
    answer = raw.patch(f"/orders/{order['id']}", content=json.dumps(patch))
    assert answer.status_code == (400 if version == CHECKED else 422), answer.text
    assert [e["source"]["pointer"] for e in answer.json()["errors"]] == [URL]
    kept = sim.resource("orders", order["id"])
    assert kept is not None and kept["attributes"]["callback_url"] == "https://ex.com/cb"
    # An update that leaves the pair alone is judged without it.
    patch["data"]["attributes"] = {"external_reference_id": "mine"}
    answer = raw.patch(f"/orders/{order['id']}", content=json.dumps(patch))
    assert answer.status_code == 200, answer.text


TWILIO_SID = "AC" + "0123456789abcdef" * 2
TRUNK = {
    "attributes": {
        "name": "Out",
        "authentication_method": {
            "type": "twilio",
            "attributes": {"twilio_account_sid": TWILIO_SID},
        },
        "on_cli_mismatch_action": "reject_call",
    }
}


def test_a_voice_out_trunk_url_is_checked_on_create_and_update_without_a_method(
    version: str, sim: Simulator[Any, Any], raw: httpx.Client
) -> None:
    # Its callback_url has no callback_method beside it: the scheme rule alone applies.
    body = document("voice_out_trunks", {"callback_url": "ex.com/hook"}, TRUNK)
    trunk = raw.post("/voice_out_trunks", content=json.dumps(body))
    stored = "http://ex.com/hook" if version == CHECKED else "ex.com/hook"
    assert created(trunk)["callback_url"] == stored
    trunk_id = trunk.json()["data"]["id"]

    def update(url: str) -> httpx.Response:
        patch = {"id": trunk_id, "type": "voice_out_trunks", "attributes": {"callback_url": url}}
        return raw.patch(f"/voice_out_trunks/{trunk_id}", content=json.dumps({"data": patch}))

    answer = update("ftp://ex.com/hook")
    if version == CHECKED:
        assert refusals(answer) == [(URL, "callback_url - must be an http or https URL, not ftp")]
        kept = sim.resource("voice_out_trunks", trunk_id)
        assert kept is not None and kept["attributes"]["callback_url"] == stored
    else:
        assert answer.status_code == 200, answer.text
    answer = update("ex.com/other")
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["attributes"]["callback_url"] == (
        "http://ex.com/other" if version == CHECKED else "ex.com/other"
    )


# -- through the SDK -------------------------------------------------------------------------------


def test_the_2026_10_22_client_sees_the_refusal_and_the_stored_url() -> None:
    sim = Simulator(api_version=CHECKED, clock=ManualClock())
    with sim.client() as client:
        # The version's spec holds the pair as a group of the create: refused before sending.
        with pytest.raises(
            didww.ClientError,
            match=r"^Export\.callback_method must be sent together with callback_url$",
        ):
            client.exports.create(
                v1022.Export(
                    export_type=v1022.enums.ExportType.CDR_IN,
                    filters=PERIOD,
                    callback_url="https://ex.com/cb",
                )
            )
        assert list(sim.requests) == [] and sim.resources("exports") == []

        order = client.orders.create(
            v1022.Order(
                items=[v1022.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)],
                callback_url="ex.com/cb",
                callback_method=v1022.enums.CallbackMethod.POST,
            )
        )
        assert order.callback_url == "http://ex.com/cb"
        assert client.orders.find(order.id or "").callback_url == "http://ex.com/cb"


def test_the_2026_04_16_client_keeps_what_it_sends() -> None:
    sim = Simulator(clock=ManualClock())
    with sim.client() as client:
        export = client.exports.create(
            didww.Export(
                export_type=didww.enums.ExportType.CDR_IN,
                filters=PERIOD,
                callback_url="ex.com/cb",
            )
        )
    assert (export.callback_url, export.callback_method) == ("ex.com/cb", None)


@pytest.mark.anyio
async def test_the_2026_10_22_async_client_sees_the_refusal() -> None:
    sim = Simulator(api_version=CHECKED, clock=ManualClock())
    async with sim.async_client() as client:
        with pytest.raises(didww.UnprocessableEntityError) as caught:
            await client.address_verifications.create(
                v1022.AddressVerification(
                    address_id=SEED.address_gb,
                    dids=[v1022.DID(SEED.did_gb)],
                    callback_url="ftp://ex.com/cb",
                    callback_method=v1022.enums.CallbackMethod.POST,
                )
            )
    assert [e.source_pointer for e in caught.value.errors] == [URL]
    assert sim.resources("address_verifications") == []


def test_a_url_without_a_scheme_is_called_over_http(receiver: CallbackReceiver) -> None:
    sim = Simulator(api_version=CHECKED, clock=ManualClock())
    without_scheme = receiver.url.removeprefix("http://") + "/orders"
    with sim.client() as client:
        order = client.orders.create(
            v1022.Order(
                items=[v1022.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)],
                callback_url=without_scheme,
                callback_method=v1022.enums.CallbackMethod.POST,
            )
        )
    got = receiver.next()
    assert got.url == f"{receiver.url}/orders"
    assert got.payload == {"id": order.id, "status": "completed", "type": "orders"}
    validator = didww.RequestValidator(sim.callback_secret)
    assert validator.validate(
        f"http://{without_scheme}", got.payload, got.headers[didww.SIGNATURE_HEADER]
    )
    assert sim.wait_for_callbacks(5.0)


def test_a_get_callback_keeps_the_urls_own_query(receiver: CallbackReceiver) -> None:
    """The payload is added to the callback_url's own query, which DIDWW signs with the URL, so
    the receiver can read it and check the signature against the URL it configured."""
    sim = Simulator(api_version=CHECKED, clock=ManualClock())
    configured = f"{receiver.url}/orders?tenant=42"
    with sim.client() as client:
        order = client.orders.create(
            v1022.Order(
                items=[v1022.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)],
                callback_url=configured,
                callback_method=v1022.enums.CallbackMethod.GET,
            )
        )
    got = receiver.next()
    assert got.method == "GET"
    assert got.query.startswith("tenant=42&")
    whole = didww.webhooks.form_payload(got.query)
    assert whole == {"tenant": "42", "id": order.id or "", "status": "completed", "type": "orders"}
    event = didww.webhooks.parse(
        whole,
        url=configured,
        signature=got.headers[didww.SIGNATURE_HEADER],
        secret=sim.callback_secret,
    )
    assert event.id == order.id
    assert sim.wait_for_callbacks(5.0)
