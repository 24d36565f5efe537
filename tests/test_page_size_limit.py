"""Page sizes above the largest the API's document states for a list.

The spec gives each paginated list its largest ``page[size]`` (2026-10-22: 100 for most lists;
2026-04-16: 100 or 1000); the API answers a larger one 400. Where the document says an account's
maximum may be raised (every 2026-10-22 list: spec ``raisable: true``), the SDK and the command
line send the size asked for, and the API (the simulator, an account at the stated limits)
judges it; elsewhere ``list()`` with ``page()`` and ``iter(page_size=...)`` raise
:class:`didww.ClientError` and send nothing.
"""

from __future__ import annotations

import pytest

import didww
from didww.testing import ManualClock, Simulator
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_every_2026_10_22_list_says_an_account_may_be_allowed_larger_pages() -> None:
    stated = [info.page_size for info in RESOURCES_1022.values() if info.page_size is not None]
    assert len(stated) == 27 and all(p.raisable for p in stated)
    assert not any(info.page_size.raisable for info in RESOURCES_0416.values() if info.page_size)


def test_a_raisable_page_size_is_sent_as_asked_and_the_api_judges_it() -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    with sim.client() as client:
        # The simulator is an account at the document's limit: it answers 400, as the API
        # does for such an account; an account allowed more gets its page.
        with pytest.raises(didww.BadRequestError, match="page"):
            client.dids.list(didww.QueryParams().page(1, 101))
        assert sim.requests[-1].query["page[size]"] == "101"
        with pytest.raises(didww.BadRequestError):
            list(client.dids.iter(page_size=500))
        assert sim.requests[-1].query["page[size]"] == "500"
        client.dids.list(didww.QueryParams().page(1, 100))
        assert sim.requests[-1].query["page[size]"] == "100"


@pytest.mark.anyio
async def test_the_async_client_sends_it_too() -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    async with sim.async_client() as client:
        with pytest.raises(didww.BadRequestError):
            await client.orders.list(didww.QueryParams().page(2, 101))
    assert sim.requests[-1].query["page[size]"] == "101"


def test_a_fixed_largest_page_is_refused_before_sending() -> None:
    # 2026-04-16 orders take pages of up to 1000, and its document says no more.
    old = Simulator(clock=ManualClock())
    with old.client() as client:
        client.orders.list(didww.QueryParams().page(1, 1000))
        assert old.requests[-1].query["page[size]"] == "1000"
        sent = len(old.requests)
        with pytest.raises(
            didww.ClientError, match=r"^orders\.list: a page holds at most 1000 orders in API"
        ):
            client.orders.list(didww.QueryParams().page(1, 1001))
        with pytest.raises(didww.ClientError, match=r"^orders\.iter: .* got a page size of 5000$"):
            client.orders.iter(page_size=5000)
        assert len(old.requests) == sent


@pytest.mark.anyio
async def test_the_async_client_refuses_a_fixed_one_too() -> None:
    sim = Simulator(clock=ManualClock())
    async with sim.async_client() as client:
        sent = len(sim.requests)
        with pytest.raises(didww.ClientError, match="at most 1000 orders in API 2026-04-16"):
            await client.orders.list(didww.QueryParams().page(2, 1001))
        with pytest.raises(didww.ClientError, match="at most 1000 orders"):
            client.orders.iter(page_size=1001)
    assert len(sim.requests) == sent
