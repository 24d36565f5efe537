"""Bearer tokens and callbacks used the way a demanding caller (or a hostile sender) would.

Token cases run against a loopback :class:`FaultServer`, whose record of what arrived is the
evidence; callback cases call :mod:`didww.webhooks` directly.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import uuid
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import anyio
import pytest

import didww
from didww import _auth, webhooks
from didww._auth import TokenState, token_expiry
from didww.v2026_10_22 import AsyncClient, Client
from tests.support import bearer_token
from tests.transport.faultserver import Action, FaultServer, Received, respond
from tests.transport.support import FakeClock

DID = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "442037691880"}}}
SECRET = "szrdgh6547umt7tht7xbqhj6g9gdbyp7"
URL = "https://mycompany.com/didww_callbacks?opaque=123"
PAYLOAD = {"id": "bf2cee72-6caa-4ae2-917e-bea01945691e", "status": "completed", "type": "orders"}
SIGNATURE = "30f66e9d72eb5e193051fd02952f70d8e934b4ff"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:

        def ok(received: Received) -> Action:
            return respond(200, DID)

        fault.default = ok
        yield fault


def sent(server: FaultServer) -> list[str | None]:
    return [r.headers.get("authorization") for r in server.received]


class Masked(str):
    """A str that hides itself when printed, as some secret wrappers do."""

    def __str__(self) -> str:
        return "***"

    def __format__(self, spec: str) -> str:
        return "***"


# -- tokens --------------------------------------------------------------------------------------


def test_an_exp_past_the_float_range_reads_as_no_exp() -> None:
    # JSON integers have no limit; float() of one with 400 digits raises OverflowError.
    huge = bearer_token(10**400)
    assert token_expiry(huge) is None
    with Client(token=huge, base_url="http://127.0.0.1:9") as client:
        assert "huge" not in repr(client)  # built without a raw OverflowError


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("source", ["token", "token_provider"])
def test_a_str_subclass_token_is_sent_as_its_text(
    kind: str, source: str, server: FaultServer
) -> None:
    value = bearer_token(None, subject="masked")
    masked = Masked(value)
    args: dict[str, Any] = {"base_url": server.url}
    args.update({"token": masked} if source == "token" else {"token_provider": lambda: masked})
    if kind == "sync":
        with Client(**args) as client:
            client.dids.find("d1")
    else:

        async def main() -> None:
            async with AsyncClient(**args) as client:
                await client.dids.find("d1")

        anyio.run(main)
    assert sent(server) == [f"Bearer {value}"]


def test_a_coroutine_function_given_to_a_sync_client_is_named() -> None:
    async def mint() -> str:
        return bearer_token(None)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with (
            Client(token_provider=mint, base_url="http://127.0.0.1:9") as client,  # type: ignore[arg-type]
            pytest.raises(didww.TokenProviderError, match="AsyncClient") as raised,
        ):
            client.dids.find("d1")
        del raised
        gc.collect()
    assert not [w for w in caught if "never awaited" in str(w.message)]


@pytest.mark.parametrize(
    ("gives", "reason"),
    [
        (b"bytes-token", "is a bytes"),
        ("token-from-a-file\n", "line break"),
        ("two words", "whitespace"),
        (None, "is a NoneType"),
    ],
)
def test_a_provider_error_says_what_is_wrong_with_the_token(gives: Any, reason: str) -> None:
    with (
        Client(token_provider=lambda: gives, base_url="http://127.0.0.1:9") as client,
        pytest.raises(didww.TokenProviderError) as raised,
    ):
        client.dids.find("d1")
    message = str(raised.value)
    assert reason in message
    if gives:
        text = gives.decode() if isinstance(gives, bytes) else gives
        assert text.strip() not in message


def test_a_new_token_and_its_expiry_are_seen_together(monkeypatch: pytest.MonkeyPatch) -> None:
    # A reader between the two halves of an update must see the old token with the old
    # expiry, or the new with the new: never the new token judged by the old expiry. The
    # moment between the halves is where accept() works out the expiry, so the reader runs
    # there.
    clock = FakeClock()
    old = bearer_token(clock.now() + 3600, subject="old")
    expired = bearer_token(clock.now() - 10, subject="expired")
    state = TokenState(clock, old, refreshable=True)
    seen: list[str | None] = []
    real = _auth.token_expiry

    def reading_meanwhile(token: str) -> float | None:
        seen.append(state.fresh())
        return real(token)

    monkeypatch.setattr(_auth, "token_expiry", reading_meanwhile)
    state.accept(expired)
    assert seen == [old]
    assert state.fresh() is None  # and once done, the expired one is not fresh


def test_a_sync_provider_using_its_own_client_fails_instead_of_hanging(
    server: FaultServer,
) -> None:
    outcome: list[BaseException] = []
    clients: list[Client] = []

    def mint() -> str:
        clients[0].dids.find("d1")  # needs the very token being minted
        return bearer_token(None)

    def request() -> None:
        try:
            clients[0].dids.find("d1")
        except BaseException as exc:  # whatever it is, the assertions below report it
            outcome.append(exc)

    with Client(token_provider=mint, base_url=server.url, max_retries=0) as client:
        clients.append(client)
        worker = threading.Thread(target=request, daemon=True)
        worker.start()
        worker.join(timeout=30)  # a safety net only: without the fix this thread never ends
        assert not worker.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], didww.TokenProviderError)
    assert "waiting for its token" in str(outcome[0])
    assert server.received == []


def test_an_async_provider_using_its_own_client_fails_instead_of_hanging(
    server: FaultServer,
) -> None:
    clients: list[AsyncClient] = []

    async def mint() -> str:
        await clients[0].dids.find("d1")
        return bearer_token(None)

    async def main() -> None:
        async with AsyncClient(token_provider=mint, base_url=server.url, max_retries=0) as client:
            clients.append(client)
            # wait_for is a safety net only: without the fix the request never ends.
            with pytest.raises(didww.TokenProviderError, match="waiting for its token"):
                await asyncio.wait_for(client.dids.find("d1"), 30)

    anyio.run(main)
    assert server.received == []


# -- callbacks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "signature",
    ["\ud800" * 40, SIGNATURE[:-1] + "\udcff", "é" + SIGNATURE],
    ids=["lone-surrogates", "surrogate-escaped-byte", "accented"],
)
def test_a_signature_that_is_not_ascii_is_wrong_not_a_crash(signature: str) -> None:
    assert didww.RequestValidator(SECRET).validate(URL, PAYLOAD, signature) is False
    with pytest.raises(didww.InvalidSignatureError):
        webhooks.parse(PAYLOAD, url=URL, signature=signature, secret=SECRET)


def test_a_signature_with_whitespace_and_capitals_still_matches() -> None:
    event = webhooks.parse(PAYLOAD, url=URL, signature=f" {SIGNATURE.upper()}\r\n", secret=SECRET)
    assert isinstance(event, didww.OrderCallback)


@pytest.mark.parametrize(
    "payload",
    [
        parse_qs("id=1&type=orders&status=completed"),  # lists, one per key
        {"id": b"1", "type": "orders", "status": "completed"},
        {"id": ("1",), "type": "orders", "status": "completed"},
        {"id": "1", "type": "orders", "status": {"value": "completed"}},
    ],
)
def test_values_that_never_sign_as_sent_are_refused(payload: dict[str, Any]) -> None:
    validator = didww.RequestValidator(SECRET)
    for call in (
        lambda: validator.signature(URL, payload),
        lambda: validator.validate(URL, payload, SIGNATURE),
        lambda: webhooks.parse(payload, url=URL, signature=SIGNATURE, secret=SECRET),
    ):
        with pytest.raises(didww.ClientError, match="form_payload") as raised:
            call()
        assert not isinstance(raised.value, didww.InvalidSignatureError)


def test_values_that_stringify_to_their_text_still_sign() -> None:
    validator = didww.RequestValidator(SECRET)
    ident = uuid.UUID(PAYLOAD["id"])
    payload = {**PAYLOAD, "id": ident}
    assert validator.signature(URL, payload) == SIGNATURE
    event = webhooks.parse(payload, url=URL, signature=SIGNATURE, secret=SECRET)
    assert event.id == str(ident)
