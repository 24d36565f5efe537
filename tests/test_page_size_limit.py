"""A page size above the largest the API states for a list is refused before sending.

The spec gives each paginated list its largest ``page[size]`` (2026-10-22: 100 for most lists;
2026-04-16: 100 or 1000); the API answers a larger one 400. ``list()`` with ``page()`` and
``iter(page_size=...)`` now raise :class:`didww.ClientError` instead, and send nothing.
"""

from __future__ import annotations

import pytest

import didww
from didww.testing import ManualClock, Simulator


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_a_page_larger_than_the_api_takes_is_refused_before_sending() -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    with sim.client() as client:
        sent = len(sim.requests)
        with pytest.raises(didww.ClientError, match=r"^dids\.list: a page holds at most 100 dids"):
            client.dids.list(didww.QueryParams().page(1, 101))
        with pytest.raises(didww.ClientError, match=r"^dids\.iter: .* got a page size of 500$"):
            client.dids.iter(page_size=500)
        assert len(sim.requests) == sent
        # The largest itself goes out as asked.
        client.dids.list(didww.QueryParams().page(1, 100))
        assert sim.requests[-1].query["page[size]"] == "100"


@pytest.mark.anyio
async def test_the_async_client_refuses_it_too() -> None:
    sim = Simulator(api_version="2026-10-22", clock=ManualClock())
    async with sim.async_client() as client:
        sent = len(sim.requests)
        with pytest.raises(didww.ClientError, match="at most 100 orders in API 2026-10-22"):
            await client.orders.list(didww.QueryParams().page(2, 101))
        with pytest.raises(didww.ClientError, match="at most 100 orders"):
            client.orders.iter(page_size=101)
        assert len(sim.requests) == sent


def test_each_version_has_its_own_largest_page() -> None:
    # 2026-04-16 orders take pages of up to 1000; 2026-10-22 ones up to 100.
    old = Simulator(clock=ManualClock())
    with old.client() as client:
        client.orders.list(didww.QueryParams().page(1, 1000))
        assert old.requests[-1].query["page[size]"] == "1000"
        with pytest.raises(didww.ClientError, match="at most 1000 orders in API 2026-04-16"):
            client.orders.list(didww.QueryParams().page(1, 1001))
