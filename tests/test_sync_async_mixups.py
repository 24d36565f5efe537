"""A sync client used the async way, or the other way round, raises the SDK's WrongFormError (a
ClientError, and a TypeError as Python's own error is) naming the right form; type checkers
report these mistakes already."""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

import pytest

import didww
from didww.testing import Simulator

VERSIONS = ["2026-04-16", "2026-10-22"]


@pytest.mark.parametrize("version", VERSIONS)
def test_an_async_client_in_a_with_block(version: str) -> None:
    client: Any = Simulator(api_version=version).async_client()
    with (
        pytest.raises(didww.WrongFormError, match="entered with `async with`, not `with`"),
        client,
    ):
        pass


@pytest.mark.parametrize("version", VERSIONS)
def test_a_client_in_an_async_with_block(version: str) -> None:
    client: Any = Simulator(api_version=version).client()

    async def main() -> None:
        async with client:
            pass

    with pytest.raises(didww.WrongFormError, match="entered with `with`, not `async with`"):
        asyncio.run(main())
    assert client.dids.list() is not None  # nothing was closed by the attempt


def test_an_async_walk_in_a_for_loop() -> None:
    sim = Simulator()

    async def main() -> None:
        walk: Any = sim.async_client().dids.iter()
        with pytest.raises(didww.WrongFormError, match="walked with `async for`, not `for`"):
            for _ in walk:
                pass

    asyncio.run(main())
    assert list(sim.requests) == []  # nothing was fetched


def test_a_sync_walk_in_an_async_for_loop() -> None:
    sim = Simulator()
    walk: Any = sim.client().dids.iter()

    async def main() -> None:
        async for _ in walk:
            pass

    with pytest.raises(didww.WrongFormError, match="walked with `for`, not `async for`"):
        asyncio.run(main())
    assert list(sim.requests) == []


def test_the_walks_still_behave_as_generators() -> None:
    sim = Simulator()
    walk = sim.client().dids.iter(page_size=2)
    first = next(walk)
    walk.close()
    with pytest.raises(StopIteration):
        next(walk)
    every = [d.id for d in sim.client().dids.iter(page_size=1)]
    assert every[0] == first.id and len(every) >= 2  # walked past the first page

    async def main() -> list[str]:
        walk = sim.async_client().dids.iter(page_size=2)
        one = await anext(walk)
        await walk.aclose()
        with pytest.raises(StopAsyncIteration):
            await anext(walk)
        return [one.id] + [d.id async for d in sim.async_client().dids.iter(page_size=2)]

    ids = asyncio.run(main())
    assert ids[0] == ids[1] == first.id


def test_the_wrong_form_error_is_a_client_error_and_a_type_error() -> None:
    # Code that tells sync from async iterables by trying `aiter()` and catching TypeError
    # (as Python's own error is) takes a sync walk down the sync path.
    assert issubclass(didww.WrongFormError, didww.ClientError)
    walk: Any = Simulator().client().dids.iter(page_size=2)
    try:
        aiter(walk)
        path = "async"
    except TypeError:
        path = "sync"
    assert path == "sync"
    assert len(list(walk)) >= 1


def test_a_walk_can_be_weakly_referenced() -> None:
    walk = Simulator().client().dids.iter()
    ref = weakref.ref(walk)
    assert ref() is walk


def test_export_rows_name_the_right_loop_too() -> None:
    sim = Simulator(export_delay=0)
    client: Any = sim.client()
    export = client.exports.wait(
        client.exports.create(
            didww.Export(
                export_type=didww.enums.ExportType.CDR_IN,
                filters={"from": "2026-11-01 00:00:00", "to": "2026-11-02 00:00:00"},
            )
        )
    )
    rows: Any = sim.async_client().exports.iter_rows(export)
    with pytest.raises(
        didww.WrongFormError, match=r"exports\.iter_rows\(\) is walked with `async for`"
    ):
        for _ in rows:
            pass
    sync_rows: Any = client.exports.iter_rows(export)

    async def main() -> None:
        async for _ in sync_rows:
            pass

    with pytest.raises(didww.WrongFormError, match=r"exports\.iter_rows\(\) is walked with `for`"):
        asyncio.run(main())
    assert isinstance(list(client.exports.iter_rows(export)), list)


def test_inspect_reads_a_walk_s_generator_state() -> None:
    import inspect

    walk = Simulator().client().dids.iter(page_size=1)
    assert inspect.getgeneratorstate(walk) == inspect.GEN_CREATED
    next(walk)
    assert inspect.getgeneratorstate(walk) == inspect.GEN_SUSPENDED
    walk.close()
    assert inspect.getgeneratorstate(walk) == inspect.GEN_CLOSED
    with pytest.raises(AttributeError):
        walk.nothing  # type: ignore[attr-defined]  # noqa: B018
