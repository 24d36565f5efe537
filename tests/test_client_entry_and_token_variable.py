"""A closed client refuses a ``with`` block at once, and a bearer-token client finds its token
in ``DIDWW_TOKEN`` as the command line does."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import didww
from didww import v2026_10_22 as v1022
from didww.testing import Simulator


def test_entering_a_closed_client_is_refused() -> None:
    client = didww.Client(api_key="k")
    with client:
        pass
    with pytest.raises(didww.ClientError, match="this Client is closed: create a new one"):
        client.__enter__()


def test_entering_a_closed_async_client_is_refused() -> None:
    async def twice() -> None:
        client = didww.AsyncClient(api_key="k")
        async with client:
            pass
        with pytest.raises(didww.ClientError, match="this AsyncClient is closed"):
            await client.__aenter__()

    asyncio.run(twice())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_bearer_client_reads_its_token_from_the_environment(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim: Simulator[v1022.Client, v1022.AsyncClient] = Simulator(api_version="2026-10-22")
    token = sim.issue_token()
    monkeypatch.setenv("DIDWW_TOKEN", f"{token}\n")  # as `echo TOKEN > .env` leaves it
    if kind == "sync":
        with v1022.Client(http_client=httpx.Client(transport=sim.transport())) as client:
            balance = client.balance.find()
    else:

        async def find() -> v1022.Balance:
            async with v1022.AsyncClient(
                http_client=httpx.AsyncClient(transport=sim.async_transport())
            ) as client:
                return await client.balance.find()

        balance = asyncio.run(find())
    # The simulator answered: it accepts the tokens it issued, and nothing else.
    assert balance.total_balance is not None
    assert len(sim.requests.matching(path="/balance")) == 1


def test_a_bad_token_in_the_environment_is_refused_without_showing_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DIDWW_TOKEN", "Bearer abc.def.ghi")
    with pytest.raises(didww.ClientError) as caught:
        v1022.Client()
    assert caught.value.message == (
        "DIDWW_TOKEN starts with 'Bearer ': pass the token alone, without it"
    )


def test_without_a_token_anywhere_the_error_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DIDWW_TOKEN", raising=False)
    with pytest.raises(didww.ClientError, match="or set the DIDWW_TOKEN environment variable"):
        v1022.Client()
