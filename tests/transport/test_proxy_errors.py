"""A connection error through the proxy the environment names says so, since the host it names
(the API's) may well be up while the proxy is down; the proxy's password is never shown."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

import didww
from tests.transport.faultserver import FaultServer, respond
from tests.transport.support import KINDS, run


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        fault.default = lambda received: respond(200, {"data": {"type": "balances", "id": "b"}})
        yield fault


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("kind", KINDS)
def test_a_dead_proxy_is_named_with_its_password_filtered(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = f"http://user:proxy-pw-9@127.0.0.1:{_closed_port()}"
    for name in ("HTTP_PROXY", "http_proxy"):
        monkeypatch.setenv(name, proxy)
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(didww.APIConnectionError) as caught:
        run(kind, lambda client: client.balance.find(), base_url=server.url, max_retries=0)
    message = str(caught.value)
    assert "through the proxy the environment names, HTTP_PROXY=http://user:[FILTERED]@" in message
    assert "proxy-pw-9" not in message + repr(caught.value)
    assert server.received == []  # the API was never reached: the proxy was the one down


@pytest.mark.parametrize("kind", KINDS)
def test_no_proxy_note_where_none_applies(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    base = f"http://127.0.0.1:{_closed_port()}/v3"
    with pytest.raises(didww.APIConnectionError) as caught:
        run(kind, lambda client: client.balance.find(), base_url=base, max_retries=0)
    assert "proxy" not in str(caught.value)
    # Exempted by NO_PROXY, the request goes straight to the API.
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    balance = run(kind, lambda client: client.balance.find(), base_url=server.url)
    assert balance.id == "b"
