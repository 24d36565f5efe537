"""A call with arguments a public method does not take raises ArgumentError (a ClientError and a
TypeError), naming the closest keyword, rather than Python's own TypeError; nothing is sent."""

from __future__ import annotations

import asyncio
import inspect
import sys
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest

import didww
from didww import QueryParams
from didww._arguments import check_methods
from tests.transport.faultserver import FaultServer


@pytest.fixture
def server() -> Any:
    with FaultServer() as fault_server:
        yield fault_server


# (what is called, the message): the mistakes an outside trial of the SDK made.
SYNC_MISTAKES = [
    (
        lambda c: c.with_options(max_retry=5),
        "Client.with_options() takes no max_retry= argument; did you mean max_retries=?",
    ),
    (
        lambda c: c.batch(c.dids.find, ["a"], concurency=2),
        "Client.batch() takes no concurency= argument; did you mean concurrency=?",
    ),
    (
        lambda c: c.dids.find("d1", include="did_group"),
        "DIDRepository.find() takes no include= argument; pass params=QueryParams().include(...)",
    ),
    (
        lambda c: c.orders.wait("o1", time_out=60),
        "OrderRepository.wait() takes no time_out= argument; did you mean timeout=?",
    ),
    (
        lambda c: c.exports.download("e1", "cdr.csv", gunzip=True),
        "ExportRepository.download() takes no gunzip= argument (it takes export_or_id=, "
        "destination=, decompress=, max_decompressed_bytes=, progress=)",
    ),
    (
        lambda c: c.dids.list(page_size=500),
        "DIDRepository.list() takes no page_size= argument (it takes params=); "
        "DIDRepository.iter() takes page_size=",
    ),
    (
        lambda c: c.dids.with_raw_response.find("d1", include="did_group"),
        "DIDRepositoryWithRawResponse.find() takes no include= argument; "
        "pass params=QueryParams().include(...)",
    ),
    (
        lambda c: c.dids.find(),
        "DIDRepository.find() missing 1 required positional argument: 'id'",
    ),
]


@pytest.mark.parametrize(("call", "message"), SYNC_MISTAKES)
def test_a_sync_call_the_method_cannot_take_raises_argument_error(
    call: Any, message: str, server: FaultServer
) -> None:
    with (
        didww.Client(api_key="k", base_url=server.url) as client,
        pytest.raises(didww.ArgumentError) as caught,
    ):
        call(client)
    assert str(caught.value) == message
    assert isinstance(caught.value, didww.ClientError)
    assert isinstance(caught.value, TypeError)  # what Python code expects of such a call
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert server.received == []


def test_a_query_builder_takes_no_misspelt_keyword() -> None:
    with pytest.raises(didww.ArgumentError, match=r"^QueryParams.page\(\) takes no num= "):
        QueryParams().page(num=1)  # type: ignore[call-arg]


ASYNC_MISTAKES = [
    (
        lambda c: c.dids.find("d1", include="did_group"),
        "AsyncDIDRepository.find() takes no include= argument; "
        "pass params=QueryParams().include(...)",
    ),
    (
        lambda c: c.orders.wait("o1", time_out=60),
        "AsyncOrderRepository.wait() takes no time_out= argument; did you mean timeout=?",
    ),
    (
        lambda c: c.batch(c.dids.find, ["a"], concurency=2),
        "AsyncClient.batch() takes no concurency= argument; did you mean concurrency=?",
    ),
]


@pytest.mark.parametrize(("call", "message"), ASYNC_MISTAKES)
def test_an_async_call_the_method_cannot_take_raises_argument_error(
    call: Any, message: str, server: FaultServer
) -> None:
    async def main() -> None:
        async with didww.AsyncClient(api_key="k", base_url=server.url) as client:
            with pytest.raises(didww.ArgumentError) as caught:
                await call(client)
            assert str(caught.value) == message

    asyncio.run(main())
    assert server.received == []


def test_the_wrapped_methods_keep_their_signature_and_kind() -> None:
    sync = didww.Client(api_key="k")
    asynchronous = didww.AsyncClient(api_key="k")
    assert list(inspect.signature(sync.dids.find).parameters) == ["id", "params"]
    assert (sync.dids.find.__doc__ or "").startswith("Fetch one DID by its id.")
    assert not inspect.iscoroutinefunction(sync.dids.find)
    # Client.batch refuses a coroutine function by asking this.
    assert inspect.iscoroutinefunction(asynchronous.dids.find)
    with pytest.raises(didww.ClientError, match="coroutine function"):
        sync.batch(asynchronous.dids.find, ["d1"])
    sync.close()


