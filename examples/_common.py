"""What every example shares: which API it talks to, readable output and how often to poll.

The API is chosen from the environment, which ``didww.Client()`` reads by itself:

- ``DIDWW_BASE_URL`` set: that URL, typically ``python -m didww.testing serve`` (the key is
  ``DIDWW_API_KEY`` or the simulator's default one, :data:`didww.testing.DEFAULT_API_KEY`);
- else ``DIDWW_API_KEY`` set: the real DIDWW API, the sandbox unless ``DIDWW_ENVIRONMENT`` is
  ``production``;
- else an in-process :class:`didww.testing.Simulator`, nothing leaves the process.

An example of an API version that authenticates with bearer tokens (2026-10-22 on) passes
``api_version`` and reads ``DIDWW_TOKEN`` where the others read ``DIDWW_API_KEY``: with
``DIDWW_BASE_URL``, the token a served simulator printed; without, a token for the real API.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, overload

import didww
from didww.testing import DEFAULT_API_KEY, DEFAULT_CALLBACK_SECRET, Simulator

Summary = dict[str, Any]

TOKEN_VARIABLE = "DIDWW_TOKEN"
"""Where examples of a bearer-token API version read their token."""
SyncT = TypeVar("SyncT")
AsyncT = TypeVar("AsyncT")


def simulator(api_version: str | None = None) -> Simulator:
    """The in-process simulator the examples use by default (of ``api_version``, else of the
    SDK's default version).

    Orders stay pending for 0.3 s and exports and verifications take half a second, so the
    examples show the same waiting they need against the real API, only shorter.
    """
    return Simulator(api_version=api_version, order_delay=0.3, export_delay=0.5, review_delay=0.5)


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


def _credential(api_version: str | None) -> str:
    """The variable holding the credential for the real API: the key, or a version's token."""
    return TOKEN_VARIABLE if api_version is not None and _bearer(api_version) else "DIDWW_API_KEY"


def _bearer(api_version: str) -> bool:
    api = importlib.import_module(f"didww.v{api_version.replace('-', '_')}.api")
    return bool(api.API.auth == "bearer")


def uses_simulator(api_version: str | None = None) -> bool:
    """Whether the examples talk to a simulator (in-process or served) rather than DIDWW."""
    return _env("DIDWW_BASE_URL") is not None or _env(_credential(api_version)) is None


def _environment() -> didww.Environment:
    if (_env("DIDWW_ENVIRONMENT") or "").lower() == "production":
        return didww.Environment.PRODUCTION
    return didww.Environment.SANDBOX


def target(api_version: str | None = None) -> str:
    """Where requests go, in words."""
    base_url = _env("DIDWW_BASE_URL")
    if base_url is not None:
        return f"the API at {base_url}"
    if _env(_credential(api_version)) is not None:
        return f"DIDWW {_environment().name.lower()}"
    return "an in-process simulator"


@overload
def client() -> didww.Client: ...
@overload
def client(api_version: str) -> Any: ...
def client(api_version: str | None = None) -> Any:
    """A sync client for the API chosen by the environment (of ``api_version``: its client)."""
    if api_version is not None:
        return _version_client(api_version, use_async=False)
    if _env("DIDWW_BASE_URL") is not None:  # a served simulator, unless a key says otherwise
        return didww.Client(api_key=_env("DIDWW_API_KEY") or DEFAULT_API_KEY)
    if _env("DIDWW_API_KEY") is not None:
        return didww.Client()  # DIDWW_API_KEY, and DIDWW_ENVIRONMENT when set
    return simulator().client()


@overload
def async_client() -> didww.AsyncClient: ...
@overload
def async_client(api_version: str) -> Any: ...
def async_client(api_version: str | None = None) -> Any:
    """An async client for the API chosen by the environment (of ``api_version``: its client)."""
    if api_version is not None:
        return _version_client(api_version, use_async=True)
    if _env("DIDWW_BASE_URL") is not None:
        return didww.AsyncClient(api_key=_env("DIDWW_API_KEY") or DEFAULT_API_KEY)
    if _env("DIDWW_API_KEY") is not None:
        return didww.AsyncClient()
    return simulator().async_client()


def _version_client(api_version: str, *, use_async: bool) -> Any:
    """A client of ``api_version`` for the API chosen by the environment; a version with bearer
    tokens takes ``DIDWW_TOKEN`` (with ``DIDWW_BASE_URL``: the token that simulator printed)."""
    base_url, credential = _env("DIDWW_BASE_URL"), _env(_credential(api_version))
    if base_url is None and credential is None:
        sim = simulator(api_version)
        return sim.async_client() if use_async else sim.client()
    package = importlib.import_module(f"didww.v{api_version.replace('-', '_')}")
    kind = package.AsyncClient if use_async else package.Client
    where: dict[str, Any] = (
        {"base_url": base_url}
        if base_url is not None
        else {"environment": _environment().name.lower()}
    )
    if not _bearer(api_version):
        return kind(api_key=credential or DEFAULT_API_KEY, **where)
    if credential is None:
        raise didww.ClientError(
            f"API version {api_version} takes a bearer token: set {TOKEN_VARIABLE} to the one "
            f"the simulator at {base_url} printed when it started"
        )
    # An API key set as well goes along: export downloads take it.
    return kind(token=credential, api_key=_env("DIDWW_API_KEY"), **where)


def callback_secret() -> str:
    """The secret callbacks are signed with: ``DIDWW_CALLBACK_SECRET``, else the simulator's."""
    return _env("DIDWW_CALLBACK_SECRET") or DEFAULT_CALLBACK_SECRET


# -- output ----------------------------------------------------------------------------------------


def step(title: str) -> None:
    """Announce the next step of a workflow."""
    print(f"\n* {title}")


def say(text: str) -> None:
    """Report what a step did."""
    print(f"    {text}")


# -- waiting --------------------------------------------------------------------------------------


def poll_interval() -> float:
    """Seconds before the first poll of a generated ``wait()``: short for a simulator, whose
    orders, exports and reviews finish within a second; the SDK's default for the real API."""
    return 0.1 if uses_simulator() else 1.0


# -- running an example ---------------------------------------------------------------------------


def run_example(
    doc: str | None,
    run: Callable[[SyncT], Summary],
    arun: Callable[[AsyncT], Awaitable[Summary]],
    *,
    api_version: str | None = None,
) -> None:
    """The command line of an example: run it (``--async``: with the async client) and summarise.

    ``run`` and ``arun`` take ``didww.Client`` and ``didww.AsyncClient``, or the clients of
    ``api_version`` when an example is about another API version.
    """
    title = " ".join((doc or "didww example").strip().split("\n\n")[0].split())
    parser = argparse.ArgumentParser(description=title)
    parser.add_argument(
        "--async", dest="use_async", action="store_true", help="use didww.AsyncClient"
    )
    args = parser.parse_args()
    flavour = "AsyncClient" if args.use_async else "Client"
    print(f"{title}\n({flavour} against {target(api_version)})")
    if _env(_credential(api_version)) and _environment() is didww.Environment.PRODUCTION:
        print("WARNING: this is production; orders and reservations here are real.")
    try:
        if args.use_async:
            summary = asyncio.run(_run_async(arun, api_version))
        else:
            # The client of the version the example is written for: run() takes that one.
            sync_client: Any = client() if api_version is None else client(api_version)
            with sync_client:
                summary = run(sync_client)
    except didww.DidwwError as exc:  # an APIError says its HTTP status and the API's details
        print(f"\nFAILED: {type(exc).__name__}: {exc}")
        sys.exit(1)
    print("\nSummary:")
    for key, value in summary.items():
        print(f"    {key}: {value}")


async def _run_async(
    arun: Callable[[AsyncT], Awaitable[Summary]], api_version: str | None = None
) -> Summary:
    opened: Any = async_client() if api_version is None else async_client(api_version)
    async with opened as async_client_:
        return await arun(async_client_)
