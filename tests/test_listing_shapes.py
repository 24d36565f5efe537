"""Lists the API answers whole (``listing:`` in the spec): a query asking for a page of one is
refused before anything is sent, ``iter()`` takes no page size and makes the one request
``list()`` makes, and paginated lists keep their pages. Against the simulator of each API
version, whose request log shows what went over the wire."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import didww
from didww.testing import Simulator
from didww.testing._versions import surface

Q = didww.QueryParams

WHOLE = {
    "2026-04-16": {"countries", "regions", "pops", "proof_types", "public_keys", "available_dids"},
    "2026-10-22": {"countries", "regions", "proof_types", "public_keys", "available_dids"},
}
"""The collections each API version's OpenAPI document answers whole (no page parameters, no
pagination links): what the spec's ``listing:`` must say."""


def _list_requests(sim: Simulator, path: str) -> list[dict[str, str]]:
    """The query of every list request the simulator received for ``path``."""
    return [dict(r.query) for r in sim.requests if r.method == "GET" and r.path.endswith(path)]


@pytest.mark.parametrize("version", sorted(WHOLE))
def test_the_catalog_of_each_version_says_which_lists_are_answered_whole(version: str) -> None:
    resources = surface(version).schema.resources
    assert {t for t, info in resources.items() if info.whole} == WHOLE[version]
    assert resources["public_keys"].listing == "whole_without_meta"
    assert resources["available_dids"].listing == "capped"
    assert resources["did_groups"].listing == "paginated"


@pytest.mark.parametrize(
    ("resource", "how"),
    [
        ("countries", "leave page() out: list() returns every match"),
        ("pops", "leave page() out: list() returns every match"),
        ("public_keys", "leave page() out: list() returns every match"),
        ("available_dids", "meta['total_count'] says how many matched: narrow it with filters"),
    ],
)
@pytest.mark.parametrize("query", [Q().page(2), Q().page(size=3), Q().page(1, 25)])
def test_a_page_of_a_list_answered_whole_is_refused_before_sending(
    didww_simulator: Simulator, didww_client: didww.Client, resource: str, how: str, query: Q
) -> None:
    repository = getattr(didww_client, resource)
    with pytest.raises(didww.ClientError) as caught:
        repository.list(query)
    message = str(caught.value)
    assert message.startswith(
        f"{resource}.list: the {resource} list is answered whole, in one answer without pages, "
        "so its query takes no page()"
    )
    assert how in message
    with pytest.raises(didww.ClientError, match="answered whole"):
        repository.iter(query)
    assert list(didww_simulator.requests) == []


def test_iter_takes_a_page_size_only_where_the_list_has_pages(
    didww_simulator: Simulator, didww_client: didww.Client
) -> None:
    for repository in (didww_client.countries, didww_client.available_dids):
        assert list(inspect.signature(repository.iter).parameters) == ["params"]
        call: Any = repository.iter  # what a caller not checked by mypy could write
        with pytest.raises(TypeError):
            call(page_size=3)
    paginated = inspect.signature(didww_client.did_groups.iter).parameters
    assert list(paginated) == ["params", "page_size", "prefetch"]
    # A paginated list keeps its pages: page() is sent, iter() walks them page_size at a time.
    page = didww_client.did_groups.list(Q().page(2, 1))
    assert len(page) == 1 and page.has_next_page()
    assert sum(1 for _ in didww_client.did_groups.iter(page_size=2)) == page.total_records
    sent = _list_requests(didww_simulator, "/did_groups")
    assert sent[0] == {"page[number]": "2", "page[size]": "1"}
    assert {q["page[size]"] for q in sent[1:]} == {"2"} and len(sent) > 2


@pytest.mark.parametrize("version", sorted(WHOLE))
def test_iter_of_a_list_answered_whole_is_the_one_request_list_makes(
    version: str, didww_simulator_factory: Any
) -> None:
    sim, client = didww_simulator_factory(version)
    query = Q().filter("is_available", True).sort("name")
    listed = [c.id for c in client.countries.list(query)]
    walked = [c.id for c in client.countries.iter(query)]
    assert walked == listed and len(listed) > 1
    sent = _list_requests(sim, "/countries")
    assert sent == [{"filter[is_available]": "true", "sort": "name"}] * 2
    keys = list(client.public_keys.iter())
    assert len(keys) >= 1 and _list_requests(sim, "/public_keys") == [{}]


def test_a_capped_list_is_walked_in_its_one_answer(
    didww_simulator: Simulator, didww_client: didww.Client
) -> None:
    listed = didww_client.available_dids.list()
    walked = [a.id for a in didww_client.available_dids.iter()]
    assert walked == [a.id for a in listed]
    assert listed.meta["total_count"] >= len(listed) and not listed.has_next_page()
    assert _list_requests(didww_simulator, "/available_dids") == [{}, {}]


@pytest.mark.anyio
async def test_the_async_client_refuses_a_page_too_and_walks_one_answer(
    didww_simulator: Simulator, didww_async_client: didww.AsyncClient
) -> None:
    with pytest.raises(didww.ClientError, match="the regions list is answered whole"):
        await didww_async_client.regions.list(Q().page(1, 25))
    assert list(didww_simulator.requests) == []
    walked = [r.id async for r in didww_async_client.regions.iter()]
    listed = await didww_async_client.regions.list()
    assert walked == [r.id for r in listed] and walked
    assert _list_requests(didww_simulator, "/regions") == [{}, {}]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def didww_simulator_factory() -> Any:
    """A simulator of the given API version and a sync client of that version on it."""
    made: list[didww.Client] = []

    def make(version: str) -> tuple[Simulator, Any]:
        sim = Simulator(api_version=version)
        client = sim.client()
        made.append(client)
        return sim, client

    yield make
    for client in made:
        client.close()