def test_a_value_given_under_a_wrong_name_is_never_shown() -> None:
    with pytest.raises(didww.ArgumentError) as caught:
        didww.Client(api_key="k").with_options(api_kye="s3cret-key-value")  # type: ignore[call-arg]
    assert "s3cret" not in str(caught.value)
    assert "api_kye=" in str(caught.value)


def test_a_type_error_from_the_method_s_own_code_is_left_as_it_is() -> None:
    class Own:
        def run(self, value: int) -> int:
            return value + "x"  # type: ignore[operator]

    check_methods(Own)
    with pytest.raises(TypeError) as caught:
        Own().run(1)
    assert not isinstance(caught.value, didww.ArgumentError)
    with pytest.raises(didww.ArgumentError, match=r"Own.run\(\) takes no valeu= argument"):
        Own().run(valeu=1)  # type: ignore[call-arg]


def test_an_async_method_refuses_its_arguments_when_called_from_python_3_12() -> None:
    # Before 3.12 the refusal comes when the coroutine is awaited (see didww._arguments).
    async def main() -> None:
        async with didww.AsyncClient(api_key="k") as client:
            with pytest.raises(didww.ArgumentError, match="takes no include= argument"):
                if sys.version_info >= (3, 12):
                    # No coroutine is made, so none is left unawaited.
                    client.dids.find("d1", include="did_group")  # type: ignore[call-arg, unused-coroutine]
                else:
                    await client.dids.find("d1", include="did_group")  # type: ignore[call-arg]

    asyncio.run(main())


def test_autospec_mocks_of_the_repositories_check_calls_as_the_methods_do() -> None:
    # Users mock the SDK in their own tests: autospec reads the wrapped method's signature, and
    # makes an async method's mock awaitable.
    from didww.v2026_04_16.repositories.dids import AsyncDIDRepository, DIDRepository

    for cls in (DIDRepository, AsyncDIDRepository):
        mocked = mock.create_autospec(cls, instance=True)
        with pytest.raises(TypeError):
            mocked.find("d1", include="did_group")
    assert inspect.isfunction(AsyncDIDRepository.find)

    async def main() -> None:
        async with didww.AsyncClient(api_key="k") as client:
            with mock.patch.object(AsyncDIDRepository, "find", autospec=True) as find:
                found = find.return_value = object()
                assert await client.dids.find("d1") is found
                find.assert_awaited_once_with(client.dids, "d1")

    asyncio.run(main())


def test_a_batch_whose_calls_are_wrong_raises_rather_than_failing_each_item(
    server: FaultServer,
) -> None:
    # A wrong call is the same for every item: a bug, raised from batch() as any bug in fn is,
    # not one "failed" outcome per item that a retry of the failures would repeat.
    missing = "missing 1 required positional argument"
    with (
        didww.Client(api_key="k", base_url=server.url) as client,
        pytest.raises(didww.ArgumentError, match=missing),
    ):
        client.batch(client.exports.download, ["e1", "e2", "e3"])  # type: ignore[arg-type]

    async def main() -> None:
        async with didww.AsyncClient(api_key="k", base_url=server.url) as client:
            with pytest.raises(didww.ArgumentError, match="takes no include= argument"):
                wrong = lambda i: client.dids.find(i, include="x")  # type: ignore[call-arg]  # noqa: E731
                await client.batch(wrong, ["d1", "d2"])

    asyncio.run(main())
    assert server.received == []


