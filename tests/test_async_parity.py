"""The sync and async clients as twins: the same public signatures, and for the same calls
(misuse included) the same answers, the same errors and the same requests on the wire."""

from __future__ import annotations

import asyncio
import inspect
import io
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import pytest

import didww
import didww.v2026_10_22 as v2
from didww import QueryParams
from didww.testing import Simulator

MISSING = "00000000-0000-0000-0000-000000000000"

# Only these differ in their return annotation: a walk is an async iterator on the async twin.
ITERATOR_RETURNS = {
    "Generator[": "AsyncGenerator[",
    "Iterator[": "AsyncIterator[",
}


def _repositories(client: Any) -> dict[str, Any]:
    return {
        name: getattr(client, name)
        for name in dir(client)
        if not name.startswith("_") and hasattr(getattr(client, name), "with_raw_response")
    }


def _methods(repository: Any) -> dict[str, Any]:
    return {
        name: getattr(type(repository), name)
        for name in dir(type(repository))
        if not name.startswith("_") and inspect.isfunction(getattr(type(repository), name))
    }


def _shape(function: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


@pytest.mark.parametrize(
    ("module", "options"),
    [
        pytest.param(didww, {"api_key": "key"}, id="2026-04-16"),
        pytest.param(v2, {"token": "token"}, id="2026-10-22"),
    ],
)
def test_every_repository_method_has_the_same_signature_on_both_twins(
    module: Any, options: dict[str, Any]
) -> None:
    sync_client = module.Client(base_url="http://127.0.0.1:9/v3", **options)
    async_client = module.AsyncClient(base_url="http://127.0.0.1:9/v3", **options)
    sync_repositories = _repositories(sync_client)
    async_repositories = _repositories(async_client)
    assert sync_repositories.keys() == async_repositories.keys()
    assert len(sync_repositories) > 20
    compared = 0
    for name, sync_repository in sync_repositories.items():
        async_repository = async_repositories[name]
        pairs = [(sync_repository, async_repository)]
        pairs.append((sync_repository.with_raw_response, async_repository.with_raw_response))
        for sync_side, async_side in pairs:
            sync_methods, async_methods = _methods(sync_side), _methods(async_side)
            assert sync_methods.keys() == async_methods.keys(), name
            for method, sync_function in sync_methods.items():
                async_function = async_methods[method]
                where = f"{name}.{method}"
                assert _shape(sync_function) == _shape(async_function), where
                sync_return = inspect.signature(sync_function).return_annotation
                async_return = inspect.signature(async_function).return_annotation
                walk = next((k for k in ITERATOR_RETURNS if sync_return.startswith(k)), None)
                if walk is not None:
                    expected = sync_return.replace(walk, ITERATOR_RETURNS[walk], 1)
                    # AsyncGenerator takes no return type: Generator[M, None, None] pairs with
                    # AsyncGenerator[M, None].
                    assert async_return == expected.replace(", None, None]", ", None]"), where
                    assert not inspect.iscoroutinefunction(async_function), where
                else:
                    assert async_return == sync_return, where
                    assert inspect.iscoroutinefunction(async_function), where
                    assert not inspect.iscoroutinefunction(sync_function), where
                compared += 1
    assert compared > 100


Scenario = Callable[[Any], Any]


def _trunk() -> Any:
    return didww.VoiceInTrunk(name="parity")


SCENARIOS: dict[str, Scenario] = {
    "find, id with a slash": lambda c: c.dids.find("a/b"),
    "find, id None": lambda c: c.dids.find(None),
    "find, id not a string": lambda c: c.dids.find(5),
    "find, id unknown": lambda c: c.dids.find(MISSING),
    "list, unknown filter": lambda c: c.dids.list(QueryParams().filter("nope", "x")),
    "list, params a dict": lambda c: c.dids.list({"page": 1}),
    "list, one page": lambda c: c.dids.list(QueryParams().page(size=1)),
    "iter, every page": lambda c: c.dids.iter(page_size=1),
    "iter, prefetching": lambda c: c.dids.iter(page_size=1, prefetch=True),
    "iter, page_size 0": lambda c: c.dids.iter(page_size=0),
    "iter, prefetch not a flag": lambda c: c.dids.iter(prefetch="yes"),
    "create, another model": lambda c: c.voice_in_trunks.create(didww.Country()),
    "update, never saved": lambda c: c.voice_in_trunks.update(_trunk()),
    "delete, id not a string": lambda c: c.voice_in_trunks.delete(3),
    "raw update, nothing changed": lambda c: c.voice_in_trunks.with_raw_response.update(
        didww.VoiceInTrunk("x")
    ),
    "wait, bad timeout": lambda c: c.exports.wait("x", timeout=-1),
    "download, export unknown": lambda c: c.exports.download(MISSING, io.BytesIO()),
    "download, destination not a file": lambda c: c.exports.download(MISSING, 5),
    "iter_rows, not an export": lambda c: c.exports.iter_rows(5),
    "upload, not a document": lambda c: c.encrypted_files.upload(5),
    "find_placed, nothing": lambda c: c.orders.find_placed("nothing-placed"),
    "batch, a single string": lambda c: c.batch(c.dids.find, "abc"),
    "with_options, bad retries": lambda c: c.with_options(max_retries="x"),
    "balance": lambda c: c.balance.find(),
}


def _summary(value: Any) -> str:
    if isinstance(value, BaseException):
        # The class names differ by design (DIDRepository / AsyncDIDRepository...).
        return f"{type(value).__name__}: {value}".replace("Async", "")
    if isinstance(value, didww.ResourceList):
        return f"page of {[m.id for m in value]}"
    if isinstance(value, list):
        return f"walk of {[m.id for m in value]}"
    return repr(value)


def _run_sync(scenario: Scenario) -> tuple[str, list[Any]]:
    sim = Simulator()
    try:
        value = scenario(sim.client())
        if isinstance(value, Generator):  # iter()'s walk, a Generator as its type says
            value = list(value)
    except Exception as exc:
        value = exc
    return _summary(value), [(r.method, r.path, dict(r.query), r.status) for r in sim.requests]


async def _run_async(scenario: Scenario) -> tuple[str, list[Any]]:
    sim = Simulator()
    try:
        value = scenario(sim.async_client())
        if inspect.isawaitable(value):
            value = await value
        elif isinstance(value, AsyncGenerator):
            value = [model async for model in value]
    except Exception as exc:
        value = exc
    return _summary(value), [(r.method, r.path, dict(r.query), r.status) for r in sim.requests]


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_both_twins_answer_raise_and_send_alike(name: str) -> None:
    scenario = SCENARIOS[name]
    assert _run_sync(scenario) == asyncio.run(_run_async(scenario))


def test_a_closed_client_names_the_block_that_closes_it() -> None:
    sim = Simulator()
    client = sim.client()
    client.close()
    with pytest.raises(
        didww.ClientError, match=r"is closed: .* the `with` block it was used in ends"
    ):
        client.dids.list()

    async def closed_async() -> None:
        client = sim.async_client()
        await client.close()
        await client.dids.list()

    # An AsyncClient has no `with` block to leave: the message names the one it has.
    with pytest.raises(didww.ClientError, match=r"AsyncClient is closed: .* `async with` block"):
        asyncio.run(closed_async())
    assert list(sim.requests) == []


async def _async_hook(done: int, total: int | None) -> None:
    raise AssertionError("never called")


class _AsyncCallable:
    async def __call__(self, done: int, total: int | None) -> None:
        raise AssertionError("never called")


@pytest.mark.parametrize("hook", [_async_hook, _AsyncCallable()], ids=["function", "callable"])
def test_an_async_progress_hook_is_refused_by_both_twins_before_any_request(hook: Any) -> None:
    sim = Simulator()
    message = r"progress must be a plain function .* not an async one"
    client = sim.client()
    with pytest.raises(didww.ClientError, match=rf"exports.download: {message}"):
        client.exports.download(MISSING, io.BytesIO(), progress=hook)
    with pytest.raises(didww.ClientError, match=rf"encrypted_files.upload: {message}"):
        client.encrypted_files.upload(b"%PDF", progress=hook)

    async def with_async_client() -> None:
        client = sim.async_client()
        with pytest.raises(didww.ClientError, match=rf"exports.download: {message}"):
            await client.exports.download(MISSING, io.BytesIO(), progress=hook)
        with pytest.raises(didww.ClientError, match=rf"encrypted_files.upload: {message}"):
            await client.encrypted_files.upload(b"%PDF", progress=hook)

    asyncio.run(with_async_client())
    assert list(sim.requests) == []


def test_a_plain_progress_hook_still_runs_on_the_async_twin() -> None:
    sim = Simulator()
    seen: list[tuple[int, int | None]] = []

    async def upload() -> None:
        client = sim.async_client()
        await client.encrypted_files.upload(b"%PDF-1.7", progress=lambda d, t: seen.append((d, t)))

    asyncio.run(upload())
    assert seen == [(0, 8), (8, 8)]


def test_a_clock_overriding_only_sleep_serves_the_async_client_too() -> None:
    # Written for the sync client, it records waits; the async client used to really wait
    # (Clock.asleep slept on its own), making a test slow or hang on a long Retry-After.
    class Recording(didww.Clock):
        def __init__(self) -> None:
            self.sleeps: list[float] = []

        def sleep(self, seconds: float) -> None:
            self.sleeps.append(seconds)

    sim = Simulator()
    sim.faults.add(status=429, retry_after=3600, times=1)
    clock = Recording()

    async def main() -> str:
        async with sim.async_client(clock=clock) as client:
            return (await client.balance.find()).id

    assert asyncio.run(asyncio.wait_for(main(), 30))
    assert clock.sleeps == [60.0]  # Retry-After, cut to a minute