def test_a_method_taking_any_keyword_gets_python_s_own_reason() -> None:
    class Own:
        def run(self, tenant: str, **options: Any) -> None:
            pass

    check_methods(Own)
    with pytest.raises(didww.ArgumentError) as caught:
        Own().run(api_key="x")  # type: ignore[call-arg]
    assert str(caught.value) == "Own.run() missing 1 required positional argument: 'tenant'"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.close(1), "Client.close() takes 0 positional arguments but 1 was given"),
        (
            lambda c: QueryParams(1),  # type: ignore[call-arg]
            "QueryParams() takes 0 positional arguments but 1 was given",
        ),
        (
            lambda c: c.dids.find("a", None, 3),
            "DIDRepository.find() takes 1 to 2 positional arguments but 3 were given",
        ),
        (
            lambda c: didww.Client.with_options(max_retries=1),  # type: ignore[call-arg]
            "with_options() is a method: call it on an instance, not its class",
        ),
        (
            lambda c: didww.Unchecked.__new__(),  # type: ignore[call-arg]
            "Unchecked.__new__() takes the class first: call the class instead",
        ),
    ],
)
def test_counts_of_positional_arguments_leave_self_out(
    call: Callable[[didww.Client], object], message: str
) -> None:
    # Python's own text counts self: "takes 1 positional argument but 2 were given" for close(1).
    with pytest.raises(didww.ArgumentError) as caught:
        call(didww.Client(api_key="k"))
    assert str(caught.value) == message


def test_a_method_called_on_its_class_is_named_after_the_class() -> None:
    with pytest.raises(didww.ArgumentError) as caught:
        QueryParams.filter("status", "active")  # type: ignore[call-arg]
    assert str(caught.value).startswith("QueryParams.filter() missing 1 required")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: didww.testing.Simulator(api_versio="2026-10-22"),  # type: ignore[call-overload]
            "Simulator() takes no api_versio= argument; did you mean api_version=?",
        ),
        (
            lambda: didww.testing.Simulator().faults.add(stauts=503),  # type: ignore[call-arg]
            "Faults.add() takes no stauts= argument; did you mean status=?",
        ),
        (
            lambda: didww.testing.SimulatorServer(prot=0),  # type: ignore[call-arg]
            "SimulatorServer() takes no prot= argument; did you mean port=?",
        ),
    ],
)
def test_the_simulator_s_own_misspellings(call: Callable[[], object], message: str) -> None:
    with pytest.raises(didww.ArgumentError) as caught:
        call()
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: didww.enums.OrderStatus.unchecked(valeu="x"),  # type: ignore[call-arg]
            "OrderStatus.unchecked() takes no valeu= argument; did you mean value=?",
        ),
        (
            lambda: didww.Unchecked(nmae="x"),  # type: ignore[call-arg]
            "Unchecked() takes no nmae= argument; did you mean name=?",
        ),
        (
            lambda: didww.enable_logging(levl="debug"),  # type: ignore[call-arg]
            "enable_logging() takes no levl= argument; did you mean level=?",
        ),
        (
            lambda: didww.webhooks.parse({}, ulr="https://x.example"),  # type: ignore[call-arg]
            "parse() takes no ulr= argument; did you mean url=?",
        ),
        (
            lambda: didww.RequestValidator("s").validate(ulr="x"),  # type: ignore[call-arg]
            "RequestValidator.validate() takes no ulr= argument; did you mean url=?",
        ),
        (
            lambda: didww.encryption.encrypt(b"", "a"),  # type: ignore[call-arg]
            "encrypt() missing 1 required positional argument: 'pem_b'",
        ),
        (
            lambda: didww.testing.serve(prot=0),  # type: ignore[call-arg]
            "serve() takes no prot= argument; did you mean port=?",
        ),
        (
            lambda: didww.testing.ManualClock(strat=0),  # type: ignore[call-arg]
            "ManualClock() takes no strat= argument; did you mean start=?",
        ),
    ],
)
def test_module_functions_and_class_methods_are_checked_too(
    call: Callable[[], object], message: str
) -> None:
    # A function's own first argument is the caller's, not a self to leave out of the counts.
    with pytest.raises(didww.ArgumentError) as caught:
        call()
    assert str(caught.value) == message


def test_the_models_own_methods_check_their_arguments() -> None:
    from didww import v2026_04_16 as api

    calls: list[tuple[Callable[[], object], str]] = [
        (lambda: didww.DID.from_json(), "DID.from_json() missing 1 required positional"),  # type: ignore[call-arg]
        (lambda: didww.DID("x").to_json(1), "DID.to_json() takes 0 positional"),  # type: ignore[call-arg]
        (
            lambda: api.SIPConfiguration().is_loaded(nam="x"),  # type: ignore[call-arg]
            "SIPConfiguration.is_loaded() takes no nam= argument; did you mean name=?",
        ),
    ]
    for call, message in calls:
        with pytest.raises(didww.ArgumentError) as caught:
            call()
        assert str(caught.value).startswith(message)
